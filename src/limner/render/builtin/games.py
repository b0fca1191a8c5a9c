"""Board games drawn in code: a chessboard (chess, a chess set) is an 8×8 board of light and dark
squares seen a little from above with a few pieces standing on it, and a checkers (draughts) board
carries round men. The chess-pawn emoji alone stood for the game, a giant pawn on the grass; a chess
piece or a pawn keeps that art.

Each lies on its box's bottom edge (on a table top when the plan stands it on one), as wide as its box.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

import skia

from limner.render.builtin.backdrop.style import shade
from limner.render.builtin.colors import RGB
from limner.render.builtin.pen import Box, Drawer, Pen

LIGHT_SQUARE: RGB = (238, 216, 178)
DARK_SQUARE: RGB = (148, 98, 58)
WHITE_PIECE: RGB = (248, 246, 240)
BLACK_PIECE: RGB = (48, 44, 44)
RED_MAN: RGB = (206, 52, 48)
#: The board's depth seen from above, and its far edge's width, as shares of its width.
DEPTH = 0.34
FAR = 0.8

Quad = tuple[tuple[float, float], tuple[float, float], tuple[float, float], tuple[float, float]]


def _point(box: Box, u: float, v: float) -> tuple[float, float]:
    """The point ``u`` across and ``v`` deep (0 = far edge, 1 = near edge) on the board's top face."""
    x0, _, x1, y1 = box
    w = x1 - x0
    thick = w * 0.04
    near_y = y1 - thick
    far_y = near_y - w * DEPTH
    half = w / 2 * (FAR + (1 - FAR) * v)
    cx = (x0 + x1) / 2
    return cx - half + 2 * half * u, far_y + (near_y - far_y) * v


def _quad(box: Box, u0: float, v0: float, u1: float, v1: float) -> skia.Path:
    path = skia.Path()
    path.moveTo(*_point(box, u0, v0))
    path.lineTo(*_point(box, u1, v0))
    path.lineTo(*_point(box, u1, v1))
    path.lineTo(*_point(box, u0, v1))
    path.close()
    return path


def _paint(rgb: RGB) -> skia.Paint:
    return skia.Paint(Color=skia.Color(*rgb), AntiAlias=True)


def _board(canvas: skia.Canvas, box: Box, pen: Pen, light: RGB, dark: RGB) -> None:
    """The board: a wooden rim, the edge facing the viewer, and 8×8 squares."""
    x0, _, x1, _ = box
    w = x1 - x0
    thick = w * 0.04
    rim = shade(pen.rgb, -0.12)
    near_l, near_r = _point(box, -0.03, 1.02), _point(box, 1.03, 1.02)
    edge = skia.Path()
    edge.moveTo(*near_l)
    edge.lineTo(*near_r)
    edge.lineTo(near_r[0], near_r[1] + thick)
    edge.lineTo(near_l[0], near_l[1] + thick)
    edge.close()
    canvas.drawPath(edge, _paint(shade(rim, -0.12)))
    canvas.drawPath(_quad(box, -0.03, -0.03, 1.03, 1.02), _paint(rim))
    for row in range(8):
        for col in range(8):
            rgb = light if (row + col) % 2 == 0 else dark
            canvas.drawPath(_quad(box, col / 8, row / 8, (col + 1) / 8, (row + 1) / 8), _paint(rgb))
    outline = skia.Paint(
        Color=skia.Color(*pen.outline), AntiAlias=True, Style=skia.Paint.kStroke_Style, StrokeWidth=pen.weight
    )
    canvas.drawPath(_quad(box, -0.03, -0.03, 1.03, 1.02), outline)


def _piece(canvas: skia.Canvas, foot: tuple[float, float], size: float, rgb: RGB, tall: bool) -> None:
    """A chess piece standing at ``foot``: a base, a tapering body and a round head (a king's a
    cross on top)."""
    x, y = foot
    body = skia.Path()
    height = size * (1.6 if tall else 1.0)
    body.moveTo(x - size * 0.42, y)
    body.lineTo(x + size * 0.42, y)
    body.lineTo(x + size * 0.16, y - height * 0.7)
    body.lineTo(x - size * 0.16, y - height * 0.7)
    body.close()
    line = shade(rgb, -0.3) if rgb[0] > 128 else shade(rgb, 0.25)
    stroke = skia.Paint(
        Color=skia.Color(*line),
        AntiAlias=True,
        Style=skia.Paint.kStroke_Style,
        StrokeWidth=max(1.0, size * 0.07),
    )
    canvas.drawPath(body, _paint(rgb))
    canvas.drawPath(body, stroke)
    canvas.drawCircle(x, y - height * 0.78, size * 0.24, _paint(rgb))
    canvas.drawCircle(x, y - height * 0.78, size * 0.24, stroke)
    if tall:
        top = y - height * 0.78 - size * 0.24
        canvas.drawLine(x, top, x, top - size * 0.3, stroke)
        canvas.drawLine(x - size * 0.12, top - size * 0.17, x + size * 0.12, top - size * 0.17, stroke)


#: Squares (column, row from the far edge) the chess pieces stand on: (black?, king?).
_CHESS = (
    (3, 1, True, False),
    (4, 0, True, True),
    (6, 1, True, False),
    (2, 3, True, False),
    (5, 4, False, False),
    (1, 6, False, False),
    (3, 7, False, True),
    (6, 6, False, False),
)
#: Squares the checkers men sit on: (column, row, red?).
_CHECKERS = (
    (1, 0, False),
    (3, 0, False),
    (5, 0, False),
    (7, 0, False),
    (2, 1, False),
    (6, 1, False),
    (0, 5, True),
    (4, 5, True),
    (1, 6, True),
    (3, 6, True),
    (5, 6, True),
    (7, 7, True),
)


def _chessboard(canvas: skia.Canvas, box: Box, pen: Pen) -> None:
    _board(canvas, box, pen, LIGHT_SQUARE, DARK_SQUARE)
    square = (box[2] - box[0]) / 8
    for col, row, black, king in _CHESS:
        foot = _point(box, (col + 0.5) / 8, (row + 0.7) / 8)
        scale = FAR + (1 - FAR) * (row + 0.7) / 8
        _piece(canvas, foot, square * 0.75 * scale, BLACK_PIECE if black else WHITE_PIECE, king)


def _checkers(canvas: skia.Canvas, box: Box, pen: Pen) -> None:
    _board(canvas, box, pen, (236, 226, 204), (60, 56, 54))
    square = (box[2] - box[0]) / 8
    for col, row, red in _CHECKERS:
        x, y = _point(box, (col + 0.5) / 8, (row + 0.55) / 8)
        r = square * 0.36 * (FAR + (1 - FAR) * (row + 0.55) / 8)
        rgb = RED_MAN if red else BLACK_PIECE
        for dy, tone in ((r * 0.35, -0.15), (0.0, 0.0)):
            canvas.drawOval(
                skia.Rect.MakeLTRB(x - r, y - r * 0.5 - dy, x + r, y + r * 0.5 - dy), _paint(shade(rgb, tone))
            )


GAMES: Mapping[str, Drawer] = MappingProxyType(
    {
        "chess": _chessboard,
        "chessboard": _chessboard,
        "chess board": _chessboard,
        "chess set": _chessboard,
        "checkers": _checkers,
        "checkerboard": _checkers,
        "draughts": _checkers,
    }
)
GAME_COLORS: Mapping[str, RGB] = MappingProxyType({kind: (122, 84, 52) for kind in GAMES})

__all__ = ["DARK_SQUARE", "GAMES", "GAME_COLORS", "LIGHT_SQUARE", "WHITE_PIECE"]
