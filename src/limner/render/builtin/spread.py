"""Blankets spread flat on the ground or the floor, drawn in code: a wide, low quadrilateral seen from a
little above (its far edge narrower), a thin near edge, and a checked pattern on a picnic blanket (a
plain one has a border). Rugs and mats on the floor lie as low (their drawing is :mod:`.household`'s).

A blanket lies folded (:mod:`.household`) only when it is on something (a bed, a sofa, a shelf); on the
ground it is spread, and who sits or lies on it sits or lies on the ground there, across its middle
(:func:`spread_area`).
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

import skia

from limner.render.builtin.backdrop.style import mix, shade
from limner.render.builtin.colors import RGB
from limner.render.builtin.household import BLANKET_BLUE
from limner.render.builtin.pen import Box, Drawer, Pen

#: Kinds one sits on when one is on them, spread on the ground (a blanket, a beach towel) …
BLANKETS = frozenset({"blanket", "picnic blanket", "beach towel"})
#: … and those one stands on unless posed otherwise (a rug; drawn by :mod:`.household`).
RUGS = frozenset({"rug", "carpet", "mat", "doormat"})
#: Kinds drawn low, across the bottom of their box, when they lie on the ground or the floor.
SPREADS = BLANKETS | RUGS
#: Of those, the kinds always spread (a blanket on a bed lies folded; a picnic blanket never does).
ALWAYS = frozenset({"picnic blanket", "beach towel"})
#: A spread blanket is at most this deep (a share of its width): the ground seen from a little above.
DEPTH = 0.34
#: Its far edge is this share of its width narrower at each end.
NARROW = 0.08
#: Checks across and deep.
CHECKS = (8, 5)
PICNIC_RED: RGB = (206, 58, 56)
TOWEL_TEAL: RGB = (38, 166, 178)
CHECK_WHITE: RGB = (246, 242, 234)


def spread_area(box: Box) -> Box:
    """The part of the pixel ``box`` a spread blanket covers: its bottom, at most :data:`DEPTH` of its
    width deep (the plan's box may stand higher than a flat thing is)."""
    x0, y0, x1, y1 = box
    return (x0, max(y0, y1 - (x1 - x0) * DEPTH), x1, y1)


def _corners(box: Box, front: float) -> tuple[tuple[float, float], ...]:
    """Far left, far right, near right, near left corners of the top surface."""
    x0, y0, x1, y1 = spread_area(box)
    inset = (x1 - x0) * NARROW
    return ((x0 + inset, y0), (x1 - inset, y0), (x1, y1 - front), (x0, y1 - front))


def _cell(
    corners: tuple[tuple[float, float], ...], i: int, j: int, across: int, deep: int
) -> tuple[tuple[float, float], ...]:
    """Check ``(i, j)`` of an ``across`` × ``deep`` grid laid over ``corners``."""
    return (
        _at(corners, i / across, j / deep),
        _at(corners, (i + 1) / across, j / deep),
        _at(corners, (i + 1) / across, (j + 1) / deep),
        _at(corners, i / across, (j + 1) / deep),
    )


def _quad(points: tuple[tuple[float, float], ...]) -> skia.Path:
    path = skia.Path()
    path.moveTo(*points[0])
    for point in points[1:]:
        path.lineTo(*point)
    path.close()
    return path


def _at(corners: tuple[tuple[float, float], ...], u: float, v: float) -> tuple[float, float]:
    """The point ``u`` across and ``v`` toward the viewer on the surface (bilinear)."""
    (ax, ay), (bx, by), (cx, cy), (dx, dy) = corners
    far = (ax + (bx - ax) * u, ay + (by - ay) * u)
    near = (dx + (cx - dx) * u, dy + (cy - dy) * u)
    return (far[0] + (near[0] - far[0]) * v, far[1] + (near[1] - far[1]) * v)


def _spread(canvas: skia.Canvas, box: Box, pen: Pen, checked: bool) -> None:
    x0, y0, x1, y1 = spread_area(box)
    front = max(pen.weight * 1.5, (y1 - y0) * 0.07)
    corners = _corners(box, front)
    edge = _quad((corners[3], corners[2], (x1, y1), (x0, y1)))
    pen.shape(canvas, edge, shade(pen.rgb, -0.14))
    top = _quad(corners)
    pen.shape(canvas, top)
    canvas.save()
    canvas.clipPath(top, doAntiAlias=True)
    if checked:
        light = CHECK_WHITE if sum(pen.rgb) < 600 else shade(pen.rgb, -0.25)
        paint = skia.Paint(Color=skia.Color(*light), AntiAlias=True)
        across, deep = CHECKS
        for i in range(across):
            for j in range(deep):
                if (i + j) % 2 == 0:
                    canvas.drawPath(_quad(_cell(corners, i, j, across, deep)), paint)
        # where the stripes cross, gingham's mid tone
        paint.setColor(skia.Color(*mix(pen.rgb, light, 0.5)))
        for i in range(across):
            for j in range(deep):
                if (i + j) % 2 == 1 and i % 2 == 1:
                    canvas.drawPath(_quad(_cell(corners, i, j, across, deep)), paint)
    else:
        border = _quad(
            tuple(_at(corners, u, v) for u, v in ((0.06, 0.12), (0.94, 0.12), (0.94, 0.86), (0.06, 0.86)))
        )
        band = pen.stroke(max(pen.weight * 1.5, (y1 - y0) * 0.04))
        band.setColor(skia.Color(*shade(pen.rgb, 0.18)))
        canvas.drawPath(border, band)
    canvas.restore()
    canvas.drawPath(top, pen.stroke())


def _picnic_blanket(canvas: skia.Canvas, box: Box, pen: Pen) -> None:
    """A checked picnic blanket spread flat."""
    _spread(canvas, box, pen, checked=True)


def _spread_blanket(canvas: skia.Canvas, box: Box, pen: Pen) -> None:
    """A plain blanket spread flat, with a border."""
    _spread(canvas, box, pen, checked=False)


#: Drawers by kind: "spread blanket" is a plain blanket the renderer found spread on the floor.
SPREAD: Mapping[str, Drawer] = MappingProxyType(
    {"picnic blanket": _picnic_blanket, "spread blanket": _spread_blanket, "beach towel": _spread_blanket}
)
SPREAD_COLORS: Mapping[str, RGB] = MappingProxyType(
    {"picnic blanket": PICNIC_RED, "spread blanket": BLANKET_BLUE, "beach towel": TOWEL_TEAL}
)

__all__ = ["ALWAYS", "BLANKETS", "RUGS", "SPREAD", "SPREADS", "SPREAD_COLORS", "spread_area"]
