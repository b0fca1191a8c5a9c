"""Hills, drawn in code: the art tables drew a hill as a mountain (⛰️), a small steep mound that whoever
was on it ("a boy flying a kite on a windy hill") balanced on like a statue on a plinth.

A hill is a broad rise of the ground: a smooth swell spanning most of the picture's width, its crest
at the top of the plan's box, its foot merging into the ground band in the ground's own colour (a
shade lighter toward the sunlit crest, a faint darker line along its brow). Whatever the plan puts on
it stands on its curve where it is, not on the box's flat top. Mountains keep their art.
"""

from __future__ import annotations

import math

import skia

from limner.plan.model import Element, Plan
from limner.render.builtin.backdrop.style import shade
from limner.render.builtin.colors import RGB

Box = tuple[float, float, float, float]

#: The nouns drawn as a hill.
HILLS = frozenset({"hill", "hillside", "hilltop", "knoll", "hillock", "slope", "ski slope"})
#: Relations that stand their subject on a hill.
ON = frozenset({"on", "atop", "on_top_of", "stands_on"})
#: The hill's span, a share of the canvas width at least, and of its box's width at least.
SPAN_CANVAS = 0.9
SPAN_BOX = 1.8
#: The least rise of a hill's crest above its foot, a share of the canvas height.
RISE = 0.14
#: How far below its foot the hill fades into the ground, a share of the canvas height.
FADE = 0.06
#: How many points trace the hill's brow.
STEPS = 48
#: How much lighter the crest is than the ground at the hill's foot.
CREST_LIGHT = 0.1


def hill_span(box: Box, width: float) -> tuple[float, float]:
    """The left and right ends (pixels) of the hill planned in pixel ``box`` on a canvas ``width`` wide."""
    middle = (box[0] + box[2]) / 2
    half = max(width * SPAN_CANVAS, (box[2] - box[0]) * SPAN_BOX) / 2
    return middle - half, middle + half


def hill_foot(box: Box, ground: float | None) -> float:
    """Where (y, pixels) the hill in ``box`` meets the ground: the ground line, else its box's bottom."""
    return box[3] if ground is None else min(max(ground, box[1] + 1.0), box[3])


def crest(box: Box, height: float, ground: float | None) -> float:
    """The height (y, pixels) of the crest of the hill in ``box``: its box's top, and at least
    :data:`RISE` of the canvas ``height`` above its foot (a plan may lay a hill low and flat)."""
    return min(box[1], hill_foot(box, ground) - height * RISE)


def brow(box: Box, size: tuple[float, float], ground: float | None, x: float) -> float:
    """The height (y, pixels) of the brow at ``x`` of the hill in ``box`` on a canvas of ``size``: its
    crest over its box's middle, the ground at its ends."""
    left, right = hill_span(box, size[0])
    foot = hill_foot(box, ground)
    middle, half = (left + right) / 2, (right - left) / 2
    t = min(abs(x - middle) / half, 1.0)
    return foot - (foot - crest(box, size[1], ground)) * (0.5 + 0.5 * math.cos(math.pi * t))


def draw_hill(
    canvas: skia.Canvas, box: Box, width: float, height: float, ground: float | None, grass: RGB
) -> None:
    """A hill planned in pixel ``box``: a broad swell of ``grass`` rising from the ground line
    ``ground`` (None: its box's bottom) to its crest, filled down to the canvas's bottom."""
    left, right = hill_span(box, width)
    path = skia.Path()
    path.moveTo(left, hill_foot(box, ground))
    for i in range(1, STEPS + 1):
        x = left + (right - left) * i / STEPS
        path.lineTo(x, brow(box, (width, height), ground, x))
    line = skia.Path(path)
    foot = hill_foot(box, ground)
    fade = foot + height * FADE  # below its foot it fades into the ground band: no seam, no edge
    path.lineTo(right, fade)
    path.lineTo(left, fade)
    path.close()
    top = crest(box, height, ground)
    colors = [skia.Color(*shade(grass, CREST_LIGHT)), skia.Color(*grass), skia.Color(*grass, 0)]
    shader = skia.GradientShader.MakeLinear(
        [(0.0, top), (0.0, fade)], colors, [0.0, (foot - top) / max(fade - top, 1e-6), 1.0]
    )
    canvas.drawPath(path, skia.Paint(Shader=shader, AntiAlias=True))
    edge = skia.Paint(
        Color=skia.Color(*shade(grass, -0.12)),
        AntiAlias=True,
        Style=skia.Paint.kStroke_Style,
        StrokeWidth=max(1.0, height * 0.004),
    )
    canvas.drawPath(line, edge)


def on_hills(plan: Plan, hill_ids: frozenset[str]) -> dict[str, Element]:
    """The things the plan stands on a hill, by id: the hill."""
    by_id = {e.id: e for e in plan.elements if e.kind == "object"}
    found: dict[str, Element] = {}
    for rel in plan.relations:
        hill = by_id.get(str(rel.object))
        if rel.predicate in ON and hill is not None and hill.id in hill_ids and rel.subject not in found:
            found[rel.subject] = hill
    return found


def on_brow(box: Box, hill: Box, size: tuple[float, float], ground: float | None) -> Box:
    """The pixel ``box`` of something standing on the hill planned in ``hill`` (on a canvas of
    ``size``), moved down or up so that its bottom middle is on the hill's brow, sunk a hair in."""
    y = brow(hill, size, ground, (box[0] + box[2]) / 2) + (box[3] - box[1]) * 0.01
    return (box[0], y - (box[3] - box[1]), box[2], y)


__all__ = ["HILLS", "RISE", "brow", "crest", "draw_hill", "hill_span", "on_brow", "on_hills"]
