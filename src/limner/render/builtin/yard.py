"""Everyday things of the yard and the street no emoji draws, drawn in code: a barbecue grill, a
birdcage, a crosswalk, a trampoline (each was a neutral square) and a wheelbarrow (it was a car).

Each fills its box in the flat style of the art (a fill and a darker outline from the :class:`Pen`),
standing on the box's bottom edge; the crosswalk lies flat across the box's bottom.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

import skia

from limner.render.builtin.backdrop.style import mix, shade
from limner.render.builtin.colors import RGB
from limner.render.builtin.pen import Box, Drawer, Pen, rect

GRILL_BLACK: RGB = (62, 64, 70)
CAGE_GOLD: RGB = (212, 168, 64)
ZEBRA_WHITE: RGB = (246, 246, 242)
ASPHALT: RGB = (92, 94, 100)
TYRE: RGB = (48, 48, 54)
STEEL_GREY: RGB = (150, 156, 164)
MAT_BLACK: RGB = (44, 46, 54)
PAD_BLUE: RGB = (64, 132, 210)
BARROW_GREEN: RGB = (70, 150, 90)
#: How deep (share of its width) a crosswalk lies on the ground at most.
CROSSWALK_DEPTH = 0.3


def _barbecue(canvas: skia.Canvas, box: Box, pen: Pen) -> None:
    """A kettle grill: a round bowl under its domed lid, three legs, a wheel, a handle on top."""
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    cx = (x0 + x1) / 2
    rim = y0 + h * 0.36
    radius = min(w * 0.46, (y1 - rim) * 0.5)
    legs = pen.stroke(max(1.5, w * 0.04))
    legs.setColor(skia.Color(*pen.outline))
    legs.setStrokeCap(skia.Paint.kRound_Cap)
    wheel = max(pen.weight * 2, h * 0.07)
    canvas.drawLine(cx - radius * 0.5, rim + radius * 0.7, cx - radius * 0.95, y1 - wheel, legs)
    canvas.drawLine(cx + radius * 0.5, rim + radius * 0.7, cx + radius * 0.95, y1 - pen.weight, legs)
    canvas.drawLine(cx, rim + radius * 0.9, cx, y1 - pen.weight, legs)
    canvas.drawCircle(
        cx - radius * 0.95, y1 - wheel, wheel, skia.Paint(Color=skia.Color(*TYRE), AntiAlias=True)
    )
    bowl = skia.Path()
    bowl.addArc(rect(cx - radius, rim - radius, cx + radius, rim + radius), 0.0, 180.0)
    bowl.close()
    pen.shape(canvas, bowl)
    lid_h = min(radius * 0.85, rim - y0 - h * 0.06)
    lid = skia.Path()
    lid.addArc(rect(cx - radius, rim - lid_h, cx + radius, rim + lid_h), 180.0, 180.0)
    lid.close()
    pen.shape(canvas, lid, shade(pen.rgb, 0.06))
    glint = pen.stroke(max(1.0, pen.weight * 1.4))
    glint.setColor(skia.Color(*mix(pen.rgb, (255, 255, 255), 0.35)))
    glint.setStrokeCap(skia.Paint.kRound_Cap)
    arc = rect(cx - radius * 0.75, rim - lid_h * 0.75, cx + radius * 0.75, rim + lid_h * 0.75)
    canvas.drawArc(arc, 205.0, 40.0, False, glint)
    knob = rect(cx - radius * 0.16, rim - lid_h - h * 0.06, cx + radius * 0.16, rim - lid_h + pen.weight)
    pen.part(canvas, knob, shade(pen.rgb, -0.1), radius=pen.weight * 2)
    pen.line(canvas, cx - radius, rim, cx + radius, rim)


def _birdcage(canvas: skia.Canvas, box: Box, pen: Pen) -> None:
    """A birdcage: a ring at the top, a domed roof, thin bars down to a tray, a perch across."""
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    cx = (x0 + x1) / 2
    half_w = min(w * 0.46, h * 0.4)
    left, right = cx - half_w, cx + half_w
    ring = max(pen.weight * 2, h * 0.05)
    dome_top, dome_bottom = y0 + ring * 2, y0 + ring * 2 + h * 0.22
    tray = max(pen.weight * 3, h * 0.08)
    floor = y1 - tray
    canvas.drawCircle(cx, y0 + ring, ring * 0.8, pen.stroke(max(1.0, pen.weight * 1.4)))
    bars = pen.stroke(max(1.0, pen.weight))
    bars.setColor(skia.Color(*pen.rgb))
    count = max(5, round(half_w * 2 / max(h * 0.07, 1.0)))
    oval = rect(left, dome_top, right, dome_bottom * 2 - dome_top)
    for i in range(count + 1):
        x = left + half_w * 2 * i / count
        # each bar rises from the tray into the dome, meeting the others at the top
        dx = (x - cx) / half_w
        top = dome_bottom - (dome_bottom - dome_top) * max(0.0, 1.0 - dx * dx) ** 0.5
        canvas.drawLine(x, top, x, floor, bars)
    dome = skia.Path()
    dome.addArc(oval, 180.0, 180.0)
    canvas.drawPath(dome, pen.stroke(max(1.0, pen.weight * 1.6)))
    pen.line(canvas, left, dome_bottom, right, dome_bottom)
    perch = floor - (floor - dome_bottom) * 0.35
    pen.line(canvas, left + half_w * 0.3, perch, right - half_w * 0.3, perch)
    pen.part(canvas, rect(left - w * 0.03, floor, right + w * 0.03, y1 - pen.weight / 2), radius=pen.weight)


def _crosswalk(canvas: skia.Canvas, box: Box, pen: Pen) -> None:
    """A zebra crossing lying flat: broad white stripes across a band of road, seen from a little above."""
    x0, y1 = box[0], box[3]
    x1 = box[2]
    w = x1 - x0
    y0 = max(box[1], y1 - w * CROSSWALK_DEPTH)
    road = Pen(rgb=ASPHALT, outline=shade(ASPHALT, -0.1), weight=pen.weight)
    band = skia.Path()
    band.moveTo(x0 + w * 0.04, y0)
    band.lineTo(x1 - w * 0.04, y0)
    band.lineTo(x1, y1)
    band.lineTo(x0, y1)
    band.close()
    road.shape(canvas, band)
    stripes = max(4, round(w / max((y1 - y0) * 0.5, 1.0)))
    step = w / stripes
    paint = skia.Paint(Color=skia.Color(*pen.rgb), AntiAlias=True)
    for i in range(stripes):
        near = x0 + step * (i + 0.2)
        far = x0 + w * 0.04 + (w * 0.92) * (i + 0.2) / stripes
        stripe = skia.Path()
        stripe.moveTo(far, y0 + pen.weight)
        stripe.lineTo(far + step * 0.55 * 0.92, y0 + pen.weight)
        stripe.lineTo(near + step * 0.6, y1 - pen.weight)
        stripe.lineTo(near, y1 - pen.weight)
        stripe.close()
        canvas.drawPath(stripe, paint)


def _trampoline(canvas: skia.Canvas, box: Box, pen: Pen) -> None:
    """A round trampoline seen from a little above: a dark mat in a padded ring on bent legs; who
    jumps on it stands on the box's top edge, the mat's near rim."""
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    depth = min(h * 0.5, w * 0.22)
    legs = pen.stroke(max(1.5, w * 0.02))
    legs.setColor(skia.Color(*STEEL_GREY))
    legs.setStrokeCap(skia.Paint.kRound_Cap)
    for share in (0.06, 0.32, 0.68, 0.94):
        x = x0 + w * share
        canvas.drawLine(x, y0, x + w * (0.5 - share) * 0.04, y1 - pen.weight, legs)
    ring = rect(x0 + pen.weight, y0 - depth / 2, x1 - pen.weight, y0 + depth / 2)
    pen.part(canvas, ring, radius=depth / 2)
    mat = ring.makeInset(w * 0.06, depth * 0.16)
    canvas.drawOval(mat, skia.Paint(Color=skia.Color(*MAT_BLACK), AntiAlias=True))
    # the near rim's padding over the mat's front
    pad = skia.Path()
    pad.addArc(ring, 20.0, 140.0)
    canvas.drawPath(pad, pen.stroke(max(2.0, depth * 0.14)))


def _wheelbarrow(canvas: skia.Canvas, box: Box, pen: Pen) -> None:
    """A wheelbarrow from the side: a deep tray, a wheel under its front (right), two handles and a
    leg at the back (left)."""
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    r = min(h * 0.2, w * 0.12)
    wheel_x, wheel_y = x1 - r * 1.2, y1 - r
    frame = pen.stroke(max(1.5, h * 0.04))
    frame.setColor(skia.Color(*STEEL_GREY))
    frame.setStrokeCap(skia.Paint.kRound_Cap)
    canvas.drawLine(x0 + w * 0.02, y0 + h * 0.42, wheel_x, wheel_y, frame)  # handle to the axle
    canvas.drawLine(x0 + w * 0.3, y0 + h * 0.62, x0 + w * 0.26, y1 - pen.weight, frame)  # the leg
    tray = skia.Path()
    tray.moveTo(x0 + w * 0.2, y0 + pen.weight)
    tray.lineTo(x1 - w * 0.04, y0 + pen.weight)
    tray.lineTo(x1 - w * 0.26, y0 + h * 0.62)
    tray.lineTo(x0 + w * 0.36, y0 + h * 0.62)
    tray.close()
    pen.shape(canvas, tray)
    pen.part(canvas, rect(x0 + w * 0.18, y0, x1 - w * 0.02, y0 + h * 0.07), shade(pen.rgb, -0.1), pen.weight)
    canvas.drawCircle(wheel_x, wheel_y, r, skia.Paint(Color=skia.Color(*TYRE), AntiAlias=True))
    canvas.drawCircle(wheel_x, wheel_y, r * 0.4, skia.Paint(Color=skia.Color(*STEEL_GREY), AntiAlias=True))
    grip = pen.stroke(max(2.0, h * 0.07))
    grip.setColor(skia.Color(*TYRE))
    grip.setStrokeCap(skia.Paint.kRound_Cap)
    canvas.drawLine(x0 + w * 0.01, y0 + h * 0.4, x0 + w * 0.07, y0 + h * 0.43, grip)


YARD: Mapping[str, Drawer] = MappingProxyType(
    {
        "barbecue": _barbecue,
        "barbecue grill": _barbecue,
        "grill": _barbecue,
        "bbq": _barbecue,
        "cage": _birdcage,
        "birdcage": _birdcage,
        "bird cage": _birdcage,
        "crosswalk": _crosswalk,
        "zebra crossing": _crosswalk,
        "pedestrian crossing": _crosswalk,
        "trampoline": _trampoline,
        "wheelbarrow": _wheelbarrow,
        "barrow": _wheelbarrow,
    }
)
YARD_COLORS: Mapping[str, RGB] = MappingProxyType(
    {
        kind: GRILL_BLACK
        if drawer is _barbecue
        else CAGE_GOLD
        if drawer is _birdcage
        else ZEBRA_WHITE
        if drawer is _crosswalk
        else PAD_BLUE
        if drawer is _trampoline
        else BARROW_GREEN
        for kind, drawer in YARD.items()
    }
)

__all__ = ["CROSSWALK_DEPTH", "YARD", "YARD_COLORS"]
