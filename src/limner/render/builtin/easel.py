"""An easel drawn in code (no emoji draws one; it was a neutral square): three wooden legs, the back
one behind, a ledge across the front pair holding a framed canvas with a small landscape on it."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

import skia

from limner.render.builtin.backdrop.style import shade
from limner.render.builtin.colors import RGB
from limner.render.builtin.pen import Box, Drawer, Pen, rect

EASEL_WOOD: RGB = (176, 122, 72)
#: The picture on the canvas: sky, a far hill, a near meadow and a sun.
CANVAS_SKY: RGB = (170, 214, 240)
CANVAS_HILL: RGB = (118, 176, 104)
CANVAS_MEADOW: RGB = (86, 150, 84)
CANVAS_SUN: RGB = (250, 204, 80)
#: The canvas's top and bottom (shares of the box's height from its top): it rests on the ledge.
CANVAS_TOP = 0.08
LEDGE = 0.6


def _landscape(canvas: skia.Canvas, area: skia.Rect) -> None:
    """A little painted landscape filling ``area``: sky, a sun, a hill and a meadow."""
    x0, y0, x1, y1 = area.left(), area.top(), area.right(), area.bottom()
    w, h = x1 - x0, y1 - y0
    canvas.save()
    canvas.clipRect(area, doAntiAlias=True)
    canvas.drawRect(area, skia.Paint(Color=skia.Color(*CANVAS_SKY)))
    canvas.drawCircle(
        x0 + w * 0.74,
        y0 + h * 0.3,
        min(w, h) * 0.13,
        skia.Paint(Color=skia.Color(*CANVAS_SUN), AntiAlias=True),
    )
    hill = skia.Path()
    hill.moveTo(x0, y0 + h * 0.72)
    hill.quadTo(x0 + w * 0.3, y0 + h * 0.38, x0 + w * 0.62, y0 + h * 0.66)
    hill.lineTo(x1, y0 + h * 0.6)
    hill.lineTo(x1, y1)
    hill.lineTo(x0, y1)
    hill.close()
    canvas.drawPath(hill, skia.Paint(Color=skia.Color(*CANVAS_HILL), AntiAlias=True))
    canvas.drawRect(rect(x0, y0 + h * 0.8, x1, y1), skia.Paint(Color=skia.Color(*CANVAS_MEADOW)))
    canvas.restore()


def _easel(canvas: skia.Canvas, box: Box, pen: Pen) -> None:
    """An easel filling ``box``: legs splayed from its top, the back leg darker behind, a ledge, and
    a framed canvas on the ledge."""
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    cx = (x0 + x1) / 2
    leg = pen.stroke(max(2.0, w * 0.06))
    leg.setStrokeCap(skia.Paint.kRound_Cap)
    apex = y0 + pen.weight * 2
    leg.setColor(skia.Color(*shade(pen.rgb, -0.2)))
    canvas.drawLine(cx, apex, cx + w * 0.06, y1 - pen.weight, leg)  # the back leg, behind
    for foot in (x0 + w * 0.12, x1 - w * 0.12):
        leg.setColor(skia.Color(*pen.outline))
        canvas.drawLine(cx, apex, foot, y1 - pen.weight, leg)
        inner = pen.stroke(max(1.0, w * 0.06 - pen.weight * 2))
        inner.setColor(skia.Color(*pen.rgb))
        inner.setStrokeCap(skia.Paint.kRound_Cap)
        canvas.drawLine(cx, apex, foot, y1 - pen.weight, inner)
    ledge = y0 + h * LEDGE
    half = min(w * 0.46, h * 0.3)
    frame = rect(cx - half, y0 + h * CANVAS_TOP, cx + half, ledge)
    pen.part(canvas, frame, shade(pen.rgb, 0.12))
    inset = max(pen.weight * 1.5, min(w, h) * 0.035)
    picture = rect(frame.left() + inset, frame.top() + inset, frame.right() - inset, frame.bottom() - inset)
    _landscape(canvas, picture)
    pen.part(
        canvas, rect(cx - half - w * 0.04, ledge, cx + half + w * 0.04, ledge + max(pen.weight * 3, h * 0.04))
    )


EASELS: Mapping[str, Drawer] = MappingProxyType({"easel": _easel})
EASEL_COLORS: Mapping[str, RGB] = MappingProxyType({"easel": EASEL_WOOD})

__all__ = ["CANVAS_SKY", "EASELS", "EASEL_COLORS", "EASEL_WOOD", "LEDGE"]
