"""Keeping every object visible on its backdrop: outline and halo colours from what lies beneath.

Light things on light backdrops get a thin darker ring; on dark (night, space) backdrops the art's
black outline becomes a lighter shade of the object's own colour, and dark things get a light ring.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from limner.render.builtin.backdrop.style import mix, shade
from limner.render.builtin.canvas import flat_color
from limner.render.builtin.colors import RGB, luminance

#: Backdrops darker than this (relative luminance) count as dark: black outlines would vanish.
DARK_BACKDROP = 0.06
#: WCAG contrast below which a thing needs help to stand out.
LOW_CONTRAST = 1.35
#: Only things at least this light (luminance) get a dark ring on a light backdrop.
LIGHT_THING = 0.72
#: Only backdrops at least this light count as light.
LIGHT_BACKDROP = 0.55


@dataclass(frozen=True)
class Visibility:
    outline: RGB | None = None
    halo: RGB | None = None


def contrast(a: RGB, b: RGB) -> float:
    """WCAG contrast ratio of two colours (1..21)."""
    la, lb = luminance(a), luminance(b)
    return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)


def adapt(thing: RGB, under: tuple[RGB, ...]) -> Visibility:
    """Outline and halo colours for a thing of colour ``thing`` drawn over ``under``, the colours
    beneath the parts of its box (the worst part decides)."""
    darkest = min(under, key=luminance)
    lightest = max(under, key=luminance)
    if luminance(darkest) < DARK_BACKDROP:
        if luminance(thing) > 0.3:  # light things keep a visible, darker-than-fill line
            outline = shade(thing, -0.38)
        elif luminance(thing) > 0.03:
            outline = shade(thing, 0.22)
        else:
            outline = (150, 154, 166)
        low = contrast(thing, darkest) < LOW_CONTRAST
        halo = mix(darkest, (235, 238, 245), 0.55) if low else None
        return Visibility(outline=outline, halo=halo)
    low = contrast(thing, lightest) < LOW_CONTRAST
    if low and luminance(thing) >= LIGHT_THING and luminance(lightest) >= LIGHT_BACKDROP:
        return Visibility(halo=shade(lightest, -0.3))
    return Visibility()


def mean_under(pixels: npt.NDArray[np.uint8], box: tuple[float, float, float, float]) -> tuple[RGB, RGB]:
    """The mean colours of the RGBA ``pixels`` in the upper and lower halves of the pixel ``box``
    (sampled on a coarse grid): a thing standing on snow under a night sky sees both."""
    mid = (box[1] + box[3]) / 2
    return _mean(pixels, (box[0], box[1], box[2], mid)), _mean(pixels, (box[0], mid, box[2], box[3]))


def _mean(pixels: npt.NDArray[np.uint8], box: tuple[float, float, float, float]) -> RGB:
    height, width = pixels.shape[:2]
    x0, y0 = max(0, int(box[0])), max(0, int(box[1]))
    x1, y1 = min(width, max(x0 + 1, int(box[2]))), min(height, max(y0 + 1, int(box[3])))
    step = max(1, min(x1 - x0, y1 - y0) // 12)
    flat = flat_color(pixels, slice(y0, y1, step), slice(x0, x1, step))
    if flat is not None:  # one colour (a plain backdrop): its mean is that colour
        return flat
    region = pixels[y0:y1:step, x0:x1:step, :3].reshape(-1, 3)
    if not len(region):
        return (128, 128, 128)
    r, g, b = (int(v) for v in region.mean(axis=0).round())
    return (r, g, b)


__all__ = ["Visibility", "adapt", "contrast", "mean_under"]
