"""What the pictures showed going wrong in plans, round 5 (issue #13): an activity compound after its
doer is the doer's activity, not part of a noun; a verb's "-ing" form between an article and a noun
describes that noun; a group word and a closed compound keep their things; a trailing pose after an
"in/with + thing" phrase is the wearer's; going somewhere "with" someone is going side by side."""

from __future__ import annotations

import pytest
from reasoned import nouns, plan_of, relations

from limner.plan.model import Element, Plan
from limner.reason.activity_compounds import activity_compounds


def element(plan: Plan, noun: str) -> Element:
    return next(e for e in plan.elements if e.noun == noun)


# -- 1. an activity compound after a person is the person's activity -------------------------------------
@pytest.mark.parametrize(
    ("prompt", "who", "things"),
    [
        ("two boys roller skating in the park", "boy", []),
        ("a woman is scuba diving", "woman", []),
        ("an old man rock climbing", "man", ["rock"]),
        ("a girl horse riding on a beach", "girl", ["horse"]),
    ],
)
def test_an_activity_compound_is_the_doers(prompt: str, who: str, things: list[str]) -> None:
    plan = plan_of(prompt)
    assert who in nouns(plan)
    assert sorted(set(nouns(plan)) - {who}) == things  # no "boy roller", no "woman scuba"
    if "riding" in prompt:
        assert (who, "rides", "horse") in relations(plan)


def test_an_activity_compound_before_a_noun_stays_a_thing() -> None:
    assert activity_compounds("a girl in ice skating boots") == "a girl in ice skating boots"
    assert activity_compounds("a dog ice skating rink") == "a dog ice skating rink"  # a noun follows
    assert activity_compounds("the ice skating rink") == "the ice skating rink"  # no doer before it
    assert nouns(plan_of("a boy at the ice skating rink")) == ["boy", "ice skating rink"]


# -- 2. nouns kept: a verb's "-ing" form as a describing word, a band, a closed compound --------------------
def test_an_ing_word_between_an_article_and_a_noun_describes_it() -> None:
    plan = plan_of("a giraffe drinks at the watering hole")
    assert nouns(plan) == ["giraffe", "watering hole"]
    assert ("giraffe", "faces", "watering hole") in relations(plan)
    assert nouns(plan_of("a pony by a drinking trough")) == ["pony", "drinking trough"]


def test_a_pose_verb_before_a_noun_still_poses_it() -> None:
    assert element(plan_of("a sleeping cat"), "cat").attributes.get("pose") == "lying"
    assert ("man", "holds", "cup") in relations(plan_of("a man holding a cup"))


def test_a_band_is_its_musicians() -> None:
    plan = plan_of("the band on the stage")
    assert {"guitarist", "drummer", "singer"} <= set(nouns(plan))
    assert nouns(plan_of("a rubber band on a desk")) == ["rubber band", "desk"]


def test_a_haystack_is_drawn() -> None:
    assert nouns(plan_of("two haystacks in a field")) == ["haystack", "haystack"]


# -- 3. a pose after "in/with + thing" is the wearer's ---------------------------------------------------
@pytest.mark.parametrize(
    ("prompt", "who", "thing", "pose"),
    [
        ("a boy in a blue jacket walking", "boy", "jacket", "walking"),
        ("a hiker with a backpack running", "hiker", "backpack", "running"),
    ],
)
def test_a_trailing_pose_is_the_wearers(prompt: str, who: str, thing: str, pose: str) -> None:
    plan = plan_of(prompt)
    assert element(plan, who).attributes.get("pose") == pose
    assert "pose" not in element(plan, thing).attributes


def test_a_kite_flying_keeps_its_pose() -> None:
    assert element(plan_of("a boy with a kite flying"), "kite").attributes.get("pose") == "flying"


# -- 4. going somewhere with someone: side by side, the same way ------------------------------------------
@pytest.mark.parametrize(
    ("prompt", "who", "other", "pose"),
    [
        ("a father walking with his daughter", "father", "daughter", "walking"),
        ("a man running with his dog on the beach", "man", "dog", "running"),
    ],
)
def test_going_with_someone_is_side_by_side(prompt: str, who: str, other: str, pose: str) -> None:
    plan = plan_of(prompt)
    assert (who, "next to", other) in relations(plan)
    assert element(plan, other).attributes.get("pose") == pose


def test_walking_with_a_thing_holds_it() -> None:
    plan = plan_of("an old woman walking with a cane")
    assert ("woman", "holds", "cane") in relations(plan)
    assert "next to" not in {p for _, p, _ in relations(plan)}
