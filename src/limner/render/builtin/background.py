"""Background: a structured backdrop when the plan has layers, else the plan's colour with a faint
seeded "floor" band (a couple of levels darker).

Plain plans keep flat fills on purpose (and their bytes): the band is a single rectangle that
compresses to nothing. Layered plans are painted by :mod:`limner.render.builtin.backdrop`.
"""

from __future__ import annotations

import colorsys
import random

import numpy as np
import numpy.typing as npt
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


def _word(rgb: RGB) -> np.uint32:
    """An opaque colour as one RGBA8888 pixel word (the bytes r, g, b, 255 in memory order)."""
    word: np.uint32 = np.frombuffer(bytes((*rgb, 255)), np.uint32)[0]
    return word


def fill_rows(pixels: npt.NDArray[np.uint8], split: int, above: RGB, below: RGB) -> bool:
    """Paint rows ``[0, split)`` of an opaque RGBA8888 buffer ``above`` and the rest ``below``,
    whole words at a time (the bytes skia's clear and rectangle write, in half the time); False,
    painting nothing, for a buffer that is not contiguous (h, w, 4) uint8."""
    if pixels.ndim != 3 or pixels.shape[2] != 4 or pixels.dtype != np.uint8 or not pixels.flags.c_contiguous:
        return False
    words = pixels.view(np.uint32).reshape(pixels.shape[:2])
    words[:split] = _word(above)
    words[split:] = _word(below)
    return True


def draw_background(
    canvas: skia.Canvas,
    plan: Plan,
    width: int,
    height: int,
    seed: int,
    pixels: npt.NDArray[np.uint8] | None = None,
) -> Backdrop:
    """Fill the canvas; returns what the object pass needs to know about the backdrop. ``pixels``,
    when given, is the canvas's own (h, w, 4) memory, untransformed and unclipped: a plain plan's
    two flat bands are written there directly."""
    rgb = parse_hex(plan.canvas.background.color) or DEFAULT_BACKGROUND
    if plan.canvas.background.layers:
        return draw_backdrop(canvas, plan, width, height, seed, rgb)
    horizon = round(height * random.Random(f"limner-floor:{seed}").uniform(0.64, 0.76))
    delta = -FLOOR_SHADE if sum(rgb) > 96 else FLOOR_SHADE
    floor_rgb = shade(rgb, delta)
    if (
        pixels is not None
        and pixels.shape[:2] == (height, width)
        and fill_rows(pixels, horizon, rgb, floor_rgb)
    ):
        return Backdrop(color=rgb, floor=float(horizon))
    canvas.save()  # the floor below paints every pixel under the horizon: fill only what is above it
    canvas.clipRect(skia.Rect.MakeLTRB(0, 0, width, horizon))
    canvas.clear(skia.Color(*rgb))
    canvas.restore()
    floor = skia.Paint(Color=skia.Color(*floor_rgb), AntiAlias=False)
    canvas.drawRect(skia.Rect.MakeLTRB(0, horizon, width, height), floor)
    return Backdrop(color=rgb, floor=float(horizon))


__all__ = ["DEFAULT_BACKGROUND", "FLOOR_SHADE", "Backdrop", "draw_background", "fill_rows", "shade"]
