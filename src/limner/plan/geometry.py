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


#: Contact tolerance: a gap of at most 1 % of the canvas reads as touching.
CONTACT = 0.01


def rests_on(a: BoxT, b: BoxT, tolerance: float = CONTACT) -> bool:
    """A stands on B's top surface: they overlap horizontally (A's centre over B) and A's bottom
    edge is within ``tolerance`` of B's top edge, or sunk a little into B's top band (a seat, a bed)."""
    cx = center(a)[0]
    return b[0] <= cx <= b[2] and b[1] - tolerance <= a[3] <= b[1] + 0.35 * (b[3] - b[1]) + tolerance


def on_lap(a: BoxT, b: BoxT, tolerance: float = CONTACT) -> bool:
    """A sits on the lap of B, who is seated: A's centre over B and A's bottom in the lower half of
    B's box (a seated figure's thighs are at the bottom of its box, on the seat)."""
    cx = center(a)[0]
    return b[0] <= cx <= b[2] and b[1] + 0.5 * (b[3] - b[1]) <= a[3] <= b[3] + tolerance


def touching(a: BoxT, b: BoxT, tolerance: float = CONTACT) -> bool:
    """The boxes overlap or are at most ``tolerance`` apart on both axes."""
    gap_x = max(a[0], b[0]) - min(a[2], b[2])
    gap_y = max(a[1], b[1]) - min(a[3], b[3])
    return gap_x <= tolerance and gap_y <= tolerance


def mostly_inside(inner: BoxT, outer: BoxT, share: float = 0.5) -> bool:
    """At least ``share`` of ``inner``'s area lies inside ``outer``."""
    return intersection(inner, outer) >= share * area(inner) > 0


def rides(rider: BoxT, mount: BoxT) -> bool:
    """The rider sits on the mount's back: centre over the mount, bottom in the mount's upper part,
    rider overlapping the mount."""
    cx = center(rider)[0]
    back_top, back_bottom = mount[1], mount[1] + 0.75 * (mount[3] - mount[1])
    return (
        mount[0] <= cx <= mount[2]
        and back_top <= rider[3] <= back_bottom
        and rider[1] < mount[1]
        and intersection(rider, mount) > 0
    )


def faces(subject: Element, target: BoxT) -> bool:
    """The subject's ``facing`` attribute points toward the target's centre."""
    dx = center(target)[0] - center(subject.box)[0]
    facing = subject.attributes.get("facing")
    if abs(dx) < 1e-6:
        return facing in ("left", "right")
    return facing == ("right" if dx > 0 else "left")


def _interaction_holds(pred: str, a: Element, b: Element) -> bool | None:
    """Interaction predicates (``INTERACTIONS`` in the model); None when ``pred`` is not one."""
    if pred in ("on", "stacked_on"):
        sitter = pred == "on" and b.attributes.get("pose") == "sitting"
        return rests_on(a.box, b.box) or (sitter and on_lap(a.box, b.box))
    if pred == "in":
        return mostly_inside(a.box, b.box)
    if pred in ("holds", "carries"):
        return intersection(a.box, b.box) > 0
    if pred == "wears":  # subject the wearer, object the worn thing
        return mostly_inside(b.box, a.box)
    if pred == "rides":
        return rides(a.box, b.box)
    if pred in ("faces", "chases", "follows", "looks_at"):
        return faces(a, b.box)
    if pred in ("touches", "leans_on"):
        return touching(a.box, b.box)
    if pred == "hangs_on":
        return intersection(a.box, b.box) > 0 or touching(a.box, b.box)
    if pred == "flies_over":
        return center(a.box)[1] < b.box[1] or "above" in relative_position(a.box, b.box)
    return None


def relation_holds(relation: Relation, elements: Mapping[str, Element]) -> bool:
    """Whether the boxes (and z-order, and ``facing``) of a plan honour one of its relations."""
    a = elements[relation.subject]
    b = elements[relation.object]
    pred = relation.predicate
    interaction = _interaction_holds(pred, a, b)
    if interaction is not None:
        return interaction
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
    return True  # predicates without a geometric meaning are not checked


def violated_relations(plan: Plan) -> list[Relation]:
    """The relations of a plan its boxes do not honour (empty when the layout is right)."""
    elements = {e.id: e for e in plan.elements}
    return [r for r in plan.relations if not relation_holds(r, elements)]


__all__ = [
    "CONTACT",
    "DIRECTIONAL",
    "POSITION_THRESHOLD",
    "BoxT",
    "area",
    "center",
    "faces",
    "inside",
    "intersection",
    "iou",
    "mostly_inside",
    "on_lap",
    "relation_holds",
    "relative_position",
    "rests_on",
    "rides",
    "size",
    "touching",
    "violated_relations",
]
