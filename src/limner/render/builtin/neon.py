"""Neon signs drawn in code: a dark backing panel ringed by a glowing glass tube in one saturated
colour (the plan's, else one of a few neon hues), a squiggle of tube where nothing is written on it,
and whatever the plan writes on it lit in the same colour (:func:`neon_writing`). The placard emoji
drew them as blank wooden boards.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

import skia

from limner.assets.art import furniture_kind
from limner.plan.model import Element, Plan
from limner.render.builtin.colors import RGB
from limner.render.builtin.pen import Box, Drawer, Pen

NEON_PINK: RGB = (255, 64, 180)
#: Neon hues a sign without a plan colour takes, by where it stands (deterministic).
HUES: tuple[RGB, ...] = (NEON_PINK, (40, 230, 255), (255, 220, 40), (120, 255, 90), (255, 120, 40))
PANEL: RGB = (24, 20, 36)
NEON_KINDS = frozenset({"neon sign", "neon", "neon light"})


def tube_color(pen: Pen, box: Box) -> RGB:
    """The sign's tube colour: the plan's, else a neon hue picked by the box's position."""
    if pen.rgb != NEON_PINK:
        return pen.rgb
    return HUES[int(box[0] // 7 + box[1] // 11) % len(HUES)]


def glow_paints(rgb: RGB, width: float) -> tuple[skia.Paint, skia.Paint, skia.Paint]:
    """A tube's three strokes: a wide blurred glow, the coloured tube and its white-hot core."""

    def line(color: int, w: float, blur: float = 0.0) -> skia.Paint:
        paint = skia.Paint(
            Color=color,
            AntiAlias=True,
            Style=skia.Paint.kStroke_Style,
            StrokeWidth=w,
            StrokeCap=skia.Paint.kRound_Cap,
            StrokeJoin=skia.Paint.kRound_Join,
        )
        if blur > 0:
            paint.setMaskFilter(skia.MaskFilter.MakeBlur(skia.kNormal_BlurStyle, blur))
        return paint

    core = tuple(min(255, c + (255 - c) // 2) for c in rgb)
    return (
        line(skia.Color(*rgb, 170), width * 2.2, width * 0.9),
        line(skia.Color(*rgb), width),
        line(skia.Color(core[0], core[1], core[2]), max(1.0, width * 0.35)),
    )


def _stroke_glowing(canvas: skia.Canvas, path: skia.Path, rgb: RGB, width: float) -> None:
    for paint in glow_paints(rgb, width):
        canvas.drawPath(path, paint)


def _neon_sign(canvas: skia.Canvas, box: Box, pen: Pen) -> None:
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    rgb = tube_color(pen, box)
    tube = max(1.5, min(w, h) * 0.022)
    panel = skia.Rect.MakeLTRB(x0 + tube * 2, y0 + tube * 2, x1 - tube * 2, y1 - tube * 2)
    radius = min(w, h) * 0.12
    canvas.drawRoundRect(panel, radius, radius, skia.Paint(Color=skia.Color(*PANEL, 235), AntiAlias=True))
    ring = skia.Path()
    inset = tube * 4
    ring.addRRect(skia.RRect.MakeRectXY(panel.makeInset(inset, inset), radius * 0.7, radius * 0.7))
    _stroke_glowing(canvas, ring, rgb, tube)


def _neon_squiggle(canvas: skia.Canvas, box: Box, pen: Pen) -> None:
    """A sign with nothing written on it: its tube ring and a lit wave across it."""
    _neon_sign(canvas, box, pen)
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    rgb = tube_color(pen, box)
    other = HUES[(HUES.index(rgb) + 2) % len(HUES)] if rgb in HUES else rgb
    wave = skia.Path()
    wave.moveTo(x0 + w * 0.22, y0 + h * 0.5)
    for i in range(4):
        xa = x0 + w * (0.22 + 0.14 * i)
        wave.quadTo(xa + w * 0.07, y0 + h * (0.28 if i % 2 == 0 else 0.72), xa + w * 0.14, y0 + h * 0.5)
    _stroke_glowing(canvas, wave, other, max(1.5, min(w, h) * 0.04))


#: The kind a neon sign is drawn as when the plan writes on it: no squiggle under the words.
WRITTEN = "written neon"
NEON: Mapping[str, Drawer] = MappingProxyType(
    {**dict.fromkeys(sorted(NEON_KINDS), _neon_squiggle), WRITTEN: _neon_sign}
)
NEON_COLORS: Mapping[str, RGB] = MappingProxyType(dict.fromkeys((*sorted(NEON_KINDS), WRITTEN), NEON_PINK))


def is_neon(element: Element) -> bool:
    return element.kind == "object" and furniture_kind(element.noun) in NEON_KINDS


def neon_writing(plan: Plan, width: int, height: int) -> dict[str, RGB]:
    """The plan's text elements written on a neon sign (their centre on its box), each with the
    colour its tube glows: they are lit in it."""
    from limner.render.builtin.colors import element_color

    signs = [e for e in plan.elements if is_neon(e)]
    lit: dict[str, RGB] = {}
    for text in plan.elements:
        if text.kind != "text":
            continue
        cx, cy = (text.box[0] + text.box[2]) / 2, (text.box[1] + text.box[3]) / 2
        for sign in signs:
            x0, y0, x1, y1 = sign.box
            if x0 <= cx <= x1 and y0 <= cy <= y1:
                box = (x0 * width, y0 * height, x1 * width, y1 * height)
                own = element_color(sign.attributes)
                lit[text.id] = own if own is not None else HUES[int(box[0] // 7 + box[1] // 11) % len(HUES)]
                break
    return lit


__all__ = [
    "HUES",
    "NEON",
    "NEON_COLORS",
    "NEON_KINDS",
    "NEON_PINK",
    "WRITTEN",
    "glow_paints",
    "is_neon",
    "neon_writing",
]
