"""Arches, drawn in code: no emoji draws one (the classical building 🏛️ stood in, a temple where a
garden arch or a wedding arch was asked for).

Two drawings: a garden arbour (the default: "a garden arch with roses", "a wedding couple under an
arch") — a slim painted frame, posts and a round top, wound with leaves and dotted with flowers —
and a stone arch (a ruin, a city gate: the noun or the plan's material says stone, or the setting is
a town or a ruin) — two pillars of blocks under a ring of wedge stones. Both leave their opening
clear: the backdrop, and whoever stands under the arch, show through it.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from types import MappingProxyType

import skia

from limner.assets.art import furniture_kind
from limner.plan.model import Element, Plan
from limner.render.builtin.art import art_noun
from limner.render.builtin.backdrop.style import shade
from limner.render.builtin.colors import RGB
from limner.render.builtin.pen import Box, Drawer, Pen, rect

#: The arbour's painted frame and its leaves (two greens) and flowers (the plan's colour paints the
#: frame; a rose arch's flowers are rose pink).
FRAME: RGB = (244, 240, 230)
LEAF: RGB = (86, 150, 72)
LEAF_DARK: RGB = (58, 118, 56)
FLOWERS: tuple[RGB, ...] = ((232, 84, 110), (250, 170, 190), (255, 246, 236))
STONE: RGB = (196, 184, 164)
#: Materials and words that make an arch of stone, and the settings where an arch is of stone.
STONY = frozenset({"stone", "brick", "marble", "concrete", "rock", "granite", "sandstone"})
STONE_SETTINGS = frozenset(
    {"city", "town", "street", "ruin", "ruins", "castle", "desert", "village", "plaza", "square", "temple"}
)
#: How much wider (each side) and taller than what stands under it an arch framing it is: shares of
#: their width and height together.
FRAME_PAD = (0.22, 0.2)
#: Of the arch's width: the frame's thickness (an arbour's, a stone arch's) and the leaves' size.
FRAME_SHARE = 0.07
STONE_SHARE = 0.17
LEAF_SHARE = 0.075


def arch_kind(kind: str, noun: str, material: object, setting: str | None) -> str:
    """The drawing an arch of ``kind`` gets: stone where its noun or ``material`` says stone or brick
    or the ``setting`` is a town or a ruin, else its own (an arbour)."""
    words = set(noun.lower().split())
    if isinstance(material, str):
        words.add(material.lower())
    if kind == "arch" and (words & STONY or (setting or "").lower() in STONE_SETTINGS):
        return "stone arch"
    return kind


def arch_frames(plan: Plan) -> dict[str, Box]:
    """The arches the plan puts someone or something under, by id: the box (canvas shares) that
    frames them all — a little wider and taller than they are together, on the ground they stand on.
    An arch the plan drew apart from them (floating over their heads) stands around them instead."""
    by_id = {e.id: e for e in plan.elements if e.kind == "object"}
    under: dict[str, list[Element]] = {}
    for rel in plan.relations:
        thing, arch = by_id.get(rel.subject), by_id.get(str(rel.object))
        if rel.predicate != "under" or thing is None or arch is None:
            continue
        if furniture_kind(art_noun(arch)) in ARCHES:
            under.setdefault(arch.id, []).append(thing)
    frames: dict[str, Box] = {}
    for arch_id, things in sorted(under.items()):
        x0 = min(t.box[0] for t in things)
        y0 = min(t.box[1] for t in things)
        x1 = max(t.box[2] for t in things)
        y1 = max(t.box[3] for t in things)
        w, h = x1 - x0, y1 - y0
        pad_x, pad_y = max(w * FRAME_PAD[0], h * 0.12), h * FRAME_PAD[1]
        frames[arch_id] = (
            max(0.0, x0 - pad_x),
            max(0.0, y0 - pad_y),
            min(1.0, x1 + pad_x),
            min(1.0, y1 + 0.005),
        )
    return frames


def _arch(x0: float, y0: float, x1: float, y1: float) -> skia.Path:
    """Posts from ``y1`` up to a half-round (or half-oval, in a low box) top reaching ``y0``."""
    rise = min((x1 - x0) / 2, (y1 - y0) * 0.5)
    path = skia.Path()
    path.moveTo(x0, y1)
    path.lineTo(x0, y0 + rise)
    path.arcTo(rect(x0, y0, x1, y0 + rise * 2), 180.0, 180.0, False)
    path.lineTo(x1, y1)
    path.close()
    return path


def _frame(box: Box, thick: float) -> skia.Path:
    """The arch's body: its outline less its opening (``thick`` wide, open at the bottom)."""
    x0, y0, x1, y1 = box
    outer = _arch(x0, y0, x1, y1)
    inner = _arch(x0 + thick, y0 + thick, x1 - thick, y1 + thick)
    body = skia.Op(outer, inner, skia.PathOp.kDifference_PathOp)
    return outer if body is None else body


def _along(box: Box, thick: float, steps: int) -> list[tuple[float, float]]:
    """Points along the middle of the arch's frame, up the left post, over the top and down the right
    post to two-thirds of the way down."""
    x0, y0, x1, y1 = box
    half = thick / 2
    path = _arch(x0 + half, y0 + half, x1 - half, y1)
    measure = skia.PathMeasure(path, False)
    length = measure.getLength()
    # the closing line back along the ground is not part of the frame: stop at the right post
    posts = (y1 - y0 - min((x1 - x0) / 2, (y1 - y0) * 0.5)) * 2
    frame = (length - (x1 - x0 - thick)) if length > 0 else 0.0
    start, end = posts * 0.5 * 0.35, frame - posts * 0.5 * 0.35
    points = []
    for i in range(steps):
        position, _ = measure.getPosTan(start + (end - start) * i / max(steps - 1, 1))
        points.append((position.x(), position.y()))
    return points


def _arbour(canvas: skia.Canvas, box: Box, pen: Pen) -> None:
    """A garden arbour: a slim painted frame wound with leaves and dotted with flowers."""
    w = box[2] - box[0]
    thick = max(pen.weight * 2, w * FRAME_SHARE)
    pen.shape(canvas, _frame(box, thick))
    leaf = max(2.0, w * LEAF_SHARE)
    points = _along(box, thick, 15)
    dark = skia.Paint(Color=skia.Color(*LEAF_DARK), AntiAlias=True)
    light = skia.Paint(Color=skia.Color(*LEAF), AntiAlias=True)
    for i, (x, y) in enumerate(points):  # leaves, dark under light, on alternate sides of the frame
        side = 1.0 if i % 2 else -1.0
        canvas.drawCircle(x + side * leaf * 0.35, y + leaf * 0.2, leaf * 0.95, dark)
    for i, (x, y) in enumerate(points):
        side = -1.0 if i % 2 else 1.0
        canvas.drawCircle(x + side * leaf * 0.3, y - leaf * 0.15, leaf * 0.7, light)
    for i, (x, y) in enumerate(points[1::2]):  # a flower on every other cluster
        color = FLOWERS[i % len(FLOWERS)]
        petal = leaf * 0.38
        paint = skia.Paint(Color=skia.Color(*color), AntiAlias=True)
        for dx, dy in ((-1, 0), (1, 0), (0, -1), (0, 1)):
            canvas.drawCircle(x + dx * petal * 0.7, y + dy * petal * 0.7, petal, paint)
        heart = skia.Paint(Color=skia.Color(*shade(color, -0.25)), AntiAlias=True)
        canvas.drawCircle(x, y, petal * 0.6, heart)


def _stone_arch(canvas: skia.Canvas, box: Box, pen: Pen) -> None:
    """A stone arch: two pillars of blocks under a ring of wedge stones, its opening clear."""
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    thick = max(pen.weight * 3, w * STONE_SHARE)
    body = _frame(box, thick)
    pen.shape(canvas, body)
    canvas.save()
    canvas.clipPath(body, doAntiAlias=True)
    seam = pen.stroke(max(1.0, pen.weight * 0.7))
    rise = min(w / 2, h * 0.5)
    spring = y0 + rise
    courses = max(3, round((y1 - spring) / max(thick * 0.8, 1.0)))
    for i in range(1, courses + 1):  # the pillars' courses, every other one jointed in the middle
        y = spring + (y1 - spring) * i / courses
        canvas.drawLine(x0, y, x0 + thick, y, seam)
        canvas.drawLine(x1 - thick, y, x1, y, seam)
        if i % 2:
            mid = y - (y1 - spring) / courses / 2
            canvas.drawLine(x0 + thick / 2, y, x0 + thick / 2, mid - (y1 - spring) / courses / 2, seam)
            canvas.drawLine(x1 - thick / 2, y, x1 - thick / 2, mid - (y1 - spring) / courses / 2, seam)
    cx, cy = (x0 + x1) / 2, spring
    for i in range(1, 9):  # the wedge stones' joints, fanning from the arch's centre
        angle = math.pi * i / 9
        dx, dy = -w / 2 * math.cos(angle), -rise * math.sin(angle)
        canvas.drawLine(cx + dx * 0.5, cy + dy * 0.5, cx + dx * 1.1, cy + dy * 1.1, seam)
    canvas.restore()


ARCHES: Mapping[str, Drawer] = MappingProxyType(
    {
        "arch": _arbour,
        "archway": _arbour,
        "arbor": _arbour,
        "arbour": _arbour,
        "pergola": _arbour,
        "stone arch": _stone_arch,
    }
)
ARCH_COLORS: Mapping[str, RGB] = MappingProxyType(
    {"arch": FRAME, "archway": FRAME, "arbor": FRAME, "arbour": FRAME, "pergola": FRAME, "stone arch": STONE}
)

__all__ = ["ARCHES", "ARCH_COLORS", "arch_frames", "arch_kind"]
