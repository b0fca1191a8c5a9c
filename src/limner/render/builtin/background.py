"""Background: a structured backdrop when the plan has layers, else the plan's colour with a faint
seeded "floor" band (a couple of levels darker).

Plain plans keep flat fills on purpose (and their bytes): the band is a single rectangle that
compresses to nothing. Layered plans are painted by :mod:`limner.render.builtin.backdrop`.
"""

from __future__ import annotations

import colorsys
import random

import skia

from limner.plan.model import Plan
from limner.render.builtin.backdrop import Backdrop, draw_backdrop
from limner.render.builtin.colors import RGB, parse_hex

#: How much darker (0..1 lightness) the floor band is than the plan colour.
FLOOR_SHADE = 0.012
DEFAULT_BACKGROUND: RGB = (244, 239, 230)


def shade(rgb: RGB, delta: float) -> RGB:
    h, light, s = colorsys.rgb_to_hls(*(c / 255 for c in rgb))
    r, g, b = colorsys.hls_to_rgb(h, min(1.0, max(0.0, light + delta)), s)
    return round(r * 255), round(g * 255), round(b * 255)


def draw_background(canvas: skia.Canvas, plan: Plan, width: int, height: int, seed: int) -> Backdrop:
    """Fill the canvas; returns what the object pass needs to know about the backdrop."""
    rgb = parse_hex(plan.canvas.background.color) or DEFAULT_BACKGROUND
    if plan.canvas.background.layers:
        return draw_backdrop(canvas, plan, width, height, seed, rgb)
    horizon = height * random.Random(f"limner-floor:{seed}").uniform(0.64, 0.76)
    canvas.save()  # the floor below paints every pixel under the horizon: fill only what is above it
    canvas.clipRect(skia.Rect.MakeLTRB(0, 0, width, round(horizon)))
    canvas.clear(skia.Color(*rgb))
    canvas.restore()
    delta = -FLOOR_SHADE if sum(rgb) > 96 else FLOOR_SHADE
    floor = skia.Paint(Color=skia.Color(*shade(rgb, delta)), AntiAlias=False)
    canvas.drawRect(skia.Rect.MakeLTRB(0, round(horizon), width, height), floor)
    return Backdrop(color=rgb, floor=float(round(horizon)))


__all__ = ["DEFAULT_BACKGROUND", "FLOOR_SHADE", "Backdrop", "draw_background", "shade"]
