"""Issue 13, round 3: a plural that names one thing is one element ("red curtains", "the stairs"), a
number still counts; a held umbrella or balloon is carried over the head, clear of the holder's face."""

from __future__ import annotations

import pytest
from tests.reason.reasoned import nouns, plan_of, relations

from limner.assets.anchors import anchor_box, body_kind
from limner.plan.geometry import violated_relations
from limner.plan.model import Element, Plan
from limner.reason.overhead import CANOPY, overhead_box, overhead_ways
from limner.reason.whole_plurals import one_thing_plurals, whole_plural


@pytest.mark.parametrize(
    ("prompt", "noun"),
    [
        ("red curtains", "curtains"),
        ("a dog on the stairs", "stairs"),
        ("blue drapes by a window", "drapes"),
        ("a pair of pliers on a table", "pliers"),
        ("a cat asleep under the curtains", "curtains"),
        ("a pair of curtains", "curtains"),
    ],
)
def test_a_bare_plural_naming_one_thing_is_one_element(prompt: str, noun: str) -> None:
    found = nouns(plan_of(prompt))
    assert found.count(noun) == 1
    singular = noun.removesuffix("s")
    assert singular not in found


def test_the_one_thing_keeps_its_colour_and_relation() -> None:
    plan = plan_of("a dog on the stairs")
    assert ("dog", "on", "stairs") in relations(plan)
    (curtains,) = [e for e in plan_of("red curtains").elements if e.noun == "curtains"]
    assert curtains.attributes.get("color") == "red"


@pytest.mark.parametrize(
    ("prompt", "noun", "count"),
    [
        ("two curtains", "curtain", 2),
        ("three stairs", "stair", 3),
        ("three pairs of jeans", "jeans", 3),
        ("two pairs of scissors", "scissors", 2),
        ("a pair of jeans", "jeans", 1),
    ],
)
def test_a_number_still_counts(prompt: str, noun: str, count: int) -> None:
    assert nouns(plan_of(prompt)).count(noun) == count


def test_whole_plurals_are_data() -> None:
    table = one_thing_plurals()
    assert table["curtain"] == "curtains"
    assert whole_plural("stair", "stair") == "stairs"
    assert whole_plural("dog", "dog") is None


def _by_noun(plan: Plan, noun: str) -> Element:
    (element,) = [e for e in plan.elements if e.noun == noun]
    return element


def _face(holder: Element) -> tuple[float, float, float, float]:
    facing = holder.attributes.get("facing")
    return anchor_box(
        holder.box, body_kind("person", holder.noun), "face", facing if facing == "left" else "right"
    )


def _overlap(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> float:
    w = min(a[2], b[2]) - max(a[0], b[0])
    h = min(a[3], b[3]) - max(a[1], b[1])
    return max(w, 0.0) * max(h, 0.0)


@pytest.mark.parametrize(
    ("prompt", "holder", "held"),
    [
        ("a girl holding a red balloon", "girl", "balloon"),
        ("a boy with a blue balloon in the park", "boy", "balloon"),
        ("a boxer holding a balloon", "boxer", "balloon"),
        ("a man holding an umbrella in the rain", "man", "umbrella"),
        ("a woman holding an umbrella", "woman", "umbrella"),
    ],
)
def test_a_thing_held_overhead_leaves_the_face_clear(prompt: str, holder: str, held: str) -> None:
    plan = plan_of(prompt)
    person, thing = _by_noun(plan, holder), _by_noun(plan, held)
    assert (holder, "holds", held) in relations(plan)
    face = _face(person)
    if overhead_ways()[held] == "canopy":  # the canopy, the top of the box, is over the head
        canopy = (
            thing.box[0],
            thing.box[1],
            thing.box[2],
            thing.box[1] + CANOPY * (thing.box[3] - thing.box[1]),
        )
        assert _overlap(canopy, face) == 0.0
        assert thing.box[1] < person.box[1]
    else:
        assert _overlap(thing.box, face) == 0.0
        assert thing.box[3] <= person.box[1] + 0.05 * (person.box[3] - person.box[1])  # above the head
    assert _overlap(thing.box, person.box) > 0.0  # still in the hand's reach: the boxes meet
    assert violated_relations(plan) == []


def test_an_umbrella_handle_is_at_the_hand_when_there_is_room() -> None:
    holder = (0.4, 0.4, 0.6, 0.9)
    box = overhead_box((0.0, 0.0, 0.2, 0.2), holder, "person", "man", "right", "canopy")
    hand = anchor_box(holder, "person", "hand", "right")
    head = anchor_box(holder, "person", "head", "right")
    assert box[3] == pytest.approx((hand[1] + hand[3]) / 2)
    assert box[1] + CANOPY * (box[3] - box[1]) == pytest.approx(head[1])


def test_a_balloon_rises_beside_the_head_on_the_hand_side() -> None:
    holder = (0.4, 0.4, 0.6, 0.9)
    head = anchor_box(holder, "person", "head", "right")
    right = overhead_box((0.0, 0.0, 0.2, 0.3), holder, "person", "girl", "right", "string")
    left = overhead_box((0.0, 0.0, 0.2, 0.3), holder, "person", "girl", "left", "string")
    centre = (head[0] + head[2]) / 2
    assert right[0] >= centre
    assert left[2] <= centre
    assert right[3] < (head[1] + head[3]) / 2
