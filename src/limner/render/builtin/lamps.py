"""Lamps, drawn in code: the art tables drew "a lamp" as a light bulb (💡), a giant bulb standing on
the floor or a desk, and "a floor lamp" as a cabinet.

A lamp on a desk, a table or a shelf (or one the noun calls a desk, table, reading or bedside lamp) is
a desk lamp: a weighted base, two arm segments hinged at an elbow, and a cone shade tipped down over
the desk, its light falling in a soft glow below. Any other lamp stands on the floor: a round foot, a
tall pole, and a drum shade glowing warm at its rim. A stated colour paints the shade.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

import skia

from limner.render.builtin.backdrop.style import shade
from limner.render.builtin.colors import RGB
from limner.render.builtin.pen import Box, Drawer, Pen, rect

#: The lamp kinds that are always desk or floor lamps, and every lamp kind the art table names.
DESK_LAMPS = frozenset({"desk lamp", "table lamp", "reading lamp", "bedside lamp"})
FLOOR_LAMPS = frozenset({"floor lamp", "standard lamp", "standing lamp"})
LAMPS = frozenset({"lamp"}) | DESK_LAMPS | FLOOR_LAMPS
#: Default shade colours: a linen drum on a floor lamp, a green enamel cone on a desk lamp.
LINEN_SHADE: RGB = (246, 230, 196)
ENAMEL_SHADE: RGB = (58, 128, 104)
METAL: RGB = (88, 88, 96)
BULB: RGB = (255, 236, 150)
GLOW: RGB = (255, 226, 120)
#: A floor lamp's width, a share of its height; a desk lamp's.
FLOOR_ASPECT = 0.42
DESK_ASPECT = 0.9


def lamp_kind(kind: str, on_something: bool) -> str:
    """ "desk lamp" or "floor lamp": what a lamp of ``kind`` is drawn as, ``on_something`` when the plan
    stands it on a desk, a table or a shelf."""
    if kind in DESK_LAMPS:
        return "desk lamp"
    if kind in FLOOR_LAMPS:
        return "floor lamp"
    return "desk lamp" if on_something else "floor lamp"


def _fitted(box: Box, aspect: float) -> Box:
    """The part of ``box`` a lamp of ``aspect`` (width over height) takes: as tall as fits, centred,
    its foot on the box's bottom."""
    x0, y0, x1, y1 = box
    tall = min(y1 - y0, (x1 - x0) / aspect)
    wide, middle = tall * aspect, (x0 + x1) / 2
    return (middle - wide / 2, y1 - tall, middle + wide / 2, y1)


def _glow(canvas: skia.Canvas, x: float, y: float, radius: float) -> None:
    """A soft warm glow of ``radius`` around (``x``, ``y``): the lamp is lit."""
    colors = [skia.Color(*GLOW, 150), skia.Color(*GLOW, 60), skia.Color(*GLOW, 0)]
    shader = skia.GradientShader.MakeRadial((x, y), radius, colors, [0.0, 0.45, 1.0])
    canvas.drawCircle(x, y, radius, skia.Paint(Shader=shader, AntiAlias=True))


def _dot(canvas: skia.Canvas, x: float, y: float, radius: float, rgb: RGB) -> None:
    canvas.drawCircle(x, y, radius, skia.Paint(Color=skia.Color(*rgb), AntiAlias=True))


def _metal(pen: Pen) -> Pen:
    """The pen of a lamp's metal parts (its shade keeps ``pen``'s colour)."""
    return Pen(rgb=METAL, outline=shade(METAL, -0.35), weight=pen.weight)


def floor_lamp(canvas: skia.Canvas, box: Box, pen: Pen) -> None:
    """A floor lamp standing on the box's bottom: round foot, pole, drum shade lit at its rim."""
    x0, y0, x1, y1 = _fitted(box, FLOOR_ASPECT)
    w, h = x1 - x0, y1 - y0
    mid = (x0 + x1) / 2
    metal = _metal(pen)
    shade_bottom = y0 + h * 0.3
    _glow(canvas, mid, shade_bottom, w * 0.75)
    pole = max(pen.weight * 1.6, w * 0.05)
    metal.part(canvas, rect(mid - pole / 2, shade_bottom - h * 0.02, mid + pole / 2, y1 - h * 0.03))
    foot = skia.Path()
    foot.addOval(rect(mid - w * 0.32, y1 - h * 0.05, mid + w * 0.32, y1))
    metal.shape(canvas, foot)
    bulb = h * 0.035
    canvas.drawCircle(
        mid, shade_bottom + bulb * 0.4, bulb, skia.Paint(Color=skia.Color(*BULB), AntiAlias=True)
    )
    drum = skia.Path()
    drum.moveTo(x0 + w * 0.2, y0)
    drum.lineTo(x1 - w * 0.2, y0)
    drum.lineTo(x1, shade_bottom)
    drum.lineTo(x0, shade_bottom)
    drum.close()
    pen.shape(canvas, drum)
    band = rect(x0 + pen.weight, shade_bottom - h * 0.025, x1 - pen.weight, shade_bottom - pen.weight / 2)
    canvas.drawRect(band, skia.Paint(Color=skia.Color(*shade(pen.rgb, 0.12)), AntiAlias=True))


def desk_lamp(canvas: skia.Canvas, box: Box, pen: Pen) -> None:
    """A desk lamp on the box's bottom: a base, two arms hinged at an elbow, a cone shade tipped down
    to the right over the desk, its light glowing below."""
    x0, y0, x1, y1 = _fitted(box, DESK_ASPECT)
    w, h = x1 - x0, y1 - y0
    metal = _metal(pen)
    arm = max(pen.weight * 1.5, h * 0.05)
    foot = (x0 + w * 0.3, y1 - h * 0.1)
    elbow = (x0 + w * 0.16, y0 + h * 0.38)
    head = (x0 + w * 0.58, y0 + h * 0.14)
    mouth = (x0 + w * 0.78, y0 + h * 0.5)  # the middle of the shade's open rim
    _glow(canvas, mouth[0], mouth[1] + h * 0.1, w * 0.45)
    paint = metal.stroke(arm + pen.weight * 2)
    paint.setStrokeCap(skia.Paint.kRound_Cap)
    inner = skia.Paint(Color=skia.Color(*METAL), AntiAlias=True, Style=skia.Paint.kStroke_Style)
    inner.setStrokeWidth(arm)
    inner.setStrokeCap(skia.Paint.kRound_Cap)
    limbs = skia.Path()
    limbs.moveTo(*foot)
    limbs.lineTo(*elbow)
    limbs.lineTo(*head)
    canvas.drawPath(limbs, paint)
    canvas.drawPath(limbs, inner)
    metal.part(canvas, rect(x0 + w * 0.08, y1 - h * 0.1, x0 + w * 0.52, y1), radius=h * 0.04)  # the base
    for jx, jy in (foot, elbow):
        canvas.drawCircle(
            jx, jy, arm * 0.55, skia.Paint(Color=skia.Color(*shade(METAL, -0.35)), AntiAlias=True)
        )
    # the cone: its narrow end at the head, its rim (across the way it points) open toward the desk
    dx, dy = mouth[0] - head[0], mouth[1] - head[1]
    length = max((dx * dx + dy * dy) ** 0.5, 1e-6)
    nx, ny = -dy / length, dx / length
    rim, neck = w * 0.2, w * 0.05
    cone = skia.Path()
    cone.moveTo(head[0] + nx * neck, head[1] + ny * neck)
    cone.lineTo(mouth[0] + nx * rim, mouth[1] + ny * rim)
    cone.lineTo(mouth[0] - nx * rim, mouth[1] - ny * rim)
    cone.lineTo(head[0] - nx * neck, head[1] - ny * neck)
    cone.close()
    _dot(canvas, mouth[0] - dx * 0.05, mouth[1] - dy * 0.05, rim * 0.55, BULB)
    pen.shape(canvas, cone)
    canvas.drawCircle(
        head[0], head[1], neck * 1.2, skia.Paint(Color=skia.Color(*pen.outline), AntiAlias=True)
    )


LAMP_DRAWERS: Mapping[str, Drawer] = MappingProxyType({"desk lamp": desk_lamp, "floor lamp": floor_lamp})
LAMP_COLORS: Mapping[str, RGB] = MappingProxyType({"desk lamp": ENAMEL_SHADE, "floor lamp": LINEN_SHADE})

__all__ = ["DESK_LAMPS", "FLOOR_LAMPS", "LAMPS", "LAMP_COLORS", "LAMP_DRAWERS", "lamp_kind"]
