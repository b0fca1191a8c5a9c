"""A microphone on its stand, drawn in code: a microphone standing on a stage or a floor with no one to
hold it (:mod:`.handheld`) stood as tall as its emoji was wide, a giant microphone lying on the boards.

A round weighted foot, a thin upright pole, a short boom tilted toward the audience at its top and the
microphone clipped to it: a dark handle and a round grille head. A stated colour paints the handle.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

import skia

from limner.render.builtin.backdrop.style import shade
from limner.render.builtin.colors import RGB
from limner.render.builtin.pen import Box, Drawer, Pen, rect, round_stroke

#: The kinds drawn as a microphone on a stand.
MIC_STANDS = frozenset({"microphone stand", "mic stand"})
STEEL: RGB = (72, 74, 84)
GRILLE: RGB = (176, 180, 190)
#: A stand's width, a share of its height.
STAND_ASPECT = 0.34


def draw_mic_stand(canvas: skia.Canvas, box: Box, pen: Pen) -> None:
    """A microphone on its stand, standing on the bottom of the pixel ``box`` (as wide as a stand is,
    about its middle)."""
    x0, y0, x1, y1 = box
    tall = y1 - y0
    middle = (x0 + x1) / 2
    half = min((x1 - x0) / 2, tall * STAND_ASPECT / 2)
    pole = max(1.0, tall * 0.022)
    steel = round_stroke(STEEL, pole)
    foot = rect(middle - half * 0.8, y1 - tall * 0.035, middle + half * 0.8, y1)
    canvas.drawOval(foot, skia.Paint(Color=skia.Color(*STEEL), AntiAlias=True))
    top = y0 + tall * 0.2
    canvas.drawLine(middle, y1 - tall * 0.02, middle, top, steel)
    clip = (middle - half * 0.35, top - tall * 0.06)  # the boom tilts the microphone toward the audience
    canvas.drawLine(middle, top, clip[0], clip[1], steel)
    handle = skia.Path()
    handle.moveTo(clip[0] + half * 0.12, clip[1] + tall * 0.03)
    handle.lineTo(clip[0] - half * 0.18, clip[1] - tall * 0.08)
    canvas.drawPath(handle, round_stroke(pen.rgb, tall * 0.045))
    head = (clip[0] - half * 0.26, clip[1] - tall * 0.1)
    radius = tall * 0.045
    canvas.drawCircle(*head, radius, skia.Paint(Color=skia.Color(*GRILLE), AntiAlias=True))
    canvas.drawCircle(*head, radius, pen.stroke(max(1.0, radius * 0.25)))
    band = round_stroke(shade(GRILLE, -0.2), max(1.0, radius * 0.3))
    canvas.drawLine(
        head[0] - radius * 0.7, head[1] + radius * 0.2, head[0] + radius * 0.7, head[1] - radius * 0.2, band
    )


MIC_STAND_DRAWERS: Mapping[str, Drawer] = MappingProxyType(dict.fromkeys(sorted(MIC_STANDS), draw_mic_stand))
MIC_STAND_COLORS: Mapping[str, RGB] = MappingProxyType(dict.fromkeys(sorted(MIC_STANDS), (40, 40, 46)))

__all__ = ["MIC_STANDS", "MIC_STAND_COLORS", "MIC_STAND_DRAWERS", "STAND_ASPECT", "draw_mic_stand"]
