"""The generated per-language vocabularies: coverage, precedence, inflection, numbers, reproducibility.

Needs the build-time packages (simplemma, emoji, PyICU) and npm (``cldr-annotations-full`` is fetched
once into ``$LIMNER_BUILD_CACHE`` or ``~/.cache/limner-build``) for the reproducibility test.
"""

from __future__ import annotations

import time
from importlib import resources

import pytest
from geneval import COCO_NOUNS

from limner.reason.i18n import build_lexicon
from limner.reason.i18n.lexicon import FILES, HAND, LANGUAGES, build, lang_lexicon, parse_rows
from limner.reason.i18n.sources.align import Joins, cognate, is_head, local_parts
from limner.reason.i18n.sources.english import keyword_noun, name_heads
from limner.reason.i18n.sources.numbers import numbers

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
def test_curated_rows_are_only_for_coco_nouns_cldr_lacks(lang: str) -> None:
    curated = {row[1] for row in _rows(lang, "curated.tsv")}
    generated = _rows(lang, "generated.tsv")
    from_cldr = {row[1] for row in generated if row[4].startswith("cldr")}
    assert curated, "a curated file with at least one gap"
    assert curated <= set(COCO_NOUNS)
    assert curated & from_cldr == set(), "a curated noun that CLDR names in this language"
    assert {row[1] for row in generated if row[4] == "curated"} == curated


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
        ("es", "mandarina", "orange"),  # 🍊 tangerine
        ("es", "oveja", "sheep"),  # 🐑 ewe
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
    entry = lang_lexicon(lang).forms[form]
    assert (entry.kind, entry.canonical) == ("noun", canonical)
    assert entry.source.startswith("cldr")


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
    assert keyword_noun("ewe") == "sheep"
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


def test_lexicons_load_fast() -> None:
    texts = {}
    for lang in LANGUAGES:
        folder = resources.files("limner.reason.lexicon").joinpath(lang)
        texts[lang] = [(folder.joinpath(name).read_text("utf-8"), name) for name in FILES]
    start = time.perf_counter()
    for lang in LANGUAGES:
        build(lang, texts[lang])
    assert time.perf_counter() - start < 1.0


def test_generator_reproduces_the_committed_files() -> None:
    # generated.tsv depends on words.tsv, curated.tsv and the English nouns.tsv: after editing any of
    # them, run `python -m limner.reason.i18n.build_lexicon` and commit its output
    assert build_lexicon.main(["--check"]) == 0, "generated.tsv is stale: re-run the generator"
