"""Small waters the plan makes things of (a stream, a creek, a pond), drawn in code lying flat on the
ground — the art set drew a stream as a national-park picture tile and a pond as a water droplet.

A stream is a winding band of water across the bottom of its box, a pond a wide oval; both in the
plan's colour (water blue by default) with pale ripples. :func:`surface` says where the water lies,
so a bridge over it can reach down into it.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

import skia

from limner.render.builtin.backdrop.style import mix
from limner.render.builtin.colors import RGB
from limner.render.builtin.pen import Box, Drawer, Pen, rect

WATER_BLUE: RGB = (86, 150, 210)
POOL_BLUE: RGB = (84, 190, 232)
COPING: RGB = (236, 232, 224)
LADDER: RGB = (176, 182, 190)
#: How deep (share of its width) a stream and a pond lie on the ground at most.
STREAM_DEPTH = 0.22
POND_DEPTH = 0.4
ICE_BLUE: RGB = (206, 232, 244)


def surface(kind: str, box: Box) -> Box:
    """The part of ``box`` (any unit) the water of ``kind`` covers: its bottom, at most a share of its
    width deep (a tall box would stand it on end)."""
    x0, y0, x1, y1 = box
    depth = POND_DEPTH if WATERS.get(kind) in (_pond, _pool, _ice) else STREAM_DEPTH
    return x0, max(y0, y1 - (x1 - x0) * depth), x1, y1


def _ripples(canvas: skia.Canvas, area: Box, pen: Pen, count: int) -> None:
    x0, y0, x1, y1 = area
    w, h = x1 - x0, y1 - y0
    paint = skia.Paint(
        Color=skia.Color(*mix(pen.rgb, (255, 255, 255), 0.45)),
        AntiAlias=True,
        StrokeWidth=max(1.0, pen.weight),
        StrokeCap=skia.Paint.kRound_Cap,
    )
    for i in range(count):
        x = x0 + w * (0.12 + 0.76 * ((i * 0.618) % 1.0))
        y = y0 + h * (0.3 + 0.4 * ((i * 0.382 + 0.2) % 1.0))
        canvas.drawLine(x, y, x + w * 0.08, y, paint)


def _stream(canvas: skia.Canvas, box: Box, pen: Pen) -> None:
    """A stream: a band of water winding gently across the box's bottom, wider at the near end."""
    x0, y0, x1, y1 = surface("stream", box)
    w, h = x1 - x0, y1 - y0
    band = skia.Path()
    band.moveTo(x0, y0 + h * 0.35)
    band.cubicTo(x0 + w * 0.3, y0 - h * 0.05, x0 + w * 0.6, y0 + h * 0.45, x1, y0 + h * 0.1)
    band.lineTo(x1, y0 + h * 0.6)
    band.cubicTo(x0 + w * 0.65, y1 + h * 0.05, x0 + w * 0.35, y0 + h * 0.5, x0, y1)
    band.close()
    pen.shape(canvas, band)
    _ripples(canvas, (x0, y0, x1, y1), pen, 4)


def _pond(canvas: skia.Canvas, box: Box, pen: Pen) -> None:
    """A pond: a wide oval of water with pale ripples."""
    x0, y0, x1, y1 = surface("pond", box)
    half = pen.weight / 2
    pen.shape(canvas, skia.Path().addOval(rect(x0 + half, y0 + half, x1 - half, y1 - half)))
    _ripples(canvas, (x0 + (x1 - x0) * 0.1, y0, x1 - (x1 - x0) * 0.2, y1), pen, 3)


def _ice(canvas: skia.Canvas, box: Box, pen: Pen) -> None:
    """Ice to stand or skate on (a rink, a frozen pond): a wide pale oval lying flat, a shine across
    it and the curving scratches skates leave (the art set drew it as an ice cube)."""
    x0, y0, x1, y1 = surface("ice", box)
    w, h = x1 - x0, y1 - y0
    half = pen.weight / 2
    pen.shape(canvas, skia.Path().addOval(rect(x0 + half, y0 + half, x1 - half, y1 - half)))
    shine = skia.Path().addOval(rect(x0 + w * 0.14, y0 + h * 0.18, x0 + w * 0.62, y0 + h * 0.42))
    canvas.drawPath(shine, skia.Paint(Color=skia.Color(255, 255, 255, 150), AntiAlias=True))
    scratch = skia.Paint(
        Color=skia.Color(*mix(pen.rgb, pen.outline, 0.45)),
        AntiAlias=True,
        Style=skia.Paint.kStroke_Style,
        StrokeWidth=max(1.0, pen.weight * 0.6),
        StrokeCap=skia.Paint.kRound_Cap,
    )
    for i, (u, v) in enumerate(((0.28, 0.6), (0.52, 0.72), (0.66, 0.5))):
        arc = skia.Path()
        arc.moveTo(x0 + w * u, y0 + h * v)
        arc.quadTo(
            x0 + w * (u + 0.09), y0 + h * (v + 0.1 - 0.05 * i), x0 + w * (u + 0.2), y0 + h * (v - 0.02)
        )
        canvas.drawPath(arc, scratch)


def _pool(canvas: skia.Canvas, box: Box, pen: Pen) -> None:
    """A swimming pool: a rounded oblong of water inside a pale tiled edge, lane ripples, a ladder."""
    x0, y0, x1, y1 = surface("pool", box)
    w, h = x1 - x0, y1 - y0
    edge = max(pen.weight * 3, h * 0.12)
    tiles = skia.Paint(Color=skia.Color(*COPING), AntiAlias=True)
    outer = skia.RRect.MakeRectXY(rect(x0, y0, x1, y1), edge, edge)
    canvas.drawRRect(outer, tiles)
    canvas.drawRRect(outer, pen.stroke())
    water = rect(x0 + edge, y0 + edge * 0.8, x1 - edge, y1 - edge)
    canvas.drawRect(water, skia.Paint(Color=skia.Color(*pen.rgb), AntiAlias=True))
    _ripples(canvas, (water.left(), water.top(), water.right(), water.bottom()), pen, 5)
    rail = skia.Paint(
        Color=skia.Color(*LADDER),
        AntiAlias=True,
        Style=skia.Paint.kStroke_Style,
        StrokeWidth=max(1.5, pen.weight * 1.2),
    )
    for lx in (x1 - w * 0.16, x1 - w * 0.1):
        arc = skia.Path()
        arc.moveTo(lx, water.top() + h * 0.2)
        arc.lineTo(lx, y0 + edge * 0.2)
        arc.quadTo(lx, y0 - edge * 0.9, lx - w * 0.025, y0 - edge * 0.7)
        canvas.drawPath(arc, rail)


WATERS: Mapping[str, Drawer] = MappingProxyType(
    {
        "stream": _stream,
        "creek": _stream,
        "brook": _stream,
        "canal": _stream,
        "pond": _pond,
        "duck pond": _pond,
        "pool": _pool,
        "swimming pool": _pool,
        "paddling pool": _pool,
        "wading pool": _pool,
        # ice to stand or skate on was an ice cube (🧊), a watering hole a hole (🕳️)
        "ice": _ice,
        "ice rink": _ice,
        "skating rink": _ice,
        "ice skating rink": _ice,
        "rink": _ice,
        "frozen pond": _ice,
        "watering hole": _pond,
    }
)
#: The kinds that are ice (one stands or skates on it, not in it).
ICE = frozenset(kind for kind, drawer in WATERS.items() if drawer is _ice)
WATER_COLORS: Mapping[str, RGB] = MappingProxyType(
    {
        kind: POOL_BLUE if drawer is _pool else ICE_BLUE if drawer is _ice else WATER_BLUE
        for kind, drawer in WATERS.items()
    }
)

__all__ = ["COPING", "ICE", "POOL_BLUE", "WATERS", "WATER_BLUE", "WATER_COLORS", "surface"]
