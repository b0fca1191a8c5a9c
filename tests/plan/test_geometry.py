"""GenEval's relative-position rule and the relation checks built on it."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from limner.plan import Element, Plan, Relation, relative_position, violated_relations
from limner.plan.geometry import iou, relation_holds


def test_clear_left_and_right() -> None:
    a, b = (0.05, 0.4, 0.25, 0.6), (0.7, 0.4, 0.9, 0.6)
    assert relative_position(a, b) == {"left of"}
    assert relative_position(b, a) == {"right of"}


def test_above_and_below_use_y_downward() -> None:
    top, bottom = (0.4, 0.05, 0.6, 0.25), (0.4, 0.7, 0.6, 0.9)
    assert relative_position(top, bottom) == {"above"}
    assert relative_position(bottom, top) == {"below"}


def test_margin_swallows_small_offsets() -> None:
    # centres 0.1 apart, but the margin is 0.1 × (0.5 + 0.5) = 0.1: no relation at all
    assert relative_position((0.0, 0.0, 0.5, 0.5), (0.1, 0.0, 0.6, 0.5)) == set()


def test_diagonal_counts_only_the_dominant_axis() -> None:
    a, b = (0.0, 0.0, 0.1, 0.1), (0.8, 0.3, 0.9, 0.4)
    assert relative_position(a, b) == {"left of"}


boxes = st.tuples(st.floats(0, 0.45), st.floats(0, 0.45), st.floats(0.05, 0.5), st.floats(0.05, 0.5)).map(
    lambda t: (t[0], t[1], t[0] + t[2], t[1] + t[3])
)


@given(boxes, boxes)
def test_rule_is_antisymmetric(
    a: tuple[float, float, float, float], b: tuple[float, float, float, float]
) -> None:
    flipped = {"left of": "right of", "right of": "left of", "above": "below", "below": "above"}
    assert {flipped[r] for r in relative_position(a, b)} == relative_position(b, a)


def _plan(
    *boxes_: tuple[float, float, float, float], relations: list[Relation], z: list[int] | None = None
) -> Plan:
    z = z or [0] * len(boxes_)
    elements = [Element(id=f"e{i}", noun="cup", box=b, z=z[i]) for i, b in enumerate(boxes_)]
    return Plan(elements=elements, relations=relations)


def test_violations_are_reported() -> None:
    plan = _plan(
        (0.7, 0.4, 0.9, 0.6),
        (0.05, 0.4, 0.25, 0.6),
        relations=[Relation(subject="e0", predicate="left of", object="e1")],
    )
    assert violated_relations(plan) == plan.relations


@pytest.mark.parametrize(
    ("predicate", "z", "holds"),
    [("in front of", [2, 1], True), ("in front of", [1, 2], False), ("behind", [1, 2], True)],
)
def test_depth_relations_use_z(predicate: str, z: list[int], holds: bool) -> None:
    plan = _plan(
        (0.1, 0.1, 0.5, 0.5),
        (0.3, 0.3, 0.7, 0.7),
        relations=[Relation(subject="e0", predicate=predicate, object="e1")],
        z=z,
    )
    assert relation_holds(plan.relations[0], {e.id: e for e in plan.elements}) is holds


def test_between_is_three_way() -> None:
    plan = _plan(
        (0.4, 0.4, 0.6, 0.6),
        (0.0, 0.4, 0.2, 0.6),
        (0.8, 0.4, 1.0, 0.6),
        relations=[Relation(subject="e0", predicate="between", object="e1", object2="e2")],
    )
    assert not violated_relations(plan)


def test_iou() -> None:
    assert iou((0, 0, 1, 1), (0, 0, 1, 1)) == 1
    assert iou((0, 0, 0.5, 0.5), (0.5, 0.5, 1, 1)) == 0


@pytest.mark.parametrize(
    ("predicate", "box", "z", "holds"),
    [
        # "in" (the interaction "sitting in", "swimming in"): mostly inside the container
        ("in", (0.3, 0.3, 0.6, 0.6), [2, 1], True),
        ("in", (0.0, 0.0, 0.2, 0.2), [2, 1], False),
        # "inside" (the spatial preposition, and stored plans from before "in"): wholly inside, in front
        ("inside", (0.3, 0.3, 0.6, 0.6), [2, 1], True),
        ("inside", (0.3, 0.3, 0.6, 0.6), [1, 2], False),
    ],
)
def test_in_and_inside_both_load_and_are_checked(
    predicate: str, box: tuple[float, float, float, float], z: list[int], holds: bool
) -> None:
    stored = _plan(
        box, (0.2, 0.2, 0.7, 0.7), relations=[Relation(subject="e0", predicate=predicate, object="e1")], z=z
    )
    plan = Plan.model_validate_json(stored.model_dump_json())
    assert plan.relations[0].predicate == predicate
    assert relation_holds(plan.relations[0], {e.id: e for e in plan.elements}) is holds


def test_on_a_seated_person_is_on_the_lap() -> None:
    sitter = Element(id="s", noun="grandfather", attributes={"pose": "sitting"}, box=(0.3, 0.3, 0.7, 0.9))
    standing = sitter.model_copy(update={"attributes": {}})
    girl = Element(id="g", noun="girl", box=(0.4, 0.6, 0.6, 0.88))
    on = Relation(subject="g", predicate="on", object="s")
    assert relation_holds(on, {"s": sitter, "g": girl})  # low over a seated figure: its lap
    assert not relation_holds(on, {"s": standing, "g": girl})  # a standing one has no lap
    floating = girl.model_copy(update={"box": (0.4, 0.02, 0.6, 0.2)})  # above its head
    assert not relation_holds(on, {"s": sitter, "g": floating})
