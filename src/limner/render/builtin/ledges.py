"""Ledges on a wall, drawn in code: a windowsill (a window ledge) is a window set in a patch of wall
with its sill jutting under it on two corbels, and a bare ledge is a board on corbels in a patch of
wall. They hang on the wall: no shadow on the floor, and the patch of wall keeps them from floating
over an outdoor backdrop (a windowsill read as a little table standing in front of a window).

Each has its top surface (what sits on it sits there) on its box's top edge.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

import skia

from limner.render.builtin.backdrop.style import shade
from limner.render.builtin.colors import RGB
from limner.render.builtin.pen import Box, Drawer, Pen, rect

SILL_WHITE: RGB = (236, 232, 224)
PLASTER: RGB = (228, 218, 202)
GLASS: RGB = (174, 208, 232)
SHELF_WOOD: RGB = (166, 118, 76)


def _wall_patch(canvas: skia.Canvas, box: Box, pen: Pen, top: float) -> None:
    """The wall the ledge is set in: from ``top`` to a little under the ledge, wider than the box."""
    x0, y0, x1, y1 = box
    w = x1 - x0
    patch = rect(x0 - w * 0.06, top, x1 + w * 0.06, min(y1, y0 + w * 0.22))
    canvas.drawRect(patch, skia.Paint(Color=skia.Color(*PLASTER), AntiAlias=True))
    edge = skia.Paint(
        Color=skia.Color(*shade(PLASTER, -0.1)),
        AntiAlias=True,
        Style=skia.Paint.kStroke_Style,
        StrokeWidth=pen.weight,
    )
    canvas.drawRect(patch, edge)


def _ledge(canvas: skia.Canvas, box: Box, pen: Pen) -> None:
    """The ledge board on the box's top edge and two corbels under it, into the wall."""
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    half = pen.weight / 2
    thick = max(pen.weight * 3, min(h * 0.14, w * 0.06))
    pen.part(canvas, rect(x0 + half, y0 + half, x1 - half, y0 + thick), radius=pen.weight)
    drop = min(h * 0.25, w * 0.14)
    for bx in (x0 + w * 0.16, x1 - w * 0.16):
        corbel = skia.Path()
        corbel.moveTo(bx - w * 0.045, y0 + thick)
        corbel.lineTo(bx + w * 0.045, y0 + thick)
        corbel.lineTo(bx, y0 + thick + drop)
        corbel.close()
        pen.shape(canvas, corbel, shade(pen.rgb, -0.1))


def _windowsill(canvas: skia.Canvas, box: Box, pen: Pen) -> None:
    """A window in a patch of wall, its panes rising from the sill on the box's top edge."""
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    height = min(h * 0.9, w * 1.0)
    _wall_patch(canvas, box, pen, y0 - height - w * 0.06)
    frame = rect(x0 + w * 0.08, y0 - height, x1 - w * 0.08, y0)
    pen.part(canvas, frame, shade(pen.rgb, -0.04))
    bar = w * 0.05
    inner = rect(frame.left() + bar, frame.top() + bar, frame.right() - bar, y0)
    pen.part(canvas, inner, GLASS)
    glint = skia.Path()
    glint.moveTo(inner.left() + inner.width() * 0.12, inner.bottom() - inner.height() * 0.2)
    glint.lineTo(inner.left() + inner.width() * 0.32, inner.top() + inner.height() * 0.15)
    canvas.drawPath(
        glint,
        skia.Paint(
            Color=skia.Color(*shade(GLASS, 0.12)),
            AntiAlias=True,
            Style=skia.Paint.kStroke_Style,
            StrokeWidth=bar * 0.6,
        ),
    )
    mid = pen.weight * 1.5
    pen.part(canvas, rect(inner.centerX() - mid, inner.top(), inner.centerX() + mid, inner.bottom()))
    pen.part(canvas, rect(inner.left(), inner.centerY() - mid, inner.right(), inner.centerY() + mid))
    _ledge(canvas, box, pen)


def _bare_ledge(canvas: skia.Canvas, box: Box, pen: Pen) -> None:
    x0, y0, x1, _ = box
    _wall_patch(canvas, box, pen, y0 - (x1 - x0) * 0.2)
    _ledge(canvas, box, pen)


LEDGES: Mapping[str, Drawer] = MappingProxyType(
    {
        "windowsill": _windowsill,
        "sill": _windowsill,
        "window sill": _windowsill,
        "window ledge": _windowsill,
        "ledge": _bare_ledge,
    }
)
LEDGE_COLORS: Mapping[str, RGB] = MappingProxyType(
    {
        "windowsill": SILL_WHITE,
        "sill": SILL_WHITE,
        "window sill": SILL_WHITE,
        "window ledge": SILL_WHITE,
        "ledge": SHELF_WOOD,
    }
)
#: Kinds that hang on a wall: no shadow under them.
HUNG = frozenset(LEDGES)

__all__ = ["GLASS", "HUNG", "LEDGES", "LEDGE_COLORS", "PLASTER", "SILL_WHITE"]
