"""A baking tray, drawn in code: the nearest art for one was a fork and knife ("a grandmother baking
cookies" put her cookies on two forks).

A baking tray is a flat metal sheet with a low rim, seen a little from above, lying at the foot of its
box (on the counter or the table under it), a little wider than its box (the plan sizes it to one
cookie; a tray holds a batch). What the plan puts on it rests on its sheet (:func:`tray_surface`).
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

import skia

from limner.render.builtin.backdrop.style import shade
from limner.render.builtin.colors import RGB
from limner.render.builtin.pen import Box, Drawer, Pen, rect

STEEL: RGB = (178, 184, 192)
#: The kinds drawn as a baking tray.
TRAYS = frozenset({"baking tray", "baking sheet", "cookie sheet", "sheet pan", "baking pan", "cookie tray"})
#: How much wider than its box a tray is drawn.
WIDEN = 1.35
#: Of the tray's drawn width: the depth of its sheet seen from above, and the height of its front rim.
SHEET = 0.16
RIM = 0.035
#: Where on its sheet (a share of the sheet's depth, from its far edge) what is on it rests.
REST = 0.6


def _depths(width: float, height: float) -> tuple[float, float]:
    """(sheet depth, rim height) of a tray ``width`` wide in a box ``height`` tall."""
    rim = min(width * RIM, height * 0.3)
    return min(width * SHEET, height - rim), rim


def tray_surface(box: Box) -> float:
    """The y (same unit as ``box``, its width ``box``'s own, not widened) where what is on a tray
    drawn in ``box`` rests."""
    x0, y0, x1, y1 = box
    sheet, rim = _depths((x1 - x0) * WIDEN, y1 - y0)
    return y1 - rim - sheet * (1.0 - REST)


def draw_baking_tray(canvas: skia.Canvas, box: Box, pen: Pen) -> None:
    """A baking tray lying at the foot of ``box``: a metal sheet seen from above, a rim along its front."""
    middle, y1 = (box[0] + box[2]) / 2, box[3]
    w = (box[2] - box[0]) * WIDEN
    sheet, rim = _depths(w, y1 - box[1])
    x0, x1 = middle - w / 2, middle + w / 2
    far = y1 - rim - sheet
    inset = w * 0.04
    top = skia.Path()  # the sheet, its far edge a little narrower
    top.moveTo(x0 + inset, far)
    top.lineTo(x1 - inset, far)
    top.lineTo(x1, y1 - rim)
    top.lineTo(x0, y1 - rim)
    top.close()
    pen.shape(canvas, top)
    inner = skia.Path()  # the floor of the tray inside its rim, a shade darker
    pad = sheet * 0.18
    inner.moveTo(x0 + inset + pad, far + pad)
    inner.lineTo(x1 - inset - pad, far + pad)
    inner.lineTo(x1 - pad, y1 - rim - pad * 0.6)
    inner.lineTo(x0 + pad, y1 - rim - pad * 0.6)
    inner.close()
    canvas.drawPath(inner, skia.Paint(Color=skia.Color(*shade(pen.rgb, -0.1)), AntiAlias=True))
    pen.part(canvas, rect(x0, y1 - rim, x1, y1), shade(pen.rgb, -0.22))


BAKEWARE: Mapping[str, Drawer] = MappingProxyType(dict.fromkeys(sorted(TRAYS), draw_baking_tray))
BAKEWARE_COLORS: Mapping[str, RGB] = MappingProxyType(dict.fromkeys(sorted(TRAYS), STEEL))

__all__ = ["BAKEWARE", "BAKEWARE_COLORS", "TRAYS", "draw_baking_tray", "tray_surface"]
