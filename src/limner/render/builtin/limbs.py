"""An arm drawn in code: from the shoulder to the hand in two segments bent at the elbow (the elbow
found where the upper arm and forearm, of given lengths, meet), the upper arm's top in the sleeve's
colour, the rest bare skin ending in a round hand, in the flat style of the person art (no outline)."""

from __future__ import annotations

import math

import skia

from limner.render.builtin.colors import RGB
from limner.render.builtin.pen import round_stroke

Point = tuple[float, float]

#: The hand's radius, a share of the arm's thickness.
HAND = 0.68


def elbow(shoulder: Point, hand: Point, upper: float, lower: float, bend: float) -> Point:
    """Where the elbow of an arm from ``shoulder`` to ``hand`` is, its upper arm ``upper`` and forearm
    ``lower`` long, bent to the side ``bend`` says (+1: the elbow below the line from the shoulder to
    the hand, or right of it when that line runs up and down; -1 the other side). An arm too short to
    reach is drawn straight, the elbow where the upper arm ends along it."""
    dx, dy = hand[0] - shoulder[0], hand[1] - shoulder[1]
    reach = math.hypot(dx, dy)
    if reach < 1e-6:
        return shoulder
    ux, uy = dx / reach, dy / reach
    if reach >= upper + lower:
        share = upper / (upper + lower)
        return (shoulder[0] + dx * share, shoulder[1] + dy * share)
    along = (upper * upper - lower * lower + reach * reach) / (2 * reach)
    out = math.sqrt(max(upper * upper - along * along, 0.0))
    px, py = -uy, ux  # a normal to the line
    if (py, px) < (0.0, 0.0):  # the normal that points down (or right, for an upright line)
        px, py = -px, -py
    return (shoulder[0] + ux * along + px * out * bend, shoulder[1] + uy * along + py * out * bend)


def draw_limb(
    canvas: skia.Canvas,
    points: tuple[Point, Point, Point],
    thick: float,
    skin: RGB,
    sleeve: RGB | None = None,
    sleeve_share: float = 0.5,
) -> None:
    """The arm through ``points`` (shoulder, elbow, hand), ``thick`` wide, bare ``skin`` with a round
    hand; its upper arm's first ``sleeve_share`` in ``sleeve`` when given."""
    shoulder, bent, hand = points
    arm = skia.Path()
    arm.moveTo(*shoulder)
    arm.lineTo(*bent)
    arm.lineTo(*hand)
    canvas.drawPath(arm, round_stroke(skin, thick))
    canvas.drawCircle(hand[0], hand[1], thick * HAND, skia.Paint(Color=skia.Color(*skin), AntiAlias=True))
    if sleeve is not None:
        end = (
            shoulder[0] + (bent[0] - shoulder[0]) * sleeve_share,
            shoulder[1] + (bent[1] - shoulder[1]) * sleeve_share,
        )
        cuff = skia.Path()
        cuff.moveTo(*shoulder)
        cuff.lineTo(*end)
        canvas.drawPath(cuff, round_stroke(sleeve, thick * 1.15))


__all__ = ["draw_limb", "elbow"]
