"""A market stall (a food stall, a kiosk, a lemonade stand, a booth), drawn in code seen from the
front — no emoji draws one (the art tables fell back to a neutral square): a plank counter, two posts
rising from it and a striped awning on them, its stripes in the plan's colour and white with a
scalloped edge. What the plan puts on the stall sits on its counter (:data:`COUNTER`, read by
:mod:`.staging`), under the awning.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

import skia

from limner.render.builtin.backdrop.style import mix, shade
from limner.render.builtin.colors import RGB
from limner.render.builtin.pen import Box, Drawer, Pen, rect

AWNING_RED: RGB = (206, 64, 60)
STALL_WOOD: RGB = (170, 118, 72)
CANVAS_WHITE: RGB = (246, 242, 232)
#: Of the box's height from its top: the awning's bottom edge (its scallops hang a little lower) and
#: the counter's top, where goods stand.
AWNING = 0.26
COUNTER = 0.6
#: Of the box's width: how far in from each side the posts stand.
POST_IN = 0.1


def _awning(canvas: skia.Canvas, box: Box, pen: Pen) -> None:
    """Stripes of the pen's colour and white across the top, each ending in a scallop."""
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    stripes = max(4, round(w / max(h * 0.09, 1.0)) // 2 * 2)
    step = w / stripes
    bottom = y0 + h * AWNING
    white = mix(pen.rgb, CANVAS_WHITE, 0.88)
    outline = pen.stroke()
    edge = skia.Path()
    edge.moveTo(x0, y0 + pen.weight / 2)
    edge.lineTo(x1, y0 + pen.weight / 2)
    edge.lineTo(x1, bottom)
    for i in range(stripes):  # right to left: the scalloped edge
        right = x1 - step * i
        edge.quadTo(right - step / 2, bottom + step * 0.9, right - step, bottom)
    edge.close()
    canvas.save()
    canvas.clipPath(edge, doAntiAlias=True)
    for i in range(stripes):
        color = pen.rgb if i % 2 == 0 else white
        paint = skia.Paint(Color=skia.Color(*color), AntiAlias=True)
        canvas.drawRect(rect(x0 + step * i, y0, x0 + step * (i + 1) + 0.5, bottom + step), paint)
    canvas.restore()
    canvas.drawPath(edge, outline)
    fold = y0 + h * AWNING * 0.35  # the awning's slope folds over its front
    pen.line(canvas, x0 + pen.weight, fold, x1 - pen.weight, fold)


def _stall(canvas: skia.Canvas, box: Box, pen: Pen) -> None:
    """Two posts, the counter (a top board over a planked front) and the awning over them."""
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    half = pen.weight / 2
    wood = Pen(rgb=STALL_WOOD, outline=shade(STALL_WOOD, -0.24), weight=pen.weight)
    post = max(pen.weight * 2, w * 0.04)
    for px in (x0 + w * POST_IN, x1 - w * POST_IN - post):
        wood.part(
            canvas, rect(px, y0 + h * AWNING * 0.5, px + post, y0 + h * COUNTER), shade(STALL_WOOD, -0.1)
        )
    counter = y0 + h * COUNTER
    board = max(pen.weight * 3, h * 0.06)
    front = rect(x0 + w * 0.04, counter + board, x1 - w * 0.04, y1 - half)
    wood.part(canvas, front)
    planks = max(3, round(front.width() / max(front.height() * 0.45, 1.0)))
    for i in range(1, planks):
        x = front.left() + front.width() * i / planks
        wood.line(canvas, x, front.top() + pen.weight, x, front.bottom() - pen.weight)
    wood.part(canvas, rect(x0 + w * 0.01, counter, x1 - w * 0.01, counter + board), shade(STALL_WOOD, 0.1))
    _awning(canvas, box, pen)


#: Kinds drawn as a stall (the furniture kinds of :mod:`limner.assets.art`).
STALLS: Mapping[str, Drawer] = MappingProxyType(
    {
        "stall": _stall,
        "market stall": _stall,
        "food stall": _stall,
        "fruit stall": _stall,
        "kiosk": _stall,
        "booth": _stall,
        "newsstand": _stall,
        "lemonade stand": _stall,
        "market stand": _stall,
        "fruit stand": _stall,
        "food stand": _stall,
        "market": _stall,
        "marketplace": _stall,
    }
)
STALL_COLORS: Mapping[str, RGB] = MappingProxyType(dict.fromkeys(STALLS, AWNING_RED))


def counter_top(box: Box) -> float:
    """The y of a stall's counter (where goods stand) in its ``box`` (any unit: pixels or shares)."""
    return box[1] + (box[3] - box[1]) * COUNTER


__all__ = ["COUNTER", "STALLS", "STALL_COLORS", "counter_top"]
