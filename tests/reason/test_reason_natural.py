"""Natural arrangement: groups drawn as people draw them; ``seed`` chooses among valid arrangements."""

from __future__ import annotations

import itertools

import pytest

from limner.plan.geometry import center, violated_relations
from limner.plan.model import Element, Plan
from limner.reason import BuiltinReasoner, ReasonRequest

REASONER = BuiltinReasoner()


def plan_of(prompt: str, seed: int = 1, width: int = 1024, height: int = 768) -> Plan:
    return REASONER.reason(ReasonRequest(prompt=prompt, seed=seed, width=width, height=height))


def members(plan: Plan, noun: str) -> list[Element]:
    return [e for e in plan.elements if e.noun == noun]


def has_column(group: list[Element], size: int = 3) -> bool:
    """``size`` members stacked in one column (centres within a third of a member's width)."""
    for trio in itertools.combinations(group, size):
        xs = [center(e.box)[0] for e in trio]
        width = min(e.box[2] - e.box[0] for e in trio)
        if max(xs) - min(xs) < width / 3:
            return True
    return False


def holey_grid(group: list[Element]) -> bool:
    """Members on a full rectangular lattice of rows × columns with an empty cell."""
    xs = sorted({round(center(e.box)[0], 3) for e in group})
    ys = sorted({round(center(e.box)[1], 3) for e in group})
    return len(xs) * len(ys) > len(group) and len(xs) * len(ys) - len(group) < min(len(xs), len(ys))


def test_five_balloons_above_a_cake_four_seeds_four_valid_arrangements() -> None:
    layouts = set()
    for seed in (1, 2, 3, 4):
        plan = plan_of("five balloons above a birthday cake", seed=seed)
        balloons = members(plan, "balloon")
        assert len(balloons) == 5 and violated_relations(plan) == []
        assert len(plan.relations) == 5 and not has_column(balloons)
        layouts.add(tuple(e.box for e in balloons))
    assert len(layouts) == 4


def test_same_seed_same_plan() -> None:
    a = plan_of("seven sheep in a meadow", seed=9).model_dump_json()
    b = plan_of("seven sheep in a meadow", seed=9).model_dump_json()
    assert a == b


@pytest.mark.parametrize("count", [3, 4, 5, 6, 7, 8, 9, 11])
@pytest.mark.parametrize("noun", ["book", "balloon", "dog"])
def test_no_columns_no_holey_grids(count: int, noun: str) -> None:
    words = {3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine", 11: "eleven"}
    for seed in (1, 2):
        for size in ((1024, 768), (768, 1024)):
            plan = plan_of(f"{words[count]} {noun}s", seed, *size)
            group = members(plan, noun)
            assert len(group) == count
            assert not has_column(group), (count, noun, seed, size)
            assert not holey_grid(group), (count, noun, seed, size)


def test_in_a_row_is_horizontal_and_asked_grids_stay() -> None:
    row = members(plan_of("five cups in a row"), "cup")
    assert len({round(center(e.box)[1], 3) for e in row}) == 1
    grid = members(plan_of("a 3x3 grid of cookies"), "cookie")
    assert len({round(center(e.box)[0], 3) for e in grid}) == 3


def test_grounded_groups_recede_in_depth() -> None:
    plan = plan_of("six sheep in a field", seed=3)
    sheep = members(plan, "sheep")
    horizon = plan.canvas.background.horizon
    assert horizon is not None and all(e.box[3] >= horizon for e in sheep)
    by_bottom = sorted(sheep, key=lambda e: e.box[3])
    if by_bottom[0].box[3] < by_bottom[-1].box[3] - 0.02:  # two rows: the nearer one larger, in front
        near, far = by_bottom[-1], by_bottom[0]
        assert near.box[2] - near.box[0] > far.box[2] - far.box[0] and near.z > far.z


def test_stacks_are_reported_and_the_composition_is_centred() -> None:
    plan = plan_of("three books stacked")
    assert [r.predicate for r in plan.relations] == ["stacked_on", "stacked_on"]
    assert violated_relations(plan) == []
    top = min(e.box[1] for e in plan.elements)
    bottom = max(e.box[3] for e in plan.elements)
    assert abs((top + bottom) / 2 - 0.5) < 0.02  # not a tower growing up from the middle


@pytest.mark.parametrize(
    ("prompt", "noun", "count", "axis", "low", "high"),
    [
        ("three apples on the left", "apple", 3, 0, 0.0, 0.5),
        ("a cat on the right", "cat", 1, 0, 0.5, 1.0),
        ("two birds at the top", "bird", 2, 1, 0.0, 0.5),
        ("four red cars at the bottom", "car", 4, 1, 0.5, 1.0),
        ("five balloons on the right", "balloon", 5, 0, 0.5, 1.0),
    ],
)
def test_a_lone_group_goes_into_the_named_region(
    prompt: str, noun: str, count: int, axis: int, low: float, high: float
) -> None:
    """A position word with nothing else to be placed against puts the group in that half of the
    canvas, not across the whole of it."""
    for seed in (1, 2):
        group = members(plan_of(prompt, seed=seed), noun)
        assert len(group) == count
        for element in group:
            assert low - 1e-9 <= element.box[axis] and element.box[axis + 2] <= high + 1e-9, element.box
        if count >= 3:
            assert not has_column(group)


def test_a_hinted_group_with_its_relations_moves_together() -> None:
    """ "a cat sitting on a box on the left": the box has no hint of its own but goes with its cat."""
    plan = plan_of("a cat sitting on a box on the left")
    assert not violated_relations(plan)
    assert all(e.box[2] <= 0.5 + 1e-9 for e in plan.elements if e.kind == "object")


def test_different_hints_are_still_placed_against_each_other() -> None:
    plan = plan_of("a dog on the left and a cat on the right")
    dog, cat = members(plan, "dog")[0], members(plan, "cat")[0]
    assert center(dog.box)[0] < 0.5 < center(cat.box)[0]
    assert dog.box[2] - dog.box[0] > 0.3  # each keeps its size: the solver's layout stays
