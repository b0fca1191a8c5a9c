"""Hay, drawn in code: the art tables drew a hay bale as a cardboard package (📦) and a haystack or hay
as a neutral square.

A bale fills its box (what is on it stands on its top): in a wide or a tall box a golden block of
pressed straw, its corners softened, straw strokes across it and two twine bands around it; in a
squarer box a round bale seen end-on, its straw rolled in a spiral. A haystack (or loose hay) is a
golden mound, its straw strokes following the slope. Both stand on the box's bottom; a stated colour
paints them.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from types import MappingProxyType

import skia

from limner.render.builtin.backdrop.style import shade
from limner.render.builtin.colors import RGB
from limner.render.builtin.pen import Box, Drawer, Pen, rect

STRAW: RGB = (226, 186, 92)
TWINE: RGB = (150, 96, 52)
BALES = frozenset({"hay bale", "bale of hay", "straw bale", "bale"})
STACKS = frozenset({"haystack", "hayrick", "hay", "hay pile", "pile of hay"})
#: A bale's box at least this tall for its width is drawn as a round bale.
ROUND_FROM = 0.72
#: A haystack's height, at most this share of its width.
STACK_TALL = 0.8


def _low(box: Box, tall: float) -> Box:
    """The part of ``box`` at most ``tall`` of its width high, on its bottom."""
    x0, y0, x1, y1 = box
    return x0, max(y0, y1 - (x1 - x0) * tall), x1, y1


def _straws(canvas: skia.Canvas, pen: Pen, lines: list[tuple[float, float, float, float]]) -> None:
    paint = pen.stroke(max(1.0, pen.weight * 0.6))
    paint.setColor(skia.Color(*shade(pen.rgb, -0.16)))
    paint.setStrokeCap(skia.Paint.kRound_Cap)
    for x0, y0, x1, y1 in lines:
        canvas.drawLine(x0, y0, x1, y1, paint)


def _round_bale(canvas: skia.Canvas, box: Box, pen: Pen) -> None:
    """A round bale seen end-on: a golden disc filling the box (a little squashed or stretched to its
    shape), its straw rolled in a spiral."""
    x0, y0, x1, y1 = box
    half = pen.weight / 2
    rx, ry = (x1 - x0) / 2, (y1 - y0) / 2
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    pen.shape(canvas, skia.Path().addOval(rect(x0 + half, y0 + half, x1 - half, y1 - half)))
    spiral = skia.Path()
    turns, steps = 3.0, 72
    for i in range(steps + 1):
        t = i / steps
        angle = t * turns * 2 * math.pi
        x, y = cx + rx * 0.82 * t * math.cos(angle), cy + ry * 0.82 * t * math.sin(angle)
        if i == 0:
            spiral.moveTo(x, y)
        else:
            spiral.lineTo(x, y)
    paint = pen.stroke(max(1.0, pen.weight * 0.8))
    paint.setColor(skia.Color(*shade(pen.rgb, -0.16)))
    canvas.drawPath(spiral, paint)


def draw_bale(canvas: skia.Canvas, box: Box, pen: Pen) -> None:
    """A bale of hay: a round bale end-on in a squarish box, else a golden block with straw strokes
    and two twine bands."""
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    if w * ROUND_FROM <= h <= w / ROUND_FROM:
        _round_bale(canvas, box, pen)
        return
    half = pen.weight / 2
    pen.part(canvas, rect(x0 + half, y0 + half, x1 - half, y1 - half), radius=min(w, h) * 0.12)
    strokes = []
    for row in range(4):
        y = y0 + h * (row + 0.6) / 4.4
        for col in range(5):
            sx = x0 + w * (0.06 + col * 0.19 + 0.04 * (row % 2))
            strokes.append((sx, y, sx + w * 0.1, y - h * 0.04))
    _straws(canvas, pen, strokes)
    band = skia.Paint(Color=skia.Color(*TWINE), AntiAlias=True)
    for u in (0.3, 0.7):
        canvas.drawRect(rect(x0 + w * u - w * 0.015, y0 + half, x0 + w * u + w * 0.015, y1 - half), band)


def draw_haystack(canvas: skia.Canvas, box: Box, pen: Pen) -> None:
    """A haystack: a golden mound of straw on the ground."""
    x0, y0, x1, y1 = _low(box, STACK_TALL)
    w, h = x1 - x0, y1 - y0
    mound = skia.Path()
    mound.moveTo(x0 + w * 0.02, y1 - pen.weight / 2)
    mound.cubicTo(x0 + w * 0.06, y0 + h * 0.3, x0 + w * 0.3, y0, x0 + w * 0.5, y0 + pen.weight)
    mound.cubicTo(x0 + w * 0.7, y0, x0 + w * 0.94, y0 + h * 0.3, x1 - w * 0.02, y1 - pen.weight / 2)
    mound.close()
    pen.shape(canvas, mound)
    strokes = []
    for row in range(3):
        y = y0 + h * (0.35 + row * 0.2)
        for col in range(4 + row):
            u = (col + 0.5) / (4 + row)
            sx = x0 + w * (0.5 + (u - 0.5) * (0.5 + row * 0.15))
            strokes.append((sx, y, sx + w * 0.05 * (1 if u > 0.5 else -1), y - h * 0.08))
    _straws(canvas, pen, strokes)


HAY_DRAWERS: Mapping[str, Drawer] = MappingProxyType(
    {**dict.fromkeys(sorted(BALES), draw_bale), **dict.fromkeys(sorted(STACKS), draw_haystack)}
)
HAY_COLORS: Mapping[str, RGB] = MappingProxyType(dict.fromkeys(sorted(BALES | STACKS), STRAW))

__all__ = ["BALES", "HAY_COLORS", "HAY_DRAWERS", "STACKS", "STRAW", "draw_bale", "draw_haystack"]
