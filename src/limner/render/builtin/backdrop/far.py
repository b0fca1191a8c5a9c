"""Far bands on the horizon: mountain ranges, rolling hills, a tree line, a city skyline.

Each is a flat silhouette filling its layer's span from the bottom up: a paler back row (toward the
sky: atmospheric perspective) behind a front row in the layer's colour.
"""

from __future__ import annotations

import random

import skia

from limner.plan.model import Layer
from limner.render.builtin.backdrop.stage import Stage, layer_rgb
from limner.render.builtin.backdrop.style import LIGHT_STEP, fill, mix, shade
from limner.render.builtin.colors import RGB

WINDOW_LIT: RGB = (255, 214, 120)


def _haze(rgb: RGB, stage: Stage) -> RGB:
    """The back row's colour: toward the sky (or toward night blue)."""
    target: RGB = (40, 52, 90) if stage.night else (226, 234, 244)
    return mix(rgb, target, 0.35)


def _ridge(rect: skia.Rect, rng: random.Random, peaks: int, low: float, high: float) -> skia.Path:
    """A jagged ridge across ``rect``: peaks between ``low`` and ``high`` of its height from the top."""
    path = skia.Path()
    path.moveTo(rect.left(), rect.bottom())
    step = rect.width() / peaks
    path.lineTo(rect.left(), rect.top() + rect.height() * rng.uniform(low, high) + rect.height() * 0.25)
    for i in range(peaks):
        px = rect.left() + step * (i + rng.uniform(0.3, 0.7))
        py = rect.top() + rect.height() * rng.uniform(low, high)
        path.lineTo(px, py)
        vx = rect.left() + step * (i + 1)
        path.lineTo(vx, py + rect.height() * rng.uniform(0.25, 0.5))
    path.lineTo(rect.right(), rect.bottom())
    path.close()
    return path


def draw_mountains(canvas: skia.Canvas, layer: Layer, stage: Stage) -> None:
    rect = stage.rect(layer)
    rgb = layer_rgb(layer)
    rng = stage.rng("mountains")
    canvas.drawPath(_ridge(rect, rng, rng.randint(3, 4), 0.0, 0.25), fill(_haze(rgb, stage)))
    front = _ridge(rect, rng, rng.randint(2, 4), 0.2, 0.5)
    canvas.drawPath(front, fill(rgb))
    # one shading rule: the lit left flank a step lighter
    canvas.save()
    canvas.clipPath(front, doAntiAlias=True)
    canvas.clipRect(skia.Rect.MakeLTRB(rect.left(), rect.top(), rect.right(), rect.bottom()))
    canvas.drawRect(
        skia.Rect.MakeLTRB(rect.left(), rect.top() + rect.height() * 0.88, rect.right(), rect.bottom()),
        fill(shade(rgb, -0.04)),
    )
    canvas.restore()


def draw_hills(canvas: skia.Canvas, layer: Layer, stage: Stage) -> None:
    rect = stage.rect(layer)
    rgb = layer_rgb(layer)
    rng = stage.rng("hills")
    for row, (tone, low) in enumerate(((_haze(rgb, stage), 0.0), (rgb, 0.35))):
        n = rng.randint(2, 3) + row
        for i in range(n):
            cx = rect.left() + rect.width() * (i + rng.uniform(0.1, 0.9)) / n
            rx = rect.width() * rng.uniform(0.35, 0.55)
            top = rect.top() + rect.height() * (low + rng.uniform(0.0, 0.2))
            oval = skia.Rect.MakeLTRB(cx - rx, top, cx + rx, rect.bottom() + (rect.bottom() - top))
            canvas.save()
            canvas.clipRect(rect)
            canvas.drawOval(oval, fill(tone))
            canvas.restore()


def draw_trees(canvas: skia.Canvas, layer: Layer, stage: Stage) -> None:
    """A tree line: a row of round crowns over a band, a few conifers among them."""
    rect = stage.rect(layer)
    rgb = layer_rgb(layer)
    rng = stage.rng("trees")
    h = rect.height()
    for tone, top_share, scale in ((_haze(rgb, stage), 0.0, 1.0), (rgb, 0.3, 0.8)):
        base = rect.top() + h * (top_share + 0.45)
        path = skia.Path()
        path.addRect(skia.Rect.MakeLTRB(rect.left(), base, rect.right(), rect.bottom()))
        x = rect.left() - h * 0.2
        while x < rect.right() + h * 0.2:
            r = h * scale * rng.uniform(0.2, 0.32)
            if rng.random() < 0.25:
                path.moveTo(x - r, base + r * 0.2)
                path.lineTo(x, base - r * 2.2)
                path.lineTo(x + r, base + r * 0.2)
                path.close()
            else:
                path.addCircle(x, base - r * 0.3, r)
            x += r * rng.uniform(1.2, 1.7)
        canvas.drawPath(path, fill(tone))


def draw_skyline(canvas: skia.Canvas, layer: Layer, stage: Stage) -> None:
    """City blocks: rectangles of varied height and width, with rows of windows."""
    rect = stage.rect(layer)
    rgb = layer_rgb(layer)
    rng = stage.rng("skyline")
    h = rect.height()
    unit = stage.unit
    windows = skia.Path()
    for row, tone in enumerate((_haze(rgb, stage), rgb)):
        x = rect.left() - rng.uniform(0, h * 0.2)
        while x < rect.right():
            w = h * rng.uniform(0.25, 0.5)
            top = rect.top() + h * (rng.uniform(0.0, 0.35) + 0.2 * row)
            block = skia.Rect.MakeLTRB(x, top, x + w, rect.bottom())
            canvas.drawRect(block, fill(tone))
            if row == 1:
                win = max(2.0, unit * 2.2)
                gap = win * 1.9
                wy = top + gap
                while wy + win < rect.bottom() - gap:
                    wx = x + gap * 0.8
                    while wx + win < x + w - gap * 0.5:
                        if rng.random() < (0.45 if stage.night else 0.8):
                            windows.addRect(skia.Rect.MakeXYWH(wx, wy, win, win * 1.3))
                        wx += gap
                    wy += gap * 1.3
            x += w + rng.uniform(0.0, h * 0.06)
    canvas.drawPath(windows, fill(WINDOW_LIT if stage.night else shade(rgb, LIGHT_STEP * 1.5)))


__all__ = ["draw_hills", "draw_mountains", "draw_skyline", "draw_trees"]
