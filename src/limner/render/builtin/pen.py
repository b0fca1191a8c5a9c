"""The pen of things drawn in code (furniture, boundaries, soft goods): one fill colour and the outline
all parts of a piece share, in the flat style of the art (a darker shade of the fill, never black)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import skia

from limner.render.builtin.colors import RGB


@dataclass(frozen=True)
class Pen:
    """Fill colour and the outline every part of one piece shares."""

    rgb: RGB
    outline: RGB
    weight: float

    def part(self, canvas: skia.Canvas, rect: skia.Rect, rgb: RGB | None = None, radius: float = 0.0) -> None:
        rr = skia.RRect.MakeRectXY(rect, radius, radius)
        canvas.drawRRect(rr, skia.Paint(Color=skia.Color(*(rgb or self.rgb)), AntiAlias=True))
        canvas.drawRRect(rr, self.stroke())

    def stroke(self, width: float | None = None) -> skia.Paint:
        """The outline's paint: round-joined strokes ``width`` wide (the pen's weight by default)."""
        return skia.Paint(
            Color=skia.Color(*self.outline),
            AntiAlias=True,
            Style=skia.Paint.kStroke_Style,
            StrokeWidth=self.weight if width is None else width,
            StrokeJoin=skia.Paint.kRound_Join,
        )

    def line(self, canvas: skia.Canvas, x0: float, y0: float, x1: float, y1: float) -> None:
        paint = skia.Paint(
            Color=skia.Color(*self.outline),
            AntiAlias=True,
            StrokeWidth=self.weight,
            StrokeCap=skia.Paint.kRound_Cap,
        )
        canvas.drawLine(x0, y0, x1, y1, paint)

    def shape(self, canvas: skia.Canvas, path: skia.Path, rgb: RGB | None = None) -> None:
        """Fill ``path`` (in ``rgb``, else the pen's colour) and outline it."""
        canvas.drawPath(path, skia.Paint(Color=skia.Color(*(rgb or self.rgb)), AntiAlias=True))
        canvas.drawPath(path, self.stroke())

    def knob(self, canvas: skia.Canvas, x: float, y: float, r: float) -> None:
        canvas.drawCircle(x, y, r, skia.Paint(Color=skia.Color(*self.outline), AntiAlias=True))


Box = tuple[float, float, float, float]
Drawer = Callable[[skia.Canvas, Box, Pen], None]


def round_stroke(rgb: RGB, width: float) -> skia.Paint:
    """A stroke ``width`` wide with round caps and joins: a limb (legs in trousers, a bare arm) or a line
    drawn in code."""
    return skia.Paint(
        Color=skia.Color(*rgb),
        AntiAlias=True,
        Style=skia.Paint.kStroke_Style,
        StrokeWidth=width,
        StrokeCap=skia.Paint.kRound_Cap,
        StrokeJoin=skia.Paint.kRound_Join,
    )


def rect(x0: float, y0: float, x1: float, y1: float) -> skia.Rect:
    return skia.Rect.MakeLTRB(x0, y0, x1, y1)


__all__ = ["Box", "Drawer", "Pen", "rect"]
