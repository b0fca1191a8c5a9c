"""Outdoor things no emoji draws, drawn in code: logs lying down, paths and sidewalks, puddles,
icicles, caves, igloos, pine cones, cocoons, watering cans, piers and boardwalks, hot air balloons
(the only balloon emoji is a party balloon on a string) and the playground's seesaws, swings and
sandboxes.

Each fills its box in the flat style of the art (a fill and a darker outline from the :class:`Pen`),
standing on the box's bottom edge; a flat thing (a path, a puddle) lies across the box's bottom.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from types import MappingProxyType

import skia

from limner.render.builtin.backdrop.style import mix, shade
from limner.render.builtin.colors import RGB
from limner.render.builtin.pen import Box, Drawer, Pen, rect

BARK: RGB = (120, 82, 52)
HEARTWOOD: RGB = (222, 184, 130)
GRAVEL: RGB = (204, 180, 140)
CONCRETE: RGB = (184, 184, 180)
WATER: RGB = (96, 156, 214)
#: A mud puddle: the puddle in wet earth brown.
MUD: RGB = (120, 86, 58)
ICE: RGB = (190, 226, 246)
ROCK: RGB = (128, 120, 112)
PLAY_RED: RGB = (206, 70, 60)
SAND: RGB = (232, 204, 148)
WOOD: RGB = (156, 104, 62)
SILK: RGB = (226, 216, 184)
SNOW: RGB = (236, 244, 250)
CAN_GREEN: RGB = (72, 150, 96)
#: A hot air balloon's envelope and the share its pale gores mix toward white.
BALLOON_RED: RGB = (214, 64, 56)
GORE_LIGHT = 0.45
#: How far a swing's top bar rises above its seat, the box's top edge (share of the box height).
SWING_RISE = 0.9
#: How deep (share of their width) paths and sidewalks, and puddles, lie on the ground at most.
FLAT_DEPTH = 0.35
PUDDLE_DEPTH = 0.45
#: The dark of an opening (a cave's mouth).
HOLLOW: RGB = (46, 40, 38)


def _log(canvas: skia.Canvas, box: Box, pen: Pen) -> None:
    """A log lying on its side: a barked body with grain lines, its cut end showing rings."""
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    half = pen.weight / 2
    end_w = min(w * 0.3, h * 0.6)
    body = rect(x0 + half, y0 + half, x1 - end_w / 2, y1 - half)
    pen.part(canvas, body, radius=h * 0.5)
    dark = shade(pen.rgb, -0.1)
    for at in (0.3, 0.55, 0.78):  # bark grain along the log
        y = y0 + h * at
        start = x0 + w * (0.12 + 0.1 * (at * 10 % 2))
        pen.line(canvas, start, y, start + w * 0.35, y)
        canvas.drawLine(
            start + w * 0.4,
            y + h * 0.04,
            x1 - end_w,
            y + h * 0.04,
            skia.Paint(Color=skia.Color(*dark), AntiAlias=True, StrokeWidth=pen.weight),
        )
    end = rect(x1 - end_w - half, y0 + half, x1 - half, y1 - half)
    canvas.drawOval(end, skia.Paint(Color=skia.Color(*HEARTWOOD), AntiAlias=True))
    ring = skia.Paint(
        Color=skia.Color(*shade(HEARTWOOD, -0.2)),
        AntiAlias=True,
        Style=skia.Paint.kStroke_Style,
        StrokeWidth=pen.weight * 0.8,
    )
    cx, cy = end.centerX(), end.centerY()
    for t in (0.66, 0.36):
        rw, rh = end.width() / 2 * t, end.height() / 2 * t
        canvas.drawOval(rect(cx - rw, cy - rh, cx + rw, cy + rh), ring)
    canvas.drawOval(end, pen.stroke())


def _lying(box: Box, depth: float) -> Box:
    """The part of ``box`` a flat thing lying on the ground covers: its bottom, at most ``depth`` of
    its width deep (a tall box would stand a puddle or a path on end)."""
    x0, y0, x1, y1 = box
    return x0, max(y0, y1 - (x1 - x0) * depth), x1, y1


def _strip(canvas: skia.Canvas, box: Box, pen: Pen) -> skia.Path:
    """A flat strip lying across the whole box, seen from a little above (its far edge a little
    narrower); returns its outline."""
    x0, y0, x1, y1 = box
    w = x1 - x0
    half = pen.weight / 2
    path = skia.Path()
    path.moveTo(x0 + w * 0.04, y0 + half)
    path.lineTo(x1 - w * 0.04, y0 + half)
    path.lineTo(x1 - half, y1 - half)
    path.lineTo(x0 + half, y1 - half)
    path.close()
    pen.shape(canvas, path)
    return path


def _path(canvas: skia.Canvas, box: Box, pen: Pen) -> None:
    """A footpath: a flat strip of gravel, flecked with a few pebbles."""
    box = _lying(box, FLAT_DEPTH)
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    _strip(canvas, box, pen)
    pebble = skia.Paint(Color=skia.Color(*shade(pen.rgb, -0.12)), AntiAlias=True)
    count = max(6, round(w / max(h * 0.5, 1.0)) * 3)
    r = max(pen.weight, min(h * 0.06, w * 0.01))
    for i in range(count):
        x = x0 + w * (0.08 + 0.84 * ((i * 0.618) % 1.0))
        y = y0 + h * (0.25 + 0.5 * ((i * 0.382 + 0.17) % 1.0))
        canvas.drawOval(rect(x - r * 1.4, y - r, x + r * 1.4, y + r), pebble)


def _sidewalk(canvas: skia.Canvas, box: Box, pen: Pen) -> None:
    """A sidewalk: a flat strip of concrete slabs with joints, a curb along its near edge."""
    x0, y0, x1, y1 = _lying(box, FLAT_DEPTH)
    w, h = x1 - x0, y1 - y0
    curb = max(pen.weight * 2, h * 0.18)
    _strip(canvas, (x0, y0, x1, y1 - curb), pen)
    pen.part(
        canvas,
        rect(x0 + pen.weight / 2, y1 - curb, x1 - pen.weight / 2, y1 - pen.weight / 2),
        shade(pen.rgb, -0.1),
    )
    slabs = max(3, round(w / max(h * 1.2, 1.0)))
    for i in range(1, slabs):
        top = x0 + w * 0.04 + (w * 0.92) * i / slabs
        bottom = x0 + w * i / slabs
        pen.line(canvas, top, y0 + pen.weight, bottom, y1 - curb)


def _puddle(canvas: skia.Canvas, box: Box, pen: Pen) -> None:
    """A puddle lying flat: a wide, lobed pool of water with a pale glint."""
    x0, y0, x1, y1 = _lying(box, PUDDLE_DEPTH)
    w, h = x1 - x0, y1 - y0
    half = pen.weight / 2
    pool = skia.Path()
    pool.addOval(rect(x0 + half, y0 + h * 0.2, x0 + w * 0.7, y1 - half))
    pool.addOval(rect(x0 + w * 0.4, y0 + half, x1 - half, y1 - h * 0.15))
    merged = skia.Op(pool, skia.Path(), skia.PathOp.kUnion_PathOp) or pool
    pen.shape(canvas, merged)
    glint = skia.Paint(Color=skia.Color(*shade(pen.rgb, 0.2)), AntiAlias=True)
    canvas.drawOval(rect(x0 + w * 0.5, y0 + h * 0.25, x0 + w * 0.78, y0 + h * 0.4), glint)
    canvas.drawOval(rect(x0 + w * 0.2, y0 + h * 0.55, x0 + w * 0.34, y0 + h * 0.66), glint)


def _icicle(canvas: skia.Canvas, box: Box, pen: Pen) -> None:
    """Icicles hanging from the box's top edge: tapering spikes of ice, the middle one longest."""
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    count = max(1, min(7, round(w / max(h * 0.35, 1.0))))
    pitch = w / count
    for i in range(count):
        left = x0 + pitch * i + pitch * 0.08
        right = left + pitch * 0.84
        middle = abs(i - (count - 1) / 2) / max(count / 2, 1)
        length = h * (1.0 - 0.45 * middle) - pen.weight
        spike = skia.Path()
        spike.moveTo(left, y0 + pen.weight / 2)
        spike.lineTo(right, y0 + pen.weight / 2)
        spike.quadTo(right - pitch * 0.2, y0 + length * 0.5, (left + right) / 2, y0 + length)
        spike.quadTo(left + pitch * 0.2, y0 + length * 0.5, left, y0 + pen.weight / 2)
        spike.close()
        pen.shape(canvas, spike)
        glint = skia.Paint(Color=skia.Color(255, 255, 255), AntiAlias=True, StrokeWidth=pen.weight)
        canvas.drawLine(left + pitch * 0.25, y0 + h * 0.08, left + pitch * 0.33, y0 + length * 0.45, glint)


def _cave(canvas: skia.Canvas, box: Box, pen: Pen) -> None:
    """A cave: a rocky mound on the ground with a dark arched mouth."""
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    half = pen.weight / 2
    mound = skia.Path()
    mound.moveTo(x0 + half, y1 - half)
    mound.cubicTo(x0 + w * 0.05, y0 + h * 0.2, x0 + w * 0.35, y0 + half, x0 + w * 0.55, y0 + h * 0.06)
    mound.cubicTo(x0 + w * 0.8, y0 + h * 0.12, x1 - w * 0.02, y0 + h * 0.4, x1 - half, y1 - half)
    mound.close()
    pen.shape(canvas, mound)
    mouth = skia.Path()
    mw, mx = w * 0.2, x0 + w * 0.5
    mouth.moveTo(mx - mw, y1 - half)
    mouth.cubicTo(mx - mw, y0 + h * 0.35, mx + mw, y0 + h * 0.35, mx + mw, y1 - half)
    mouth.close()
    pen.shape(canvas, mouth, HOLLOW)
    crack = shade(pen.rgb, -0.12)
    paint = skia.Paint(Color=skia.Color(*crack), AntiAlias=True, StrokeWidth=pen.weight)
    canvas.drawLine(x0 + w * 0.2, y0 + h * 0.45, x0 + w * 0.3, y0 + h * 0.35, paint)
    canvas.drawLine(x0 + w * 0.75, y0 + h * 0.4, x0 + w * 0.85, y0 + h * 0.55, paint)


def _seesaw(canvas: skia.Canvas, box: Box, pen: Pen) -> None:
    """A seesaw: a plank tilted across a pivot, a handle and a seat at each end."""
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    cx = (x0 + x1) / 2
    pivot = skia.Path()
    pivot.moveTo(cx - w * 0.1, y1 - pen.weight / 2)
    pivot.lineTo(cx, y0 + h * 0.45)
    pivot.lineTo(cx + w * 0.1, y1 - pen.weight / 2)
    pivot.close()
    pen.shape(canvas, pivot, shade(pen.rgb, -0.15))
    plank = max(pen.weight * 2.5, h * 0.1)
    canvas.save()
    canvas.translate(cx, y0 + h * 0.45)
    tilt = math.atan2(h * 0.36, w * 0.46)
    canvas.rotate(-math.degrees(tilt))
    length = w * 0.47 / max(math.cos(tilt), 0.1)
    pen.part(canvas, rect(-length, -plank, length, 0), radius=plank / 2)
    for side in (-1, 1):
        hx = side * length * 0.8
        pen.part(canvas, rect(hx - plank * 0.3, -plank * 3, hx + plank * 0.3, -plank), shade(pen.rgb, -0.15))
        pen.part(
            canvas,
            rect(hx - plank * 1.2, -plank * 3.3, hx + plank * 1.2, -plank * 2.7),
            shade(pen.rgb, -0.15),
        )
    canvas.restore()


def _swing(canvas: skia.Canvas, box: Box, pen: Pen) -> None:
    """A swing: its seat on the box's top edge (whoever sits or stands on it rests there), two ropes up
    to the top bar of an A-frame that rises above the box, its legs standing on the box's bottom."""
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    beam = max(pen.weight * 2.5, h * 0.06)
    bar_y = y0 - h * SWING_RISE
    leg = skia.Paint(
        Color=skia.Color(*pen.rgb), AntiAlias=True, StrokeWidth=beam, StrokeCap=skia.Paint.kRound_Cap
    )
    outline = skia.Paint(
        Color=skia.Color(*pen.outline),
        AntiAlias=True,
        StrokeWidth=beam + pen.weight * 2,
        StrokeCap=skia.Paint.kRound_Cap,
    )
    for top, feet in ((x0 + w * 0.1, (x0 + beam, x0 + w * 0.2)), (x1 - w * 0.1, (x1 - w * 0.2, x1 - beam))):
        for foot in feet:
            canvas.drawLine(top, bar_y + beam, foot, y1 - beam / 2, outline)
            canvas.drawLine(top, bar_y + beam, foot, y1 - beam / 2, leg)
    pen.part(canvas, rect(x0 + w * 0.04, bar_y, x1 - w * 0.04, bar_y + beam * 1.5), radius=beam / 2)
    rope = skia.Paint(
        Color=skia.Color(*shade(pen.outline, -0.1)), AntiAlias=True, StrokeWidth=pen.weight * 1.2
    )
    for rx in (x0 + w * 0.3, x1 - w * 0.3):
        canvas.drawLine(rx, bar_y + beam * 1.5, rx, y0, rope)
    seat = max(pen.weight * 2.5, h * 0.06)
    pen.part(canvas, rect(x0 + w * 0.26, y0, x1 - w * 0.26, y0 + seat), WOOD, pen.weight)


#: A sandbox is low: drawn no taller than this share of its width, on its box's bottom (a plan's
#: tall box made it a wooden chest with children standing on its lid).
SANDBOX_TALL = 0.36


def sandbox_frame(box: Box) -> tuple[Box, float]:
    """The box (pixels) a sandbox planned in ``box`` is drawn in, and the top of its front board."""
    x0, y0, x1, y1 = box
    h = min(y1 - y0, (x1 - x0) * SANDBOX_TALL)
    return (x0, y1 - h, x1, y1), y1 - h * 0.55


def _sandbox(canvas: skia.Canvas, box: Box, pen: Pen) -> None:
    """A sandbox: a low wooden frame heaped with sand, a small bucket on the sand."""
    (x0, y0, x1, y1), frame_top = sandbox_frame(box)
    w, h = x1 - x0, y1 - y0
    half = pen.weight / 2
    heap = skia.Path()
    heap.moveTo(x0 + w * 0.04, frame_top + h * 0.1)
    heap.cubicTo(x0 + w * 0.25, y0 + h * 0.1, x0 + w * 0.6, y0 + h * 0.2, x1 - w * 0.04, frame_top + h * 0.1)
    heap.close()
    pen.shape(canvas, heap, SAND)
    pen.part(canvas, rect(x0 + half, frame_top, x1 - half, y1 - half), radius=pen.weight)
    pen.line(canvas, x0 + pen.weight, (frame_top + y1) / 2, x1 - pen.weight, (frame_top + y1) / 2)
    bucket = skia.Path()
    bx = x0 + w * 0.62
    bucket.moveTo(bx, y0 + h * 0.22)
    bucket.lineTo(bx + w * 0.12, y0 + h * 0.22)
    bucket.lineTo(bx + w * 0.1, frame_top + h * 0.02)
    bucket.lineTo(bx + w * 0.02, frame_top + h * 0.02)
    bucket.close()
    pen.shape(canvas, bucket, PLAY_RED)


def _scaled(canvas: skia.Canvas, pen: Pen, body: skia.Path, rows: int, top: float, bottom: float) -> None:
    """Fill and outline ``body``, then rows of scale arcs down it, clipped to its outline."""
    pen.shape(canvas, body)
    canvas.save()
    canvas.clipPath(body, doAntiAlias=True)
    bounds = body.getBounds()
    arc = pen.stroke()
    pitch = (bottom - top) / rows
    for row in range(rows):
        y = top + pitch * row
        count = 3 if row % 2 == 0 else 2
        step = bounds.width() / 3
        start = bounds.left() + (0.0 if row % 2 == 0 else step / 2)
        for i in range(count):
            x = start + step * i
            canvas.drawArc(rect(x, y - pitch * 0.6, x + step, y + pitch), 20, 140, False, arc)
    canvas.restore()


def _pinecone(canvas: skia.Canvas, box: Box, pen: Pen) -> None:
    """A pine cone: an egg of overlapping scales, a short stem at its top."""
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    cx = (x0 + x1) / 2
    width = min(w, h * 0.7)
    body = skia.Path()
    body.addOval(rect(cx - width / 2, y0 + h * 0.1, cx + width / 2, y1 - pen.weight / 2))
    pen.part(
        canvas,
        rect(cx - width * 0.06, y0 + pen.weight / 2, cx + width * 0.06, y0 + h * 0.16),
        shade(pen.rgb, -0.1),
    )
    _scaled(canvas, pen, body, 6, y0 + h * 0.18, y1)


def _cocoon(canvas: skia.Canvas, box: Box, pen: Pen) -> None:
    """A cocoon hanging from a twig along the box's top: a silky spindle wrapped in bands."""
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    cx = (x0 + x1) / 2
    twig = max(pen.weight * 2, h * 0.05)
    pen.part(
        canvas, rect(x0 + pen.weight / 2, y0 + pen.weight / 2, x1 - pen.weight / 2, y0 + twig), BARK, twig / 2
    )
    width = min(w * 0.8, h * 0.45)
    top, bottom = y0 + twig + h * 0.04, y1 - pen.weight / 2
    body = skia.Path()
    body.moveTo(cx, top)
    body.cubicTo(cx + width * 0.75, top + h * 0.2, cx + width * 0.6, bottom - h * 0.15, cx, bottom)
    body.cubicTo(cx - width * 0.6, bottom - h * 0.15, cx - width * 0.75, top + h * 0.2, cx, top)
    body.close()
    pen.shape(canvas, body)
    canvas.save()
    canvas.clipPath(body, doAntiAlias=True)
    for i in range(1, 6):
        y = top + (bottom - top) * i / 6
        pen.line(canvas, cx - width, y + h * 0.03, cx + width, y - h * 0.03)
    canvas.restore()
    pen.line(canvas, cx, y0 + twig, cx, top + pen.weight)


def _igloo(canvas: skia.Canvas, box: Box, pen: Pen) -> None:
    """An igloo: a dome of snow blocks in courses, a round-topped entrance tunnel at its front."""
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    half = pen.weight / 2
    dome = skia.Path()
    dome.moveTo(x0 + half, y1 - half)
    dome.cubicTo(x0 + half, y0 - h * 0.3, x1 - half, y0 - h * 0.3, x1 - half, y1 - half)
    dome.close()
    pen.shape(canvas, dome)
    canvas.save()
    canvas.clipPath(dome, doAntiAlias=True)
    courses = 4
    for row in range(1, courses + 1):
        y = y1 - (h * 0.95) * row / (courses + 0.5)
        pen.line(canvas, x0, y, x1, y)
        blocks = 6 - row
        for i in range(blocks):
            x = x0 + w * (i + (0.5 if row % 2 else 0.0)) / blocks
            pen.line(canvas, x, y, x, y + h * 0.95 / (courses + 0.5))
    canvas.restore()
    door = skia.Path()
    dw = w * 0.14
    cx = (x0 + x1) / 2
    door.moveTo(cx - dw * 1.6, y1 - half)
    door.lineTo(cx - dw * 1.6, y1 - h * 0.28)
    door.quadTo(cx, y1 - h * 0.58, cx + dw * 1.6, y1 - h * 0.28)
    door.lineTo(cx + dw * 1.6, y1 - half)
    door.close()
    pen.shape(canvas, door)
    hole = skia.Path()
    hole.moveTo(cx - dw, y1 - half)
    hole.lineTo(cx - dw, y1 - h * 0.22)
    hole.quadTo(cx, y1 - h * 0.44, cx + dw, y1 - h * 0.22)
    hole.lineTo(cx + dw, y1 - half)
    hole.close()
    pen.shape(canvas, hole, HOLLOW)


def _watering_can(canvas: skia.Canvas, box: Box, pen: Pen) -> None:
    """A watering can: a round-shouldered body, a long spout rising to a sprinkler rose on the right
    and a looped handle over the top."""
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    half = pen.weight / 2
    body = rect(x0 + w * 0.08, y0 + h * 0.35, x0 + w * 0.62, y1 - half)
    handle = pen.stroke(max(pen.weight * 3, h * 0.07))
    canvas.drawArc(
        rect(body.left() + w * 0.04, y0 + h * 0.08, body.right() - w * 0.04, y0 + h * 0.62),
        180,
        180,
        False,
        handle,
    )
    spout = skia.Path()
    spout.moveTo(body.right() - w * 0.02, y1 - h * 0.3)
    spout.lineTo(x1 - w * 0.12, y0 + h * 0.22)
    spout.lineTo(x1 - w * 0.06, y0 + h * 0.28)
    spout.lineTo(body.right() - w * 0.02, y1 - h * 0.14)
    spout.close()
    pen.shape(canvas, spout)
    rose = rect(x1 - w * 0.16, y0 + h * 0.1, x1 - half, y0 + h * 0.3)
    canvas.save()
    canvas.rotate(35, rose.centerX(), rose.centerY())
    pen.part(canvas, rose, shade(pen.rgb, -0.1), radius=pen.weight * 2)
    canvas.restore()
    pen.part(canvas, body, radius=w * 0.08)
    pen.part(
        canvas,
        rect(body.left(), body.top() + h * 0.12, body.right(), body.top() + h * 0.2),
        shade(pen.rgb, -0.1),
    )


def _hot_air_balloon(canvas: skia.Canvas, box: Box, pen: Pen) -> None:
    """A hot air balloon: a round envelope narrowing to its mouth, striped with pale gores, ropes down
    to a wicker basket at the box's bottom."""
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    cx = (x0 + x1) / 2
    r = min(w / 2 - pen.weight, h * 0.36)
    cy, mouth, neck = y0 + pen.weight + r, y0 + h * 0.72, r * 0.22
    envelope = skia.Path()
    envelope.moveTo(cx - neck, mouth)
    envelope.cubicTo(cx - neck * 1.6, mouth - h * 0.08, cx - r, cy + r * 0.75, cx - r, cy)
    envelope.arcTo(rect(cx - r, cy - r, cx + r, cy + r), 180, 180, False)
    envelope.cubicTo(cx + r, cy + r * 0.75, cx + neck * 1.6, mouth - h * 0.08, cx + neck, mouth)
    envelope.close()
    basket_w = max(neck * 2.2, w * 0.18)
    basket = rect(cx - basket_w / 2, y1 - h * 0.13, cx + basket_w / 2, y1 - pen.weight / 2)
    ropes = pen.stroke(max(1.0, pen.weight * 0.7))
    for side in (-1, 1):
        canvas.drawLine(cx + side * neck, mouth, cx + side * basket_w * 0.42, basket.top(), ropes)
    pen.shape(canvas, envelope)
    canvas.save()
    canvas.clipPath(envelope, doAntiAlias=True)
    pale = skia.Paint(Color=skia.Color(*mix(pen.rgb, (255, 255, 255), GORE_LIGHT)), AntiAlias=True)
    body = skia.Paint(Color=skia.Color(*pen.rgb), AntiAlias=True)
    for share, paint in ((0.66, pale), (0.36, body), (0.12, pale)):  # gores: nested lenses
        canvas.drawOval(rect(cx - r * share, y0 - h * 0.05, cx + r * share, mouth + h * 0.05), paint)
    canvas.restore()
    canvas.drawPath(envelope, pen.stroke())
    pen.part(canvas, rect(cx - neck, mouth - pen.weight, cx + neck, mouth + h * 0.03), shade(pen.rgb, -0.2))
    pen.part(canvas, basket, WOOD, radius=pen.weight)
    weave = basket.top() + basket.height() * 0.45
    pen.line(canvas, basket.left(), weave, basket.right(), weave)


def _deck(canvas: skia.Canvas, box: Box, pen: Pen, water: bool) -> None:
    """A plank deck on posts, its walking surface on the box's top edge (who stands on it stands
    there); a pier's posts stand in a strip of water at the box's bottom."""
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    deck = max(pen.weight * 3, h * 0.16)
    dark = shade(pen.rgb, -0.16)
    if water:
        canvas.drawRect(rect(x0, y1 - h * 0.3, x1, y1), skia.Paint(Color=skia.Color(*WATER), AntiAlias=True))
    posts = max(2, round(w / max(h, 1e-6) * 2))
    post = max(pen.weight * 2, w * 0.035)
    for i in range(posts):
        px = x0 + w * 0.06 + (w * 0.88 - post) * i / (posts - 1)
        pen.part(canvas, rect(px, y0 + deck, px + post, y1 - pen.weight / 2), dark)
    pen.part(canvas, rect(x0 + pen.weight / 2, y0 + pen.weight / 2, x1 - pen.weight / 2, y0 + deck))
    planks = max(3, round(w / max(deck, 1e-6) / 1.5))
    for i in range(1, planks):
        x = x0 + w * i / planks
        pen.line(canvas, x, y0 + pen.weight, x, y0 + deck - pen.weight)
    if water:
        glint = skia.Paint(
            Color=skia.Color(*mix(WATER, (255, 255, 255), 0.45)),
            AntiAlias=True,
            StrokeWidth=max(1.0, pen.weight),
            StrokeCap=skia.Paint.kRound_Cap,
        )
        for i in range(3):
            gx = x0 + w * (0.15 + 0.3 * i)
            canvas.drawLine(gx, y1 - h * 0.15, gx + w * 0.1, y1 - h * 0.15, glint)


def _pier(canvas: skia.Canvas, box: Box, pen: Pen) -> None:
    _deck(canvas, box, pen, water=True)


def _boardwalk(canvas: skia.Canvas, box: Box, pen: Pen) -> None:
    _deck(canvas, box, pen, water=False)


#: Decks on posts that stand in water (drawing a strip of their own where the setting has none).
PIERS = frozenset({"pier", "dock", "jetty", "wharf"})
OUTDOOR: Mapping[str, Drawer] = MappingProxyType(
    {
        "log": _log,
        "path": _path,
        "footpath": _path,
        "sidewalk": _sidewalk,
        "pavement": _sidewalk,
        "puddle": _puddle,
        "mud": _puddle,
        "mud puddle": _puddle,
        "mudhole": _puddle,
        "icicle": _icicle,
        "icicles": _icicle,
        "cave": _cave,
        "seesaw": _seesaw,
        "swing": _swing,
        "sandbox": _sandbox,
        "pinecone": _pinecone,
        "pine cone": _pinecone,
        "cocoon": _cocoon,
        "igloo": _igloo,
        "watering can": _watering_can,
        "hot air balloon": _hot_air_balloon,
        "pier": _pier,
        "dock": _pier,
        "jetty": _pier,
        "wharf": _pier,
        "boardwalk": _boardwalk,
    }
)
OUTDOOR_COLORS: Mapping[str, RGB] = MappingProxyType(
    {
        "log": BARK,
        "path": GRAVEL,
        "footpath": GRAVEL,
        "sidewalk": CONCRETE,
        "pavement": CONCRETE,
        "puddle": WATER,
        "mud": MUD,
        "mud puddle": MUD,
        "mudhole": MUD,
        "icicle": ICE,
        "icicles": ICE,
        "cave": ROCK,
        "seesaw": PLAY_RED,
        "swing": PLAY_RED,
        "sandbox": WOOD,
        "pinecone": BARK,
        "pine cone": BARK,
        "cocoon": SILK,
        "igloo": SNOW,
        "watering can": CAN_GREEN,
        "hot air balloon": BALLOON_RED,
        "pier": WOOD,
        "dock": WOOD,
        "jetty": WOOD,
        "wharf": WOOD,
        "boardwalk": WOOD,
    }
)

__all__ = ["OUTDOOR", "OUTDOOR_COLORS", "PIERS", "sandbox_frame"]
