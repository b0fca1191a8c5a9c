"""Bridges, drawn in code seen from the side — the only bridge emoji (🌉) is a whole night scene in a
tile: a deck along the box's top edge (what is on the bridge or crosses it stands there) carried by
stone arches, a timber trestle or a steel arch, by the plan's material (or its colour: brown reads as
timber, a bright paint as steel), stone grey by default. Its feet stand on the box's bottom edge: in the
setting's water when the bridge spans it.
"""

from __future__ import annotations

import colorsys
import itertools
from collections.abc import Mapping
from types import MappingProxyType

import skia

from limner.render.builtin.backdrop.style import shade
from limner.render.builtin.colors import RGB
from limner.render.builtin.pen import Box, Drawer, Pen, rect

STONE: RGB = (158, 154, 146)
TIMBER: RGB = (150, 102, 62)
STEEL: RGB = (96, 112, 132)
#: The deck's depth, a share of the box's height (at least a few pen weights).
DECK = 0.12
#: Of the box's height from its top: how high the arches' crowns rise (just under the deck).
CROWN = 0.2
#: How far below its box (share of its height) a bridge's feet reach down into the setting's water.
REACH = 0.6
POOL_REACH = 1.0
#: Materials the plan names, by the drawing they get.
MATERIALS: Mapping[str, str] = MappingProxyType(
    {
        "stone": "stone bridge",
        "brick": "stone bridge",
        "concrete": "stone bridge",
        "marble": "stone bridge",
        "rock": "stone bridge",
        "wood": "wooden bridge",
        "wooden": "wooden bridge",
        "timber": "wooden bridge",
        "bamboo": "wooden bridge",
        "rope": "wooden bridge",
        "steel": "steel bridge",
        "iron": "steel bridge",
        "metal": "steel bridge",
        "metallic": "steel bridge",
    }
)


def _deck(canvas: skia.Canvas, box: Box, pen: Pen) -> float:
    """The deck along the box's top edge; returns its underside's y."""
    x0, y0, x1, y1 = box
    depth = max(pen.weight * 3, (y1 - y0) * DECK)
    half = pen.weight / 2
    pen.part(canvas, rect(x0 + half, y0 + half, x1 - half, y0 + depth), shade(pen.rgb, 0.08))
    pen.line(canvas, x0 + pen.weight, y0 + depth * 0.4, x1 - pen.weight, y0 + depth * 0.4)
    return y0 + depth


def _stone(canvas: skia.Canvas, box: Box, pen: Pen) -> None:
    """Masonry under the deck, pierced by round arches down to the ground (or the water)."""
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    under = y0 + max(pen.weight * 3, h * DECK)
    arches = max(1, round(w / max(h, 1e-6) * 0.9))
    pier = w * 0.16 / (arches + 1)
    span = (w - pier * (arches + 1)) / arches
    crown = y0 + h * CROWN + (under - y0)
    body = skia.Path()
    body.addRect(rect(x0 + pen.weight / 2, under, x1 - pen.weight / 2, y1 - pen.weight / 2))
    openings = skia.Path()
    for i in range(arches):
        left = x0 + pier * (i + 1) + span * i
        rise = min(span / 2, (y1 - crown) * 0.6)
        spring = crown + rise
        opening = skia.Path()
        opening.moveTo(left, y1 + pen.weight)
        opening.lineTo(left, spring)
        opening.arcTo(rect(left, crown, left + span, spring + rise), 180.0, 180.0, False)
        opening.lineTo(left + span, y1 + pen.weight)
        opening.close()
        openings.addPath(opening)
    masonry = skia.Op(body, openings, skia.PathOp.kDifference_PathOp)
    if masonry is None:  # pragma: no cover - skia's path ops do not fail on these shapes
        masonry = body
    pen.shape(canvas, masonry)
    canvas.save()
    canvas.clipPath(masonry, doAntiAlias=True)
    courses = max(2, round((y1 - under) / max(pen.weight * 9, h * 0.14)))
    seam = pen.stroke(max(1.0, pen.weight * 0.6))
    seam.setColor(skia.Color(*shade(pen.rgb, -0.1)))
    for i in range(1, courses + 1):
        y = under + (y1 - under) * i / (courses + 1)
        canvas.drawLine(x0, y, x1, y, seam)
    canvas.restore()
    _deck(canvas, box, pen)


def _wooden(canvas: skia.Canvas, box: Box, pen: Pen) -> None:
    """A plank deck on a braced trestle of posts, a hand rail along it."""
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    dark = shade(pen.rgb, -0.14)
    rail = y0 - h * 0.16  # the hand rail rises behind whoever crosses
    posts = max(2, round(w / max(h, 1e-6) * 1.6) + 1)
    xs = [x0 + w * 0.05 + w * 0.9 * i / (posts - 1) for i in range(posts)]
    brace = pen.stroke(max(1.0, pen.weight * 1.4))
    brace.setColor(skia.Color(*dark))
    for a, b in itertools.pairwise(xs):
        canvas.drawLine(a, y0 + h * 0.2, b, y1 - h * 0.08, brace)
        canvas.drawLine(b, y0 + h * 0.2, a, y1 - h * 0.08, brace)
    post = max(pen.weight * 2, w * 0.03)
    for x in xs:
        pen.part(canvas, rect(x - post / 2, y0, x + post / 2, y1 - pen.weight / 2), dark)
        pen.part(canvas, rect(x - post * 0.35, rail, x + post * 0.35, y0), dark)
    pen.part(canvas, rect(x0 + w * 0.03, rail, x1 - w * 0.03, rail + max(pen.weight * 2, h * 0.035)))
    under = _deck(canvas, box, pen)
    planks = max(4, round(w / max(under - y0, 1e-6) / 1.2))
    for i in range(1, planks):
        x = x0 + w * i / planks
        pen.line(canvas, x, y0 + pen.weight, x, under - pen.weight)


def _steel(canvas: skia.Canvas, box: Box, pen: Pen) -> None:
    """A girder deck hung on a steel arch that springs from two stone footings."""
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    under = y0 + max(pen.weight * 3, h * DECK)
    foot_w, foot_h = w * 0.1, h * 0.22
    arch = skia.Path()
    arch.moveTo(x0 + foot_w * 0.6, y1 - foot_h)
    arch.quadTo((x0 + x1) / 2, under - (y1 - foot_h - under) * 0.9, x1 - foot_w * 0.6, y1 - foot_h)
    chord = pen.stroke(max(2.0, h * 0.05))
    chord.setColor(skia.Color(*pen.outline))
    chord.setStrokeCap(skia.Paint.kRound_Cap)
    canvas.drawPath(arch, chord)
    inner = pen.stroke(max(1.0, h * 0.05 - pen.weight * 2))
    inner.setStrokeCap(skia.Paint.kRound_Cap)
    inner.setColor(skia.Color(*pen.rgb))
    canvas.drawPath(arch, inner)
    measure = skia.PathMeasure(arch, False)
    hangers = max(4, round(w / max(h * 0.18, 1.0)))
    strut = pen.stroke(max(1.0, pen.weight * 1.2))
    strut.setColor(skia.Color(*shade(pen.rgb, -0.12)))
    for i in range(1, hangers):
        point, _ = measure.getPosTan(measure.getLength() * i / hangers)
        canvas.drawLine(point.x(), under, point.x(), point.y(), strut)
    footing = Pen(rgb=STONE, outline=shade(STONE, -0.22), weight=pen.weight)
    for fx in (x0 + pen.weight / 2, x1 - foot_w - pen.weight / 2):
        footing.part(canvas, rect(fx, y1 - foot_h, fx + foot_w, y1 - pen.weight / 2))
    under = _deck(canvas, box, pen)
    rivets = max(4, round(w / max(h * 0.1, 1.0)))
    for i in range(1, rivets):
        pen.knob(canvas, x0 + w * i / rivets, (y0 + under) / 2 + (under - y0) * 0.2, pen.weight * 0.8)


def spanning(box: Box, water: tuple[tuple[float, float], ...], pools: tuple[Box, ...] = ()) -> Box:
    """The pixel ``box`` a bridge is drawn in over the setting's ``water`` (its layers' spans) or
    over a stream the plan draws below it (``pools``: where their water lies): when its feet stop a
    little above the water (within :data:`REACH` of its height; :data:`POOL_REACH` over a stream
    under it), they reach down into it, to its middle; else the box as it is."""
    x0, y0, x1, y1 = box
    for top, bottom in water:
        middle = (top + bottom) / 2
        if y1 < middle and top - y1 <= (y1 - y0) * REACH:
            return (x0, y0, x1, middle)
    for px0, top, px1, bottom in pools:
        middle = (top + bottom) / 2
        under = min(x1, px1) - max(x0, px0) > 0.5 * min(x1 - x0, px1 - px0)
        if under and y1 < middle and top - y1 <= (y1 - y0) * POOL_REACH:
            return (x0, y0, x1, middle)
    return box


def bridge_kind(kind: str, material: object, color: RGB | None) -> str:
    """The drawing a bridge of ``kind`` gets: by the plan's ``material``, else by its ``color`` (brown:
    timber, a bright paint: steel), else the kind's own (stone for a plain bridge)."""
    if isinstance(material, str) and material.lower() in MATERIALS:
        return MATERIALS[material.lower()]
    if color is None or kind != "bridge":
        return kind
    hue, lightness, saturation = colorsys.rgb_to_hls(*(c / 255 for c in color))
    if saturation < 0.25 or lightness > 0.85:
        return kind  # grey, black or white: stone
    if 0.04 < hue < 0.12 and lightness < 0.5:
        return "wooden bridge"  # brown
    return "steel bridge"


BRIDGES: Mapping[str, Drawer] = MappingProxyType(
    {
        "bridge": _stone,
        "stone bridge": _stone,
        "viaduct": _stone,
        "aqueduct": _stone,
        "wooden bridge": _wooden,
        "footbridge": _wooden,
        "drawbridge": _wooden,
        "steel bridge": _steel,
        "iron bridge": _steel,
        "railway bridge": _steel,
    }
)
BRIDGE_COLORS: Mapping[str, RGB] = MappingProxyType(
    {
        kind: TIMBER if drawer is _wooden else STEEL if drawer is _steel else STONE
        for kind, drawer in BRIDGES.items()
    }
)

__all__ = ["BRIDGES", "BRIDGE_COLORS", "MATERIALS", "POOL_REACH", "REACH", "bridge_kind", "spanning"]
