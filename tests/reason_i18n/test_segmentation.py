"""Chinese (jieba) and Japanese (janome) segmentation under the lexicon's longest match."""

from __future__ import annotations

import pytest

from limner.reason.i18n import segment_ja, segment_zh
from limner.reason.i18n.lexicon import lang_lexicon
from limner.reason.i18n.segment import segments
from limner.reason.i18n.tokenize import tokenize
from limner.reason.i18n.translate import translate


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("zh", "一只红色的狗在一只蓝色的猫的左边。"),
        ("zh", "⟦0⟧ 3只猫和两只狗"),
        ("ja", "赤い犬が青い猫の左にいます。"),
        ("ja", "３匹の子猫と ⟦0⟧"),
    ],
)
def test_segments_are_offsets_into_the_text_in_order(lang: str, text: str) -> None:
    segs = segments(lang, text)
    assert segs
    pos = 0
    for seg in segs:
        assert pos <= seg.start < seg.end <= len(text)
        pos = seg.end
    joined = "".join(text[s.start : s.end] for s in segs)
    assert joined.replace(" ", "") == text.replace(" ", "")


def test_janome_gives_dictionary_forms_of_inflected_words() -> None:
    words = dict(segment_ja.words("赤く塗られた車が置かれている"))
    assert words["赤く"] == "赤い"
    assert words["置か"] == "置く"


@pytest.mark.parametrize(
    ("lang", "text", "english"),
    [
        # a known item inside a word the lexicon does not know is no match
        ("zh", "马路上有一匹马", "in the street one horse"),  # 马 (horse) inside 马路 (road, a scene)
        ("zh", "下午有一只猫", "one cat"),  # 下 (below) inside 下午 (afternoon)
        ("ja", "馬力のある車", "a car"),  # 馬 inside 馬力 (horsepower)
        ("ja", "猫を描いて下さい", "a cat"),  # 下 inside 下さい (please)
        ("ja", "上手な猫", "a cat"),  # 上 inside 上手 (skilful)
        # words the lexicon covers piece by piece keep their pieces
        ("zh", "两只小狗", "two dogs"),
        ("ja", "子猫と子犬", "a cat and a dog"),
        # an unknown compound is read by the noun it ends in (head-final)
        ("zh", "一只棕熊", "one bear"),
        ("ja", "野良猫と大型犬", "a cat and a dog"),
        # inflections read by their dictionary form
        ("ja", "赤く塗られた車", "a red car"),
        ("ja", "青くて大きい猫", "a blue cat"),
        ("ja", "青色の車", "a blue car"),
    ],
)
def test_lexicon_matches_stay_inside_the_tokenizers_words(lang: str, text: str, english: str) -> None:
    assert translate(text, lang).text == english


def test_counter_that_is_also_a_noun_reads_as_the_noun_without_a_number() -> None:
    kinds = [(t.kind, t.canonical) for t in tokenize("本が二本", lang_lexicon("ja"))]
    assert kinds[0] == ("noun", "book")
    assert kinds[-1] == ("counter", "-")
    assert translate("本が二冊と本棚", "ja").text.startswith("two books")


def test_full_width_digits_are_counts() -> None:
    assert translate("３匹の犬", "ja").text == "3 dogs"
    assert translate("3只猫", "zh").text == "3 cats"


def test_tokenizers_load_once_per_process() -> None:
    # How fast they are is make bench's (``python -m bench --only reason``), never a test's.
    prompts = {
        "zh": ["一只红色的狗在一只蓝色的猫的左边", "左边是一辆汽车，右边是一只狗", "两只猫，不，是三只"],
        "ja": ["赤い犬が青い猫の左にいます", "猫が二匹、いや、三匹", "テーブルの上にりんごが三つ"],
    }
    for lang, texts in prompts.items():
        for _ in range(3):
            for text in texts:
                translate(text, lang)
    assert segment_zh._tokenizer.cache_info().currsize == 1
    assert segment_ja._tokenizer.cache_info().currsize == 1
