"""Swimmers in the water: a person or a four-legged animal the plan poses ``swimming`` where its box
lies in water (the setting's sea, lake or pool, or a pond the plan draws) shows only above the
waterline, head and shoulders (or head and back) out of the water, with ripples around it; they stood
on the water's surface, whole, as if on a floor. Fish, birds and boats keep their art (a duck floats
as drawn, a fish swims under the water).
"""

from __future__ import annotations

import skia

from limner.assets.anchors import body_kind
from limner.plan.model import Element
from limner.reason.concepts import concept
from limner.render.builtin.backdrop.style import mix
from limner.render.builtin.colors import RGB
from limner.render.builtin.seated import Box, can_sit

#: Where the waterline crosses a swimmer's box (a share of its height from the top): a person's
#: chest, a four-legged animal's back.
WATERLINE = {"person": 0.36, "quadruped": 0.46}
RIPPLE: RGB = (236, 246, 252)
#: How far below the water's top edge (a share of its depth) a swimmer brought down into it floats.
SUBMERGE = 0.12


def _body(element: Element, emoji: str) -> str | None:
    """The kind of body that swims at the surface (``person``, ``quadruped``), else None."""
    if can_sit(emoji):
        return "person"
    found = concept(element.noun)
    if found is not None and found.category == "animal" and body_kind("animal", element.noun) == "quadruped":
        return "quadruped" if not any(h in ("fish", "aquatic vertebrate") for h in found.hypernyms) else None
    return None


def waterline(
    element: Element, emoji: str, box: Box, water: tuple[tuple[float, float], ...], pools: tuple[Box, ...]
) -> tuple[float, float] | None:
    """``(line, drop)``: the y (pixels) of the waterline a swimmer is cut at and how far (pixels) it is
    drawn below its box, when ``element`` swims in ``water`` (the setting's spans) or one of the
    ``pools`` (ponds, pixel boxes); None when it does not. A swimmer whose box reaches into the water
    but whose waterline is above it (a man swimming in the sea, standing on the horizon) goes down
    until it is in."""
    if element.attributes.get("pose") != "swimming":
        return None
    body = _body(element, emoji)
    if body is None:
        return None
    x0, y0, x1, y1 = box
    line = y0 + (y1 - y0) * WATERLINE[body]
    middle = (x0 + x1) / 2
    spans = [*water, *((p[1], p[3]) for p in pools if p[0] <= middle <= p[2])]
    for top, bottom in spans:
        if top <= line <= bottom:
            return line, 0.0
        if line < top <= y1 <= bottom + (y1 - y0):  # standing in it: down into it
            drop = top - line + (bottom - top) * SUBMERGE
            return line + drop, drop
    return None


def draw_ripples(canvas: skia.Canvas, box: Box, line: float, water: RGB, unit: float) -> None:
    """Two pale rings on the water around a swimmer cut at ``line`` in its pixel ``box``."""
    x0, _, x1, _ = box
    w = x1 - x0
    middle = (x0 + x1) / 2
    paint = skia.Paint(
        Color=skia.Color(*mix(water, RIPPLE, 0.75)),
        AntiAlias=True,
        Style=skia.Paint.kStroke_Style,
        StrokeWidth=max(1.5, unit * 1.4),
    )
    for share, depth in ((0.42, 0.05), (0.55, 0.09)):
        half = w * share
        canvas.drawOval(
            skia.Rect.MakeLTRB(middle - half, line - w * depth, middle + half, line + w * depth), paint
        )
        paint.setColor(skia.Color(*mix(water, RIPPLE, 0.45)))


__all__ = ["WATERLINE", "draw_ripples", "waterline"]
