"""People riding an animal astride (a horse, a pony, a camel, a donkey, an elephant), seated on its back.

The rider's upper body is cut at the hips, which sit on the mount's back (the bottom of the rider's
box: the staging brings it there); below them the near leg hangs down the mount's flank, seen from
the side: the thigh forward and down, the shin back under the knee, the shoe pointing where the
mount goes. The far leg is hidden by the mount. Drawn whole and standing, the rider read as someone
standing in front of the animal.
"""

from __future__ import annotations

import dataclasses

import skia

from limner.render.builtin.art import Placement
from limner.render.builtin.seated import Legs

Box = tuple[float, float, float, float]

#: Of the rider's height (its standing figure's): how far the thigh reaches forward and down to the
#: knee, how far the shin drops, how thick the leg is, and how long the shoe is.
THIGH_FORWARD = 0.13
THIGH_DROP = 0.1
SHIN_DROP = 0.2
LEG_THICK = 0.085
SHOE_LENGTH = 0.085
#: How far the hips sink into the mount's back (share of the rider's height): contact, not a gap.
HIP_SINK = 0.02


def seated_placement(standing: Placement, hip: float, back: float, sink: float = HIP_SINK) -> Placement:
    """``standing`` (a figure placed standing) moved so that its hips (``hip``: share of its ink
    height from the top) sit on the y ``back``, cut below the hips."""
    x0, y0, x1, y1 = standing.ink
    height = y1 - y0
    shift = back + height * sink - (y0 + height * hip)
    ink = (x0, y0 + shift, x1, y1 + shift)
    cut = y0 + shift + height * hip + height * 0.03
    return dataclasses.replace(standing, dy=standing.dy + shift, ink=ink, clip_bottom=cut, clip_top=None)


def draw_near_leg(
    canvas: skia.Canvas, hips: tuple[float, float], height: float, forward: float, legs: Legs
) -> Box:
    """The rider's near leg from ``hips`` (x, y) down the mount's flank toward ``forward`` (+1 right,
    -1 left), ``height`` the rider's standing height; returns the rect it covers."""
    hx, hy = hips
    thick = height * LEG_THICK
    knee = (hx + forward * height * THIGH_FORWARD, hy + height * THIGH_DROP)
    ankle = (knee[0] - forward * height * 0.025, knee[1] + height * SHIN_DROP)
    leg = skia.Path()
    leg.moveTo(hx, hy - thick * 0.3)
    leg.lineTo(*knee)
    leg.lineTo(*ankle)
    paint = skia.Paint(
        Color=skia.Color(*legs.trousers),
        AntiAlias=True,
        Style=skia.Paint.kStroke_Style,
        StrokeWidth=thick,
        StrokeCap=skia.Paint.kRound_Cap,
        StrokeJoin=skia.Paint.kRound_Join,
    )
    canvas.drawPath(leg, paint)
    shoe_h = thick * 0.75
    sx0, sx1 = sorted((ankle[0] - forward * thick * 0.55, ankle[0] + forward * height * SHOE_LENGTH))
    sole = ankle[1] + shoe_h * 0.5
    rect = skia.RRect.MakeRectXY(
        skia.Rect.MakeLTRB(sx0, sole - shoe_h, sx1, sole), shoe_h * 0.45, shoe_h * 0.45
    )
    canvas.drawRRect(rect, skia.Paint(Color=skia.Color(*legs.shoes), AntiAlias=True))
    xs = (hx - thick, knee[0] + thick, sx0, sx1)
    return (min(xs), hy - thick, max(xs), sole)


__all__ = ["HIP_SINK", "draw_near_leg", "seated_placement"]
