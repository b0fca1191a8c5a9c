"""Everyday activities and the things that show them (issue 13, seen in pictures): an activity's props
("having a picnic" on a picnic blanket in a park, "brushing his teeth" with a toothbrush, "reading in
bed" with a book), who is in bed lies or sits in it, a bare plural "each" with a thing of its own, a
party is a place, and "with an umbrella" after someone walking their dog is theirs. Wordings differ
from the contact sheets the fixes came from."""

from __future__ import annotations

import pytest
from reasoned import nouns, plan_of, relations

from limner.reason.implied_props import add_props


def setting(prompt: str) -> str | None:
    return plan_of(prompt).canvas.background.setting


def poses(prompt: str) -> dict[str, object]:
    return {e.noun: e.attributes.get("pose") for e in plan_of(prompt).elements}


# -- an activity's props ----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("prompt", "prop"),
    [
        ("two girls having a picnic by the river", "picnic blanket"),
        ("a family on a picnic", "picnic blanket"),
        ("a man brushes his teeth", "toothbrush"),
        ("an old man fishing on a pier", "fishing rod"),
        ("a boy reading under a tree", "book"),
        ("grandma knitting by the fire", "yarn"),
        ("two friends camping near a lake", "tent"),
        ("a teenager skateboarding down the street", "skateboard"),
        ("a dog taking a bath", "bathtub"),
    ],
)
def test_an_activity_shows_its_prop(prompt: str, prop: str) -> None:
    assert prop in nouns(plan_of(prompt))


@pytest.mark.parametrize(
    "prompt",
    [
        "a girl reading a map",  # the verb has its own object
        "a fishing boat on the lake",  # a compound, not the activity
        "reading glasses on a table",
        "two bikes, one red, the other one blue",  # the noun, not the verb
        "a man fishing with a fishing rod",  # the prop is named already
    ],
)
def test_no_prop_where_the_activity_is_not_one(prompt: str) -> None:
    assert add_props(prompt) == prompt


def test_several_get_one_prop_each() -> None:
    plan = plan_of("three kids skateboarding in the park")
    assert nouns(plan).count("skateboard") == 3
    riders = {(r.subject, r.object) for r in plan.relations if r.predicate == "rides"}
    assert len(riders) == 3 and len({o for _, o in riders}) == 3  # a board each


def test_a_picnic_is_in_a_park_unless_the_prompt_says_where() -> None:
    assert setting("a couple having a picnic under a tree") == "park"
    assert setting("a family having a picnic on the beach") == "beach"


# -- in bed -----------------------------------------------------------------------------------------
def test_someone_in_bed_lies_and_sits_up_to_read() -> None:
    assert poses("a little boy in bed")["boy"] == "lying"
    assert poses("a dog on the bed")["dog"] == "lying"
    assert poses("a baby asleep in a crib")["baby"] == "lying"
    assert poses("a woman reading in bed")["woman"] == "sitting"
    assert poses("a girl standing on her bed")["girl"] == "standing"  # said: kept
    assert poses("a pillow on a bed")["pillow"] is None  # things take no pose


# -- "each" after a plural with no number -------------------------------------------------------------
def test_each_of_a_bare_plural_has_its_own() -> None:
    plan = plan_of("puppies each wearing a bow")
    assert nouns(plan).count("bow") == nouns(plan).count("puppy") == 3
    boxes = {tuple(e.box) for e in plan.elements if e.noun == "puppy"}
    assert len(boxes) == 3  # side by side, not one on another


# -- a party is a place ----------------------------------------------------------------------------------
@pytest.mark.parametrize("prompt", ["a birthday party with a cake", "two kids at a party"])
def test_a_party_is_the_setting_not_a_thing(prompt: str) -> None:
    assert setting(prompt) == "party"
    assert "party" not in nouns(plan_of(prompt))


def test_a_party_hat_is_still_a_thing() -> None:
    assert "party hat" in nouns(plan_of("a party hat"))


# -- "with" after someone doing something to an animal ------------------------------------------------
def test_a_held_thing_after_an_animal_someone_walks_is_theirs() -> None:
    plan = plan_of("a man walking his dog with an umbrella in the rain")
    assert ("man", "holds", "umbrella") in relations(plan)
    assert ("dog", "holds", "umbrella") not in relations(plan)
    # an animal alone with a thing still has it, and a collar stays worn by the dog
    assert ("dog", "holds", "umbrella") in relations(plan_of("a dog with an umbrella"))
    assert ("dog", "wears", "collar") in relations(plan_of("a girl hugging a dog with a red collar"))


# -- under furniture on legs ------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("prompt", "thing", "furniture"),
    [
        ("a puppy napping under the kitchen table", "puppy", "kitchen table"),
        ("a cat under a desk", "cat", "desk"),
    ],
)
def test_a_thing_under_furniture_is_on_the_floor_beneath_it(prompt: str, thing: str, furniture: str) -> None:
    boxes = {e.noun: e.box for e in plan_of(prompt).elements}
    below, above = boxes[thing], boxes[furniture]
    assert abs(below[3] - above[3]) < 0.01  # one floor: the furniture stands where the thing lies
    assert above[0] <= below[0] and below[2] <= above[2]  # between its legs
    assert below[3] - below[1] <= 0.35 * (above[3] - above[1])
    assert ("under" in {r.predicate for r in plan_of(prompt).relations}) and not plan_of(prompt).warnings


def test_under_a_tree_is_still_at_its_foot() -> None:
    boxes = {e.noun: e.box for e in plan_of("a fox under an oak").elements}
    assert boxes["fox"][1] > boxes["oak"][1]  # a tree is no table: nothing about its legs


def test_someone_carried_on_the_shoulders_sits_at_the_shoulder_line() -> None:
    boxes = {e.noun: e.box for e in plan_of("a dad carrying his son on his shoulders").elements}
    dad, son = boxes["dad"] if "dad" in boxes else boxes["father"], boxes["son"]
    assert dad[1] < son[3] < dad[1] + 0.4 * (dad[3] - dad[1])  # astride the neck, not on the head
