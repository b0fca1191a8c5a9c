"""A baby stroller (a pram, a pushchair), drawn in code seen from the side — no emoji draws one (the
art tables fell back to a car): a deep bassinet on two wheels, a hood over its far end and a handle
rising toward whoever pushes it. Drawn facing left (its handle at the left), like the art; a baby in it
looks out over the bassinet's rim (:data:`STROLLER_CAB`, read by :mod:`.occupants`).
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

import skia

from limner.render.builtin.backdrop.style import shade
from limner.render.builtin.colors import RGB
from limner.render.builtin.pen import Box, Drawer, Pen, rect

STROLLER_BLUE: RGB = (84, 116, 186)
TYRE: RGB = (58, 58, 66)
#: Of the box's height from its top: the bassinet's rim and its bottom.
RIM = 0.4
BOTTOM = 0.74
#: Of the box's width: where the bassinet starts (the handle is left of it) and ends.
START = 0.26
END = 0.96


def _stroller(canvas: skia.Canvas, box: Box, pen: Pen) -> None:
    """Wheels, the frame, the bassinet, its hood (right) and the handle (left)."""
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    rim, bottom = y0 + h * RIM, y0 + h * BOTTOM
    left, right = x0 + w * START, x0 + w * END
    r = min(h * 0.14, w * 0.09)
    frame = pen.stroke(max(1.0, pen.weight * 1.6))
    frame.setColor(skia.Color(*TYRE))
    frame.setStrokeCap(skia.Paint.kRound_Cap)
    wheels = (left + (right - left) * 0.18, left + (right - left) * 0.82)
    for wx in wheels:  # struts from the bassinet down to the axles
        canvas.drawLine(wx, bottom - h * 0.04, wx, y1 - r, frame)
    canvas.drawLine(wheels[0], y1 - r, wheels[1], y1 - r, frame)
    # the handle: from the bassinet's near end up and back, with a grip
    grip = (x0 + w * 0.05, y0 + h * 0.12)
    canvas.drawLine(left + w * 0.02, rim + h * 0.06, *grip, frame)
    bar = pen.stroke(max(2.0, pen.weight * 3.2))
    bar.setColor(skia.Color(*TYRE))
    bar.setStrokeCap(skia.Paint.kRound_Cap)
    canvas.drawLine(grip[0] - w * 0.015, grip[1], grip[0] + w * 0.03, grip[1], bar)
    # the bassinet: a flat rim, a rounded bottom
    body = skia.Path()
    body.moveTo(left, rim)
    body.lineTo(right, rim)
    body.cubicTo(right, bottom + h * 0.02, right - w * 0.06, bottom, right - w * 0.14, bottom)
    body.lineTo(left + w * 0.1, bottom)
    body.cubicTo(left + w * 0.02, bottom, left, bottom - h * 0.06, left, rim)
    body.close()
    pen.shape(canvas, body)
    pen.part(
        canvas,
        rect(left - pen.weight, rim - h * 0.03, right + pen.weight, rim + h * 0.02),
        shade(pen.rgb, -0.12),
        h * 0.02,
    )
    # the hood over the far end: a quarter ellipse, with ribs
    hood_w, hood_h = (right - left) * 0.5, h * (RIM - 0.04)
    oval = rect(right - hood_w, rim - hood_h, right + hood_w, rim + hood_h)
    hood = skia.Path()
    hood.moveTo(right, rim)
    hood.lineTo(right - hood_w, rim)
    hood.arcTo(oval, 180.0, 90.0, False)
    hood.close()
    pen.shape(canvas, hood, shade(pen.rgb, -0.16))
    ribs = pen.stroke(max(1.0, pen.weight * 0.8))
    for angle in (0.35, 0.7):  # ribs fanning from the hood's hinge
        canvas.drawLine(right, rim, right - hood_w * (1 - angle), rim - hood_h * (angle**0.5), ribs)
    for wx in wheels:
        canvas.drawCircle(wx, y1 - r, r, skia.Paint(Color=skia.Color(*TYRE), AntiAlias=True))
        canvas.drawCircle(wx, y1 - r, r * 0.45, skia.Paint(Color=skia.Color(200, 200, 206), AntiAlias=True))


STROLLERS: Mapping[str, Drawer] = MappingProxyType(
    {
        "stroller": _stroller,
        "baby stroller": _stroller,
        "pram": _stroller,
        "baby carriage": _stroller,
        "pushchair": _stroller,
    }
)
STROLLER_COLORS: Mapping[str, RGB] = MappingProxyType({kind: STROLLER_BLUE for kind in STROLLERS})
#: A stroller's own width / height, handle included: in a wider box it keeps this shape.
ASPECT = 1.2


def stroller_box(box: Box, turned: bool) -> Box:
    """Where a stroller is drawn in the pixel ``box`` the plan gives it: no wider than its own shape
    (a pram is not as long as a car), its handle kept where the box puts it — the box's left end, or
    its right end when ``turned`` to face right — by whoever pushes it."""
    x0, y0, x1, y1 = box
    width = min(x1 - x0, (y1 - y0) * ASPECT)
    return (x1 - width, y0, x1, y1) if turned else (x0, y0, x0 + width, y1)


__all__ = ["ASPECT", "BOTTOM", "END", "RIM", "START", "STROLLERS", "STROLLER_COLORS", "stroller_box"]
