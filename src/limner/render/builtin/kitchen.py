"""Kitchen and laundry appliances, drawn in code: the art set has none (a refrigerator was an ice
cube, a microwave a television with its antenna, a toaster a loaf, a sink a water-tap sign, a washing
machine or a dishwasher a wooden cupboard).

Each fills its box in the flat style of the art (a fill and a darker outline from the :class:`Pen`),
standing on the box's bottom edge; what is put on one stands on its top edge.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

import skia

from limner.render.builtin.backdrop.style import mix, shade
from limner.render.builtin.colors import RGB
from limner.render.builtin.pen import Box, Drawer, Pen, rect

APPLIANCE_WHITE: RGB = (234, 238, 242)
CHROME: RGB = (196, 202, 210)
GLASS: RGB = (52, 62, 78)
SUDS: RGB = (150, 196, 232)
TOAST: RGB = (214, 160, 88)
#: Of a refrigerator's height from its top: where the freezer door ends.
FREEZER = 0.34
#: Of a washing machine's or a dishwasher's height from its top: its control panel's bottom.
PANEL = 0.18


def _body(canvas: skia.Canvas, box: Box, pen: Pen, radius: float) -> skia.Rect:
    """The appliance's cabinet on two dark feet; returns the cabinet's rect."""
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    half = pen.weight / 2
    feet = max(pen.weight * 2, h * 0.03)
    for fx in (x0 + w * 0.1, x1 - w * 0.22):
        pen.part(canvas, rect(fx, y1 - feet - half, fx + w * 0.12, y1 - half), shade(pen.rgb, -0.3))
    body = rect(x0 + half, y0 + half, x1 - half, y1 - feet)
    pen.part(canvas, body, radius=radius)
    return body


def _refrigerator(canvas: skia.Canvas, box: Box, pen: Pen) -> None:
    """A tall cabinet with rounded corners: a freezer door over the fridge door, long handles."""
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    body = _body(canvas, box, pen, min(w, h) * 0.08)
    split = y0 + h * FREEZER
    pen.line(canvas, body.left(), split, body.right(), split)
    grip = max(pen.weight * 1.6, w * 0.06)
    handle = shade(pen.rgb, -0.18)
    gx = x0 + w * 0.12
    pen.part(canvas, rect(gx, split - h * 0.14, gx + grip, split - h * 0.04), handle, radius=grip / 2)
    pen.part(canvas, rect(gx, split + h * 0.05, gx + grip, split + h * 0.3), handle, radius=grip / 2)


def _washer(canvas: skia.Canvas, box: Box, pen: Pen) -> None:
    """A washing machine: a white cube, a control panel with a dial, a round glass door with suds."""
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    body = _body(canvas, box, pen, min(w, h) * 0.05)
    panel = y0 + h * PANEL
    pen.line(canvas, body.left(), panel, body.right(), panel)
    dial = min(w, h) * 0.06
    canvas.drawCircle(x1 - w * 0.2, (y0 + panel) / 2, dial, pen.stroke())
    pen.part(canvas, rect(x0 + w * 0.12, y0 + h * 0.07, x0 + w * 0.45, panel - h * 0.05), GLASS, pen.weight)
    cx, cy = (x0 + x1) / 2, (panel + body.bottom()) / 2
    r = min(w * 0.34, (body.bottom() - panel) * 0.4)
    canvas.drawCircle(cx, cy, r * 1.15, skia.Paint(Color=skia.Color(*CHROME), AntiAlias=True))
    canvas.drawCircle(cx, cy, r * 1.15, pen.stroke())
    canvas.drawCircle(cx, cy, r, skia.Paint(Color=skia.Color(*GLASS), AntiAlias=True))
    water = skia.Path()
    water.addCircle(cx, cy, r * 0.92)
    canvas.save()
    canvas.clipPath(water, doAntiAlias=True)
    canvas.drawRect(rect(cx - r, cy, cx + r, cy + r), skia.Paint(Color=skia.Color(*SUDS), AntiAlias=True))
    canvas.restore()


def _dishwasher(canvas: skia.Canvas, box: Box, pen: Pen) -> None:
    """A dishwasher (or any white appliance): a cube, a control strip with lights, a handle bar."""
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    body = _body(canvas, box, pen, min(w, h) * 0.04)
    panel = y0 + h * PANEL
    pen.line(canvas, body.left(), panel, body.right(), panel)
    light = skia.Paint(Color=skia.Color(*mix(GLASS, (90, 200, 120), 0.6)), AntiAlias=True)
    for i in range(3):
        canvas.drawCircle(x1 - w * (0.16 + 0.1 * i), (y0 + panel) / 2, min(w, h) * 0.025, light)
    grip = max(pen.weight * 1.6, h * 0.035)
    pen.part(
        canvas, rect(x0 + w * 0.2, panel + h * 0.06, x1 - w * 0.2, panel + h * 0.06 + grip), CHROME, grip
    )


def _microwave(canvas: skia.Canvas, box: Box, pen: Pen) -> None:
    """A microwave oven: a wide box, its dark glass door at the left, a keypad at the right."""
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    half = pen.weight / 2
    body = rect(x0 + half, y0 + half, x1 - half, y1 - half)
    pen.part(canvas, body, radius=min(w, h) * 0.06)
    door = rect(x0 + w * 0.06, y0 + h * 0.14, x0 + w * 0.66, y1 - h * 0.14)
    pen.part(canvas, door, GLASS, pen.weight)
    shine = pen.stroke(max(1.0, pen.weight * 1.5))
    shine.setColor(skia.Color(*mix(GLASS, (255, 255, 255), 0.3)))
    shine.setStrokeCap(skia.Paint.kRound_Cap)
    canvas.drawLine(
        door.left() + w * 0.05, door.bottom() - h * 0.12, door.left() + w * 0.16, door.top() + h * 0.1, shine
    )
    pen.line(canvas, x0 + w * 0.72, body.top(), x0 + w * 0.72, body.bottom())
    pen.part(canvas, rect(x0 + w * 0.77, y0 + h * 0.16, x1 - w * 0.05, y0 + h * 0.3), GLASS, pen.weight)
    key = min(w * 0.035, h * 0.06)
    for row in range(3):
        for col in range(2):
            kx = x0 + w * (0.8 + 0.09 * col)
            ky = y0 + h * (0.45 + 0.15 * row)
            pen.part(canvas, rect(kx, ky, kx + key * 1.6, ky + key), shade(pen.rgb, -0.14), key * 0.3)


def _toaster(canvas: skia.Canvas, box: Box, pen: Pen) -> None:
    """A chrome toaster: a rounded body, two slices of toast in its slots, a lever on its side."""
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    top = y0 + h * 0.3
    bread = Pen(rgb=TOAST, outline=shade(TOAST, -0.25), weight=pen.weight)
    for share in (0.22, 0.54):
        slice_ = rect(x0 + w * share, y0 + pen.weight, x0 + w * (share + 0.26), top + h * 0.1)
        bread.part(canvas, slice_, radius=w * 0.06)
    body = rect(x0 + pen.weight / 2, top, x1 - pen.weight / 2, y1 - pen.weight / 2)
    pen.part(canvas, body, radius=min(w, h) * 0.16)
    for share in (0.2, 0.52):
        pen.part(
            canvas, rect(x0 + w * share, top - pen.weight, x0 + w * (share + 0.3), top + h * 0.05), GLASS, 1
        )
    glint = skia.Paint(Color=skia.Color(*mix(pen.rgb, (255, 255, 255), 0.6)), AntiAlias=True)
    canvas.drawRoundRect(
        rect(x0 + w * 0.1, top + h * 0.15, x0 + w * 0.16, y1 - h * 0.15), w * 0.03, w * 0.03, glint
    )
    pen.part(canvas, rect(x1 - w * 0.02, top + h * 0.2, x1 + w * 0.06, top + h * 0.28), GLASS, 1)


def _sink(canvas: skia.Canvas, box: Box, pen: Pen) -> None:
    """A sink in its cabinet: the counter top with the basin's rim in it, a tap arching up behind it
    (above the box), two cupboard doors below."""
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    half = pen.weight / 2
    top = max(pen.weight * 3, h * 0.1)
    cx = (x0 + x1) / 2
    tap = pen.stroke(max(2.0, w * 0.035))
    tap.setColor(skia.Color(*CHROME))
    tap.setStrokeCap(skia.Paint.kRound_Cap)
    spout = skia.Path()
    spout.moveTo(cx + w * 0.08, y0)
    spout.lineTo(cx + w * 0.08, y0 - h * 0.22)
    spout.quadTo(cx + w * 0.08, y0 - h * 0.3, cx - w * 0.02, y0 - h * 0.3)
    spout.lineTo(cx - w * 0.06, y0 - h * 0.26)
    outline = pen.stroke(max(3.0, w * 0.035 + pen.weight * 2))
    outline.setStrokeCap(skia.Paint.kRound_Cap)
    canvas.drawPath(spout, outline)
    canvas.drawPath(spout, tap)
    doors = Pen(rgb=pen.rgb, outline=pen.outline, weight=pen.weight)
    cabinet = rect(x0 + w * 0.03, y0 + top, x1 - w * 0.03, y1 - half)
    doors.part(canvas, cabinet, shade(pen.rgb, -0.06))
    pen.line(canvas, cx, cabinet.top(), cx, cabinet.bottom())
    for kx in (cx - w * 0.06, cx + w * 0.06):
        pen.knob(canvas, kx, cabinet.top() + cabinet.height() * 0.2, pen.weight * 1.2)
    pen.part(canvas, rect(x0 + half, y0 + half, x1 - half, y0 + top), CHROME, pen.weight)
    basin = rect(x0 + w * 0.2, y0 + top * 0.3, x1 - w * 0.2, y0 + top * 0.75)
    pen.part(canvas, basin, shade(CHROME, -0.25), top * 0.2)


KITCHEN: Mapping[str, Drawer] = MappingProxyType(
    {
        "refrigerator": _refrigerator,
        "fridge": _refrigerator,
        "freezer": _refrigerator,
        "microwave": _microwave,
        "microwave oven": _microwave,
        "toaster": _toaster,
        "sink": _sink,
        "kitchen sink": _sink,
        "washing machine": _washer,
        "washer": _washer,
        "dryer": _washer,
        "clothes dryer": _washer,
        "dishwasher": _dishwasher,
        # appliances the concept table only knows by their class: white, never a wooden cupboard
        "white goods": _dishwasher,
        "appliance": _dishwasher,
        "home appliance": _dishwasher,
        "kitchen appliance": _dishwasher,
    }
)
KITCHEN_COLORS: Mapping[str, RGB] = MappingProxyType(
    {kind: CHROME if drawer is _toaster else APPLIANCE_WHITE for kind, drawer in KITCHEN.items()}
)

__all__ = ["APPLIANCE_WHITE", "CHROME", "FREEZER", "KITCHEN", "KITCHEN_COLORS", "PANEL"]
