"""Interiors: a wall above the floor line with a window (the time of day shows through it), and a
counter line in front (a worktop edge over cabinet doors)."""

from __future__ import annotations

import skia

from limner.plan.model import Layer
from limner.render.builtin.backdrop.sky import cloud_path
from limner.render.builtin.backdrop.stage import Stage, layer_rgb
from limner.render.builtin.backdrop.style import DARK_STEP, LIGHT_STEP, fill, mix, shade, vertical_gradient
from limner.render.builtin.colors import RGB

VIEW: dict[str, tuple[RGB, RGB]] = {
    "day": ((142, 196, 236), (214, 236, 250)),
    "sunrise": ((150, 170, 220), (255, 206, 168)),
    "sunset": ((120, 110, 170), (255, 168, 112)),
    "night": ((22, 30, 64), (44, 58, 104)),
}


def draw_wall(canvas: skia.Canvas, layer: Layer, stage: Stage) -> None:
    rect = stage.rect(layer)
    rgb = layer_rgb(layer)
    if stage.night:
        rgb = mix(rgb, (30, 34, 60), 0.35)
    vertical_gradient(canvas, rect, shade(rgb, LIGHT_STEP * 0.5), shade(rgb, DARK_STEP * 0.5))
    if has_window(rect, stage):
        _window(canvas, rect, stage, rgb)


def window_pane(wall: skia.Rect, stage: Stage) -> skia.Rect:
    """Where the wall's window pane is (the seed picks its side)."""
    rng = stage.rng("window")
    h = wall.height() * 0.5
    w = min(wall.width() * 0.24, h * 1.1)
    x = wall.left() + wall.width() * rng.choice((0.12, 0.64, 0.7))
    y = wall.top() + wall.height() * 0.14
    return skia.Rect.MakeXYWH(x, y, w, h)


def has_window(wall: skia.Rect, stage: Stage) -> bool:
    return bool(wall.height() > stage.height * 0.25)


def _window(canvas: skia.Canvas, wall: skia.Rect, stage: Stage, wall_rgb: RGB) -> None:
    pane = window_pane(wall, stage)
    w, h = pane.width(), pane.height()
    frame_rgb = shade(wall_rgb, LIGHT_STEP * 2) if not stage.night else shade(wall_rgb, LIGHT_STEP)
    border = stage.unit * 2.5
    canvas.drawRect(pane.makeOutset(border, border), fill(frame_rgb))
    top, bottom = VIEW.get(stage.background.time_of_day or "day", VIEW["day"])
    vertical_gradient(canvas, pane, top, bottom)
    canvas.save()
    canvas.clipRect(pane, doAntiAlias=True)
    if stage.night:
        canvas.drawCircle(pane.left() + w * 0.7, pane.top() + h * 0.28, w * 0.1, fill((246, 241, 220)))
    else:
        canvas.drawPath(
            cloud_path(pane.left() + w * 0.1, pane.top() + h * 0.45, w * 0.55), fill((255, 255, 255), 220)
        )
    canvas.restore()
    mullion = fill(frame_rgb)
    canvas.drawRect(skia.Rect.MakeXYWH(pane.centerX() - border / 2, pane.top(), border, h), mullion)
    canvas.drawRect(skia.Rect.MakeXYWH(pane.left(), pane.centerY() - border / 2, w, border), mullion)
    sill = skia.Rect.MakeLTRB(
        pane.left() - border * 2,
        pane.bottom() + border,
        pane.right() + border * 2,
        pane.bottom() + border * 2.4,
    )
    canvas.drawRect(sill, fill(shade(frame_rgb, DARK_STEP * 0.6)))


def draw_counter(canvas: skia.Canvas, layer: Layer, stage: Stage) -> None:
    """A counter run across the span: worktop edge on top, cabinet doors with handles below."""
    rect = stage.rect(layer)
    rgb = layer_rgb(layer)
    top_h = max(stage.unit * 3, rect.height() * 0.12)
    worktop = skia.Rect.MakeLTRB(rect.left(), rect.top(), rect.right(), rect.top() + top_h)
    body = skia.Rect.MakeLTRB(rect.left(), worktop.bottom(), rect.right(), rect.bottom())
    vertical_gradient(canvas, body, shade(rgb, DARK_STEP * 0.5), shade(rgb, DARK_STEP * 1.2))
    canvas.drawRect(worktop, fill(shade(rgb, LIGHT_STEP * 1.5)))
    canvas.drawRect(
        skia.Rect.MakeLTRB(rect.left(), worktop.bottom(), rect.right(), worktop.bottom() + stage.unit),
        fill(shade(rgb, DARK_STEP * 2)),
    )
    door = max(rect.height() * 0.9, stage.width / 8)
    seam = fill(shade(rgb, DARK_STEP * 2))
    handle = fill(shade(rgb, LIGHT_STEP * 2.5))
    x = rect.left() + door
    while x < rect.right():
        canvas.drawRect(skia.Rect.MakeXYWH(x - stage.unit * 0.5, body.top(), stage.unit, body.height()), seam)
        hy = body.top() + body.height() * 0.18
        canvas.drawRRect(
            skia.RRect.MakeRectXY(
                skia.Rect.MakeXYWH(x - stage.unit * 3.5, hy, stage.unit * 1.4, body.height() * 0.18),
                stage.unit,
                stage.unit,
            ),
            handle,
        )
        x += door


__all__ = ["draw_counter", "draw_wall", "has_window", "window_pane"]
