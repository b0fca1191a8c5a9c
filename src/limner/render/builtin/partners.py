"""Two people facing each other, hands joined ("a couple dancing", "two friends holding hands").

The standing figure faces the viewer, so a pair the plan turns toward each other (each ``facing``
the other, and one touches, faces or holds hands with the other) stood side by side like strangers.
Each is drawn side on instead (the person art's walking profile: a dance step), turned toward the
other, and their near hands meet between them, joined by a short arm from each.
"""

from __future__ import annotations

from dataclasses import dataclass

import skia

from limner.assets.art import resolve_art
from limner.plan.model import Element, Plan
from limner.render.builtin.art import art_noun
from limner.render.builtin.colors import RGB
from limner.render.builtin.holds import Hold, hold_of
from limner.render.builtin.pen import round_stroke
from limner.render.builtin.profile import PROFILES
from limner.render.builtin.staging import Staging

Box = tuple[float, float, float, float]

#: Relations that pair two people facing each other.
PAIRING = frozenset({"touches", "faces", "holds_hands", "dances_with"})
#: Of a figure's height from its top: where its shoulder is and where the joined hands meet.
SHOULDER = 0.3
HANDS = 0.47
#: A partner shorter than this share of the other's height is a child: hands meet at its height,
#: this share of its height from its top, the grown-up's arm hanging down to them (forward this share
#: of the drop), the child's reaching ahead this share of its height.
CHILD_SHARE = 0.8
CHILD_HANDS = 0.5
HANG = 0.5
CHILD_REACH = 0.14
#: Half the gap between the partners' fronts (their arms reach across it), a share of their height.
GAP = 0.06
#: The arm's thickness, a share of the figure's height, and the person art's skin.
ARM = 0.045
SKIN: RGB = (255, 200, 61)
#: The arm's outline where the backdrop asks for none of its own (the art's dark line).
EDGE: RGB = (40, 40, 40)


@dataclass(frozen=True)
class Partner:
    """One of a pair: the other, and the way it turns to face it (+1 right, -1 left); how the two
    hold each other (:mod:`.holds`) and whether this one is drawn before the other."""

    other: Element
    toward: float
    hold: Hold = "face"
    first: bool = False


def _faces(element: Element, other: Element) -> float | None:
    """The way ``element`` turns toward ``other`` (+1 right, -1 left), None when the plan turns it away."""
    toward = 1.0 if (other.box[0] + other.box[2]) > (element.box[0] + element.box[2]) else -1.0
    facing = element.attributes.get("facing")
    if facing in ("left", "right") and (facing == "right") != (toward > 0):
        return None
    return toward


def _free(element: Element, staging: Staging) -> bool:
    """Whether ``element`` is a whole person standing on its own (not seated, riding or carried)."""
    if resolve_art(art_noun(element)).emoji not in PROFILES:
        return False
    return (
        staging.seat is None and staging.vehicle is None and not staging.rides and staging.shoulders is None
    )


def partners(plan: Plan, staging: dict[str, Staging]) -> dict[str, Partner]:
    """The people the plan pairs facing each other, by id: their partner and the way they turn."""
    by_id = {e.id: e for e in plan.elements if e.kind == "object"}
    order = {e.id: (e.z, i) for i, e in enumerate(plan.elements)}
    found: dict[str, Partner] = {}
    for rel in plan.relations:
        a, b = by_id.get(rel.subject), by_id.get(str(rel.object))
        if rel.predicate not in PAIRING or a is None or b is None or a.id == b.id:
            continue
        if a.id in found or b.id in found:
            continue
        if not (_free(a, staging.get(a.id, Staging())) and _free(b, staging.get(b.id, Staging()))):
            continue
        toward_a, toward_b = _faces(a, b), _faces(b, a)
        if toward_a is None or toward_b is None:
            continue
        hold = hold_of(plan, a, b, rel.predicate)
        a_first = order[a.id] < order[b.id]
        found[a.id] = Partner(b, toward_a, hold, a_first)
        found[b.id] = Partner(a, toward_b, hold, not a_first)
    return found


def _shoulder(ink: Box, toward: float) -> tuple[float, float]:
    """The front shoulder (pixels) of a side-on figure drawn over ``ink``, turned ``toward``."""
    return (ink[0] + ink[2]) / 2 + toward * (ink[2] - ink[0]) * 0.1, ink[1] + (ink[3] - ink[1]) * SHOULDER


def _hand_in_hand(ink: Box, other: Box, toward: float) -> tuple[float, tuple[float, float]]:
    """:func:`apart` for a grown-up and a child (one much shorter than the other): their hands meet at
    the child's hand height, the grown-up's arm hanging down a little forward to it, the child's
    reaching a little ahead, the two drawn nearer each other (each half the way)."""
    child, grown = (ink, other) if ink[3] - ink[1] < other[3] - other[1] else (other, ink)
    way = toward if grown is ink else -toward  # the way the grown-up turns
    short = child[3] - child[1]
    hands_y = child[1] + short * CHILD_HANDS
    grown_x, grown_y = _shoulder(grown, way)
    child_x = _shoulder(child, -way)[0]
    reach = max(hands_y - grown_y, 0.0) * HANG + short * CHILD_REACH
    close = way * (child_x - grown_x) - reach  # how much nearer the two shoulders come
    grown_shift, child_shift = way * close / 2, -way * close / 2
    hands = (grown_x + grown_shift + way * max(hands_y - grown_y, 0.0) * HANG, hands_y)
    return (grown_shift if grown is ink else child_shift), hands


def apart(ink: Box, other: Box, toward: float) -> tuple[float, tuple[float, float]]:
    """How far (pixels, across) a side-on figure drawn over ``ink`` moves so that it stands a reach
    from its partner (drawn over ``other``), turned ``toward`` it, and where their hands meet then.
    A grown-up and a child join hands low, at the child's height (:func:`_hand_in_hand`)."""
    heights = sorted((ink[3] - ink[1], other[3] - other[1]))
    if heights[0] < heights[1] * CHILD_SHARE:
        return _hand_in_hand(ink, other, toward)
    mid = (ink[0] + ink[2] + other[0] + other[2]) / 4
    tall = max(ink[3] - ink[1], other[3] - other[1])
    gap = tall * GAP
    shift = mid - gap - ink[2] if toward > 0 else mid + gap - ink[0]
    return shift, (mid, (ink[1] + other[1]) / 2 + tall * HANDS)


def draw_arm(canvas: skia.Canvas, ink: Box, hands: tuple[float, float], skin: RGB, edge: RGB) -> None:
    """The arm of a side-on figure drawn over ``ink`` from its front shoulder to ``hands`` (where the
    pair's hands meet), in ``skin`` outlined in ``edge``, the hand a round end."""
    tall = ink[3] - ink[1]
    thick = tall * ARM
    side = 1.0 if hands[0] > (ink[0] + ink[2]) / 2 else -1.0
    width = ink[2] - ink[0]
    arm = skia.Path()
    arm.moveTo((ink[0] + ink[2]) / 2 + side * width * 0.1, ink[1] + tall * SHOULDER)
    arm.lineTo(hands[0] - side * thick * 0.2, hands[1])
    for color, stroke in ((edge, thick + max(1.0, thick * 0.4)), (skin, thick)):
        paint = round_stroke(color, stroke)
        canvas.drawPath(arm, paint)


__all__ = ["EDGE", "PAIRING", "SKIN", "Partner", "apart", "draw_arm", "partners"]
