"""Sky and space: a vertical gradient by time of day, with sun or moon, stars and a few clouds."""

from __future__ import annotations

import skia

from limner.plan.model import Layer
from limner.render.builtin.backdrop.stage import Stage, layer_rgb
from limner.render.builtin.backdrop.style import fill, mix, shade, vertical_gradient
from limner.render.builtin.colors import RGB

#: The colour the sky lightens toward at the horizon, by time of day.
GLOW: dict[str, RGB] = {
    "day": (255, 255, 255),
    "sunrise": (255, 214, 170),
    "sunset": (255, 176, 112),
}
SUN: dict[str, RGB] = {"day": (255, 236, 150), "sunrise": (255, 200, 120), "sunset": (255, 150, 80)}
MOON: RGB = (246, 241, 220)
CLOUD_COUNT = {"clear": 2, "cloudy": 5, "rain": 6, "storm": 7, "snow": 5, "fog": 3}


def sky_colors(layer: Layer, time_of_day: str | None) -> tuple[RGB, RGB]:
    """(top, horizon) colours of the sky gradient."""
    base = layer_rgb(layer)
    when = time_of_day or "day"
    if when == "night":
        return shade(base, -0.04), shade(base, 0.1)
    return shade(base, -0.06), mix(base, GLOW.get(when, GLOW["day"]), 0.55)


def draw_sky(canvas: skia.Canvas, layer: Layer, stage: Stage) -> None:
    rect = stage.rect(layer)
    top, bottom = sky_colors(layer, stage.background.time_of_day)
    vertical_gradient(canvas, rect, top, bottom)
    when = stage.background.time_of_day or "day"
    weather = stage.background.weather or "clear"
    if when == "night":  # the moon is the scene's light source: in front of the clouds
        _stars(canvas, rect, stage, count=40, color=(250, 248, 235))
        _clouds(canvas, rect, stage, CLOUD_COUNT.get(weather, 2), bottom)
        _moon(canvas, rect, stage, bottom)
        return
    if weather in {"clear", "cloudy"}:
        _sun(canvas, rect, stage, when)
    _clouds(canvas, rect, stage, CLOUD_COUNT.get(weather, 2), bottom)


def draw_space(canvas: skia.Canvas, layer: Layer, stage: Stage) -> None:
    rect = stage.rect(layer)
    base = layer_rgb(layer)
    vertical_gradient(canvas, rect, shade(base, -0.04), shade(base, 0.06))
    _stars(canvas, rect, stage, count=110, color=(255, 255, 255))


def _stars(canvas: skia.Canvas, rect: skia.Rect, stage: Stage, count: int, color: RGB) -> None:
    """Seeded dots in a few sizes and brightnesses (one path per brightness), and a few twinkles."""
    rng = stage.rng("stars")
    area = rect.width() * rect.height() / (1024 * 1024)
    n = max(8, round(count * min(2.0, area * 1.6)))
    paths = {alpha: skia.Path() for alpha in (150, 200, 255)}
    for _ in range(n):
        x = rng.uniform(rect.left(), rect.right())
        y = rng.uniform(rect.top(), rect.top() + rect.height() * 0.92)
        r = stage.unit * rng.choice((0.35, 0.5, 0.5, 0.8, 1.1))
        paths[rng.choice((150, 200, 255))].addCircle(x, y, r)
    for alpha, path in paths.items():
        canvas.drawPath(path, fill(color, alpha))
    for _ in range(max(1, n // 25)):  # a few four-point twinkles
        x = rng.uniform(rect.left(), rect.right())
        y = rng.uniform(rect.top(), rect.top() + rect.height() * 0.6)
        _twinkle(canvas, x, y, stage.unit * 2.6, color)


def _twinkle(canvas: skia.Canvas, x: float, y: float, r: float, color: RGB) -> None:
    """A four-point star: quadratic curves pinched through its centre."""
    tips = [(x, y - r), (x + r, y), (x, y + r), (x - r, y)]
    path = skia.Path()
    path.moveTo(*tips[0])
    for tip in tips[1:] + tips[:1]:
        path.quadTo(x, y, *tip)
    canvas.drawPath(path, fill(color, 230))


def _sun(canvas: skia.Canvas, rect: skia.Rect, stage: Stage, when: str) -> None:
    rng = stage.rng("sun")
    side = min(stage.width, stage.height)
    if when == "day":
        x = rect.left() + rect.width() * rng.choice((0.16, 0.8, 0.86))
        y = rect.top() + rect.height() * 0.22
        r = side * 0.055
    else:  # low, large, partly below the horizon (the far bands and ground hide its lower part)
        x = rect.left() + rect.width() * rng.uniform(0.55, 0.72)
        y = rect.bottom() - side * 0.02
        r = side * 0.09
    color = SUN.get(when, SUN["day"])
    canvas.drawCircle(x, y, r * 1.6, fill(color, 50))
    canvas.drawCircle(x, y, r, fill(color))


def _moon(canvas: skia.Canvas, rect: skia.Rect, stage: Stage, sky: RGB) -> None:
    rng = stage.rng("moon")
    side = min(stage.width, stage.height)
    x = rect.left() + rect.width() * rng.choice((0.18, 0.78, 0.84))
    y = rect.top() + rect.height() * 0.2
    r = side * 0.045
    canvas.drawCircle(x, y, r * 1.9, fill(MOON, 28))
    canvas.save()
    crescent = skia.Path()
    crescent.addCircle(x + r * 0.45, y - r * 0.2, r * 0.85)
    canvas.clipPath(crescent, skia.ClipOp.kDifference, True)
    canvas.drawCircle(x, y, r, fill(MOON))
    canvas.restore()


def cloud_path(x: float, y: float, w: float) -> skia.Path:
    """A flat cartoon cloud: a rounded base with three puffs, ``w`` wide, base line at ``y``."""
    h = w * 0.3
    path = skia.Path()
    path.addRRect(skia.RRect.MakeRectXY(skia.Rect.MakeXYWH(x, y - h * 0.55, w, h * 0.55), h * 0.27, h * 0.27))
    path.addCircle(x + w * 0.3, y - h * 0.5, h * 0.42)
    path.addCircle(x + w * 0.55, y - h * 0.62, h * 0.55)
    path.addCircle(x + w * 0.76, y - h * 0.45, h * 0.36)
    return path


def _clouds(canvas: skia.Canvas, rect: skia.Rect, stage: Stage, count: int, sky: RGB) -> None:
    rng = stage.rng("clouds")
    weather = stage.background.weather or "clear"
    tone: RGB = (255, 255, 255)
    if weather in {"rain", "storm"}:
        tone = (150, 156, 168) if weather == "rain" else (104, 108, 122)
    elif weather in {"cloudy", "snow", "fog"}:
        tone = (232, 236, 242)
    if stage.night:
        tone = mix(tone, sky, 0.65)
    elif stage.background.time_of_day in {"sunset", "sunrise"}:
        tone = mix(tone, (255, 190, 170), 0.35)
    slots = sorted(rng.sample(range(12), min(count, 12)))
    for slot in slots:
        w = rect.width() * rng.uniform(0.14, 0.24) * (1.3 if weather in {"rain", "storm"} else 1.0)
        x = rect.left() + rect.width() * (slot / 12) + rng.uniform(-0.02, 0.02) * rect.width()
        y = rect.top() + rect.height() * rng.uniform(0.18, 0.55)
        alpha = 255
        canvas.drawPath(cloud_path(x, y, w), fill(tone, alpha))
        shadow = skia.Rect.MakeXYWH(x + w * 0.08, y - w * 0.025, w * 0.84, w * 0.025)
        canvas.drawRect(shadow, fill(shade(tone, -0.06), alpha // 3))


__all__ = ["cloud_path", "draw_sky", "draw_space", "sky_colors"]
