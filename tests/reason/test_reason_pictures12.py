"""What the pictures showed going wrong in plans, round 6 (issue #13): doers named by their tool and
activities that need one draw it; a seated activity on a seat, a log or under a tree sits; a game with
no table gets one; a tree as the place sets the scene outdoors; goods named with shelves or stalls lie
on them."""

from __future__ import annotations

import pytest
from reasoned import nouns, plan_of, relations

from limner.plan.model import Plan


def pose(plan: Plan, noun: str) -> object:
    return next(e for e in plan.elements if e.noun == noun).attributes.get("pose")


# -- 1. a doer or an activity draws the thing it needs ---------------------------------------------------
@pytest.mark.parametrize(
    ("prompt", "relation"),
    [
        ("a cyclist riding down a hill", ("cyclist", "rides", "bicycle")),
        ("two guitarists on a stage", ("guitarist", "holds", "guitar")),
        ("a fisherman holding a fish", ("fisherman", "holds", "fishing rod")),
        ("an old man mowing the grass", ("man", "touches", "lawn mower")),
        ("a woman cooking breakfast", ("woman", "holds", "pan")),
    ],
)
def test_a_doer_or_an_activity_draws_its_tool(prompt: str, relation: tuple[str, str, str]) -> None:
    assert relation in relations(plan_of(prompt))


def test_a_named_tool_or_another_object_is_kept() -> None:
    assert nouns(plan_of("a cyclist on his bike")) == ["cyclist", "bicycle"]  # the bike is the bicycle
    assert nouns(plan_of("a jockey riding a camel")) == ["jockey", "camel"]  # riding something else
    assert nouns(plan_of("a surfer")) == ["surfer"]  # the surfer's art shows the board
    assert nouns(plan_of("a barber shop")) == ["barber shop"]  # the doer's word names another thing


# -- 2. seated activities sit; a game gets a table ----------------------------------------------------------
def test_a_seated_activity_on_a_seat_a_log_or_under_a_tree_sits() -> None:
    assert pose(plan_of("a woman eating a sandwich on a park bench"), "woman") == "sitting"
    assert pose(plan_of("a boy drawing on a rock"), "boy") == "sitting"
    assert pose(plan_of("an old woman knitting under an oak tree"), "woman") == "sitting"
    # a pose the prompt says stays; resting on the ground lies; no activity: no pose
    assert pose(plan_of("a man standing on a chair"), "man") == "standing"
    assert pose(plan_of("a man resting on the grass"), "man") == "lying"
    assert pose(plan_of("a dog under a tree"), "dog") is None
    plan = plan_of("two grandpas playing checkers in the garden")
    assert ("checkers", "on", "table") in relations(plan)
    assert ("grandfather", "on", "chair") in relations(plan)
    assert "table" not in nouns(plan_of("kids playing a board game on the floor"))
    # tea outdoors: at a table, the tea on it; a thing in hand outdoors gets no table
    assert ("tea", "on", "table") in relations(plan_of("two aunts having tea on the patio"))
    assert nouns(plan_of("a girl holding an apple in the park")) == ["girl", "apple"]


# -- 3. a tree as the place of the scene -------------------------------------------------------------------
def test_a_tree_as_the_place_sets_the_scene_outdoors() -> None:
    assert plan_of("a boy napping under a willow tree").canvas.background.setting == "park"
    assert plan_of("a cat sitting beside a bush").canvas.background.setting == "garden"
    assert plan_of("a cow under a tree").canvas.background.setting in ("countryside", "farm")
    assert plan_of("a tree").canvas.background.setting is None  # a tree alone stays a tree
    assert plan_of("a lamp next to a tree").canvas.background.setting is None  # a lamp: indoors


# -- 4. goods on shelves and stalls --------------------------------------------------------------------------
def test_goods_lie_on_the_shelves_and_stalls_they_are_named_with() -> None:
    plan = plan_of("a shop with toys on the shelves")
    assert ("toy", "on", "shelf") in relations(plan) and ("shop", "on", "shelf") not in relations(plan)
    plan = plan_of("a farmers market with vegetable stalls")
    assert nouns(plan).count("vegetable") >= 2 and ("vegetable", "on", "stall") in relations(plan)
    assert ("book", "on", "book stall") in relations(plan_of("a book stall"))
    assert nouns(plan_of("a boy selling lemonade at a lemonade stand")).count("lemonade") == 1  # named
    assert nouns(plan_of("a ticket booth")) == ["ticket booth"]  # tickets are no goods to show
    assert nouns(plan_of("a man with a hat on the table"))[:2] == ["man", "hat"]  # no place: unchanged
