"""Things no emoji draws, drawn in code: barns (an emoji house stood in for one; with someone in it,
its doors open on a dark doorway where it stands), fireplaces (the fire
emoji burned on the floor), campfires (one big flame) and waterfalls (the national-park emoji was a
square picture tile).

Each fills its box in the flat style of the art (a fill and a darker outline from the :class:`Pen`),
standing on the box's bottom edge. A stated colour paints the barn's walls, the fireplace's surround
and the waterfall's rock.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

import skia

from limner.render.builtin.backdrop.style import mix, shade
from limner.render.builtin.colors import RGB
from limner.render.builtin.garage import GARAGE_OPENED
from limner.render.builtin.pen import Box, Drawer, Pen, rect

BARN_RED: RGB = (172, 52, 44)
TRIM: RGB = (244, 240, 232)
ROOF_GREY: RGB = (92, 88, 86)
BRICK: RGB = (170, 88, 64)
MANTEL: RGB = (126, 86, 56)
HEARTH_DARK: RGB = (46, 36, 34)
FLAME: RGB = (246, 140, 44)
FLAME_CORE: RGB = (255, 214, 102)
LOG: RGB = (110, 72, 44)
CLIFF: RGB = (122, 116, 110)
STONE: RGB = (150, 146, 140)
FALLING_WATER: RGB = (140, 200, 236)
FOAM: RGB = (236, 246, 252)


#: The open doorway of a barn someone is in: its half-width and height, shares of the barn's box.
DOORWAY_HALF = 0.22
DOORWAY_TALL = 0.52
HAY: RGB = (222, 186, 92)


def barn_doorway(box: Box) -> Box:
    """The open doorway of a barn drawn in ``box`` (pixels), from its top to the ground."""
    x0, y0, x1, y1 = box
    w, h, cx = x1 - x0, y1 - y0, (x0 + x1) / 2
    return (cx - w * DOORWAY_HALF, y1 - h * DOORWAY_TALL, cx + w * DOORWAY_HALF, y1 - max(1.0, h * 0.004))


def _barn(canvas: skia.Canvas, box: Box, pen: Pen, opened: bool = False) -> None:
    """A barn: walls under a gambrel roof (two pitches a side), white trim, a big cross-braced door
    and a hayloft door above it; ``opened``, the doors swung open on a dark doorway (someone is in)."""
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    half = pen.weight / 2
    cx = (x0 + x1) / 2
    eave, kink = y0 + h * 0.42, y0 + h * 0.14
    walls = skia.Path()
    walls.moveTo(x0 + w * 0.04, y1 - half)
    walls.lineTo(x0 + w * 0.04, eave)
    walls.lineTo(x0 + w * 0.16, kink)
    walls.lineTo(cx, y0 + half)
    walls.lineTo(x1 - w * 0.16, kink)
    walls.lineTo(x1 - w * 0.04, eave)
    walls.lineTo(x1 - w * 0.04, y1 - half)
    walls.close()
    pen.shape(canvas, walls)
    roof = skia.Path()  # the roof's edge, a band over the gable
    over = w * 0.03
    roof.moveTo(x0 - over + half, eave + h * 0.04)
    roof.lineTo(x0 + w * 0.14, kink - h * 0.02)
    roof.lineTo(cx, y0 + half)
    roof.lineTo(x1 - w * 0.14, kink - h * 0.02)
    roof.lineTo(x1 + over - half, eave + h * 0.04)
    canvas.drawPath(roof, pen.stroke(max(pen.weight * 3, h * 0.045)))
    canvas.drawPath(
        roof,
        skia.Paint(
            Color=skia.Color(*ROOF_GREY),
            AntiAlias=True,
            Style=skia.Paint.kStroke_Style,
            StrokeWidth=max(pen.weight * 1.6, h * 0.03),
            StrokeJoin=skia.Paint.kRound_Join,
        ),
    )
    trim = skia.Paint(
        Color=skia.Color(*TRIM),
        AntiAlias=True,
        Style=skia.Paint.kStroke_Style,
        StrokeWidth=max(1.5, w * 0.015),
    )
    leaf = skia.Paint(Color=skia.Color(*shade(pen.rgb, -0.12)), AntiAlias=True)
    if opened:  # its doors swung open to the sides: the dark inside, hay on the floor
        way = rect(*barn_doorway(box))
        canvas.drawRect(way, skia.Paint(Color=skia.Color(*HEARTH_DARK), AntiAlias=True))
        hay = rect(way.left(), way.bottom() - way.height() * 0.1, way.right(), way.bottom())
        canvas.drawRect(hay, skia.Paint(Color=skia.Color(*HAY), AntiAlias=True))
        canvas.drawRect(way, trim)
        for left, right in ((way.left() - w * 0.14, way.left()), (way.right(), way.right() + w * 0.14)):
            door = rect(left, way.top(), right, way.bottom())
            canvas.drawRect(door, leaf)
            canvas.drawRect(door, trim)
            canvas.drawLine(left, door.top(), right, door.bottom(), trim)
            canvas.drawLine(left, door.bottom(), right, door.top(), trim)
        loft = rect(cx - w * 0.07, y0 + h * 0.22, cx + w * 0.07, y0 + h * 0.34)
    else:
        door = rect(cx - w * 0.2, y1 - h * 0.42, cx + w * 0.2, y1 - half)
        canvas.drawRect(door, leaf)
        canvas.drawRect(door, trim)
        canvas.drawLine(door.left(), door.top(), door.right(), door.bottom(), trim)
        canvas.drawLine(door.left(), door.bottom(), door.right(), door.top(), trim)
        canvas.drawLine(cx, door.top(), cx, door.bottom(), trim)
        loft = rect(cx - w * 0.08, y0 + h * 0.3, cx + w * 0.08, y0 + h * 0.44)
    canvas.drawRect(loft, skia.Paint(Color=skia.Color(*HEARTH_DARK), AntiAlias=True))
    canvas.drawRect(loft, trim)
    canvas.drawLine(x0 + w * 0.04, eave, x0 + w * 0.04, y1 - half, trim)
    canvas.drawLine(x1 - w * 0.04, eave, x1 - w * 0.04, y1 - half, trim)


def _flames(
    canvas: skia.Canvas, cx: float, base: float, width: float, height: float, outer: RGB = FLAME
) -> None:
    """Two nested tongues of fire standing on ``base``: ``outer`` round a pale yellow core."""
    for color, share in ((outer, 1.0), (FLAME_CORE, 0.55)):
        flame = skia.Path()
        fw, fh = width * share / 2, height * share
        flame.moveTo(cx - fw, base)
        flame.cubicTo(cx - fw * 1.1, base - fh * 0.5, cx - fw * 0.2, base - fh * 0.7, cx, base - fh)
        flame.cubicTo(cx + fw * 0.3, base - fh * 0.6, cx + fw * 1.1, base - fh * 0.45, cx + fw, base)
        flame.close()
        canvas.drawPath(flame, skia.Paint(Color=skia.Color(*color), AntiAlias=True))


def _fireplace(canvas: skia.Canvas, box: Box, pen: Pen) -> None:
    """A fireplace against the wall: a brick surround under a wooden mantel shelf, the dark arched
    opening with logs and a fire in it."""
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    half = pen.weight / 2
    shelf = h * 0.09
    body = rect(x0 + w * 0.05, y0 + shelf, x1 - w * 0.05, y1 - half)
    pen.part(canvas, body)
    canvas.save()
    canvas.clipRect(body)
    courses = 7
    mortar = pen.stroke(max(1.0, pen.weight * 0.5))
    for row in range(1, courses):
        y = body.top() + body.height() * row / courses
        canvas.drawLine(body.left(), y, body.right(), y, mortar)
        for i in range(6):
            x = body.left() + body.width() * (i + (0.5 if row % 2 else 0.0)) / 6
            canvas.drawLine(x, y, x, y - body.height() / courses, mortar)
    canvas.restore()
    pen.part(canvas, rect(x0 + half, y0 + half, x1 - half, y0 + shelf), MANTEL, pen.weight)
    ow, top = w * 0.3, y0 + h * 0.4
    opening = skia.Path()
    opening.moveTo(x0 + w / 2 - ow, y1 - half)
    opening.lineTo(x0 + w / 2 - ow, top + ow * 0.5)
    opening.quadTo(x0 + w / 2, top - ow * 0.3, x0 + w / 2 + ow, top + ow * 0.5)
    opening.lineTo(x0 + w / 2 + ow, y1 - half)
    opening.close()
    pen.shape(canvas, opening, HEARTH_DARK)
    cx, base = x0 + w / 2, y1 - h * 0.08
    _flames(canvas, cx, base, ow * 1.1, (base - top) * 0.75)
    log = skia.Paint(Color=skia.Color(*LOG), AntiAlias=True)
    for dx in (-0.35, 0.35):
        canvas.save()
        canvas.rotate(dx * 30, cx, base)
        canvas.drawRoundRect(
            rect(cx - ow * 0.75, base - h * 0.04, cx + ow * 0.75, base + h * 0.02), 4, 4, log
        )
        canvas.restore()


def _campfire(canvas: skia.Canvas, box: Box, pen: Pen) -> None:
    """A campfire on the ground: a ring of grey stones, crossed logs, the fire rising from them (the
    pen's colour is the fire's: "a blue campfire" burns blue)."""
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    cx, base = (x0 + x1) / 2, y1 - h * 0.14
    _flames(canvas, cx, base, w * 0.62, base - y0 - pen.weight, pen.rgb)
    log = skia.Paint(Color=skia.Color(*LOG), AntiAlias=True)
    for angle in (-16, 16):
        canvas.save()
        canvas.rotate(angle, cx, base)
        bar = rect(cx - w * 0.36, base - h * 0.05, cx + w * 0.36, base + h * 0.04)
        canvas.drawRoundRect(bar, h * 0.04, h * 0.04, log)
        canvas.drawRoundRect(bar, h * 0.04, h * 0.04, pen.stroke())
        canvas.restore()
    stones = 7
    for i in range(stones):
        sx = x0 + w * (0.08 + 0.84 * i / (stones - 1))
        stone = rect(sx - w * 0.07, y1 - h * 0.12, sx + w * 0.07, y1 - pen.weight / 2)
        pen.part(canvas, stone, STONE, radius=h * 0.05)


def _waterfall(canvas: skia.Canvas, box: Box, pen: Pen) -> None:
    """A waterfall: a rock cliff with water pouring down its middle in pale streaks into a foaming pool
    at the bottom."""
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    half = pen.weight / 2
    pool_top = y1 - h * 0.16
    cliff = skia.Path()
    cliff.moveTo(x0 + half, pool_top)
    cliff.lineTo(x0 + w * 0.06, y0 + h * 0.22)
    cliff.lineTo(x0 + w * 0.22, y0 + h * 0.06)
    cliff.lineTo(x0 + w * 0.45, y0 + half)
    cliff.lineTo(x1 - w * 0.3, y0 + h * 0.04)
    cliff.lineTo(x1 - w * 0.08, y0 + h * 0.18)
    cliff.lineTo(x1 - half, pool_top)
    cliff.close()
    pen.shape(canvas, cliff)
    ledge = pen.stroke(max(1.0, pen.weight * 0.7))
    for share in (0.35, 0.6):
        y = y0 + h * share
        canvas.drawLine(x0 + w * 0.05, y, x0 + w * 0.3, y + h * 0.03, ledge)
        canvas.drawLine(x1 - w * 0.28, y - h * 0.02, x1 - w * 0.05, y + h * 0.01, ledge)
    left, right = x0 + w * 0.34, x1 - w * 0.34
    fall = rect(left, y0 + h * 0.04, right, pool_top + h * 0.02)
    canvas.drawRect(fall, skia.Paint(Color=skia.Color(*FALLING_WATER), AntiAlias=True))
    streak = skia.Paint(
        Color=skia.Color(*mix(FALLING_WATER, FOAM, 0.7)),
        AntiAlias=True,
        StrokeWidth=max(1.5, w * 0.012),
        StrokeCap=skia.Paint.kRound_Cap,
    )
    for i in range(1, 6):
        x = left + (right - left) * i / 6
        canvas.drawLine(x, fall.top() + h * 0.05 * (i % 2), x, fall.bottom() - h * 0.06, streak)
    pool = rect(x0 + w * 0.1, pool_top - h * 0.02, x1 - w * 0.1, y1 - half)
    canvas.drawOval(pool, skia.Paint(Color=skia.Color(*shade(FALLING_WATER, -0.15)), AntiAlias=True))
    canvas.drawOval(pool, pen.stroke())
    foam = skia.Paint(Color=skia.Color(*FOAM), AntiAlias=True)
    for i in range(5):
        fx = left + (right - left) * (i + 0.5) / 5
        canvas.drawCircle(fx, pool_top + h * 0.01, (right - left) * 0.12, foam)


def _open_barn(canvas: skia.Canvas, box: Box, pen: Pen) -> None:
    _barn(canvas, box, pen, opened=True)


#: The kind a barn someone is inside is drawn as (its doors open).
OPENED: Mapping[str, str] = MappingProxyType({"barn": "open barn", "stable": "open barn", **GARAGE_OPENED})

STRUCTURES: Mapping[str, Drawer] = MappingProxyType(
    {
        "barn": _barn,
        "stable": _barn,
        "open barn": _open_barn,
        "fireplace": _fireplace,
        "hearth": _fireplace,
        "campfire": _campfire,
        "bonfire": _campfire,
        "fire pit": _campfire,
        "waterfall": _waterfall,
    }
)
STRUCTURE_COLORS: Mapping[str, RGB] = MappingProxyType(
    {
        "barn": BARN_RED,
        "stable": BARN_RED,
        "open barn": BARN_RED,
        "fireplace": BRICK,
        "hearth": BRICK,
        "campfire": FLAME,
        "bonfire": FLAME,
        "fire pit": FLAME,
        "waterfall": CLIFF,
    }
)


__all__ = ["OPENED", "STRUCTURES", "STRUCTURE_COLORS", "barn_doorway"]
