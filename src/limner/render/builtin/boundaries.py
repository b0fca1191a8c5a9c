"""Boundaries no emoji draws, drawn in code: picket fences, garden gates, iron railings, clipped
hedges and brick walls. Each fills its box, standing on the box's bottom edge."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

import skia

from limner.render.builtin.backdrop.style import shade
from limner.render.builtin.colors import RGB
from limner.render.builtin.pen import Box, Drawer, Pen, rect

LINEN: RGB = (246, 244, 238)
HEDGE_GREEN: RGB = (74, 140, 70)
BRICK: RGB = (178, 84, 62)
IRON: RGB = (70, 74, 82)


def _pickets(canvas: skia.Canvas, box: Box, pen: Pen, pointed: bool) -> tuple[float, float]:
    """Upright boards across the box, evenly spaced (about as wide as tall ÷ 5), pointed or flat;
    the rails' heights (share of the box from its top)."""
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    count = max(3, round(w / max(h * 0.2, pen.weight * 8)))
    pitch = w / count
    board = pitch * 0.62
    tip = board * 0.5 if pointed else 0.0
    for i in range(count):
        bx = x0 + i * pitch + (pitch - board) / 2
        path = skia.Path()
        path.moveTo(bx, y1 - pen.weight / 2)
        path.lineTo(bx, y0 + tip + pen.weight / 2)
        path.lineTo(bx + board / 2, y0 + pen.weight / 2)
        path.lineTo(bx + board, y0 + tip + pen.weight / 2)
        path.lineTo(bx + board, y1 - pen.weight / 2)
        path.close()
        pen.shape(canvas, path)
    return 0.3, 0.72


def _fence(canvas: skia.Canvas, box: Box, pen: Pen) -> None:
    """A picket fence: two rails behind pointed boards."""
    x0, y0, x1, y1 = box
    h = y1 - y0
    rail = max(pen.weight * 2.5, h * 0.09)
    dark = shade(pen.rgb, -0.1)
    for at in (0.3, 0.72):
        pen.part(canvas, rect(x0, y0 + h * at - rail / 2, x1, y0 + h * at + rail / 2), dark)
    _pickets(canvas, box, pen, pointed=True)


def _gate(canvas: skia.Canvas, box: Box, pen: Pen) -> None:
    """A garden gate: a frame of flat-topped boards between two posts, braced corner to corner."""
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    post = max(pen.weight * 3, w * 0.09)
    dark = shade(pen.rgb, -0.12)
    inner = (x0 + post, y0 + h * 0.12, x1 - post, y1)
    _pickets(canvas, inner, pen, pointed=False)
    ix0, iy0, ix1, iy1 = inner
    for at in (0.18, 0.82):
        y = iy0 + (iy1 - iy0) * at
        pen.part(canvas, rect(ix0, y - post * 0.3, ix1, y + post * 0.3), dark)
    brace = skia.Paint(
        Color=skia.Color(*dark), AntiAlias=True, StrokeWidth=post * 0.5, StrokeCap=skia.Paint.kRound_Cap
    )
    canvas.drawLine(
        ix0 + post * 0.3, iy0 + (iy1 - iy0) * 0.78, ix1 - post * 0.3, iy0 + (iy1 - iy0) * 0.22, brace
    )
    for px in (x0, x1 - post):
        pen.part(
            canvas, rect(px, y0 + pen.weight / 2, px + post, y1 - pen.weight / 2), dark, radius=pen.weight
        )


def _railing(canvas: skia.Canvas, box: Box, pen: Pen) -> None:
    """An iron railing: thin bars under a top rail, a bottom rail just above the ground."""
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    bar = max(pen.weight * 1.2, h * 0.03)
    count = max(4, round(w / max(h * 0.16, bar * 4)))
    for i in range(count + 1):
        bx = x0 + (w - bar) * i / count
        pen.part(canvas, rect(bx, y0 + h * 0.06, bx + bar, y1 - pen.weight / 2))
    rail = bar * 1.6
    pen.part(canvas, rect(x0, y0 + pen.weight / 2, x1, y0 + rail), radius=rail / 2)
    pen.part(canvas, rect(x0, y1 - h * 0.14, x1, y1 - h * 0.14 + rail * 0.8))


def _hedge(canvas: skia.Canvas, box: Box, pen: Pen) -> None:
    """A clipped hedge: a rounded block with a leafy, scalloped top and a few darker leaf marks."""
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    bumps = max(2, round(w / max(h * 0.45, 1.0)))
    r = w / bumps / 2
    top = y0 + min(r, h * 0.35)
    path = skia.Path()
    path.addRRect(skia.RRect.MakeRectXY(rect(x0, top, x1, y1 - pen.weight / 2), r * 0.5, r * 0.5))
    for i in range(bumps):
        path.addCircle(x0 + r * (2 * i + 1), top + r * 0.15, r)
    merged = skia.Op(path, skia.Path(), skia.PathOp.kUnion_PathOp) or path
    pen.shape(canvas, merged)
    dark = skia.Paint(Color=skia.Color(*shade(pen.rgb, -0.12)), AntiAlias=True)
    leaf = max(pen.weight * 1.5, h * 0.06)
    for i in range(bumps * 2):
        cx = x0 + w * (i + 0.5) / (bumps * 2)
        cy = top + (y1 - top) * (0.35 + 0.3 * (i % 2))
        canvas.drawOval(rect(cx - leaf, cy - leaf * 0.6, cx + leaf, cy + leaf * 0.6), dark)


def _brick_wall(canvas: skia.Canvas, box: Box, pen: Pen) -> None:
    """A brick wall: a capped block of staggered courses."""
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    cap = max(pen.weight * 3, h * 0.08)
    pen.part(canvas, rect(x0 + pen.weight / 2, y0 + cap, x1 - pen.weight / 2, y1 - pen.weight / 2))
    courses = max(3, round((h - cap) / max(w * 0.07, pen.weight * 6)))
    course = (h - cap) / courses
    brick = course * 2.2
    for row in range(courses):
        y = y0 + cap + row * course
        if row:
            pen.line(canvas, x0 + pen.weight, y, x1 - pen.weight, y)
        offset = brick / 2 if row % 2 else 0.0
        x = x0 + offset + brick
        while x < x1 - pen.weight * 2:
            pen.line(canvas, x, y, x, y + course)
            x += brick
    pen.part(canvas, rect(x0, y0 + pen.weight / 2, x1, y0 + cap), shade(pen.rgb, 0.1), radius=pen.weight)


BOUNDARIES: Mapping[str, Drawer] = MappingProxyType(
    {
        "fence": _fence,
        "picket fence": _fence,
        "gate": _gate,
        "railing": _railing,
        "hedge": _hedge,
        "wall": _brick_wall,
        "brick wall": _brick_wall,
    }
)
BOUNDARY_COLORS: Mapping[str, RGB] = MappingProxyType(
    {
        "fence": LINEN,
        "picket fence": LINEN,
        "railing": IRON,
        "hedge": HEDGE_GREEN,
        "wall": BRICK,
        "brick wall": BRICK,
    }
)

__all__ = ["BOUNDARIES", "BOUNDARY_COLORS", "LINEN"]
