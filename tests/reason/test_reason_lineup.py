"""No more stickers in a grid: things named without a place stand on a default stage, in a row along a
common baseline (a second row further back for more than three), sized by their kind; groups take the
arrangement of their kind; in a setting, standing things never hide each other."""

from __future__ import annotations

import itertools

import pytest

from limner.plan.geometry import area, center, intersection, violated_relations
from limner.plan.model import Element, Plan
from limner.reason import BuiltinReasoner, ReasonRequest

REASONER = BuiltinReasoner()


def plan_of(prompt: str, seed: int = 0, width: int = 512, height: int = 512) -> Plan:
    return REASONER.reason(ReasonRequest(prompt=prompt, seed=seed, width=width, height=height))


def by_noun(plan: Plan, noun: str) -> list[Element]:
    return [e for e in plan.elements if e.noun == noun]


def heavy_overlap(plan: Plan, share: float = 0.2) -> list[tuple[str, str]]:
    """Pairs where one thing covers more than ``share`` of the smaller one's box."""
    return [
        (a.id, b.id)
        for a, b in itertools.combinations(plan.elements, 2)
        if intersection(a.box, b.box) > share * min(area(a.box), area(b.box))
    ]


def height(e: Element) -> float:
    return e.box[3] - e.box[1]


@pytest.mark.parametrize(
    "prompt", ["a cat, a dog and a bird", "a cat next to a dog and a bird", "a red car and a blue bicycle"]
)
def test_things_without_a_place_stand_on_one_baseline_of_a_default_stage(prompt: str) -> None:
    plan = plan_of(prompt)
    background = plan.canvas.background
    assert background.layers and background.horizon is not None
    assert background.description is None and background.setting is None  # not the user's words
    assert any("default stage" in t.message for t in plan.trace)
    bottoms = [e.box[3] for e in plan.elements]
    assert max(bottoms) - min(bottoms) < 0.01  # a common baseline, on the floor
    assert all(b > background.horizon for b in bottoms)
    centres = sorted(center(e.box)[1] for e in plan.elements)
    assert len(plan.elements) == 2 or centres[-1] - centres[0] < 0.2  # one row, not a 2 × 2 grid
    assert heavy_overlap(plan, 0.0) == [] and violated_relations(plan) == []


def test_the_row_follows_the_prompt_and_its_left_right_relations() -> None:
    plan = plan_of("a cat, a dog and a bird")
    assert [e.noun for e in sorted(plan.elements, key=lambda e: e.box[0])] == ["cat", "dog", "bird"]
    plan = plan_of("a bird, a cat to the right of a dog")
    xs = {e.noun: center(e.box)[0] for e in plan.elements}
    assert xs["cat"] > xs["dog"] and violated_relations(plan) == []


def test_sizes_follow_the_real_world_and_small_things_stay_visible() -> None:
    plan = plan_of("a cat, a dog and a bird")
    (dog,), (bird,) = by_noun(plan, "dog"), by_noun(plan, "bird")
    assert height(bird) < 0.8 * height(dog)
    apple, car = (
        by_noun(plan_of("an apple and a car"), "apple")[0],
        by_noun(plan_of("an apple and a car"), "car")[0],
    )
    assert height(apple) < height(car) and max(apple.box[2] - apple.box[0], height(apple)) > 0.1


def test_more_than_three_things_open_a_back_row_smaller_higher_and_visible() -> None:
    plan = plan_of("a dog, a cat, a rabbit, a duck and a girl")
    bottoms = sorted({round(e.box[3], 2) for e in plan.elements})
    assert len(bottoms) == 2  # two baselines: front and back
    back = [e for e in plan.elements if round(e.box[3], 2) == bottoms[0]]
    front = [e for e in plan.elements if round(e.box[3], 2) == bottoms[1]]
    assert len(front) == 3 and len(back) == 2
    assert max(b.z for b in back) < min(f.z for f in front)  # the front row drawn in front
    assert heavy_overlap(plan) == []
    xs = [e.noun for e in sorted(plan.elements, key=lambda e: center(e.box)[0])]
    assert xs == ["dog", "cat", "rabbit", "duck", "girl"]  # no hole, prompt order left to right


def test_things_that_float_go_in_the_air_above_the_ground() -> None:
    plan = plan_of("a house, a tree and a sun")
    horizon = plan.canvas.background.horizon
    assert horizon is not None and [x.kind for x in plan.canvas.background.layers] == ["sky", "ground"]
    (sun,) = by_noun(plan, "sun")
    assert sun.box[3] < horizon
    assert all(e.box[3] > horizon for e in plan.elements if e.noun != "sun")
    balloons = by_noun(plan_of("five balloons"), "balloon")
    assert len(balloons) == 5 and all(b.box[3] < 0.62 for b in balloons)


def test_groups_take_the_arrangement_of_their_kind() -> None:
    books = by_noun(plan_of("three books"), "book")
    assert len({round(b.box[3], 3) for b in books}) == 1  # standing side by side on the floor
    assert heavy_overlap(plan_of("three books"), 0.0) == []
    apples = by_noun(plan_of("four apples"), "apple")
    top, *below = sorted(apples, key=lambda a: a.box[3])  # a pile: three below, one resting on them
    assert max(b.box[3] for b in below) - min(b.box[3] for b in below) < 0.03
    assert top.box[3] < min(b.box[3] for b in below) - 0.5 * height(top) and top.z > below[0].z
    balloons = by_noun(plan_of("five balloons"), "balloon")
    tops = sorted(b.box[1] for b in balloons)  # a bunch: three over two, overlapping a little
    assert tops[2] - tops[0] < 0.03 and tops[4] - tops[3] < 0.03 and tops[3] - tops[2] > 0.1
    assert heavy_overlap(plan_of("five balloons"), 0.25) == []


@pytest.mark.parametrize(
    "prompt", ["a cat, a dog and a bird in a park", "a cow, a horse and a sheep on a farm"]
)
def test_in_a_setting_standing_things_never_hide_each_other(prompt: str) -> None:
    plan = plan_of(prompt)
    horizon = plan.canvas.background.horizon
    assert horizon is not None and all(e.box[3] > horizon for e in plan.elements)
    assert heavy_overlap(plan, 0.1) == [] and violated_relations(plan) == []


def test_designed_formats_vertical_relations_and_shapes_keep_their_layouts() -> None:
    for prompt in ("a poster that says 'SUMMER SALE' with sunglasses", "a cat above a dog", "a red heart"):
        background = plan_of(prompt).canvas.background
        assert background.horizon is None or background.setting is not None, prompt
        assert not any(x.kind == "floor" and background.setting is None for x in background.layers), prompt


def test_same_seed_same_plan_other_seed_may_vary() -> None:
    a = plan_of("a cat, a dog, a bird and a rabbit", seed=3).model_dump_json()
    assert a == plan_of("a cat, a dog, a bird and a rabbit", seed=3).model_dump_json()
    boxes = {
        tuple(e.box for e in plan_of("a cat, a dog, a bird and a rabbit", seed=s).elements) for s in range(4)
    }
    assert len(boxes) > 1


@pytest.mark.parametrize("size", [(512, 512), (1920, 1080), (576, 1024)])
@pytest.mark.parametrize(
    "prompt", ["five cups in a row", "12 dogs and 8 cats", "a dog, a cat, a rabbit, a duck and a girl"]
)
def test_lined_up_things_stay_whole_inside_the_canvas(prompt: str, size: tuple[int, int]) -> None:
    plan = plan_of(prompt, 1, *size)
    assert plan.canvas.background.horizon is not None
    for e in plan.elements:
        assert 0.02 < e.box[0] < e.box[2] < 0.98 and e.box[2] - e.box[0] > 0.02, (e.id, e.box)


@pytest.mark.parametrize(
    ("prompt", "upper"),
    [
        ("a dog in front of a white fence", "sky"),
        ("a green gate between two hedges", "sky"),  # a hedge is a kind of fence (WordNet)
        ("a red mailbox", "sky"),
        ("two soldiers in front of a castle", "sky"),
        ("a windmill and a cow", "sky"),
        ("a fireplace and a chair", "wall"),  # a structure too, but of a room
        ("a lamp on a desk", "wall"),
    ],
)
def test_garden_things_stand_outdoors_on_the_default_stage(prompt: str, upper: str) -> None:
    layers = plan_of(prompt).canvas.background.layers or []
    assert [layer.kind for layer in layers][:1] == [upper]
