"""A piano, drawn in code: the nearest emoji is the musical keyboard (🎹), a tile of four giant keys
that read as a bar code beside whoever played it.

An upright piano seen from the front: a tall cabinet under a lid, a music stand, the keyboard on its
shelf (white keys with the black ones in twos and threes), and the legs and pedals below. A stated
colour paints the cabinet (a white piano); without one it is glossy black.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

import skia

from limner.render.builtin.backdrop.style import shade
from limner.render.builtin.colors import RGB
from limner.render.builtin.pen import Box, Drawer, Pen, rect

PIANO_BLACK: RGB = (44, 40, 46)
IVORY: RGB = (250, 248, 240)
EBONY: RGB = (30, 28, 32)
BRASS: RGB = (214, 176, 84)
#: White keys drawn across the keyboard, and which of them have a black key after them (an octave).
WHITE_KEYS = 21
BLACK_AFTER = frozenset({0, 1, 3, 4, 5})
#: Of the piano's height from its top: the lid's bottom and the keyboard shelf's top and bottom.
LID = 0.08
KEYS_TOP = 0.5
KEYS_BOTTOM = 0.6


def _upright(canvas: skia.Canvas, box: Box, pen: Pen) -> None:
    """An upright piano filling ``box``: cabinet, lid, music stand, keyboard, legs and pedals."""
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    half = pen.weight / 2
    body = rect(x0 + w * 0.04, y0 + h * LID * 0.5, x1 - w * 0.04, y1 - half)
    pen.part(canvas, body, radius=pen.weight)
    pen.part(canvas, rect(x0 + half, y0 + half, x1 - half, y0 + h * LID), radius=pen.weight)  # the lid
    panel = rect(x0 + w * 0.14, y0 + h * 0.16, x1 - w * 0.14, y0 + h * 0.42)
    pen.part(canvas, panel, shade(pen.rgb, 0.12), radius=pen.weight * 2)
    lower = rect(x0 + w * 0.22, y0 + h * 0.66, x1 - w * 0.22, y1 - h * 0.12)  # the panel over the pedals
    pen.part(canvas, lower, shade(pen.rgb, 0.08), radius=pen.weight * 2)
    stand = rect(x0 + w * 0.34, y0 + h * 0.3, x1 - w * 0.34, y0 + h * 0.44)  # music on its stand
    pen.part(canvas, stand, IVORY)
    for i in range(1, 4):
        y = stand.top() + stand.height() * i / 4
        canvas.drawLine(stand.left() + w * 0.02, y, stand.right() - w * 0.02, y, pen.stroke(max(1.0, half)))
    shelf = rect(x0 + half, y0 + h * KEYS_TOP, x1 - half, y0 + h * KEYS_BOTTOM)
    pen.part(canvas, shelf)
    keys = rect(x0 + w * 0.03, y0 + h * (KEYS_TOP + 0.015), x1 - w * 0.03, y0 + h * (KEYS_BOTTOM - 0.01))
    canvas.drawRect(keys, skia.Paint(Color=skia.Color(*IVORY), AntiAlias=True))
    step = keys.width() / WHITE_KEYS
    seam = skia.Paint(
        Color=skia.Color(*shade(IVORY, -0.35)), AntiAlias=True, StrokeWidth=max(0.8, pen.weight * 0.5)
    )
    black = skia.Paint(Color=skia.Color(*EBONY), AntiAlias=True)
    for i in range(1, WHITE_KEYS):
        x = keys.left() + step * i
        canvas.drawLine(x, keys.top(), x, keys.bottom(), seam)
    for i in range(WHITE_KEYS - 1):
        if i % 7 in BLACK_AFTER:
            x = keys.left() + step * (i + 1)
            canvas.drawRect(
                rect(x - step * 0.3, keys.top(), x + step * 0.3, keys.top() + keys.height() * 0.6), black
            )
    canvas.drawRect(keys, pen.stroke())
    for lx in (x0 + w * 0.08, x1 - w * 0.14):  # the legs under the keyboard, to the floor
        pen.part(canvas, rect(lx, y0 + h * KEYS_BOTTOM, lx + w * 0.06, y1 - half))
    pen.part(canvas, rect(x0 + w * 0.04, y1 - h * 0.05, x1 - w * 0.04, y1 - half))  # the plinth
    brass = skia.Paint(Color=skia.Color(*BRASS), AntiAlias=True)
    for px in (-0.05, 0.0, 0.05):  # the pedals
        cx = (x0 + x1) / 2 + w * px
        canvas.drawRoundRect(rect(cx - w * 0.015, y1 - h * 0.09, cx + w * 0.015, y1 - h * 0.05), 2, 2, brass)


#: A grand piano is drawn upright too (seen from the keyboard's side it is a cabinet on legs).
PIANOS: Mapping[str, Drawer] = MappingProxyType(
    {"piano": _upright, "upright piano": _upright, "grand piano": _upright}
)
PIANO_COLORS: Mapping[str, RGB] = MappingProxyType({kind: PIANO_BLACK for kind in PIANOS})

__all__ = ["PIANOS", "PIANO_COLORS"]
