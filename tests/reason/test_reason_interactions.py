"""Interactions: verbs become relations the layout satisfies (``relation_holds``), with pose and facing."""

from __future__ import annotations

import pytest

from limner.assets.anchors import anchor_box, body_kind
from limner.plan.geometry import center, intersection, relation_holds, rests_on, violated_relations
from limner.plan.model import Element, Plan
from limner.reason import BuiltinReasoner, ReasonRequest
from limner.reason.frames import frames

REASONER = BuiltinReasoner()


def plan_of(prompt: str, seed: int = 1) -> Plan:
    return REASONER.reason(ReasonRequest(prompt=prompt, seed=seed, width=1024, height=768))


def one(plan: Plan, noun: str) -> Element:
    found = [e for e in plan.elements if e.noun == noun or e.label == noun]
    assert found, (noun, [e.noun for e in plan.elements])
    return found[0]


def relation(plan: Plan, predicate: str) -> tuple[Element, Element]:
    rel = next(r for r in plan.relations if r.predicate == predicate)
    return plan.element(rel.subject), plan.element(rel.object)


def test_a_cat_sitting_on_a_laptop() -> None:
    plan = plan_of("a cat sitting on a laptop")
    cat, laptop = relation(plan, "on")
    assert rests_on(cat.box, laptop.box) and cat.z > laptop.z
    assert cat.attributes["pose"] == "sitting"
    assert laptop.box[2] - laptop.box[0] >= 0.85 * (cat.box[2] - cat.box[0])  # big enough to sit on
    assert violated_relations(plan) == []


def test_an_astronaut_riding_a_horse_on_the_moon() -> None:
    plan = plan_of("an astronaut riding a horse on the moon")
    rider, horse = relation(plan, "rides")
    assert rider.attributes["pose"] == "riding"
    assert rider.attributes["facing"] == horse.attributes["facing"]
    seat = anchor_box(horse.box, "quadruped", "seat", str(horse.attributes["facing"]))
    assert seat[0] <= center(rider.box)[0] <= seat[2]
    assert rider.box[1] < horse.box[1] < rider.box[3]  # on its back, not a totem above it
    assert plan.canvas.background.setting == "moon"
    horizon = plan.canvas.background.horizon
    assert horizon is not None and horse.box[3] >= horizon
    assert violated_relations(plan) == []


def test_a_snowman_wearing_a_red_scarf() -> None:
    plan = plan_of("a snowman wearing a red scarf")
    snowman, scarf = relation(plan, "wears")
    assert scarf.attributes["color"] == "red"
    neck = anchor_box(snowman.box, body_kind("nature", "snowman"), "neck")
    assert intersection(scarf.box, neck) > 0.5 * (neck[2] - neck[0]) * (neck[3] - neck[1])
    assert scarf.z > snowman.z and violated_relations(plan) == []


@pytest.mark.parametrize(
    ("prompt", "worn", "anchor"),
    [
        ("a man wearing a hat", "hat", "head"),
        ("a girl wearing sunglasses", "sunglasses", "face"),
        ("a boy wearing a backpack", "backpack", "back"),
    ],
)
def test_worn_things_sit_at_their_anchor(prompt: str, worn: str, anchor: str) -> None:
    plan = plan_of(prompt)
    wearer, thing = relation(plan, "wears")
    region = anchor_box(wearer.box, "person", anchor, str(wearer.attributes.get("facing", "right")))
    assert intersection(thing.box, region) > 0, (thing.box, region)
    assert relation_holds(plan.relations[0], {e.id: e for e in plan.elements})


def test_holding_and_carrying_put_the_thing_at_the_hand() -> None:
    plan = plan_of("a girl holding a red balloon")
    girl, balloon = relation(plan, "holds")
    hand = anchor_box(girl.box, "person", "hand", str(girl.attributes.get("facing", "right")))
    assert balloon.box[3] <= hand[3] + 1e-6 and intersection(balloon.box, girl.box) > 0  # on its string
    plan = plan_of("a man carrying a suitcase")
    man, case = relation(plan, "carries")
    assert intersection(man.box, case.box) > 0


def test_chasing_faces_the_chased_on_one_ground_line() -> None:
    plan = plan_of("a dog chasing a cat in a park")
    dog, cat = relation(plan, "chases")
    toward = "right" if center(cat.box)[0] > center(dog.box)[0] else "left"
    assert dog.attributes["facing"] == toward and cat.attributes["facing"] == toward  # running away
    assert abs(dog.box[3] - cat.box[3]) < 0.02 and dog.attributes["pose"] == "running"
    plan = plan_of("a cat looking at a fish")
    cat, fish = relation(plan, "looks_at")
    assert cat.attributes["facing"] == ("right" if center(fish.box)[0] > center(cat.box)[0] else "left")


def test_holding_hands_touch_and_face_each_other() -> None:
    plan = plan_of("two kids holding hands")
    a, b = relation(plan, "touches")
    assert a.attributes["facing"] != b.attributes["facing"] and violated_relations(plan) == []
    plan = plan_of("a boy holding hands with a girl")
    assert [r.predicate for r in plan.relations] == ["touches"] and violated_relations(plan) == []


def test_inverse_flying_hanging_and_leaning() -> None:
    plan = plan_of("a horse ridden by a knight")
    knight, horse = relation(plan, "rides")
    assert (knight.noun, horse.noun) != ("horse", "horse") and horse.noun == "horse"
    plan = plan_of("a bird flying over a house")
    bird, house = relation(plan, "flies_over")
    assert bird.attributes["pose"] == "flying" and center(bird.box)[1] < house.box[1]
    plan = plan_of("a monkey hanging from a tree")
    monkey, tree = relation(plan, "hangs_on")
    assert intersection(monkey.box, tree.box) > 0 and monkey.attributes["pose"] == "hanging"
    plan = plan_of("a bicycle leaning against a tree")
    assert [r.predicate for r in plan.relations] == ["leans_on"] and violated_relations(plan) == []


def test_poses_without_objects() -> None:
    assert one(plan_of("a dog running in the park"), "dog").attributes["pose"] == "running"
    assert one(plan_of("a cat sleeping"), "cat").attributes["pose"] == "lying"
    assert one(plan_of("the cat is sitting"), "cat").attributes["pose"] == "sitting"


def test_every_verb_frame_parses_to_its_predicate() -> None:
    """A new verb is a row of verbs.tsv: every row with an object reads as its predicate."""
    missing = []
    for frame in frames().phrases.values():
        if frame.pose_only or frame.mutual:
            continue
        plan = plan_of(f"a cat {frame.phrase} a dog")
        predicates = [r.predicate for r in plan.relations]
        dropped = any(frame.predicate in w for w in plan.warnings)
        if frame.predicate not in predicates and not dropped:
            missing.append((frame.phrase, predicates))
    assert missing == []


def test_with_a_worn_or_held_thing_is_that_verb() -> None:
    plan = plan_of("a snowman with a red scarf")
    assert [r.predicate for r in plan.relations] == ["wears"] and violated_relations(plan) == []
    plan = plan_of("a girl with a balloon")
    assert [r.predicate for r in plan.relations] == ["holds"] and violated_relations(plan) == []
    assert plan_of("a table with a vase").relations == []  # a table is no figure
    assert plan_of("a cake with candles").relations == []


def test_the_figure_does_the_verb_after_with() -> None:
    plan = plan_of("a man with a hat holding an umbrella in the rain")
    man = plan.elements[0]
    assert sorted((r.subject, r.predicate) for r in plan.relations) == [(man.id, "holds"), (man.id, "wears")]
    hat = next(e for e in plan.elements if e.noun == "hat")
    umbrella = next(e for e in plan.elements if e.noun == "umbrella")
    assert hat.box[3] < center(man.box)[1] and umbrella.box[3] <= man.box[3]  # hat on the head, held up
    assert violated_relations(plan) == []
