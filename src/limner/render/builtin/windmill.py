"""A windmill, drawn in code: the art tables drew one as a gear (⚙️, its nearest ancestor "machine"),
so "a windmill in a field" was a giant cog standing in the grass.

A windmill is a tapering tower (a tower mill: wider at its foot, a small door and a window) under a
cap, and four sails on a hub near its top, set at a slant like an X, each a lattice frame. The sails
reach past the tower's sides; the tower stands on the box's bottom. A stated colour paints the tower.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from types import MappingProxyType

import skia

from limner.render.builtin.backdrop.style import shade
from limner.render.builtin.colors import RGB
from limner.render.builtin.pen import Box, Drawer, Pen, rect

TOWER: RGB = (236, 226, 206)
CAP: RGB = (150, 62, 50)
SAIL: RGB = (246, 244, 238)
FRAME: RGB = (120, 92, 64)
DOOR: RGB = (112, 78, 52)
PANE: RGB = (176, 206, 228)
#: The kinds drawn as a windmill.
WINDMILLS = frozenset({"windmill", "wind mill", "tower mill", "post mill"})
#: The hub's height (a share of the box's height from its top) and a sail's length (of the box's height).
HUB = 0.36
SAIL_LONG = 0.34
#: The sails' slant: an X, not a plus.
SLANT = math.radians(28.0)
#: A windmill's width over its height (the sails' span): a tower as wide as that would be a barn.
ASPECT = 0.8


def _fitted(box: Box) -> Box:
    """The part of ``box`` a windmill takes: as tall as fits, centred, its foot on the box's bottom."""
    x0, y0, x1, y1 = box
    tall = min(y1 - y0, (x1 - x0) / ASPECT)
    wide, middle = tall * ASPECT, (x0 + x1) / 2
    return (middle - wide / 2, y1 - tall, middle + wide / 2, y1)


def _sail(canvas: skia.Canvas, hub: tuple[float, float], angle: float, long: float, pen: Pen) -> None:
    """One sail from ``hub`` at ``angle``: a stock (the arm) and a lattice frame on its far part."""
    cx, cy = hub
    ux, uy = math.cos(angle), math.sin(angle)
    nx, ny = -uy, ux  # across the arm, the frame lies on its trailing side
    wide = long * 0.24
    arm = pen.stroke(max(1.5, pen.weight * 1.6))
    arm.setColor(skia.Color(*FRAME))
    arm.setStrokeCap(skia.Paint.kRound_Cap)
    canvas.drawLine(cx, cy, cx + ux * long, cy + uy * long, arm)
    start, end = long * 0.2, long
    frame = skia.Path()
    frame.moveTo(cx + ux * start, cy + uy * start)
    frame.lineTo(cx + ux * end, cy + uy * end)
    frame.lineTo(cx + ux * end + nx * wide, cy + uy * end + ny * wide)
    frame.lineTo(cx + ux * start + nx * wide, cy + uy * start + ny * wide)
    frame.close()
    canvas.drawPath(frame, skia.Paint(Color=skia.Color(*SAIL), AntiAlias=True))
    lattice = pen.stroke(max(1.0, pen.weight * 0.6))
    lattice.setColor(skia.Color(*FRAME))
    for i in range(1, 5):  # the crossbars
        t = start + (end - start) * i / 5
        canvas.drawLine(cx + ux * t, cy + uy * t, cx + ux * t + nx * wide, cy + uy * t + ny * wide, lattice)
    edge = pen.stroke()
    edge.setColor(skia.Color(*FRAME))
    canvas.drawPath(frame, edge)


def draw_windmill(canvas: skia.Canvas, box: Box, pen: Pen) -> None:
    """A tower mill standing on the box's bottom: a tapering tower under a cap, four sails in an X."""
    x0, y0, x1, y1 = _fitted(box)
    w, h = x1 - x0, y1 - y0
    cx = (x0 + x1) / 2
    hub = (cx, y0 + h * HUB)
    foot_half, top_half = w * 0.2, w * 0.12
    tower_top = hub[1] + h * 0.03
    tower = skia.Path()
    tower.moveTo(cx - foot_half, y1 - pen.weight / 2)
    tower.lineTo(cx - top_half, tower_top)
    tower.lineTo(cx + top_half, tower_top)
    tower.lineTo(cx + foot_half, y1 - pen.weight / 2)
    tower.close()
    pen.shape(canvas, tower)
    door_half = w * 0.055
    pen.part(
        canvas,
        rect(cx - door_half, y1 - h * 0.14, cx + door_half, y1 - pen.weight / 2),
        DOOR,
        door_half * 0.8,
    )
    pane = w * 0.04
    window_y = tower_top + (y1 - tower_top) * 0.3
    pen.part(canvas, rect(cx - pane, window_y - pane, cx + pane, window_y + pane), PANE)
    cap = skia.Path()  # a rounded cap over the tower's top
    cap.addArc(
        rect(cx - top_half * 1.25, tower_top - h * 0.09, cx + top_half * 1.25, tower_top + h * 0.07), 180, 180
    )
    cap.close()
    pen.shape(canvas, cap, CAP)
    long = h * SAIL_LONG
    for k in range(4):
        _sail(canvas, hub, -math.pi / 2 + SLANT + k * math.pi / 2, long, pen)
    canvas.drawCircle(
        *hub, max(2.0, w * 0.035), skia.Paint(Color=skia.Color(*shade(FRAME, -0.3)), AntiAlias=True)
    )


WINDMILL_DRAWERS: Mapping[str, Drawer] = MappingProxyType(dict.fromkeys(sorted(WINDMILLS), draw_windmill))
WINDMILL_COLORS: Mapping[str, RGB] = MappingProxyType(dict.fromkeys(sorted(WINDMILLS), TOWER))

__all__ = ["WINDMILLS", "WINDMILL_COLORS", "WINDMILL_DRAWERS", "draw_windmill"]
