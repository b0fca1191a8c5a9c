"""Play things no emoji draws, drawn in code: toy blocks (a block was drawn as a pig, building blocks
as a headstone), a hula hoop (a neutral square) and a basketball hoop on its pole (a neutral square;
a bare hoop, as in shooting hoops, was a skull).

Each fills its box in the flat style of the art, standing on the box's bottom edge.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

import skia

from limner.render.builtin.backdrop.style import shade
from limner.render.builtin.colors import RGB
from limner.render.builtin.pen import Box, Drawer, Pen, rect

#: Toy blocks in turn (a plan colour paints them all).
BLOCK_COLORS: tuple[RGB, ...] = ((226, 72, 64), (250, 196, 60), (66, 132, 214), (86, 176, 96))
HOOP_PINK: RGB = (236, 84, 160)
RIM_ORANGE: RGB = (236, 104, 40)
BOARD_WHITE: RGB = (246, 246, 244)
POLE_GREY: RGB = (120, 124, 132)
NET_WHITE: RGB = (236, 236, 236)
#: The kinds drawn from default colours of their own (a plan colour paints blocks one colour).
BLOCK_DEFAULT: RGB = BLOCK_COLORS[0]


def _blocks(canvas: skia.Canvas, box: Box, pen: Pen) -> None:
    """A little pyramid of toy blocks: three on the floor, two on them, one on top, each a cube with
    a lighter face square."""
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    side = min(w / 3.1, h / 3.0)
    painted = pen.rgb != BLOCK_DEFAULT
    rows = ((3, 0.0), (2, 0.5), (1, 1.0))
    k = 0
    cx = (x0 + x1) / 2
    for level, (count, _) in enumerate(rows):
        y = y1 - side * (level + 1)
        left = cx - side * count / 2
        for i in range(count):
            color = pen.rgb if painted else BLOCK_COLORS[k % len(BLOCK_COLORS)]
            k += 1
            cube = rect(
                left + side * i + pen.weight, y, left + side * (i + 1) - pen.weight, y + side - pen.weight
            )
            pen.part(canvas, cube, color, radius=pen.weight)
            inset = side * 0.22
            face = rect(cube.left() + inset, cube.top() + inset, cube.right() - inset, cube.bottom() - inset)
            canvas.drawRect(face, skia.Paint(Color=skia.Color(*shade(color, 0.18)), AntiAlias=True))


def _ring(canvas: skia.Canvas, box: Box, pen: Pen) -> None:
    """A hoop standing on its edge: a thick ring, round, on the box's bottom."""
    x0, y0, x1, y1 = box
    r = min(x1 - x0, y1 - y0) / 2
    band = max(pen.weight * 2, r * 0.12)
    cx, cy = (x0 + x1) / 2, y1 - r
    paint = pen.stroke(band + pen.weight * 2)
    canvas.drawCircle(cx, cy, r - band / 2 - pen.weight, paint)
    paint.setStrokeWidth(band)
    paint.setColor(skia.Color(*pen.rgb))
    canvas.drawCircle(cx, cy, r - band / 2 - pen.weight, paint)
    stripe = pen.stroke(max(1.0, band * 0.3))
    stripe.setColor(skia.Color(*shade(pen.rgb, 0.3)))
    stripe.setPathEffect(skia.DashPathEffect.Make([band * 1.2, band * 1.2], 0.0))
    canvas.drawCircle(cx, cy, r - band / 2 - pen.weight, stripe)


def _basketball_hoop(canvas: skia.Canvas, box: Box, pen: Pen) -> None:
    """A basketball hoop: a pole, a white backboard with a square on it, an orange rim out in front
    (to the right) and a net hanging from it."""
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    pole = max(pen.weight * 2, w * 0.07)
    px = x0 + w * 0.18
    pen.part(canvas, rect(px, y0 + h * 0.2, px + pole, y1 - pen.weight / 2), POLE_GREY)
    pen.part(
        canvas, rect(px - pole, y1 - h * 0.04, px + pole * 2, y1 - pen.weight / 2), shade(POLE_GREY, -0.2)
    )
    board = rect(x0 + w * 0.05, y0 + pen.weight, x0 + w * 0.62, y0 + h * 0.3)
    pen.part(canvas, board, BOARD_WHITE, radius=pen.weight)
    inner = rect(
        board.centerX() - w * 0.1,
        board.top() + h * 0.12,
        board.centerX() + w * 0.1,
        board.bottom() - h * 0.04,
    )
    canvas.drawRect(
        inner,
        skia.Paint(
            Color=skia.Color(*RIM_ORANGE),
            AntiAlias=True,
            Style=skia.Paint.kStroke_Style,
            StrokeWidth=max(1.0, pen.weight),
        ),
    )
    rim_y = board.bottom() - h * 0.03
    rim_l, rim_r = board.centerX(), x1 - w * 0.04
    net = skia.Paint(Color=skia.Color(*NET_WHITE), AntiAlias=True, StrokeWidth=max(1.0, pen.weight * 0.8))
    bottom = rim_y + h * 0.18
    for i in range(5):
        t = i / 4
        top_x = rim_l + (rim_r - rim_l) * t
        low_x = rim_l + (rim_r - rim_l) * (0.2 + 0.6 * t)
        canvas.drawLine(top_x, rim_y, low_x, bottom, net)
        canvas.drawLine(top_x, rim_y, rim_l + (rim_r - rim_l) * (0.2 + 0.6 * (1 - t)), bottom, net)
    rim = skia.Paint(
        Color=skia.Color(*RIM_ORANGE),
        AntiAlias=True,
        Style=skia.Paint.kStroke_Style,
        StrokeWidth=max(2.0, h * 0.025),
    )
    canvas.drawOval(rect(rim_l, rim_y - h * 0.025, rim_r, rim_y + h * 0.025), rim)


TOYS: Mapping[str, Drawer] = MappingProxyType(
    {
        "block": _blocks,
        "blocks": _blocks,
        "toy block": _blocks,
        "toy blocks": _blocks,
        "building block": _blocks,
        "building blocks": _blocks,
        "hoop": _basketball_hoop,  # shooting hoops; a hoop one spins is a hula hoop
        "hula hoop": _ring,
        "basketball hoop": _basketball_hoop,
        "basketball net": _basketball_hoop,
        "basketball basket": _basketball_hoop,
    }
)
TOY_COLORS: Mapping[str, RGB] = MappingProxyType(
    {
        kind: BLOCK_DEFAULT if drawer is _blocks else HOOP_PINK if drawer is _ring else RIM_ORANGE
        for kind, drawer in TOYS.items()
    }
)

__all__ = ["BLOCK_COLORS", "HOOP_PINK", "RIM_ORANGE", "TOYS", "TOY_COLORS"]
