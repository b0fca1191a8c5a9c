"""Open-vocabulary faults the noun probe (``bench/noun_probe.py``) found, fixed by general rules: class
words ("furniture", "clothes", "male") and size or material words ("giant", "brass") where only a noun
fits, compounds a class word or "center" ends, compounds a kind opener ("half", "art", "center",
"picture") begins, and format words that only open a thing's name ("a card table")."""

from __future__ import annotations

import pytest
from reasoned import plan_of
from reasoned import things as _things

from limner.plan.model import Plan
from limner.reason.vocab import Tag, class_noun, lexicon


def _plan(prompt: str) -> Plan:
    return plan_of(prompt, seed=5, height=768)


@pytest.mark.parametrize(
    ("prompt", "things"),
    [
        # a class word where a noun goes is that thing (it was a 422 or a dropped word)
        ("a red furniture", [("furniture", "red")]),
        ("a blue clothing", [("clothing", "blue")]),
        ("a green clothes", [("clothes", "green")]),
        ("two males on a bench", [("male", None), ("male", None), ("bench", None)]),
        ("a vase next to a furniture", [("vase", None), ("furniture", None)]),
        # … but still qualifies a noun that follows it
        ("a female lion", [("lion", "yellow")]),
        # a size or a material word where a noun phrase ends with no noun is the thing WordNet knows
        ("a giant", [("giant", None)]),
        ("a red giant", [("giant", "red")]),
        ("a brass next to a drum", [("brass", None), ("drum", None)]),
        # … and before a noun it is still the size or the material
        ("a giant dog", [("dog", None)]),
        ("a brass bell", [("bell", None)]),
        # a compound a class word or "center" ends
        ("a red street clothes", [("street clothes", "red")]),
        ("a shopping center", [("shopping center", None)]),
        ("a lamp next to a civic center", [("lamp", None), ("civic center", None)]),
        # a compound a kind opener begins, when it is a kind of its last word
        ("two half sisters", [("half sister", None), ("half sister", None)]),
        ("a red center punch", [("center punch", "red")]),
        ("an art school", [("art school", None)]),
        ("a picture window", [("picture window", None)]),
        # … not when WordNet's compound is another thing (the lunula is no moon)
        ("a half moon", [("moon", "yellow")]),
        # a format word that opens a thing's name is no page format
        ("a card table", [("card table", None)]),
        ("two card tables", [("card table", None), ("card table", None)]),
    ],
)
def test_probe_nouns(prompt: str, things: list[tuple[str, object]]) -> None:
    plan = _plan(prompt)
    assert sorted(_things(plan), key=str) == sorted(things, key=str)
    assert not plan.warnings


@pytest.mark.parametrize(
    "prompt",
    ["a cat in the center", "a dog at the center of the room", "make the cat giant", "the cat is giant"],
)
def test_position_and_size_words_stay(prompt: str) -> None:
    """ "center" and "giant" keep their usual reading where no noun is missing."""
    plan = _plan(prompt)
    assert [noun for noun, _ in _things(plan)] in (["cat"], ["dog"])


def test_card_format_still_a_page() -> None:
    """A card named as a card is still the page format."""
    plan = _plan("a birthday card")
    assert [e.attributes.get("panel") for e in plan.elements if e.kind == "object"] == ["card"]


def test_class_noun_filters() -> None:
    lex = lexicon()

    def noun(word: str, tagged: bool = False) -> Tag | None:
        return class_noun(lex, word, tagged)

    furniture, males = noun("furniture"), noun("males")
    assert furniture is not None and furniture.value == "furniture"
    assert males is not None and males.plural
    assert noun("floor") is None  # a surface, no thing
    assert noun("face") is None  # a body part
    assert noun("giant") is not None  # a stopword WordNet knows as a thing
    assert noun("brass") is None and noun("brass", tagged=True) is not None  # a material, asked as one
    assert noun("metal", tagged=True) is None  # a substance
