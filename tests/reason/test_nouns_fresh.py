"""Fresh nouns (issue 13): compounds, colour words that are things, amounts of a substance, and nouns
that keep their own concept instead of a more general one — each through the whole reasoner."""

from __future__ import annotations

import pytest
from reasoned import plan_of
from reasoned import things as _things

from limner.plan.model import Plan


def _plan(prompt: str) -> Plan:
    return plan_of(prompt, seed=3, height=768)


@pytest.mark.parametrize(
    ("prompt", "things"),
    [
        # a compound may open with a word that is also a verb ("lead", "throw", "hang")
        ("a red lead pencil", [("lead pencil", "red")]),
        ("two throw pillows", [("throw pillow", None), ("throw pillow", None)]),
        ("a hang glider", [("hang glider", None)]),
        # … and hold a noun that is also a colour, or a colour inside it
        ("two sweet oranges", [("sweet orange", None), ("sweet orange", None)]),
        ("a blue ice-cream cone", [("ice cream cone", "blue")]),
        ("a peach tree", [("peach tree", None)]),
        # a compound opening with a word that is only a colour is still that colour
        ("a red fox", [("fox", "red")]),
        ("a big red fire truck", [("fire truck", "red")]),
        # the specific thing, not a more general one
        ("a red firetruck", [("firetruck", "red")]),
        ("a racecar", [("racecar", None)]),
        # a sibling is no synonym: a hare is no rabbit, a porcupine no hedgehog
        ("a hare next to a rabbit", [("hare", None), ("rabbit", None)]),
        ("a porcupine", [("porcupine", None)]),
    ],
)
def test_compound_nouns_keep_the_concept_named(prompt: str, things: list[tuple[str, object]]) -> None:
    assert sorted(_things(_plan(prompt)), key=str) == sorted(things, key=str)


@pytest.mark.parametrize("word", ["violet", "mahogany", "teal", "lavender"])
def test_a_colour_word_where_a_noun_goes_is_the_thing(word: str) -> None:
    plan = _plan(f"a {word} next to a cup")
    assert sorted(n for n, _ in _things(plan)) == sorted([word, "cup"])
    assert not plan.warnings


@pytest.mark.parametrize("word", ["violet", "teal", "lavender"])
def test_a_colour_word_before_a_noun_is_still_a_colour(word: str) -> None:
    plan = _plan(f"a {word} car next to a cup")
    car = next(e for e in plan.elements if e.noun == "car")
    assert car.attributes.get("color") not in (None, "")
    assert sorted(n for n, _ in _things(plan)) == ["car", "cup"]


def test_a_colour_word_said_of_a_thing_is_a_colour() -> None:
    plan = _plan("a car. the car is violet")
    assert [n for n, _ in _things(plan)] == ["car"]
    assert _things(plan)[0][1] not in (None, "")


@pytest.mark.parametrize(
    ("prompt", "noun", "count"),
    [
        ("some water in a glass", "water", 1),
        ("some rice in a bowl", "rice", 1),
        ("a lot of cheese on a plate", "cheese", 1),
        ("some apples", "apple", 3),  # a plural is still several
        ("some sheep on a hill", "sheep", 3),  # an animal, not a substance
    ],
)
def test_some_of_a_substance_is_one_portion(prompt: str, noun: str, count: int) -> None:
    plan = _plan(prompt)
    assert [e.noun for e in plan.elements].count(noun) == count
