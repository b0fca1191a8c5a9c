"""Scene logic: colours and hex, relative sizes, support, arrangements, aspect ratio."""

from __future__ import annotations

import itertools

from limner.plan.geometry import relative_position, violated_relations
from limner.plan.model import Element, Plan
from limner.reason import BuiltinReasoner, ReasonRequest

REASONER = BuiltinReasoner()


def plan_of(prompt: str, width: int = 1024, height: int = 1024) -> Plan:
    return REASONER.reason(ReasonRequest(prompt=prompt, width=width, height=height))


def long_side(e: Element, plan: Plan) -> float:
    return max((e.box[2] - e.box[0]) * plan.canvas.width, (e.box[3] - e.box[1]) * plan.canvas.height)


def one(plan: Plan, noun: str) -> Element:
    return next(e for e in plan.elements if e.noun == noun)


def test_hex_only_for_shades() -> None:
    assert "hex" not in plan_of("a red car").elements[0].attributes
    assert "hex" not in plan_of("a reddish car").elements[0].attributes
    crimson = plan_of("a crimson car").elements[0].attributes
    assert crimson["color"] == "red" and crimson["hex"] == "#dc143c"
    light = plan_of("a light blue car").elements[0].attributes
    assert light["color"] == "blue" and str(light["hex"]).startswith("#")


def test_relative_sizes_follow_the_world() -> None:
    plan = plan_of("an elephant next to a cup")
    assert long_side(one(plan, "elephant"), plan) > 2.5 * long_side(one(plan, "cup"), plan)
    plan = plan_of("three apples next to a vase")
    vase = long_side(one(plan, "vase"), plan)
    assert all(long_side(e, plan) < 0.6 * vase for e in plan.elements if e.noun == "apple")
    plan = plan_of("a giant cup next to an elephant")
    assert long_side(one(plan, "cup"), plan) > 0.5 * long_side(one(plan, "elephant"), plan)


def test_supported_objects_touch_their_support() -> None:
    plan = plan_of("a cup on a table")
    cup, table = one(plan, "cup"), one(plan, "table")
    assert abs(cup.box[3] - (table.box[1] + 0.04 * (table.box[3] - table.box[1]))) < 0.02
    assert cup.z > table.z


def test_front_and_behind_become_z_order_with_overlap() -> None:
    plan = plan_of("a dog in front of a car")
    dog, car = one(plan, "dog"), one(plan, "car")
    assert dog.z > car.z
    assert min(dog.box[2], car.box[2]) > max(dog.box[0], car.box[0])  # partial occlusion
    plan = plan_of("a tree behind a house")
    assert one(plan, "tree").z < one(plan, "house").z


def test_between_is_three_way() -> None:
    plan = plan_of("a cat between a dog and a horse")
    cat, dog, horse = one(plan, "cat"), one(plan, "dog"), one(plan, "horse")
    xs = sorted([(e.box[0] + e.box[2]) / 2 for e in (cat, dog, horse)])
    assert (cat.box[0] + cat.box[2]) / 2 == xs[1]
    assert violated_relations(plan) == []


def test_arrangements() -> None:
    row = plan_of("a row of five cups")
    cups = sorted(row.elements, key=lambda e: e.box[0])
    assert len(cups) == 5 and all(
        "left of" in relative_position(a.box, b.box) for a, b in itertools.pairwise(cups)
    )
    grid = plan_of("a 3x3 grid of apples")
    assert len(grid.elements) == 9
    assert (
        len({round(e.box[0], 2) for e in grid.elements}) == 3
        and len({round(e.box[1], 2) for e in grid.elements}) == 3
    )
    stack = plan_of("three books stacked")
    books = sorted(stack.elements, key=lambda e: -e.box[3])
    assert [b.z for b in books] == [1, 2, 3]
    assert all(abs(upper.box[3] - lower.box[1]) < 0.05 for lower, upper in itertools.pairwise(books))
    circle = plan_of("eight chairs in a circle")
    centres = [((e.box[0] + e.box[2]) / 2 * 1024, (e.box[1] + e.box[3]) / 2 * 1024) for e in circle.elements]
    cx = sum(x for x, _ in centres) / 8
    cy = sum(y for _, y in centres) / 8
    radii = [((x - cx) ** 2 + (y - cy) ** 2) ** 0.5 for x, y in centres]
    assert max(radii) - min(radii) < 0.05 * max(radii)
    scattered = plan_of("scattered coins")
    assert len(scattered.elements) == 3 and scattered.model_dump() == plan_of("scattered coins").model_dump()
    assert any("arranged" in t.message for t in circle.trace)


def test_scene_words_and_implied_colours() -> None:
    plan = plan_of("a dog at the beach at sunset")
    assert plan.canvas.background.description is not None
    banana = plan_of("a banana").elements[0]
    assert banana.attributes["color"] == "yellow" and banana.attributes["color_implied"] is True
    plan = plan_of("a banana")
    assert any("implied" in t.message and banana.id in t.elements for t in plan.trace)


def test_aspect_ratio_changes_the_layout() -> None:
    square = plan_of("six cups")
    wide = plan_of("six cups", 1920, 640)
    tall = plan_of("six cups", 640, 1920)

    def spread(plan: Plan, width: int, height: int) -> float:  # the group's width / height, in pixels
        x0, y0 = min(e.box[0] for e in plan.elements), min(e.box[1] for e in plan.elements)
        x1, y1 = max(e.box[2] for e in plan.elements), max(e.box[3] for e in plan.elements)
        return (x1 - x0) * width / ((y1 - y0) * height)

    assert spread(wide, 1920, 640) > spread(square, 1024, 1024) >= spread(tall, 640, 1920) - 1e-3


def test_exact_values_and_corners() -> None:
    car = plan_of("a #FF8800 car").elements[0]
    assert car.attributes == {"color": "orange", "hex": "#ff8800"}
    cat = plan_of("a dog and a cat in the corner").elements[1]
    assert (cat.box[0] < 0.05 or cat.box[2] > 0.95) and (cat.box[1] < 0.05 or cat.box[3] > 0.95)
