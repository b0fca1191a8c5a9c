"""An ironing board, drawn in code seen from the side — no emoji draws one (the art tables fell back to
a placard, 🪧, the art of its far ancestor "board", drawn as a big sign): a long flat board at a
standing person's hip height, its nose to the right, on crossed legs.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

import skia

from limner.render.builtin.colors import RGB
from limner.render.builtin.pen import Box, Drawer, Pen

COVER_BLUE: RGB = (120, 170, 220)
LEG_GREY: RGB = (120, 124, 132)
#: Height over length, floor to board: a board about 1.3 m long stands about 0.9 m high.
ASPECT = 0.7


def _ironing_board(canvas: skia.Canvas, box: Box, pen: Pen) -> None:
    """Crossed legs from the floor up to a thin padded board, square at its left end, pointed at its
    right."""
    x0, y0, x1, y1 = box
    w = x1 - x0
    h = min(y1 - y0, w * ASPECT)
    y0 = y1 - h
    thick = max(3.0, h * 0.08)
    legs = pen.stroke(max(1.5, h * 0.03))
    legs.setColor(skia.Color(*LEG_GREY))
    legs.setStrokeCap(skia.Paint.kRound_Cap)
    left, right = x0 + w * 0.22, x0 + w * 0.62
    canvas.drawLine(left, y1 - pen.weight, right, y0 + thick, legs)
    canvas.drawLine(right, y1 - pen.weight, left, y0 + thick, legs)
    board = skia.Path()
    board.moveTo(x0 + pen.weight, y0 + pen.weight)
    board.lineTo(x1 - w * 0.16, y0 + pen.weight)
    board.quadTo(x1 - pen.weight, y0 + thick / 2, x1 - w * 0.16, y0 + thick)
    board.lineTo(x0 + pen.weight, y0 + thick)
    board.close()
    pen.shape(canvas, board)


IRONING_BOARDS: Mapping[str, Drawer] = MappingProxyType({"ironing board": _ironing_board})
IRONING_BOARD_COLORS: Mapping[str, RGB] = MappingProxyType(dict.fromkeys(IRONING_BOARDS, COVER_BLUE))
