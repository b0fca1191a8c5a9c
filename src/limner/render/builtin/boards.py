"""Boards drawn in code, seen from the side: a skateboard (a deck on two wheels), a surfboard and a
snowboard (a long rounded board). Their emoji (🛹) or stand-ins (🏄 for a surfboard) are pictures at
an angle, or a whole surfer: under a rider's feet they must lie flat.

A board is drawn along its box's longer side: flat in a wide box (the plan puts a ridden board under
its rider's feet, :mod:`limner.reason.interact`), standing on its tail in a tall one (a board alone).
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

import skia

from limner.render.builtin.backdrop.style import shade
from limner.render.builtin.colors import RGB
from limner.render.builtin.pen import Box, Drawer, Pen, rect

DECK_RED: RGB = (196, 64, 52)
SURF_BLUE: RGB = (64, 156, 214)
SNOW_GREEN: RGB = (58, 170, 120)
WHEEL: RGB = (58, 56, 64)
#: The deck's thickness and the wheels' diameter, as shares of a skateboard's length.
DECK = 0.07
WHEEL_SIZE = 0.13


def _upright(canvas: skia.Canvas, box: Box) -> bool:
    """Turns the canvas so that a board in a tall box is drawn flat along its height (the caller
    restores it); False for a wide box."""
    x0, y0, x1, y1 = box
    if x1 - x0 >= y1 - y0:
        return False
    canvas.save()
    canvas.rotate(-90, (x0 + x1) / 2, (y0 + y1) / 2)
    return True


def _flat(box: Box, turned: bool) -> Box:
    """``box`` as the turned canvas sees it: its width and height swapped about its centre."""
    if not turned:
        return box
    x0, y0, x1, y1 = box
    cx, cy, hw, hh = (x0 + x1) / 2, (y0 + y1) / 2, (x1 - x0) / 2, (y1 - y0) / 2
    return (cx - hh, cy - hw, cx + hh, cy + hw)


def _skateboard(canvas: skia.Canvas, box: Box, pen: Pen) -> None:
    """A deck with kicked-up ends on two trucks, the wheels touching the bottom of the box."""
    turned = _upright(canvas, box)
    x0, _, x1, y1 = _flat(box, turned)
    length = x1 - x0
    wheel = length * WHEEL_SIZE
    deck_bottom = y1 - wheel * 1.05
    deck_top = deck_bottom - length * DECK
    deck = skia.Path()
    kick = length * 0.06
    deck.moveTo(x0, deck_top - kick)
    deck.quadTo(x0 + length * 0.05, deck_top, x0 + length * 0.16, deck_top)
    deck.lineTo(x1 - length * 0.16, deck_top)
    deck.quadTo(x1 - length * 0.05, deck_top, x1, deck_top - kick)
    deck.lineTo(x1 - length * 0.02, deck_top - kick + length * DECK * 0.6)
    deck.quadTo(x1 - length * 0.07, deck_bottom, x1 - length * 0.16, deck_bottom)
    deck.lineTo(x0 + length * 0.16, deck_bottom)
    deck.quadTo(x0 + length * 0.07, deck_bottom, x0 + length * 0.02, deck_top - kick + length * DECK * 0.6)
    deck.close()
    pen.shape(canvas, deck)
    for centre in (x0 + length * 0.24, x1 - length * 0.24):
        pen.part(
            canvas, rect(centre - wheel * 0.5, deck_bottom, centre + wheel * 0.5, deck_bottom + wheel * 0.3)
        )
        pen.knob(canvas, centre, y1 - wheel / 2, wheel / 2)
        canvas.drawCircle(
            centre, y1 - wheel / 2, wheel * 0.32, skia.Paint(Color=skia.Color(*WHEEL), AntiAlias=True)
        )
    if turned:
        canvas.restore()


def _board(canvas: skia.Canvas, box: Box, pen: Pen, nose: float) -> None:
    """A long board with a rounded tail and a nose ``nose`` of its length, lying on the bottom of the
    box, and a stripe down its middle."""
    turned = _upright(canvas, box)
    x0, _, x1, y1 = _flat(box, turned)
    length = x1 - x0
    thick = length * 0.09
    top = y1 - thick
    board = skia.Path()
    board.moveTo(x0 + thick * 0.5, top)
    board.lineTo(x1 - length * nose, top)
    board.quadTo(x1, top, x1, top + thick * 0.55)
    board.quadTo(x1 - length * nose * 0.3, y1, x1 - length * nose, y1)
    board.lineTo(x0 + thick * 0.5, y1)
    board.quadTo(x0, y1, x0, top + thick * 0.5)
    board.quadTo(x0, top, x0 + thick * 0.5, top)
    board.close()
    pen.shape(canvas, board)
    stripe = skia.Paint(Color=skia.Color(*shade(pen.rgb, 0.35)), AntiAlias=True)
    canvas.drawRect(
        rect(x0 + length * 0.08, top + thick * 0.4, x1 - length * nose, top + thick * 0.6), stripe
    )
    if turned:
        canvas.restore()


def _surfboard(canvas: skia.Canvas, box: Box, pen: Pen) -> None:
    _board(canvas, box, pen, nose=0.22)


def _snowboard(canvas: skia.Canvas, box: Box, pen: Pen) -> None:
    _board(canvas, box, pen, nose=0.08)


BOARDS: Mapping[str, Drawer] = MappingProxyType(
    {
        "skateboard": _skateboard,
        "longboard": _skateboard,
        "surfboard": _surfboard,
        "bodyboard": _surfboard,
        "paddleboard": _surfboard,
        "snowboard": _snowboard,
        "wakeboard": _snowboard,
    }
)
BOARD_COLORS: Mapping[str, RGB] = MappingProxyType(
    {
        "skateboard": DECK_RED,
        "longboard": DECK_RED,
        "surfboard": SURF_BLUE,
        "bodyboard": SURF_BLUE,
        "paddleboard": SURF_BLUE,
        "snowboard": SNOW_GREEN,
        "wakeboard": SNOW_GREEN,
    }
)

__all__ = ["BOARDS", "BOARD_COLORS"]
