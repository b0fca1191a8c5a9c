"""Shadows: one rule for the whole picture — a soft ellipse, darker at its centre.

A contact shadow sits under anything standing on the ground or a support (about its width,
~20 % opacity at the centre); a thing in the air casts a fainter, smaller one on the ground below.
"""

from __future__ import annotations

import skia

from limner.render.builtin.colors import RGB

CONTACT_ALPHA = 0.22
AIR_ALPHA = 0.1
SHADOW_INK: RGB = (20, 22, 34)
#: Nested ellipses per shadow.
RINGS = 3


def draw_shadow(
    canvas: skia.Canvas, cx: float, cy: float, width: float, alpha: float, height: float | None = None
) -> None:
    """An elliptical shadow centred on (cx, cy), ``width`` wide: three nested flat ellipses whose
    alphas add up to ``alpha`` at the centre (cheap solid fills, darker toward the middle)."""
    rx = max(1.0, width / 2)
    ry = max(1.0, height / 2 if height is not None else rx * 0.16)
    paint = skia.Paint(AntiAlias=True, Color=skia.Color(*SHADOW_INK, max(1, round(255 * alpha / RINGS))))
    for i in range(RINGS):
        k = 1.0 - i / RINGS * 0.6
        canvas.drawOval(skia.Rect.MakeLTRB(cx - rx * k, cy - ry * k, cx + rx * k, cy + ry * k), paint)


__all__ = ["AIR_ALPHA", "CONTACT_ALPHA", "RINGS", "SHADOW_INK", "draw_shadow"]
