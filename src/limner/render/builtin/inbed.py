"""A person in bed: "a mother reading a bedtime story to her son" (the son lies in his bed).

Someone the plan puts in (not on) a bed lies under its blanket: the figure lies along the mattress,
its head on the pillow at the headboard's end, and the blanket is drawn again over its body from the
shoulders down, a turned-down sheet along the blanket's edge. Someone on a bed lies on top of it.
(The bed's parts, as :func:`.furniture._bed` draws them: the pillow from :data:`PILLOW` of its width,
the blanket from :data:`BLANKET`.)
"""

from __future__ import annotations

import skia

from limner.render.builtin.backdrop.style import shade
from limner.render.builtin.pen import Pen, rect
from limner.render.builtin.seated import LIE_LENGTH

Box = tuple[float, float, float, float]

#: Of a bed's width from its left: where the pillow starts (the head goes there) and where the
#: blanket ends; of its height from its top: the blanket's foot.
PILLOW = 0.1
FOOT = 0.03
BLANKET = 0.64
#: Of the lying figure's length: how much of it (the head and neck) shows above the blanket.
HEAD = 0.24
#: Of the bed's height: how deep into the mattress the body's back lies (under the blanket's top).
SINK = 0.14
#: Of the body's thickness: how far below its top the blanket's top lies (the head and the
#: shoulders' top show).
OVER = 0.04
SHEET = (246, 244, 238)


def bed_seat(bed: Box, length: float) -> Box:
    """The seat (pixels) that lays a figure ``length`` long (standing) along the mattress of the bed in
    ``bed`` with its head on the pillow (:func:`.seated.draw_lying` centres a figure on its seat,
    taking :data:`.seated.LIE_LENGTH` of the seat's width)."""
    x0, y0, x1, _ = bed
    w = x1 - x0
    room = w * (1.0 - PILLOW - FOOT)
    drawn = min(length, room)
    middle = x0 + w * PILLOW + drawn / 2
    half = drawn / LIE_LENGTH / 2
    y = y0 + (bed[3] - y0) * SINK
    return (middle - half, y, middle + half, y)


def tuck_in(canvas: skia.Canvas, bed: Box, body: Box, pen: Pen) -> None:
    """The bed's blanket (in ``pen``) drawn again over the lying ``body`` (pixels), from its shoulders
    to the bed's foot, a turned-down sheet along its near edge."""
    x0, y0, x1, y1 = bed
    w, h = x1 - x0, y1 - y0
    left = body[0] + (body[2] - body[0]) * HEAD
    top = min(body[1] + (body[3] - body[1]) * OVER, y0)
    blanket = rect(left, top, x1 - w * FOOT, y0 + h * BLANKET)
    pen.part(canvas, blanket, radius=pen.weight * 3)
    fold = rect(left, top, left + w * 0.035, y0 + h * BLANKET)
    pen.part(canvas, fold, shade(SHEET, -0.04), pen.weight * 2)


__all__ = ["bed_seat", "tuck_in"]
