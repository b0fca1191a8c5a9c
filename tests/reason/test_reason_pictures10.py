"""What the pictures showed going wrong in plans, round 4 (issue #13): an activity at a table is done
seated; an activity's tool in hand; small food in a room on a counter or table; a bedtime story in a
bedroom with a book and a child in bed; a hillside is the ground; sitters on the treads of stairs."""

from __future__ import annotations

import pytest
from reasoned import nouns, plan_of, relations

from limner.plan.model import Element, Plan


def element(plan: Plan, noun: str) -> Element:
    return next(e for e in plan.elements if e.noun == noun)


# -- 1, 2. doing something at a table, desk or counter is done seated, on a chair of one's own ----------
@pytest.mark.parametrize(
    ("prompt", "who", "chairs"),
    [
        ("a man eating lunch at a kitchen table", "man", 1),
        ("two women chatting at a cafe table", "woman", 2),  # "around the": not "around a" (a count)
        ("a girl writing at her desk with a lamp", "girl", 1),
    ],
)
def test_an_activity_at_a_table_is_done_seated(prompt: str, who: str, chairs: int) -> None:
    plan = plan_of(prompt)
    sitters = [e for e in plan.elements if e.noun == who]
    assert sitters and all(e.attributes.get("pose") == "sitting" for e in sitters)
    assert nouns(plan).count("chair") == chairs
    assert (who, "on", "chair") in relations(plan)
    if "lamp" in prompt:
        assert ("lamp", "on top of", "desk") in relations(plan)


def test_one_standing_at_a_counter_keeps_standing() -> None:
    plan = plan_of("a bartender standing at the counter")
    assert "chair" not in nouns(plan)
    assert element(plan, "bartender").attributes.get("pose") == "standing"


# -- 3. an activity's tool is in hand ----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("prompt", "who", "tool"),
    [
        ("a woman raking the leaves in the yard", "woman", "rake"),
        ("a boy sweeping the porch", "boy", "broom"),
        ("a tourist taking a picture of a lighthouse", "tourist", "camera"),  # not the lighthouse's
    ],
)
def test_an_activity_holds_its_tool(prompt: str, who: str, tool: str) -> None:
    assert (who, "holds", tool) in relations(plan_of(prompt))


def test_a_plural_noun_is_no_activity() -> None:
    assert nouns(plan_of("four rakes")) == ["rake"] * 4  # "rakes" is no verb here


# -- 4. small food in a room with someone rests on a counter or table, not on the floor --------------------
def test_baked_things_rest_on_a_tray_on_the_counter() -> None:
    plan = plan_of("a woman baking muffins in the kitchen")
    assert {("muffin", "on", "baking tray"), ("baking tray", "on", "counter")} <= relations(plan)
    assert element(plan, "muffin").box[3] < element(plan, "counter").box[1] + 0.01


@pytest.mark.parametrize(
    "prompt",
    ["a cup of coffee in a kitchen", "a dog and a bowl on the floor in the kitchen"],
)
def test_no_table_for_a_thing_alone_or_on_the_floor(prompt: str) -> None:
    found = nouns(plan_of(prompt))
    assert "counter" not in found and "table" not in found


# -- 5. a bedtime story: a book, a child in bed, a bedroom ---------------------------------------------------
def test_a_bedtime_story_is_read_from_a_book_to_a_child_in_bed() -> None:
    plan = plan_of("a grandfather telling a bedtime story to his granddaughter")
    assert plan.canvas.background.setting == "bedroom"
    assert {("grandfather", "holds", "book"), ("granddaughter", "inside", "bed")} <= relations(plan)
    assert element(plan, "granddaughter").attributes.get("pose") == "lying"


def test_tucking_in_a_shirt_is_no_bedtime() -> None:
    assert "bed" not in nouns(plan_of("a man tucking his shirt in"))


# -- 6. a grassy hillside is the ground; the kite flies kite-sized -------------------------------------------
def test_a_kite_on_a_hillside_flies_over_the_ground() -> None:
    plan = plan_of("a girl flying a kite on a grassy hillside")
    assert plan.canvas.background.setting == "countryside" and "hill" not in nouns(plan)
    girl, kite = element(plan, "girl"), element(plan, "kite")
    assert kite.box[2] - kite.box[0] > 0.5 * (girl.box[2] - girl.box[0])
    assert kite.box[3] < girl.box[1] + 0.05


# -- 7. sitting on steps: on the treads, side by side -----------------------------------------------
def test_sitters_sit_on_the_treads_of_stairs() -> None:
    plan = plan_of("three boys sitting on the stairs")
    stairs, boys = element(plan, "stairs"), [e for e in plan.elements if e.noun == "boy"]
    assert ("boy", "on", "stairs") in relations(plan)
    for boy in boys:  # seated inside the flight's top part, not beside it or on its top edge only
        assert stairs.box[0] < (boy.box[0] + boy.box[2]) / 2 < stairs.box[2]
        assert stairs.box[1] - 0.01 <= boy.box[3] < stairs.box[3]
    assert len({round(b.box[0], 3) for b in boys}) == 3


def test_one_standing_on_stairs_is_not_seated() -> None:
    plan = plan_of("a man standing on the stairs")
    assert not any("seated on step" in t.message for t in plan.trace)


def test_a_holder_in_front_of_what_he_holds_does_not_crash() -> None:
    assert ("man", "holds", "shovel") in relations(plan_of("a man holding a shovel in front of his house"))


# -- extra: a meal with no table named is eaten seated at one; "a fence" as well as "the fence" ----
def test_a_meal_is_eaten_seated_at_a_table() -> None:
    plan = plan_of("two kids eating lunch in the dining room")
    assert "table" in nouns(plan) and nouns(plan).count("chair") == 2
    assert ("child", "on", "chair") in relations(plan)


def test_a_meal_with_its_place_named_gets_no_table() -> None:
    assert "table" not in nouns(plan_of("a woman eating dinner on the couch"))


def test_a_tool_for_an_activity_done_to_a_thing() -> None:
    assert ("man", "holds", "brush") in relations(plan_of("a man painting a fence"))
