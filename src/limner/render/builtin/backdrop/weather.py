"""Overlays on the finished backdrop: rain streaks, snow dots, a fog veil, a storm's lightning bolt;
underwater light rays and bubbles. Drawn behind the scene's objects, so objects keep their exact
colours."""

from __future__ import annotations

import skia

from limner.render.builtin.backdrop.stage import Stage
from limner.render.builtin.backdrop.style import fill, stroke
from limner.render.builtin.colors import RGB

UNDERWATER = frozenset(
    {"underwater", "under water", "under the sea", "ocean floor", "sea floor", "reef", "aquarium"}
)


def draw_weather(canvas: skia.Canvas, stage: Stage, sky: RGB) -> None:
    weather = stage.background.weather
    if weather in {"rain", "storm"}:
        _rain(canvas, stage, heavy=weather == "storm")
    if weather == "storm":
        _lightning(canvas, stage)
    elif weather == "snow":
        _snow(canvas, stage)
    elif weather == "fog":
        _fog(canvas, stage, sky)
    setting = (stage.background.setting or "").lower()
    if setting in UNDERWATER:
        _underwater(canvas, stage)


def _rain(canvas: skia.Canvas, stage: Stage, heavy: bool) -> None:
    rng = stage.rng("rain")
    n = round(stage.width * stage.height / (1024 * 1024) * (260 if heavy else 170))
    length = stage.height * 0.035
    path = skia.Path()
    for _ in range(max(20, n)):
        x = rng.uniform(0, stage.width)
        y = rng.uniform(-length, stage.height)
        path.moveTo(x, y)
        path.lineTo(x - length * 0.25, y + length)
    canvas.drawPath(path, stroke((214, 224, 240), stage.unit * 0.5, 120))


#: A storm's lightning: its colour, and the shares of the sky it runs down (from the clouds to above
#: the horizon), the zigzag's steps, and how wide the bolt is (share of the canvas's shorter side).
BOLT: RGB = (255, 240, 150)
BOLT_SPAN = (0.16, 0.82)
BOLT_STEPS = 4
BOLT_WIDTH = 0.022


def bolt_path(x: float, top: float, bottom: float, width: float, swings: list[float]) -> skia.Path:
    """A zigzag lightning bolt from (``x``, ``top``) down to ``bottom``, ``width`` wide, its joints
    swung sideways by ``swings`` (one per step, shares of ``width``): a polygon, broad at the top,
    pointed at the foot."""
    steps = len(swings)
    left: list[tuple[float, float]] = []
    right: list[tuple[float, float]] = []
    cx = x
    for i, swing in enumerate(swings):
        y = top + (bottom - top) * i / steps
        half = width * (1.0 - i / (steps + 1)) / 2
        left.append((cx - half, y))
        right.append((cx + half, y + width * 0.35))
        cx += swing * width
    path = skia.Path()
    path.moveTo(*left[0])
    for point in left[1:]:
        path.lineTo(*point)
    path.lineTo(cx, bottom)
    for point in reversed(right):
        path.lineTo(*point)
    path.close()
    return path


def _lightning(canvas: skia.Canvas, stage: Stage) -> None:
    """One lightning bolt from the clouds toward the horizon, off the middle, with a soft glow."""
    rng = stage.rng("lightning")
    horizon = stage.background.horizon if stage.background.horizon is not None else 0.6
    sky = horizon * stage.height
    x = stage.width * rng.choice((rng.uniform(0.12, 0.3), rng.uniform(0.7, 0.88)))
    top, bottom = sky * BOLT_SPAN[0], sky * BOLT_SPAN[1]
    width = min(stage.width, stage.height) * BOLT_WIDTH
    swings = [rng.uniform(0.8, 1.6) * (1 if i % 2 == 0 else -1) for i in range(BOLT_STEPS)]
    path = bolt_path(x, top, bottom, width * 2.2, swings)
    canvas.drawPath(path, stroke(BOLT, width * 0.9, 70))  # the glow
    canvas.drawPath(path, fill(BOLT, 255))


def _snow(canvas: skia.Canvas, stage: Stage) -> None:
    rng = stage.rng("snow")
    n = round(stage.width * stage.height / (1024 * 1024) * 160)
    path = skia.Path()
    for _ in range(max(20, n)):
        x = rng.uniform(0, stage.width)
        y = rng.uniform(0, stage.height)
        path.addCircle(x, y, stage.unit * rng.choice((0.6, 0.9, 1.2, 1.6)))
    canvas.drawPath(path, fill((255, 255, 255), 215))


def _fog(canvas: skia.Canvas, stage: Stage, sky: RGB) -> None:
    """A veil strongest at the horizon (far things fade), thinning toward the viewer."""
    horizon = stage.background.horizon if stage.background.horizon is not None else 0.6
    y = horizon * stage.height
    tone: RGB = (222, 226, 232) if not stage.night else (70, 78, 100)
    colors = [int(skia.Color(*tone, 0)), int(skia.Color(*tone, 170)), int(skia.Color(*tone, 0))]
    shader = skia.GradientShader.MakeLinear(
        [skia.Point(0, y - stage.height * 0.45), skia.Point(0, y + stage.height * 0.4)], colors
    )
    canvas.drawRect(skia.Rect.MakeWH(stage.width, stage.height), skia.Paint(Shader=shader))


def _underwater(canvas: skia.Canvas, stage: Stage) -> None:
    rng = stage.rng("underwater")
    w, h = stage.width, stage.height
    for _ in range(4):
        x = rng.uniform(0.05, 0.9) * w
        spread = rng.uniform(0.04, 0.09) * w
        path = skia.Path()
        path.moveTo(x, 0)
        path.lineTo(x + spread * 0.6, 0)
        path.lineTo(x + spread * 2.2, h * 0.85)
        path.lineTo(x + spread * 0.4, h * 0.85)
        path.close()
        canvas.drawPath(path, fill((255, 255, 255), 26))
    ring = stroke((235, 248, 255), stage.unit * 0.6, 190)
    for _ in range(3):  # three rising columns of bubbles
        x = rng.uniform(0.05, 0.95) * w
        y = rng.uniform(0.5, 0.9) * h
        r = stage.unit * 2.5
        for _ in range(6):
            canvas.drawCircle(x + rng.uniform(-r, r), y, r, ring)
            y -= stage.unit * rng.uniform(7.0, 11.0)
            r *= 0.85


__all__ = ["BOLT", "UNDERWATER", "bolt_path", "draw_weather"]
