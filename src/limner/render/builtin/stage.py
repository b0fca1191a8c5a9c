"""A stage, drawn in code: the art tables had no picture for one, so "a saxophone player on a stage"
stood the player on a neutral white square.

A stage is a raised wooden platform seen from the front, a little wider than its box (a stage is broad,
what stands on it is not at its edge): its deck's boards, seen from a little above, along the box's top
(where whoever is on it stands), a planked front apron below with a row of footlights along its lip.
A stated colour paints the deck.

A stage is low and broad: the plan's box for one is as tall as a crate, so it is drawn as high as
:data:`RISE` of the tallest thing standing on it and at least as wide as what stands on them
(:func:`stage_frame`; they come down onto its deck). Indoors a backdrop curtain hangs behind it
(:func:`draw_curtain`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
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
#: A stage's height: this share of the tallest thing standing on it (about hip high); alone, this
#: share of its width. Never taller than its box.
RISE = 0.36
ALONE_RISE = 0.3
#: How far (canvas share) the stage reaches past the outermost thing on it, and its least width (a
#: share of the tallest thing on it).
MARGIN = 0.05
BROAD = 1.2
CURTAIN: RGB = (148, 32, 44)
#: The curtain's folds across the stage's width, and its valance's depth (a share of its height).
FOLDS = 9
VALANCE = 0.1


def stage_frame(stage: Box, on: Sequence[Box]) -> Box:
    """The box (canvas shares) a stage whose plan box is ``stage`` is drawn in, with ``on`` the boxes
    of the things standing on it: as wide as they span, as high as a stage is, on the same floor."""
    x0, y0, x1, y1 = stage
    if on:
        tallest = max(b[3] - b[1] for b in on)
        x0 = min(x0, min(b[0] for b in on) - MARGIN)
        x1 = max(x1, max(b[2] for b in on) + MARGIN)
        short = max(0.0, tallest * BROAD - (x1 - x0)) / 2  # broad even under one singer
        x0, x1 = x0 - short, x1 + short
        rise = tallest * RISE
    else:
        rise = (x1 - x0) * ALONE_RISE
    return (x0, y1 - min(y1 - y0, rise), x1, y1)


def draw_curtain(canvas: skia.Canvas, box: Box, top: float) -> None:
    """A stage's backdrop curtain, from ``top`` down to the far edge of the deck of the stage drawn in
    the pixel ``box``, across its width: velvet hanging in folds under a scalloped valance."""
    middle = (box[0] + box[2]) / 2
    w = (box[2] - box[0]) * WIDEN
    x0, x1, y1 = middle - w / 2, middle + w / 2, box[1] + 1.0
    if y1 - top < 2.0:
        return
    canvas.drawRect(rect(x0, top, x1, y1), skia.Paint(Color=skia.Color(*CURTAIN), AntiAlias=True))
    fold = skia.Paint(Color=skia.Color(*shade(CURTAIN, -0.22)), AntiAlias=True)
    light = skia.Paint(Color=skia.Color(*shade(CURTAIN, 0.12)), AntiAlias=True)
    step = w / FOLDS
    for i in range(FOLDS):
        fx = x0 + step * i
        canvas.drawRect(rect(fx + step * 0.62, top, fx + step * 0.86, y1), fold)
        canvas.drawRect(rect(fx + step * 0.14, top, fx + step * 0.26, y1), light)
    valance = (y1 - top) * VALANCE
    swag = skia.Path()
    swag.moveTo(x0, top)
    swag.lineTo(x1, top)
    swag.lineTo(x1, top + valance)
    for i in range(FOLDS, 0, -1):  # scallops hanging between the folds
        swag.quadTo(x0 + step * (i - 0.5), top + valance * 1.7, x0 + step * (i - 1), top + valance)
    swag.close()
    canvas.drawPath(swag, skia.Paint(Color=skia.Color(*shade(CURTAIN, -0.08)), AntiAlias=True))


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

__all__ = ["STAGES", "STAGE_COLORS", "STAGE_DRAWERS", "draw_curtain", "draw_stage", "stage_frame"]
