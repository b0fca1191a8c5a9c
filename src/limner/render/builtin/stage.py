"""A stage, drawn in code: the art tables had no picture for one, so "a saxophone player on a stage"
stood the player on a neutral white square.

A stage is a raised wooden platform seen from the front, a little wider than its box (a stage is broad,
what stands on it is not at its edge): its deck's boards, seen from a little above, along the box's top
(where whoever is on it stands), a planked front apron below with a row of footlights along its lip.
A stated colour paints the deck.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

import skia

from limner.render.builtin.backdrop.style import shade
from limner.render.builtin.colors import RGB
from limner.render.builtin.pen import Box, Drawer, Pen, rect

DECK: RGB = (176, 124, 78)
#: How much wider than its box a stage is drawn.
WIDEN = 1.3
FOOTLIGHT: RGB = (255, 224, 128)
#: The kinds drawn as a stage.
STAGES = frozenset({"stage", "concert stage", "theater stage", "theatre stage", "podium stage"})
#: The deck's depth (a share of the box's height, at most a share of its width) and the lights' count.
DECK_DEEP = 0.3
DECK_MOST = 0.12
LIGHTS = 5


def draw_stage(canvas: skia.Canvas, box: Box, pen: Pen) -> None:
    """A stage filling ``box``: its deck's top edge on the box's top, the front apron down to its foot."""
    middle, y0, y1 = (box[0] + box[2]) / 2, box[1], box[3]
    w, h = (box[2] - box[0]) * WIDEN, y1 - y0
    x0, x1 = middle - w / 2, middle + w / 2
    half = pen.weight / 2
    lip = y0 + min(h * DECK_DEEP, w * DECK_MOST)
    apron = rect(x0 + half, lip, x1 - half, y1 - half)
    front = shade(pen.rgb, -0.14)
    pen.part(canvas, apron, front)
    planks = pen.stroke(max(1.0, pen.weight * 0.5))
    planks.setColor(skia.Color(*shade(front, -0.1)))
    for i in range(1, 8):
        px = x0 + w * i / 8
        canvas.drawLine(px, lip + h * 0.08, px, y1 - (y1 - lip) * 0.12, planks)
    deck = skia.Path()  # the deck seen from a little above: its far edge a little narrower
    inset = w * 0.03
    deck.moveTo(x0 + inset, y0 + half)
    deck.lineTo(x1 - inset, y0 + half)
    deck.lineTo(x1 - half, lip)
    deck.lineTo(x0 + half, lip)
    deck.close()
    pen.shape(canvas, deck)
    boards = pen.stroke(max(1.0, pen.weight * 0.5))
    boards.setColor(skia.Color(*shade(pen.rgb, -0.2)))
    for i in range(1, 3):
        y = y0 + (lip - y0) * i / 3
        canvas.drawLine(x0 + inset * (1 - i / 3) + half, y, x1 - inset * (1 - i / 3) - half, y, boards)
    light = skia.Paint(Color=skia.Color(*FOOTLIGHT), AntiAlias=True)
    radius = min(w * 0.02, (y1 - lip) * 0.12)
    for i in range(LIGHTS):
        lx = x0 + w * (i + 0.5) / LIGHTS
        canvas.drawCircle(lx, lip + radius * 1.8, radius, light)
    trim = rect(x0 + half, y1 - (y1 - lip) * 0.12, x1 - half, y1 - half)
    canvas.drawRect(trim, skia.Paint(Color=skia.Color(*shade(front, -0.12)), AntiAlias=True))


STAGE_DRAWERS: Mapping[str, Drawer] = MappingProxyType(dict.fromkeys(sorted(STAGES), draw_stage))
STAGE_COLORS: Mapping[str, RGB] = MappingProxyType(dict.fromkeys(sorted(STAGES), DECK))

__all__ = ["STAGES", "STAGE_COLORS", "STAGE_DRAWERS", "draw_stage"]
