"""What an animal is doing (``attributes.action``), where a small change to its art shows it: a
tail that wags gets motion strokes beside it. Actions the art cannot show well are left as drawn: an
elephant raising its trunk (its whole art turned up reads as falling over; its trunk is not a part
of its own), a bird spreading its wings (the eagle's are out already), brushing hair (the brush is in
the hand).
"""

from __future__ import annotations

import skia

from limner.plan.model import Element
from limner.render.builtin.colors import RGB

Box = tuple[float, float, float, float]

#: Action words (any of them in ``attributes.action``) that wag, and the art of animals that do.
WAGS = ("wagging",)
WAGGING_ART = frozenset({"🐕", "🐶", "🦮", "🐕\u200d🦺", "🐩"})
#: The motion strokes' colour.
STROKE: RGB = (90, 90, 96)


def _action(element: Element) -> str:
    action = element.attributes.get("action")
    return action.lower() if isinstance(action, str) else ""


def wags(element: Element, emoji: str) -> bool:
    """Whether ``element`` (drawn with ``emoji``) wags its tail for its action."""
    action = _action(element)
    return emoji in WAGGING_ART and any(word in action for word in WAGS)


def draw_wag(canvas: skia.Canvas, ink: Box, faces_left: bool, unit: float) -> None:
    """Motion strokes by the tail of an animal in the pixel ``ink`` (at its back, near the top)."""
    x0, y0, x1, y1 = ink
    w, h = x1 - x0, y1 - y0
    side = 1.0 if faces_left else -1.0  # the tail is at the back: right when it faces left
    back = x1 if faces_left else x0
    paint = skia.Paint(
        Color=skia.Color(*STROKE),
        AntiAlias=True,
        Style=skia.Paint.kStroke_Style,
        StrokeWidth=max(1.0, unit * 1.6),
        StrokeCap=skia.Paint.kRound_Cap,
    )
    for i, reach in enumerate((0.1, 0.17)):
        r = w * reach
        cx, cy = back - side * w * 0.12, y0 + h * 0.12
        oval = skia.Rect.MakeLTRB(cx - r, cy - r, cx + r, cy + r)
        start = -60.0 if faces_left else 240.0
        path = skia.Path()
        path.addArc(oval, start - i * 5.0, 70.0 if faces_left else -70.0)
        canvas.drawPath(path, paint)


__all__ = ["WAGGING_ART", "WAGS", "draw_wag", "wags"]
