"""Box geometry and the GenEval relative-position rule.

Boxes are ``(x0, y0, x1, y1)`` normalized to the canvas, origin top-left, y down.
"""

from __future__ import annotations

import math
from collections.abc import Mapping

from limner.plan.model import Element, Plan, Relation

BoxT = tuple[float, float, float, float]

#: GenEval's margin: m = POSITION_THRESHOLD × (size_a + size_b) per axis.
POSITION_THRESHOLD = 0.1

#: Predicates decided by GenEval's rule alone.
DIRECTIONAL = ("left of", "right of", "above", "below")


def center(box: BoxT) -> tuple[float, float]:
    return (box[0] + box[2]) / 2, (box[1] + box[3]) / 2


def size(box: BoxT) -> tuple[float, float]:
    return box[2] - box[0], box[3] - box[1]


def area(box: BoxT) -> float:
    w, h = size(box)
    return w * h


def intersection(a: BoxT, b: BoxT) -> float:
    w = min(a[2], b[2]) - max(a[0], b[0])
    h = min(a[3], b[3]) - max(a[1], b[1])
    return w * h if w > 0 and h > 0 else 0.0


def iou(a: BoxT, b: BoxT) -> float:
    inter = intersection(a, b)
    union = area(a) + area(b) - inter
    return inter / union if union > 0 else 0.0


def inside(inner: BoxT, outer: BoxT, tolerance: float = 1e-6) -> bool:
    return (
        inner[0] >= outer[0] - tolerance
        and inner[1] >= outer[1] - tolerance
        and inner[2] <= outer[2] + tolerance
        and inner[3] <= outer[3] + tolerance
    )


def relative_position(a: BoxT, b: BoxT) -> set[str]:
    """Where A is relative to B, by GenEval's rule (``evaluation/evaluate_images.py``).

    With centre offset d = c_a − c_b and margin m = 0.1 × (size_a + size_b) per axis,
    the revised offset is (|d| − m)⁺·sign(d), normalized by the length of d. A component
    below −0.5 means "left of"/"above", above 0.5 "right of"/"below".
    """
    (cax, cay), (cbx, cby) = center(a), center(b)
    (wa, ha), (wb, hb) = size(a), size(b)
    dx, dy = cax - cbx, cay - cby
    rx = max(abs(dx) - POSITION_THRESHOLD * (wa + wb), 0.0) * math.copysign(1.0, dx)
    ry = max(abs(dy) - POSITION_THRESHOLD * (ha + hb), 0.0) * math.copysign(1.0, dy)
    if abs(rx) < 1e-3 and abs(ry) < 1e-3:
        return set()
    norm = math.hypot(dx, dy)
    nx, ny = rx / norm, ry / norm
    found: set[str] = set()
    if nx < -0.5:
        found.add("left of")
    if nx > 0.5:
        found.add("right of")
    if ny < -0.5:
        found.add("above")
    if ny > 0.5:
        found.add("below")
    return found


def _touching_above(a: BoxT, b: BoxT, tolerance: float = 0.02) -> bool:
    """A rests on top of B: A's bottom near B's top band and A horizontally over B."""
    overlap_x = min(a[2], b[2]) - max(a[0], b[0])
    return overlap_x > 0 and b[1] - tolerance <= a[3] <= b[1] + 0.35 * (b[3] - b[1]) + tolerance


def _near(a: BoxT, b: BoxT) -> bool:
    """Next to: side by side, close relative to their sizes."""
    (cax, cay), (cbx, cby) = center(a), center(b)
    (wa, ha), (wb, hb) = size(a), size(b)
    gap_x = abs(cax - cbx) - (wa + wb) / 2
    same_row = abs(cay - cby) <= max(ha, hb) / 2
    return same_row and gap_x <= 0.5 * max(wa, wb)


def relation_holds(relation: Relation, elements: Mapping[str, Element]) -> bool:
    """Whether the boxes (and z-order) of a plan honour one of its relations."""
    a = elements[relation.subject]
    b = elements[relation.object]
    pred = relation.predicate
    if pred in DIRECTIONAL:
        return pred in relative_position(a.box, b.box)
    if pred == "on top of":
        return "above" in relative_position(a.box, b.box) or _touching_above(a.box, b.box)
    if pred == "under":
        return "below" in relative_position(a.box, b.box)
    if pred in ("next to", "beside"):
        pos = relative_position(a.box, b.box)
        return bool(pos & {"left of", "right of"}) or _near(a.box, b.box)
    if pred == "in front of":
        return a.z > b.z
    if pred == "behind":
        return a.z < b.z
    if pred == "inside":
        return inside(a.box, b.box) and a.z > b.z
    if pred == "around":
        return inside(b.box, a.box)
    if pred == "between":
        if relation.object2 is None:
            return False
        c = elements[relation.object2]
        ax = center(a.box)[0]
        bx, cx = center(b.box)[0], center(c.box)[0]
        return min(bx, cx) < ax < max(bx, cx)
    return True  # predicates without a geometric meaning (e.g. "holding") are not checked


def violated_relations(plan: Plan) -> list[Relation]:
    """The relations of a plan its boxes do not honour (empty when the layout is right)."""
    elements = {e.id: e for e in plan.elements}
    return [r for r in plan.relations if not relation_holds(r, elements)]


__all__ = [
    "DIRECTIONAL",
    "POSITION_THRESHOLD",
    "BoxT",
    "area",
    "center",
    "inside",
    "intersection",
    "iou",
    "relation_holds",
    "relative_position",
    "size",
    "violated_relations",
]
