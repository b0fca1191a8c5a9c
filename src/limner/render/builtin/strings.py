"""Strings: a thing held from afar (a kite flown above its flyer) hangs on a line from the holder's hand.

The reasoner places a held thing at the holder's hand, except what is flown on a string: a kite goes
up into the sky beside its flyer, and the plan still says the flyer ``holds`` it. Where a held thing's
box stays clear of the hand (above it), a thin line sags from the hand anchor to the thing's lowest
point, drawn before the objects so the thing covers its end.
"""

from __future__ import annotations

from collections.abc import Callable

import skia

from limner.assets.anchors import anchor_box, body_kind
from limner.plan.model import Element, Plan
from limner.reason.concepts import concept
from limner.render.builtin.seated import Box, Move

#: How a figure that sits down moves (None when it stands): its hand and what it holds move with it.
Moves = Callable[[Element], Move | None]

#: Relations that hold a thing (the ones whose string is drawn when it floats away).
HOLDING = frozenset({"holds", "carries"})
LINE: tuple[int, int, int] = (70, 70, 78)
#: How far the line sags below the straight chord, as a share of its length.
SAG = 0.08


def _hand(holder: Element, width: int, height: int) -> tuple[float, float, float, float]:
    found = concept(holder.noun)
    kind = body_kind(found.category if found is not None else "person", holder.noun)
    facing = holder.attributes.get("facing")
    region = anchor_box(holder.box, kind, "hand", facing if facing in ("left", "right") else "right")
    return (region[0] * width, region[1] * height, region[2] * width, region[3] * height)


def strings(
    plan: Plan, width: int, height: int, moves: Moves | None = None
) -> list[tuple[float, float, float, float]]:
    """``(x0, y0, x1, y1)`` pixel ends of every string to draw: hand → held thing above it (both
    moved with a holder that sits down, when ``moves`` says how)."""
    by_id = {e.id: e for e in plan.elements}
    out: list[tuple[float, float, float, float]] = []
    for relation in plan.relations:
        holder, held = by_id.get(relation.subject), by_id.get(relation.object)
        if relation.predicate not in HOLDING or holder is None or held is None or held.kind != "object":
            continue
        hand = _hand(holder, width, height)
        thing: Box = (held.box[0] * width, held.box[1] * height, held.box[2] * width, held.box[3] * height)
        move = moves(holder) if moves is not None else None
        if move is not None:
            hand, thing = move.box(hand), move.box(thing)
        hx0, hy0, hx1, hy1 = hand
        if thing[3] >= hy0:  # the thing reaches down to the hand: held as it is drawn
            continue
        out.append(((hx0 + hx1) / 2, (hy0 + hy1) / 2, (thing[0] + thing[2]) / 2, thing[3]))
    return out


def draw_strings(
    canvas: skia.Canvas, plan: Plan, width: int, height: int, unit: float, moves: Moves | None = None
) -> None:
    """Draw each string of :func:`strings` as a thin sagging line."""
    paint = skia.Paint(
        Color=skia.Color(*LINE),
        AntiAlias=True,
        Style=skia.Paint.kStroke_Style,
        StrokeWidth=max(1.0, unit * 0.7),
        StrokeCap=skia.Paint.kRound_Cap,
    )
    for x0, y0, x1, y1 in strings(plan, width, height, moves):
        length = ((x1 - x0) ** 2 + (y1 - y0) ** 2) ** 0.5
        path = skia.Path()
        path.moveTo(x0, y0)
        path.quadTo((x0 + x1) / 2, (y0 + y1) / 2 + length * SAG, x1, y1)
        canvas.drawPath(path, paint)


__all__ = ["HOLDING", "Moves", "draw_strings", "strings"]
