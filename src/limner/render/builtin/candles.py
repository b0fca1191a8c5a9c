"""Candles on a birthday cake: small, standing in the frosting on the cake's top, side by side.

The cake art (🎂) draws candles of its own on its top tier, and the plan's candles are boxes of their
own: drawn where the plan put them they floated over the cake's own candles, a second cake-like
block. When the plan puts candles on such a cake, the cake is drawn without its own candles (its art
cut at its top tier) and each of the plan's candles stands on that top, a plausible size for a cake
(:data:`CANDLE_HEIGHT` of the cake's drawing), spread evenly across it in the plan's left-to-right
order (smaller where many would not fit). The reasoner's candle boxes are as tall as half the
cake; a candle's box should be about a quarter of the cake's height, its bottom on the cake's top.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from limner.assets.art import resolve_art
from limner.plan.model import Element, Plan
from limner.render.builtin.art import art_noun
from limner.render.builtin.artset import FLUENT, OPENMOJI, art_set

Box = tuple[float, float, float, float]

#: Cake art that draws candles of its own, and where its top (the frosting the candles stand in)
#: is, a share of its ink's height from the top, by art set.
CAKE_TOPS: Mapping[str, Mapping[str, float]] = MappingProxyType(
    {"🎂": MappingProxyType({FLUENT: 0.255, OPENMOJI: 0.17})}
)
#: Candle art.
CANDLES = frozenset({"🕯️", "🕯"})
#: Predicates that stand a candle on (or in) a cake.
ON = frozenset({"on", "stacked_on", "in", "inside"})
#: A candle's height, a share of the cake's ink height (the cake's own candles are about this), and
#: how far into the frosting it stands (a share of its own height).
CANDLE_HEIGHT = 0.25
SINK = 0.08
#: The candles stand within this share of the cake top's width from its middle (its rim is rounded).
SPREAD = 0.62


def cake_top(file: str, emoji: str) -> float | None:
    """Where the top of cake art drawing its own candles is (a share of its ink height), else None."""
    tops = CAKE_TOPS.get(emoji)
    return None if tops is None else tops.get(art_set(file))


def candles_on_cakes(plan: Plan) -> dict[str, tuple[Element, int, int]]:
    """The plan's candles standing on a cake whose art draws candles: by candle id, the cake, the
    candle's place among the cake's candles (left to right) and how many it has."""
    by_id = {e.id: e for e in plan.elements if e.kind == "object"}
    on: dict[str, list[Element]] = {}
    for rel in plan.relations:
        candle, cake = by_id.get(rel.subject), by_id.get(str(rel.object))
        if rel.predicate not in ON or candle is None or cake is None:
            continue
        if resolve_art(art_noun(candle)).emoji not in CANDLES:
            continue
        if resolve_art(art_noun(cake)).emoji not in CAKE_TOPS:
            continue
        if all(c.id != candle.id for c in on.setdefault(cake.id, [])):
            on[cake.id].append(candle)
    found: dict[str, tuple[Element, int, int]] = {}
    for cake_id, candles in sorted(on.items()):
        ordered = sorted(candles, key=lambda c: ((c.box[0] + c.box[2]) / 2, c.id))
        for i, candle in enumerate(ordered):
            found[candle.id] = (by_id[cake_id], i, len(ordered))
    return found


def candle_box(cake_ink: Box, top: float, index: int, count: int, aspect: float) -> Box:
    """The pixel box candle ``index`` of ``count`` stands in on a cake drawn over ``cake_ink`` whose
    top is ``top`` (share of its height); ``aspect``: the candle art's width over its height."""
    x0, y0, x1, y1 = cake_ink
    width = x1 - x0
    # smaller where many would not fit side by side, a little apart
    tall = min((y1 - y0) * CANDLE_HEIGHT, width * SPREAD / max(count * aspect * 1.15, 1e-6))
    foot = y0 + (y1 - y0) * top + tall * SINK
    middle = (x0 + x1) / 2 + width * SPREAD * ((index + 0.5) / count - 0.5)
    half = tall * aspect / 2
    return (middle - half, foot - tall, middle + half, foot)


__all__ = ["CAKE_TOPS", "CANDLES", "cake_top", "candle_box", "candles_on_cakes"]
