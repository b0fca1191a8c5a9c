"""A push lawn mower, drawn in code seen from the side — no emoji draws one (the art tables fell back
to a hammer and wrench, 🛠, the art of its far ancestor "tool"): a low deck on two wheels and a long
handle rising toward whoever pushes it. Drawn facing right (the handle at the left, where the person
behind it stands), like the wheelbarrow.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

import skia

from limner.render.builtin.backdrop.style import shade
from limner.render.builtin.colors import RGB
from limner.render.builtin.pen import Box, Drawer, Pen, rect

MOWER_RED: RGB = (200, 62, 48)
TYRE: RGB = (48, 48, 54)
HANDLE_GREY: RGB = (120, 124, 132)
#: Of the box's height from its top: where the deck starts (the handle fills the space above it).
DECK_TOP = 0.6
#: Height over length, grip to ground: a mower's grip is about half as high as the mower is long.
ASPECT = 0.5


def _mower(canvas: skia.Canvas, box: Box, pen: Pen) -> None:
    """Handle (up and left), the deck and its engine cap (right), two wheels under the deck."""
    x0, y0, x1, y1 = box
    w = x1 - x0
    h = min(y1 - y0, w * ASPECT)  # standing on the box's floor: the grip at a walker's hands, not higher
    y0 = y1 - h
    r = min(h * 0.12, w * 0.06)
    deck_top, deck_bottom = y0 + h * DECK_TOP, y1 - r * 0.9
    deck_left, deck_right = x0 + w * 0.32, x1 - w * 0.02
    handle = pen.stroke(max(1.5, h * 0.035))
    handle.setColor(skia.Color(*HANDLE_GREY))
    handle.setStrokeCap(skia.Paint.kRound_Cap)
    grip_x, grip_y = x0 + w * 0.04, y0 + h * 0.04
    canvas.drawLine(deck_left + w * 0.08, deck_top + h * 0.06, grip_x, grip_y, handle)
    grip = pen.stroke(max(2.0, h * 0.06))
    grip.setColor(skia.Color(*TYRE))
    grip.setStrokeCap(skia.Paint.kRound_Cap)
    canvas.drawLine(grip_x, grip_y, grip_x + w * 0.05, grip_y - h * 0.01, grip)
    deck = skia.Path()
    deck.moveTo(deck_left, deck_bottom)
    deck.lineTo(deck_left + w * 0.04, deck_top)
    deck.lineTo(deck_right - w * 0.06, deck_top)
    deck.lineTo(deck_right, deck_bottom)
    deck.close()
    pen.shape(canvas, deck)
    cap = rect(deck_left + w * 0.22, deck_top - h * 0.1, deck_left + w * 0.42, deck_top + pen.weight)
    pen.part(canvas, cap, shade(pen.rgb, -0.25), h * 0.03)
    for cx in (deck_left + r * 1.1, deck_right - r * 1.1):
        canvas.drawCircle(cx, y1 - r, r, skia.Paint(Color=skia.Color(*TYRE), AntiAlias=True))
        canvas.drawCircle(cx, y1 - r, r * 0.4, skia.Paint(Color=skia.Color(*HANDLE_GREY), AntiAlias=True))


MOWERS: Mapping[str, Drawer] = MappingProxyType(
    {"lawn mower": _mower, "lawnmower": _mower, "mower": _mower, "push mower": _mower}
)
MOWER_COLORS: Mapping[str, RGB] = MappingProxyType(dict.fromkeys(MOWERS, MOWER_RED))
