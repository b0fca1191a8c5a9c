"""A garage, drawn in code: the art tables drew one as a house (🏠), so "a mechanic fixing a car in a
garage" put the mechanic in a cottage's doorway.

A garage is a low building under a shallow gable, most of its front a wide roll-up door of ribbed
panels. With someone or something inside it (:mod:`.housed`), the door is rolled up under the eave
on a dim inside (a pegboard of tools on its back wall, a concrete floor), where what is inside stands.
A stated colour paints the walls.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

import skia

from limner.render.builtin.backdrop.style import shade
from limner.render.builtin.colors import RGB
from limner.render.builtin.pen import Box, Drawer, Pen, rect, round_stroke

GARAGE_WALL: RGB = (214, 208, 196)
ROLL_DOOR: RGB = (236, 234, 228)
ROOF: RGB = (96, 90, 88)
INSIDE: RGB = (74, 72, 76)
CONCRETE: RGB = (150, 148, 144)
PEGBOARD: RGB = (186, 150, 108)
TOOL: RGB = (60, 60, 66)
VENT: RGB = (190, 216, 236)
#: Of the garage's box: where the eave is (from its top), the door's half-width and its height.
EAVE = 0.3
DOOR_HALF = 0.38
DOOR_TALL = 0.58
#: The roll-up door's ribs.
RIBS = 6
FIRE_RED: RGB = (196, 54, 46)
#: The kinds a garage is drawn as, closed and open.
GARAGES = frozenset({"garage", "open garage"})
#: Fire stations: a garage-like hall for the engines, its walls red (the art set drew a train station).
FIRE_STATIONS = frozenset({"fire station", "firehouse", "fire house"})


def garage_doorway(box: Box) -> Box:
    """The doorway of a garage drawn in ``box`` (pixels), from the door's top to the ground."""
    x0, y0, x1, y1 = box
    w, h, cx = x1 - x0, y1 - y0, (x0 + x1) / 2
    return (cx - w * DOOR_HALF, y1 - h * DOOR_TALL, cx + w * DOOR_HALF, y1 - max(1.0, h * 0.004))


def _fill(canvas: skia.Canvas, area: skia.Rect, rgb: RGB) -> None:
    canvas.drawRect(area, skia.Paint(Color=skia.Color(*rgb), AntiAlias=True))


def _garage(canvas: skia.Canvas, box: Box, pen: Pen, opened: bool = False) -> None:
    """A garage: walls under a shallow gable and a wide roll-up door; ``opened``, the door rolled up
    on the dim inside."""
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    half = pen.weight / 2
    cx, eave = (x0 + x1) / 2, y0 + h * EAVE
    walls = skia.Path()
    walls.moveTo(x0 + w * 0.03, y1 - half)
    walls.lineTo(x0 + w * 0.03, eave)
    walls.lineTo(cx, y0 + h * 0.08)
    walls.lineTo(x1 - w * 0.03, eave)
    walls.lineTo(x1 - w * 0.03, y1 - half)
    walls.close()
    pen.shape(canvas, walls)
    roof = skia.Path()
    roof.moveTo(x0 - w * 0.01, eave + h * 0.03)
    roof.lineTo(cx, y0 + half + h * 0.02)
    roof.lineTo(x1 + w * 0.01, eave + h * 0.03)
    canvas.drawPath(roof, round_stroke(ROOF, max(pen.weight * 2, h * 0.05)))
    way = rect(*garage_doorway(box))
    ribs = pen.stroke(max(1.0, pen.weight * 0.7))
    if opened:  # rolled up under the eave: the dim inside, tools on the back wall, a concrete floor
        _fill(canvas, way, INSIDE)
        board = rect(
            way.left() + way.width() * 0.1,
            way.top() + way.height() * 0.12,
            way.right() - way.width() * 0.1,
            way.top() + way.height() * 0.45,
        )
        _fill(canvas, board, shade(PEGBOARD, 0.25))
        tool = skia.Paint(Color=skia.Color(*TOOL), AntiAlias=True, StrokeWidth=max(1.0, pen.weight * 1.2))
        tool.setStrokeCap(skia.Paint.kRound_Cap)
        for i in range(5):
            tx = board.left() + board.width() * (i + 0.5) / 5
            long = board.height() * (0.45 + 0.1 * (i % 3))
            canvas.drawLine(
                tx, board.top() + board.height() * 0.15, tx, board.top() + board.height() * 0.15 + long, tool
            )
        floor = rect(way.left(), way.bottom() - way.height() * 0.16, way.right(), way.bottom())
        _fill(canvas, floor, CONCRETE)
        rolled = rect(way.left() - half, way.top() - h * 0.06, way.right() + half, way.top())
        pen.part(canvas, rolled, ROLL_DOOR)
        canvas.drawRect(way, pen.stroke())
    else:
        pen.part(canvas, way, ROLL_DOOR)
        for i in range(1, RIBS):
            y = way.top() + way.height() * i / RIBS
            canvas.drawLine(way.left(), y, way.right(), y, ribs)
        handle = rect(
            cx - w * 0.04,
            way.bottom() - way.height() * 0.1,
            cx + w * 0.04,
            way.bottom() - way.height() * 0.07,
        )
        _fill(canvas, handle, shade(ROLL_DOOR, -0.4))
    pen.part(
        canvas, rect(cx - w * 0.06, y0 + h * 0.17, cx + w * 0.06, y0 + h * 0.26), VENT
    )  # the gable's vent


def _open_garage(canvas: skia.Canvas, box: Box, pen: Pen) -> None:
    _garage(canvas, box, pen, opened=True)


#: The kind a garage someone or something is inside is drawn as (its door rolled up).
GARAGE_OPENED: Mapping[str, str] = MappingProxyType({"garage": "open garage"})
GARAGE_DRAWERS: Mapping[str, Drawer] = MappingProxyType(
    {"garage": _garage, "open garage": _open_garage, **dict.fromkeys(sorted(FIRE_STATIONS), _garage)}
)
GARAGE_COLORS: Mapping[str, RGB] = MappingProxyType(
    {**{kind: GARAGE_WALL for kind in GARAGES}, **{kind: FIRE_RED for kind in FIRE_STATIONS}}
)

__all__ = ["GARAGES", "GARAGE_COLORS", "GARAGE_DRAWERS", "GARAGE_OPENED", "garage_doorway"]
