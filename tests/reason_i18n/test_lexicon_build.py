"""The generated per-language vocabularies: coverage, precedence, inflection, numbers, reproducibility.

Needs the build-time packages (simplemma, emoji, PyICU) and npm (``cldr-annotations-full`` is fetched
once into ``$LIMNER_BUILD_CACHE`` or ``~/.cache/limner-build``) for the reproducibility test.
"""

from __future__ import annotations

from importlib import resources

import pytest
from geneval import COCO_NOUNS

from limner.reason.i18n import build_lexicon
from limner.reason.i18n.lexicon import FILES, HAND, LANGUAGES, build, lang_lexicon, parse_rows
from limner.reason.i18n.sources.align import Joins, cognate, is_head, local_parts
from limner.reason.i18n.sources.english import keyword_noun, name_heads
from limner.reason.i18n.sources.hanzi import script_forms
from limner.reason.i18n.sources.numbers import numbers
from limner.reason.i18n.tokenize import tokenize
from limner.reason.vocab import lexicon

pytestmark = pytest.mark.slow  # its files run first (tests/conftest.py)

ENGLISH_NUMBERS = [
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
]


def _text(lang: str, name: str) -> str:
    return resources.files("limner.reason.lexicon").joinpath(lang).joinpath(name).read_text("utf-8")


def _rows(lang: str, name: str) -> list[tuple[str, str, tuple[str, ...], str, str]]:
    item = resources.files("limner.reason.lexicon").joinpath(lang).joinpath(name)
    return [
        (e.kind, e.canonical, e.forms, e.extra, e.source) for e in parse_rows(item.read_text("utf-8"), "")
    ]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_coco_class_has_a_form_in_every_language(lang: str) -> None:
    lex = lang_lexicon(lang)
    named = {e.canonical for e in lex.forms.values() if e.kind == "noun"}
    assert [n for n in COCO_NOUNS if n not in named] == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_curated_rows_name_lexicon_nouns_and_take_no_function_word(lang: str) -> None:
    rows = _rows(lang, "curated.tsv")
    curated = {row[1] for row in rows}
    # "orange" the fruit is the colour word in most of these languages: words.tsv keeps the colour
    assert set(COCO_NOUNS) - {"orange"} <= curated, "every COCO class has dictionary words in curated.tsv"
    # a noun the reasoner reads: a listed one or an open one it knows ("hammock", "rocking chair")
    assert sorted(n for n in curated if n not in lexicon().nouns) == []
    assert all(row[0] == "noun" and row[3] for row in rows), "a noun row with its gender or counter"
    hand = [e for e in parse_rows(_text(lang, "words.tsv"), HAND) if e.kind not in ("noun", "counter")]
    reserved = {f.lower() for e in hand for f in e.forms}
    taken = sorted({f for row in rows for f in row[2] if f.lower() in reserved})
    assert taken == [], f"curated forms that are colour or function words: {taken}"
    generated = _rows(lang, "generated.tsv")
    # a curated row whose every form words.tsv already has adds nothing to generated.tsv
    assert {row[1] for row in generated if row[4] == "curated"} <= curated


@pytest.mark.parametrize(
    ("lang", "form", "canonical"),
    [
        ("de", "messer", "knife"),
        ("de", "gabel", "fork"),
        ("ja", "ナイフ", "knife"),
        ("ja", "フォーク", "fork"),
        ("pt", "vaso", "vase"),
        ("pt", "vaso sanitário", "toilet"),
        ("es", "tarta", "cake"),
        ("de", "torte", "cake"),
        ("de", "schale", "bowl"),
        ("fr", "ballon", "sports ball"),
        ("fr", "feu rouge", "traffic light"),
        ("zh", "花瓶", "vase"),
        ("ja", "花瓶", "vase"),
        ("ja", "電車", "train"),
        ("zh", "腳踏車", "bicycle"),
        ("zh", "遙控器", "remote"),
        ("zh", "公車", "bus"),
        ("zh", "卡車", "truck"),
        ("zh", "滑鼠", "mouse"),
        ("fr", "sac à dos", "backpack"),
        ("es", "mando", "remote"),
        ("es", "maletas", "suitcase"),
        ("pt", "celulares", "cell phone"),
        ("it", "valigie", "suitcase"),
        ("zh", "碗", "bowl"),
        ("ja", "人", "person"),
    ],
)
def test_curated_and_script_forms_win(lang: str, form: str, canonical: str) -> None:
    tokens = tokenize(form, lang_lexicon(lang))  # a counter form (zh 碗) is a noun without a number
    assert [(t.kind, t.canonical) for t in tokens] == [("noun", canonical)]


def test_chinese_rows_list_both_scripts() -> None:
    assert script_forms("自行车")[:2] == ("自行车", "自行車")
    assert "滑鼠" in script_forms("鼠标")
    zh = lang_lexicon("zh")
    for entry in zh.of_kind("noun"):
        if entry.source == "curated":
            assert set(script_forms(entry.forms[0])) <= {f for f in entry.forms} | set(zh.forms)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_function_words_colours_and_numbers_never_become_nouns(lang: str) -> None:
    lex = lang_lexicon(lang)
    for entry in lex.entries:
        if entry.kind == "noun":
            continue
        for form in entry.forms:
            owner = lex.forms[form.lower()]
            # words.tsv may give one form two meanings (ja 本 book / counter); generated nouns never
            assert owner.kind != "noun" or owner.source == HAND, (lang, entry.kind, form, owner)
    hand = [e for e in lex.entries if e.source == HAND]
    for entry in hand:
        for form in entry.forms:
            assert lex.forms[form.lower()].source == HAND, (lang, form)


def test_a_generated_noun_does_not_shadow_a_colour_or_a_relation() -> None:
    es = lang_lexicon("es")
    assert es.forms["naranja"].kind == "color"  # the orange colour, not the fruit
    assert es.forms["rosa"].kind == "color"  # pink, not the rose
    assert es.forms["sobre"].kind == "relation"  # above, not the envelope (✉ "sobre")
    assert lang_lexicon("fr").forms["orange"].kind == "color"
    assert lang_lexicon("zh").forms["两"].kind == "number"


def test_precedence_words_first_then_generated() -> None:
    hand = "noun\tdog\tperro,perros\tm\nand\tand\ty\n"
    generated = "noun\tcat\tperro,gato\tm\tcldr-name\nnoun\tbird\ty\tm\tcldr-keyword\n"
    lex = build("es", [(hand, HAND), (generated, "generated")])
    assert lex.forms["perro"].canonical == "dog"
    assert lex.forms["gato"].canonical == "cat"
    assert lex.forms["y"].kind == "and"
    assert lex.forms["gato"].source == "cldr-name"
    assert FILES == ("words.tsv", "generated.tsv")


@pytest.mark.parametrize(
    ("lang", "form", "kind", "canonical"),
    [
        ("es", "perros", "noun", "dog"),
        ("es", "camiones", "noun", "truck"),
        ("es", "rojas", "color", "red"),
        ("de", "katzen", "noun", "cat"),
        ("de", "äpfel", "noun", "apple"),
        ("de", "roten", "color", "red"),
        ("de", "rotes", "color", "red"),
        ("de", "kühlschränke", "noun", "refrigerator"),
        ("fr", "chevaux", "noun", "horse"),
        ("it", "cani", "noun", "dog"),
        ("it", "rosse", "color", "red"),
        ("pt", "caminhões", "noun", "truck"),
        ("pt", "vermelhas", "color", "red"),
    ],
)
def test_inflected_forms_from_simplemma(lang: str, form: str, kind: str, canonical: str) -> None:
    entry = lang_lexicon(lang).forms[form]
    assert (entry.kind, entry.canonical) == (kind, canonical)


@pytest.mark.parametrize(
    ("lang", "form", "canonical"),
    [
        ("es", "camión de reparto", "truck"),  # 🚚 delivery truck
        ("es", "corbata", "tie"),  # 👔 necktie
        ("es", "televisión", "tv"),  # 📺 television
        ("es", "teléfono móvil", "cell phone"),  # 📱 mobile phone
        ("es", "mandarina", "tangerine"),  # 🍊 tangerine: its own concept (curated.tsv reads it as orange)
        ("es", "oveja", "ewe"),  # 🐑 ewe: its own concept (curated.tsv reads it as sheep)
        ("es", "sofá", "couch"),  # 🛋 couch and lamp → sofá y lámpara
        ("es", "cuchillo", "knife"),  # keyword on 🍴 🍽 🔪 🗡
        ("es", "tenedor", "fork"),  # keyword on 🍴 🍽, knife already explained
        ("de", "gabel", "fork"),  # "Messer und Gabel" ↔ "fork and knife": the keywords swap them
        ("de", "messer", "knife"),
        ("fr", "cravate", "tie"),
        ("zh", "卡车", "truck"),
        ("zh", "電視", "tv"),  # Traditional Chinese from zh-Hant
        ("ja", "テレビ", "tv"),
    ],
)
def test_cldr_names_map_through_heads_and_synonyms(lang: str, form: str, canonical: str) -> None:
    linked = {found.phrase: found.noun for found in build_lexicon.cldr_nouns(lang)}
    assert linked[form] == canonical


@pytest.mark.parametrize("lang", LANGUAGES)
def test_numbers_one_to_twenty(lang: str) -> None:
    lex = lang_lexicon(lang)
    found = {e.canonical for e in lex.forms.values() if e.kind == "number"}
    assert set(ENGLISH_NUMBERS) <= found
    spelled = dict(numbers(lang))
    assert list(spelled) == ENGLISH_NUMBERS
    for english, forms in spelled.items():
        assert any(lex.forms[f].kind == "number" and lex.forms[f].canonical == english for f in forms)


def test_numbers_include_gendered_and_alternate_rule_sets() -> None:
    assert {"una", "uno", "un"} <= set(dict(numbers("es"))["one"])
    assert {"dois", "duas"} <= set(dict(numbers("pt"))["two"])
    assert {"ein", "eine", "einen", "einem"} <= set(dict(numbers("de"))["one"])
    assert {"二", "两", "兩"} <= set(dict(numbers("zh"))["two"])
    assert dict(numbers("fr"))["seventeen"] == ("dix-sept",)


def test_english_heads_synonyms_and_weak_words() -> None:
    assert name_heads("delivery truck") == ("truck",)
    assert name_heads("fork and knife with plate") == ("fork", "knife")
    assert name_heads("magnifying glass tilted left") == ()
    assert name_heads("television") == ("tv",)
    assert name_heads("mobile phone") == ("cell phone",)
    assert keyword_noun("necktie") == "tie"
    assert keyword_noun("doughnut") == "donut"
    assert keyword_noun("ewe") == "ewe"  # WordNet's female sheep: a concept of its own, never swapped
    assert keyword_noun("orange") is None  # a colour word as a keyword names the colour
    assert keyword_noun("bat") is None  # only the end of "baseball bat": too ambiguous alone


def test_local_names_split_and_heads() -> None:
    es = Joins(("y", "e"), ("con",), False)
    assert local_parts("tenedor y cuchillo", es) == (["tenedor", "cuchillo"], ["tenedor", "cuchillo"], False)
    assert local_parts("cuenco con cuchara", es) == (["cuenco"], ["cuenco", "cuchara"], True)
    ja = Joins(("と", "や"), (), True)
    assert local_parts("ボウルとスプーン", ja)[1] == ["ボウル", "スプーン"]
    assert is_head("camión", "camión articulado", es)
    assert not is_head("reparto", "camión de reparto", es)
    assert is_head("电视", "电视机", Joins(("和",), (), True))
    assert cognate("smartphone", "smartphone") and cognate("télévision", "television")
    assert not cognate("maleta", "suitcase")


def test_generator_reproduces_the_committed_files() -> None:
    # generated.tsv depends on words.tsv, curated.tsv and the English nouns.tsv: after editing any of
    # them, run `python -m limner.reason.i18n.build_lexicon` and commit its output
    assert build_lexicon.main(["--check"]) == 0, "generated.tsv is stale: re-run the generator"
