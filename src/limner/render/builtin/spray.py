"""Water on its way: a jet from the hand of whoever holds water to what it lands on, and a shower from
the rose of a watering can someone holds onto what they face.

Water is a thing the plan can hold ("a firefighter spraying water on a house": the firefighter holds
the water, which lands on the house; or the water lies between the firefighter and the house).
Drawn alone it stays its picture (a drop); held, it is drawn as a jet instead, arcing from the
holder's hand to its target: what the water is on, at or toward (or the far end of what it lies
between), else what the holder faces or looks at, else the water's own place in the plan. A
watering can held by someone who faces something (flowers, a plant) showers it from its rose,
turned to face it. Both are drawn after the objects (over the target, as water lands on it);
:func:`jet_ids` names the water the object pass then skips.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import skia

from limner.assets.art import furniture_kind, resolve_art
from limner.plan.model import Element, Plan
from limner.reason.concepts import concept
from limner.render.builtin.colors import RGB
from limner.render.builtin.seated import Box, Move, can_sit
from limner.render.builtin.strings import HOLDING, anchor_pixels

WATER_JET: RGB = (84, 164, 228)
WATER_CORE: RGB = (214, 240, 252)
#: Held things that shower water from their spout (furniture kinds drawn in code).
SPRINKLERS = frozenset({"watering can"})
#: Relations that hold water (and the verbs a plan may spell them with).
HOLDS_WATER = HOLDING | {"sprays", "pours", "squirts"}
#: Relations of held water to where it lands.
LANDS = frozenset({"on", "onto", "at", "toward", "towards", "over", "touches", "in", "inside", "into"})
#: Relations of a holder to what it aims at.
AIMS = frozenset({"faces", "looks_at", "toward", "towards", "touches", "at"})
#: How high (share of the chord's length) a jet arcs above its ends.
ARC = 0.22
#: Where on its target water lands: this share of the way down its box, a quarter in from its near side.
LAND_DEPTH = 0.4
#: The rose of a watering can drawn facing right (box shares): the end of its spout.
ROSE = (0.9, 0.2)
DROPS = 10
STREAMS = 5
#: Where a shower lands: this share of the way down its target's box.
SHOWER_DEPTH = 0.15

Moves = Callable[[Element], Move | None]


@dataclass(frozen=True)
class Flow:
    """One flow of water: pixel ends, and whether it is a can's shower (else a jet)."""

    start: tuple[float, float]
    end: tuple[float, float]
    shower: bool


def is_water(noun: str) -> bool:
    """Whether ``noun`` is water (tap water, seawater: a kind of it), by its sense."""
    found = concept(noun)
    return found is not None and (found.lemma == "water" or found.hypernyms[:1] == ("water",))


def _holders(plan: Plan, by_id: dict[str, Element]) -> list[tuple[Element, Element]]:
    """(holder, thing) for each holding relation whose thing is water or a watering can, and for
    water the plan puts between someone and something (they aim it at that)."""
    found: list[tuple[Element, Element]] = []
    for rel in plan.relations:
        if rel.predicate == "between":
            water, holder = by_id.get(rel.subject), by_id.get(str(rel.object))
            if water is not None and holder is not None and is_water(water.noun) and _figure(holder):
                found.append((holder, water))
            continue
        holder, thing = by_id.get(rel.subject), by_id.get(str(rel.object))
        if rel.predicate not in HOLDS_WATER or holder is None or thing is None or thing.kind != "object":
            continue
        if is_water(thing.noun) or furniture_kind(thing.noun) in SPRINKLERS:
            found.append((holder, thing))
    return found


def _figure(element: Element) -> bool:
    """Whether ``element`` is drawn as a person (one who can hold a hose)."""
    return element.kind == "object" and can_sit(resolve_art(element.noun).emoji)


def _target(plan: Plan, by_id: dict[str, Element], holder: Element, thing: Element) -> Element | None:
    """Where held water goes: what it lands on (or the other end of what it lies between), else what
    its holder aims at; None when neither."""
    for subject, predicates in ((thing, LANDS | {"between"}), (holder, AIMS)):
        for rel in plan.relations:
            if rel.subject != subject.id or rel.predicate not in predicates:
                continue
            end = rel.object2 if rel.predicate == "between" and rel.object == holder.id else rel.object
            target = by_id.get(str(end))
            if target not in (None, holder, thing):
                return target
    return None


def _landing(target: Box, start: tuple[float, float]) -> tuple[float, float]:
    """The pixel point water lands on ``target``: a quarter in from the side nearest ``start``."""
    x0, y0, x1, y1 = target
    x = x0 + (x1 - x0) * 0.25 if start[0] < (x0 + x1) / 2 else x1 - (x1 - x0) * 0.25
    return x, y0 + (y1 - y0) * LAND_DEPTH


def _pixels(box: tuple[float, float, float, float], width: int, height: int) -> Box:
    return box[0] * width, box[1] * height, box[2] * width, box[3] * height


def turned_cans(plan: Plan) -> frozenset[str]:
    """The watering cans held toward a target on their left: drawn turned, their rose that way."""
    by_id = {e.id: e for e in plan.elements}
    turned: set[str] = set()
    for holder, thing in _holders(plan, by_id):
        target = _target(plan, by_id, holder, thing)
        if (
            furniture_kind(thing.noun) in SPRINKLERS
            and target is not None
            and target.box[0] + target.box[2] < thing.box[0] + thing.box[2]
        ):
            turned.add(thing.id)
    return frozenset(turned)


def flows(plan: Plan, width: int, height: int, moves: Moves | None = None) -> list[Flow]:
    """Every jet and shower of the plan (ends moved with a holder that sits down)."""
    by_id = {e.id: e for e in plan.elements}
    turned = turned_cans(plan)
    out: list[Flow] = []
    for holder, thing in _holders(plan, by_id):
        target = _target(plan, by_id, holder, thing)
        move = moves(holder) if moves is not None else None
        if furniture_kind(thing.noun) in SPRINKLERS:
            if target is None:
                continue  # a can only held: no water
            x0, y0, x1, y1 = _pixels(thing.box, width, height)
            if move is not None:
                x0, y0, x1, y1 = move.box((x0, y0, x1, y1))
            rx = x0 + (x1 - x0) * (1 - ROSE[0] if thing.id in turned else ROSE[0])
            start = (rx, y0 + (y1 - y0) * ROSE[1])
            tx0, ty0, tx1, ty1 = _pixels(target.box, width, height)
            out.append(Flow(start, ((tx0 + tx1) / 2, ty0 + (ty1 - ty0) * SHOWER_DEPTH), True))
            continue
        hand = anchor_pixels(holder, "hand", width, height)
        if move is not None:
            hand = move.box(hand)
        start = ((hand[0] + hand[2]) / 2, (hand[1] + hand[3]) / 2)
        if target is not None:
            end = _landing(_pixels(target.box, width, height), start)
        else:  # the water's own place in the plan
            wx0, wy0, wx1, wy1 = _pixels(thing.box, width, height)
            end = ((wx0 + wx1) / 2, (wy0 + wy1) / 2)
        out.append(Flow(start, end, False))
    return out


def jet_ids(plan: Plan) -> frozenset[str]:
    """The water elements drawn as jets (held by someone), not as their picture."""
    by_id = {e.id: e for e in plan.elements}
    return frozenset(thing.id for _, thing in _holders(plan, by_id) if is_water(thing.noun))


def _jet(canvas: skia.Canvas, flow: Flow, unit: float) -> None:
    """An arcing jet from ``flow.start`` to ``flow.end``, a pale core inside, splashing where it lands."""
    (sx, sy), (ex, ey) = flow.start, flow.end
    length = ((ex - sx) ** 2 + (ey - sy) ** 2) ** 0.5
    path = skia.Path()
    path.moveTo(sx, sy)
    path.quadTo((sx + ex) / 2, min(sy, ey) - length * ARC, ex, ey)
    width = max(3.0, unit * 4.5)
    paint = skia.Paint(
        Color=skia.Color(*WATER_JET),
        AntiAlias=True,
        Style=skia.Paint.kStroke_Style,
        StrokeWidth=width,
        StrokeCap=skia.Paint.kRound_Cap,
    )
    canvas.drawPath(path, paint)
    paint.setColor(skia.Color(*WATER_CORE))
    paint.setStrokeWidth(width * 0.35)
    canvas.drawPath(path, paint)
    splash = skia.Paint(Color=skia.Color(*WATER_JET), AntiAlias=True)
    side = 1.0 if ex >= sx else -1.0
    for i in range(5):  # droplets thrown back from where it lands
        angle = (i - 2) * 0.55
        dx, dy = -side * width * (1.6 + 0.5 * (i % 2)), width * 1.8 * angle
        canvas.drawCircle(ex + dx, ey + dy, width * (0.45 if i % 2 else 0.6), splash)


def _shower(canvas: skia.Canvas, flow: Flow, unit: float) -> None:
    """Streams of drops fanning from a can's rose at ``flow.start`` down onto ``flow.end``."""
    (sx, sy), (ex, ey) = flow.start, flow.end
    spread = max(unit * 8, abs(ex - sx) * 0.3)
    paint = skia.Paint(Color=skia.Color(*WATER_JET), AntiAlias=True)
    for stream in range(STREAMS):
        offset = (stream - (STREAMS - 1) / 2) / max(1, STREAMS - 1) * spread
        for i in range(1, DROPS + 1):
            t = i / (DROPS + 1)
            x = sx + (ex + offset - sx) * t
            arc = -4 * t * (1 - t) * max(unit * 4, abs(ex - sx) * 0.12)  # up out of the rose, then down
            y = sy + (ey - sy) * t * t + arc
            canvas.drawCircle(x, y, max(1.5, unit * (1.0 + 0.5 * t)), paint)


def draw_flows(
    canvas: skia.Canvas, plan: Plan, width: int, height: int, unit: float, moves: Moves | None = None
) -> None:
    """Draw each flow of :func:`flows` (after the objects: the water lands on its target)."""
    for flow in flows(plan, width, height, moves):
        (_shower if flow.shower else _jet)(canvas, flow, unit)


__all__ = [
    "SPRINKLERS",
    "WATER_CORE",
    "WATER_JET",
    "Flow",
    "draw_flows",
    "flows",
    "is_water",
    "jet_ids",
    "turned_cans",
]
