"""Wind, drawn in code: the art tables drew "the wind" as the wind-face emoji (🌬️), a blue blob with a
puffing face standing in the scene like a ghost ("a woman walking in the wind with an umbrella").

Wind is drawn as illustrators draw it: a few long streaks sweeping across its box, each ending in a
curl, in a soft blue-grey that reads on a light sky and on a dark one. Nothing stands on it, and it
casts no shadow.
"""

from __future__ import annotations

import skia

from limner.render.builtin.colors import RGB
from limner.render.builtin.pen import Box

#: The nouns drawn as streaks of wind.
GUSTS = frozenset({"wind", "breeze", "gust", "gust of wind", "gale"})
GUST: RGB = (150, 172, 196)
#: Each streak: its height in the box (a share from the top), its start and end across (shares), and
#: whether it ends in a curl.
STREAKS = ((0.22, 0.05, 0.8, True), (0.5, 0.2, 0.98, True), (0.78, 0.0, 0.62, False))


def draw_gusts(canvas: skia.Canvas, box: Box, rgb: RGB | None) -> None:
    """Streaks of wind sweeping left to right across the pixel ``box``, in ``rgb`` (a soft blue-grey
    by default)."""
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    color = rgb or GUST
    paint = skia.Paint(
        Color=skia.Color(*color, 210),
        AntiAlias=True,
        Style=skia.Paint.kStroke_Style,
        StrokeWidth=max(1.5, min(w, h) * 0.035),
        StrokeCap=skia.Paint.kRound_Cap,
        StrokeJoin=skia.Paint.kRound_Join,
    )
    for level, start, end, curl in STREAKS:
        y = y0 + h * level
        sx, ex = x0 + w * start, x0 + w * end
        path = skia.Path()
        path.moveTo(sx, y)
        path.cubicTo(sx + (ex - sx) * 0.35, y - h * 0.08, sx + (ex - sx) * 0.65, y + h * 0.06, ex, y)
        if curl:  # a curl at its end, up and back over the streak
            r = h * 0.09
            path.cubicTo(ex + r * 1.4, y, ex + r * 1.2, y - r * 2.0, ex, y - r * 2.0)
            path.cubicTo(ex - r * 1.0, y - r * 2.0, ex - r * 1.0, y - r * 0.8, ex - r * 0.1, y - r * 0.9)
        canvas.drawPath(path, paint)


__all__ = ["GUST", "GUSTS", "draw_gusts"]
