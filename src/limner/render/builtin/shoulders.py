"""A person riding on another's shoulders (a child carried on a dad's shoulders), seen from the front.

The rider sits on the carrier's shoulders behind its head: the rider's upper body rises behind the
carrier's head (drawn again over it, so the carrier's face shows), and the rider's legs come over the
carrier's shoulders, one on each side of the head, knees out, shins down in front of the chest. The
art's heads are large (a fifth of a figure), so the hips go up behind the head, not down at the neck,
or the rider's body would hide behind it. The rider is sized as a child beside the carrier (within
:data:`RIDER_SIZE` of the carrier's height).
"""

from __future__ import annotations

import skia

from limner.render.builtin.seated import Legs

Box = tuple[float, float, float, float]

#: Of the carrier's height, from the top of its ink: where its chin is (its head drawn again above)
#: and where the rider's hips go (behind the head); a figure drawn as a bust (a role's head and
#: shoulders over drawn legs) has a larger head.
CHIN = 0.215
HIPS = 0.11
BUST_CHIN = 0.36
BUST_HIPS = 0.2
#: The rider's standing height, a share of the carrier's: at least and at most.
RIDER_SIZE = (0.55, 0.7)
#: Of the carrier's width: half the width of its head (the rider's hips sit inside it, its knees
#: outside), and half the width of the head redrawn over the rider.
HEAD_HALF = 0.3
REDRAWN_HALF = 0.36
#: Of the rider's height: how thick a leg is, how far out and down the knee is from the hip (the
#: thigh over the shoulder), and how far the shin hangs below the knee.
LEG_THICK = 0.09
KNEE_OUT = 0.1
KNEE_DROP = 0.21
SHIN = 0.19


def rider_height(own: float, carrier: float) -> float:
    """The rider's standing height: its own box's, kept within :data:`RIDER_SIZE` of the carrier's."""
    low, high = RIDER_SIZE
    return min(max(own, carrier * low), carrier * high)


def neck_line(top: float, height: float, bust: bool) -> tuple[float, float]:
    """(chin y, the rider's hips y) on a carrier whose figure is ``height`` tall from ``top``."""
    chin, hips = (BUST_CHIN, BUST_HIPS) if bust else (CHIN, HIPS)
    return top + height * chin, top + height * hips


def draw_rider_legs(
    canvas: skia.Canvas, centre: float, hips: float, carrier_width: float, height: float, legs: Legs
) -> Box:
    """The rider's two legs from ``hips`` over the carrier's shoulders, either side of its head
    (centred at ``centre``, the carrier ``carrier_width`` wide): knees out, shins down in front of its
    chest, shoes at the bottom; ``height`` the rider's standing height. Returns the rect they cover."""
    thick = height * LEG_THICK
    hip_x = carrier_width * HEAD_HALF * 0.8
    knee_x = carrier_width * HEAD_HALF + thick * 0.2 + height * KNEE_OUT * 0.2
    knee_y = hips + height * KNEE_DROP
    ankle_y = knee_y + height * SHIN
    shoe_h = thick * 0.7
    paint = skia.Paint(
        Color=skia.Color(*legs.trousers),
        AntiAlias=True,
        Style=skia.Paint.kStroke_Style,
        StrokeWidth=thick,
        StrokeCap=skia.Paint.kRound_Cap,
        StrokeJoin=skia.Paint.kRound_Join,
    )
    shoes = skia.Paint(Color=skia.Color(*legs.shoes), AntiAlias=True)
    for side in (-1.0, 1.0):
        leg = skia.Path()
        leg.moveTo(centre + side * hip_x, hips)
        leg.lineTo(centre + side * knee_x, knee_y)
        leg.lineTo(centre + side * (knee_x - thick * 0.15), ankle_y)
        canvas.drawPath(leg, paint)
        x = centre + side * (knee_x - thick * 0.15)
        shoe = skia.Rect.MakeLTRB(x - thick * 0.62, ankle_y, x + thick * 0.62, ankle_y + shoe_h)
        canvas.drawRRect(skia.RRect.MakeRectXY(shoe, shoe_h * 0.45, shoe_h * 0.45), shoes)
    reach = knee_x + thick * 0.62
    return (centre - reach, hips - thick / 2, centre + reach, ankle_y + shoe_h)


__all__ = ["CHIN", "HIPS", "RIDER_SIZE", "draw_rider_legs", "neck_line", "rider_height"]
