"""A hammock, drawn in code: a curved cloth with a netted edge slung on ropes between two ends — two
short posts of its own, or the two things the plan hangs it between (trees, posts), whose trunks
hide the ropes' ends (they are drawn after it).

The cloth's lowest point is where someone lies in it (:data:`SEAT`, a share of its box's height): the
body lies along the cloth there, and the cloth's front lip, drawn again over the body's lower half
(:func:`front_clip`), holds it.
"""

from __future__ import annotations

import skia

from limner.render.builtin.backdrop.style import shade
from limner.render.builtin.pen import Box, Pen, rect

#: Of the box's height from its top: where the ropes are tied, the cloth's ends, the lowest point of
#: its top edge (where one lies: the seat) and of its bottom edge.
TIE = 0.06
ENDS = 0.3
SEAT = 0.62
BOTTOM = 0.8
#: Of the box's width: where the cloth ends (the rest is rope), and the width of its own posts.
CLOTH = 0.12
POST = 0.035
#: Cross ropes of the net along the cloth's lip.
NET = 9


def _curve(x0: float, x1: float, y_end: float, y_low: float) -> tuple[float, float, float]:
    """The quad control point (x, y) of a curve from (x0, y_end) to (x1, y_end) whose lowest point is
    ``y_low``, and its middle x."""
    cx = (x0 + x1) / 2
    return cx, 2 * y_low - y_end, cx


def cloth_path(box: Box) -> skia.Path:
    """The cloth: a crescent between the ends, its top edge sagging to :data:`SEAT`."""
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    a, b = x0 + w * CLOTH, x1 - w * CLOTH
    end = y0 + h * ENDS
    cx, top_ctrl, _ = _curve(a, b, end, y0 + h * SEAT)
    _, low_ctrl, _ = _curve(a, b, end, y0 + h * BOTTOM)
    path = skia.Path()
    path.moveTo(a, end)
    path.quadTo(cx, top_ctrl, b, end)
    path.quadTo(cx, low_ctrl, a, end)
    path.close()
    return path


def bed(box: Box) -> Box:
    """Where someone lies in the hammock drawn in pixel ``box``: along the cloth, its top the lowest
    point of the cloth's top edge."""
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    return (x0 + w * CLOTH, y0 + h * SEAT, x1 - w * CLOTH, y1)


def front_clip(box: Box, below: float) -> skia.Path:
    """The part of the cloth in front of someone lying in it: the cloth below the y ``below``."""
    clip = skia.Path()
    clip.addRect(rect(box[0], below, box[2], box[3]))
    result: skia.Path | None = skia.Op(cloth_path(box), clip, skia.PathOp.kIntersect_PathOp)
    return result if result is not None else skia.Path()


def draw_hammock(canvas: skia.Canvas, box: Box, pen: Pen, ends: tuple[float, float] | None = None) -> None:
    """The hammock in pixel ``box``: its ropes tied to two posts of its own at the box's ends, or, when
    ``ends`` gives two xs (the trunks it hangs between), to those, at the height of the box's top."""
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    tie = y0 + h * TIE
    a, b = x0 + w * CLOTH, x1 - w * CLOTH
    end = y0 + h * ENDS
    rope = pen.stroke(max(1.0, pen.weight * 1.2))
    rope.setColor(skia.Color(*shade(pen.rgb, -0.3)))
    if ends is None:
        post = max(pen.weight * 2.5, w * POST)
        wood = (128, 88, 56)
        left_at, right_at = x0 + post / 2, x1 - post / 2
        for px in (x0, x1 - post):
            pen.part(canvas, rect(px, tie - post * 0.6, px + post, y1 - pen.weight / 2), wood, pen.weight)
    else:
        left_at, right_at = ends
    for tied, cloth_end in ((left_at, a), (right_at, b)):
        for spread in (-0.5, 0.0, 0.5):  # a fan of cords from the tie to the cloth's end
            canvas.drawLine(tied, tie, cloth_end, end + h * 0.04 * spread, rope)
    cloth = cloth_path(box)
    pen.shape(canvas, cloth)
    # stripes along the cloth and a netted lip
    band = pen.stroke(max(1.0, h * 0.035))
    band.setColor(skia.Color(*shade(pen.rgb, 0.18)))
    for share in (0.3, 0.62):
        cx, ctrl, _ = _curve(a, b, end, y0 + h * (SEAT + (BOTTOM - SEAT) * share))
        stripe = skia.Path()
        stripe.moveTo(a + w * 0.03, end + h * 0.02)
        stripe.quadTo(cx, ctrl, b - w * 0.03, end + h * 0.02)
        canvas.drawPath(stripe, band)
    lip = pen.stroke(max(1.0, pen.weight * 0.8))
    cx, low_ctrl, _ = _curve(a, b, end, y0 + h * BOTTOM)
    for i in range(1, NET):
        t = i / NET
        # a point on the bottom edge (quadratic Bézier) and a short cord hanging from it
        x = (1 - t) ** 2 * a + 2 * (1 - t) * t * cx + t**2 * b
        y = (1 - t) ** 2 * end + 2 * (1 - t) * t * low_ctrl + t**2 * end
        canvas.drawLine(x, y, x + w * 0.012, y + h * 0.07, lip)


__all__ = ["SEAT", "bed", "cloth_path", "draw_hammock", "front_clip"]
