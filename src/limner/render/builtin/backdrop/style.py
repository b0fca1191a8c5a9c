"""The backdrop's one visual language: colour mixing, shading steps and the fills every layer uses.

Flat vector shapes, no outlines; value carries depth (lighter toward the horizon, darker toward the
viewer) and every layer shades by the same two steps, so a beach and a kitchen read as one style.
"""

from __future__ import annotations

import colorsys

import skia

from limner.render.builtin.colors import RGB

#: Lightness steps of the shading rule: a highlight and a shadow of a layer's colour.
LIGHT_STEP = 0.07
DARK_STEP = -0.08
#: The most bands a gradient is drawn with.
GRADIENT_BANDS = 24


def shade(rgb: RGB, delta: float) -> RGB:
    """``rgb`` with its HLS lightness moved by ``delta`` (clamped to 0..1)."""
    h, light, s = colorsys.rgb_to_hls(*(c / 255 for c in rgb))
    r, g, b = colorsys.hls_to_rgb(h, min(1.0, max(0.0, light + delta)), s)
    return round(r * 255), round(g * 255), round(b * 255)


def mix(a: RGB, b: RGB, t: float) -> RGB:
    """Linear mix from ``a`` (t = 0) to ``b`` (t = 1)."""
    t = min(1.0, max(0.0, t))
    return (
        round(a[0] + (b[0] - a[0]) * t),
        round(a[1] + (b[1] - a[1]) * t),
        round(a[2] + (b[2] - a[2]) * t),
    )


def lightness(rgb: RGB) -> float:
    return colorsys.rgb_to_hls(*(c / 255 for c in rgb))[1]


def color(rgb: RGB, alpha: int = 255) -> int:
    return int(skia.Color(rgb[0], rgb[1], rgb[2], alpha))


def fill(rgb: RGB, alpha: int = 255) -> skia.Paint:
    """An anti-aliased solid fill."""
    return skia.Paint(Color=color(rgb, alpha), AntiAlias=True)


def stroke(rgb: RGB, width: float, alpha: int = 255) -> skia.Paint:
    """An anti-aliased round-capped stroke."""
    return skia.Paint(
        Color=color(rgb, alpha),
        AntiAlias=True,
        Style=skia.Paint.kStroke_Style,
        StrokeWidth=width,
        StrokeCap=skia.Paint.kRound_Cap,
    )


def vertical_gradient(canvas: skia.Canvas, rect: skia.Rect, top: RGB, bottom: RGB) -> None:
    """Fill ``rect`` from ``top`` to ``bottom`` in flat horizontal bands, one every ~16 px (at most
    :data:`GRADIENT_BANDS`): the stepped look of flat illustration, and solid fills are far cheaper
    than a shader (and compress better)."""
    height = rect.height()
    bands = max(1, min(GRADIENT_BANDS, round(height / 16)))
    edges = [round(rect.top() + height * i / bands) for i in range(bands + 1)]
    paint = skia.Paint(AntiAlias=False)
    for i in range(bands):
        if edges[i + 1] <= edges[i]:
            continue
        paint.setColor(color(mix(top, bottom, i / max(1, bands - 1))))
        canvas.drawRect(skia.Rect.MakeLTRB(rect.left(), edges[i], rect.right(), edges[i + 1]), paint)


__all__ = [
    "DARK_STEP",
    "GRADIENT_BANDS",
    "LIGHT_STEP",
    "color",
    "fill",
    "lightness",
    "mix",
    "shade",
    "stroke",
    "vertical_gradient",
]
