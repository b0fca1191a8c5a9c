"""The ground plane: grass, sand, snow, road or floor, lighter at the horizon and darker toward the
viewer, with a little material texture; and water with highlight lines."""

from __future__ import annotations

import skia

from limner.plan.model import Layer
from limner.render.builtin.backdrop.stage import Stage, layer_rgb
from limner.render.builtin.backdrop.style import DARK_STEP, LIGHT_STEP, fill, shade, stroke, vertical_gradient
from limner.render.builtin.colors import RGB

#: Grass tufts per ground band.
TUFTS = 28


def ground_colors(rgb: RGB) -> tuple[RGB, RGB]:
    """(far, near) colours of a ground band: a step lighter at the horizon, a step darker in front."""
    return shade(rgb, LIGHT_STEP * 0.6), shade(rgb, DARK_STEP)


def draw_ground(canvas: skia.Canvas, layer: Layer, stage: Stage) -> None:
    rect = stage.rect(layer)
    rgb = layer_rgb(layer)
    far, near = ground_colors(rgb)
    vertical_gradient(canvas, rect, far, near)
    material = (layer.material or "").lower()
    if material in {"road", "asphalt", "street"}:
        _road(canvas, rect, stage, rgb)
    elif material in {"wood", "planks", "parquet"}:
        _planks(canvas, rect, stage, rgb)
    elif material in {"tile", "tiles", "stone"}:
        _tiles(canvas, rect, stage, rgb)
    elif material in {"sand", "snow"}:
        _ripples(canvas, rect, stage, rgb)
    elif material in {"grass", "lawn", "meadow", ""}:
        _tufts(canvas, rect, stage, rgb)


def draw_floor(canvas: skia.Canvas, layer: Layer, stage: Stage) -> None:
    """An interior floor: the ground rule, wood planks by default, and a baseboard at the floor line."""
    if layer.material is None:
        layer = layer.model_copy(update={"material": "wood"})
    draw_ground(canvas, layer, stage)
    rect = stage.rect(layer)
    canvas.drawRect(
        skia.Rect.MakeLTRB(rect.left(), rect.top(), rect.right(), rect.top() + stage.unit * 2),
        fill(shade(layer_rgb(layer), DARK_STEP * 1.5)),
    )


def draw_water(canvas: skia.Canvas, layer: Layer, stage: Stage) -> None:
    rect = stage.rect(layer)
    rgb = layer_rgb(layer)
    far, near = ground_colors(rgb)
    vertical_gradient(canvas, rect, far, near)
    rng = stage.rng("water")
    h = rect.height()
    count = max(6, min(40, round(h / (stage.unit * 9))))
    path = skia.Path()
    for i in range(count):
        t = (i + rng.uniform(0.1, 0.9)) / count
        y = rect.top() + h * t * t  # denser toward the horizon: perspective
        w = rect.width() * rng.uniform(0.04, 0.12) * (0.5 + t)
        x = rng.uniform(rect.left(), rect.right() - w)
        path.moveTo(x, y)
        path.lineTo(x + w, y)
    canvas.drawPath(path, stroke(shade(rgb, LIGHT_STEP * 2), stage.unit * 1.1, 170))


def _tufts(canvas: skia.Canvas, rect: skia.Rect, stage: Stage, rgb: RGB) -> None:
    """Grass tufts, larger toward the viewer, stroked as one path."""
    rng = stage.rng("tufts")
    path = skia.Path()
    for _ in range(TUFTS):
        t = rng.random()
        y = rect.top() + rect.height() * (0.1 + 0.9 * t)
        x = rng.uniform(rect.left(), rect.right())
        s = stage.unit * (1.5 + 3 * t)
        for dx in (-0.6, 0.0, 0.6):
            path.moveTo(x + dx * s * 0.6, y)
            path.lineTo(x + dx * s, y - s * (1.3 - abs(dx) * 0.5))
    canvas.drawPath(path, stroke(shade(rgb, DARK_STEP * 1.4), stage.unit * 0.8, 150))


def _ripples(canvas: skia.Canvas, rect: skia.Rect, stage: Stage, rgb: RGB) -> None:
    rng = stage.rng("ripples")
    path = skia.Path()
    for i in range(12):
        t = (i + rng.random()) / 12
        y = rect.top() + rect.height() * t
        w = rect.width() * rng.uniform(0.05, 0.12) * (0.6 + t)
        x = rng.uniform(rect.left(), rect.right() - w)
        path.moveTo(x, y)
        path.quadTo(x + w / 2, y - stage.unit * (1 + 2 * t), x + w, y)
    canvas.drawPath(path, stroke(shade(rgb, DARK_STEP), stage.unit * 1.1, 120))


def _road(canvas: skia.Canvas, rect: skia.Rect, stage: Stage, rgb: RGB) -> None:
    mid = rect.top() + rect.height() * 0.55
    dash = rect.width() / 14
    paint = fill((236, 236, 220), 220)
    x = rect.left() + dash * 0.3
    while x < rect.right():
        canvas.drawRect(skia.Rect.MakeXYWH(x, mid, dash * 0.6, stage.unit * 1.6), paint)
        x += dash
    kerb = fill(shade(rgb, LIGHT_STEP * 2))
    canvas.drawRect(
        skia.Rect.MakeLTRB(rect.left(), rect.top(), rect.right(), rect.top() + stage.unit * 2), kerb
    )


def _planks(canvas: skia.Canvas, rect: skia.Rect, stage: Stage, rgb: RGB) -> None:
    """Floorboards: horizontal joints spaced wider toward the viewer, staggered end joints."""
    rng = stage.rng("planks")
    line = stroke(shade(rgb, DARK_STEP * 1.2), stage.unit * 0.6, 150)
    y, gap, row = rect.top(), rect.height() * 0.07, 0
    while y < rect.bottom():
        nxt = min(rect.bottom(), y + gap)
        canvas.drawLine(rect.left(), nxt, rect.right(), nxt, line)
        length = rect.width() * (0.22 + 0.05 * row)
        x = rng.uniform(0, length)
        while x < rect.right():
            canvas.drawLine(x, y, x, nxt, line)
            x += length
        y, gap, row = nxt, gap * 1.3, row + 1


def _tiles(canvas: skia.Canvas, rect: skia.Rect, stage: Stage, rgb: RGB) -> None:
    """Floor tiles in one-point perspective: lines converging on the centre of the horizon."""
    line = stroke(shade(rgb, DARK_STEP * 1.2), stage.unit * 0.6, 150)
    vx = rect.centerX()
    n = 9
    for i in range(-n, n + 1):
        bottom_x = vx + i * rect.width() / n * 0.9
        top_x = vx + i * rect.width() / n * 0.35
        canvas.drawLine(top_x, rect.top(), bottom_x, rect.bottom(), line)
    y, gap = rect.top(), rect.height() * 0.1
    while y < rect.bottom():
        y += gap
        canvas.drawLine(rect.left(), y, rect.right(), y, line)
        gap *= 1.35


__all__ = ["draw_floor", "draw_ground", "draw_water", "ground_colors"]
