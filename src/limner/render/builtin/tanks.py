"""Glass that holds water and fish, drawn in code: a round fishbowl (the nearest art was a cereal bowl
with a spoon, hiding the fish in it) and an aquarium (it was a neutral square): pale water behind the
glass, gravel on the bottom, a weed, a glint, and a small fish of its own in a tank. A fish the plan
puts in one is drawn after it, over its water.

A plain bowl the plan puts an animal in (a goldfish in a bowl) is drawn as a fishbowl too
(:func:`fishbowls`).
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

import skia

from limner.assets.art import resolve_art
from limner.plan.model import Plan
from limner.reason.concepts import concept
from limner.render.builtin.backdrop.style import mix, shade
from limner.render.builtin.colors import RGB
from limner.render.builtin.pen import Box, Drawer, Pen, rect

GLASS_WATER: RGB = (176, 222, 240)
GRAVEL: RGB = (196, 164, 118)
WEED: RGB = (84, 168, 96)
FISH_ORANGE: RGB = (246, 140, 48)
#: The art of a bowl for food (🥣): a bowl an animal is in is a fishbowl instead.
FOOD_BOWL = "🥣"
INSIDE = frozenset({"in", "inside"})
#: The concept categories of what lives in a fishbowl.
LIVING = frozenset({"animal", "fish"})


def _fish(canvas: skia.Canvas, x: float, y: float, size: float, left: bool) -> None:
    """A small orange fish centred at (x, y), ``size`` long, swimming left or right."""
    paint = skia.Paint(Color=skia.Color(*FISH_ORANGE), AntiAlias=True)
    canvas.drawOval(rect(x - size * 0.35, y - size * 0.2, x + size * 0.35, y + size * 0.2), paint)
    back = 1.0 if left else -1.0
    tail = skia.Path()
    tail.moveTo(x + back * size * 0.28, y)
    tail.lineTo(x + back * size * 0.55, y - size * 0.2)
    tail.lineTo(x + back * size * 0.55, y + size * 0.2)
    tail.close()
    canvas.drawPath(tail, paint)
    eye = x - back * size * 0.2
    canvas.drawCircle(
        eye, y - size * 0.04, max(1.0, size * 0.05), skia.Paint(Color=skia.Color(40, 40, 48), AntiAlias=True)
    )


def _weed(canvas: skia.Canvas, x: float, bottom: float, height: float, weight: float) -> None:
    paint = skia.Paint(
        Color=skia.Color(*WEED),
        AntiAlias=True,
        Style=skia.Paint.kStroke_Style,
        StrokeWidth=max(1.5, weight * 2),
    )
    paint.setStrokeCap(skia.Paint.kRound_Cap)
    for lean in (-1.0, 0.4, 1.0):
        blade = skia.Path()
        blade.moveTo(x, bottom)
        blade.quadTo(x + lean * height * 0.3, bottom - height * 0.5, x + lean * height * 0.1, bottom - height)
        canvas.drawPath(blade, paint)


def _fishbowl(canvas: skia.Canvas, box: Box, pen: Pen) -> None:
    """A round glass bowl, open at the top, three quarters full of water, gravel on its bottom."""
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    r = min(w, h) / 2 - pen.weight
    cx, cy = (x0 + x1) / 2, y1 - r - pen.weight
    glass = skia.Paint(
        Color=skia.Color(*pen.outline),
        AntiAlias=True,
        Style=skia.Paint.kStroke_Style,
        StrokeWidth=max(1.5, pen.weight * 1.5),
    )
    ball = skia.Path().addCircle(cx, cy, r)
    canvas.save()
    canvas.clipPath(ball, doAntiAlias=True)
    canvas.drawRect(rect(cx - r, cy - r * 0.55, cx + r, cy + r), skia.Paint(Color=skia.Color(*pen.rgb)))
    canvas.drawRect(rect(cx - r, cy + r * 0.72, cx + r, cy + r), skia.Paint(Color=skia.Color(*GRAVEL)))
    _weed(canvas, cx + r * 0.45, cy + r * 0.78, r * 0.7, pen.weight)
    canvas.restore()
    surface = skia.Paint(
        Color=skia.Color(*mix(pen.rgb, (255, 255, 255), 0.5)),
        AntiAlias=True,
        Style=skia.Paint.kStroke_Style,
        StrokeWidth=max(1.0, pen.weight),
    )
    half = (r * r - (r * 0.55) ** 2) ** 0.5
    canvas.drawOval(rect(cx - half, cy - r * 0.55 - r * 0.06, cx + half, cy - r * 0.55 + r * 0.06), surface)
    mouth = r * 0.62
    canvas.drawArc(rect(cx - r, cy - r, cx + r, cy + r), -90 + 52, 360 - 104, False, glass)
    canvas.drawOval(rect(cx - mouth, cy - r * 0.86, cx + mouth, cy - r * 0.72), glass)
    glint = skia.Paint(
        Color=skia.Color(255, 255, 255, 170),
        AntiAlias=True,
        Style=skia.Paint.kStroke_Style,
        StrokeWidth=max(1.5, r * 0.06),
    )
    glint.setStrokeCap(skia.Paint.kRound_Cap)
    canvas.drawArc(rect(cx - r * 0.8, cy - r * 0.8, cx + r * 0.8, cy + r * 0.8), 200, 40, False, glint)


def _aquarium(canvas: skia.Canvas, box: Box, pen: Pen) -> None:
    """A glass tank on its box's bottom: water to near the top, gravel, a weed, a fish, a dark lid."""
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    tall = min(h, w * 0.75)
    top = y1 - tall
    tank = rect(x0 + pen.weight, top, x1 - pen.weight, y1 - pen.weight)
    canvas.drawRect(
        rect(tank.left(), top + tall * 0.1, tank.right(), tank.bottom()),
        skia.Paint(Color=skia.Color(*pen.rgb)),
    )
    canvas.drawRect(
        rect(tank.left(), tank.bottom() - tall * 0.14, tank.right(), tank.bottom()),
        skia.Paint(Color=skia.Color(*GRAVEL)),
    )
    _weed(canvas, tank.left() + w * 0.2, tank.bottom() - tall * 0.1, tall * 0.55, pen.weight)
    _weed(canvas, tank.right() - w * 0.15, tank.bottom() - tall * 0.1, tall * 0.4, pen.weight)
    _fish(canvas, x0 + w * 0.58, top + tall * 0.45, min(w * 0.22, tall * 0.35), left=True)
    frame = skia.Paint(
        Color=skia.Color(*pen.outline),
        AntiAlias=True,
        Style=skia.Paint.kStroke_Style,
        StrokeWidth=max(1.5, pen.weight * 1.5),
    )
    canvas.drawRect(tank, frame)
    pen.part(canvas, rect(x0, top - tall * 0.06, x1, top + tall * 0.04), shade(pen.outline, -0.1))
    glint = skia.Paint(Color=skia.Color(255, 255, 255, 150), AntiAlias=True, StrokeWidth=max(1.5, w * 0.02))
    canvas.drawLine(
        tank.left() + w * 0.08, top + tall * 0.2, tank.left() + w * 0.08, top + tall * 0.55, glint
    )


def fishbowls(plan: Plan) -> frozenset[str]:
    """The bowls for food (🥣) the plan puts a fish or another animal in: drawn as fishbowls."""
    by_id = {e.id: e for e in plan.elements}
    found: set[str] = set()
    for rel in plan.relations:
        thing, bowl = by_id.get(rel.subject), by_id.get(str(rel.object))
        if rel.predicate not in INSIDE or thing is None or bowl is None:
            continue
        animal = concept(thing.noun)
        if animal is not None and animal.category in LIVING and resolve_art(bowl.noun).emoji == FOOD_BOWL:
            found.add(bowl.id)
    return frozenset(found)


TANKS: Mapping[str, Drawer] = MappingProxyType(
    {
        "fishbowl": _fishbowl,
        "fish bowl": _fishbowl,
        "goldfish bowl": _fishbowl,
        "aquarium": _aquarium,
        "fish tank": _aquarium,
    }
)
TANK_COLORS: Mapping[str, RGB] = MappingProxyType(dict.fromkeys(TANKS, GLASS_WATER))

__all__ = ["FISH_ORANGE", "GLASS_WATER", "GRAVEL", "TANKS", "TANK_COLORS", "fishbowls"]
