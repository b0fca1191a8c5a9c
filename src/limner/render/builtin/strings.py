"""Strings: a thing held from afar (a kite flown above its flyer) hangs on a line from the holder's hand,
and a leash runs from an animal's neck to the hand of whoever walks it.

The reasoner places a held thing at the holder's hand, except what is flown on a string: a kite goes
up into the sky beside its flyer, and the plan still says the flyer ``holds`` it. Where a held thing's
box stays clear of the hand (above it), a thin line sags from the hand anchor to the thing's lowest
point, drawn before the objects so the thing covers its end.

A leash the plan has an animal wear ("a girl walking a dog on a leash": dog wears leash, girl follows
dog) is drawn as its line, not as a picture: from the walker's hand (one who follows, holds or leads
the animal, or holds the leash) to the animal's neck, drawn over the objects; walked by no one, it
trails to the ground in front of it. :func:`leash_ids` names the leash elements the object pass then skips.
A dog someone walks ("a woman walking her dog": she follows it, walking) has its leash though the
plan names none.
"""

from __future__ import annotations

from collections.abc import Callable

import skia

from limner.assets.anchors import anchor_box, body_kind
from limner.plan.model import Element, Plan
from limner.reason.concepts import concept
from limner.render.builtin.colors import RGB, element_color
from limner.render.builtin.flown import raised_flyers
from limner.render.builtin.seated import Box, Move

#: How a figure that sits down moves (None when it stands): its hand and what it holds move with it.
Moves = Callable[[Element], Move | None]

#: Relations that hold a thing (the ones whose string is drawn when it floats away).
HOLDING = frozenset({"holds", "carries"})
LINE: tuple[int, int, int] = (70, 70, 78)
#: How far the line sags below the straight chord, as a share of its length.
SAG = 0.08
#: Nouns of a line an animal is walked on (drawn as a line, never as a picture).
LEASHES = frozenset({"leash", "lead", "tether", "dog leash", "dog lead"})
#: Relations of a walker to the animal it walks.
WALKING = frozenset({"follows", "holds", "leads", "walks"})
LEASH: tuple[int, int, int] = (150, 44, 40)
#: Animals walked on a leash (its noun, or a kind of it: a puppy, a poodle), drawn with one when
#: someone walks them though the plan names no leash.
WALKED = frozenset({"dog", "puppy"})


def anchor_pixels(figure: Element, anchor: str, width: int, height: int) -> tuple[float, float, float, float]:
    """The pixel box of ``figure``'s ``anchor`` region (its hand, its neck) as its plan box places it."""
    found = concept(figure.noun)
    kind = body_kind(found.category if found is not None else "person", figure.noun)
    facing = figure.attributes.get("facing")
    region = anchor_box(figure.box, kind, anchor, facing if facing in ("left", "right") else "right")
    return (region[0] * width, region[1] * height, region[2] * width, region[3] * height)


def _walked_dog(element: Element) -> bool:
    """Whether ``element`` is a dog (a puppy, a poodle): walked on a leash."""
    found = concept(element.noun)
    return found is not None and (found.lemma in WALKED or any(h in WALKED for h in found.hypernyms[:4]))


def _walks(walker: Element, predicate: str) -> bool:
    """Whether ``walker`` (not an animal) walks what it ``predicate``s: it leads or walks it, or
    follows it walking."""
    found = concept(walker.noun)
    if found is not None and found.category == "animal":
        return False
    return predicate in ("leads", "walks") or (
        predicate == "follows" and walker.attributes.get("pose") == "walking"
    )


def _leashes(plan: Plan) -> list[tuple[Element, Element | None, Element | None]]:
    """(animal, leash, walker or None) for each leash an animal wears, and (dog, None, walker) for
    each dog someone walks with no leash in the plan ("a woman walking her dog": she follows it)."""
    by_id = {e.id: e for e in plan.elements}
    found: list[tuple[Element, Element | None, Element | None]] = []
    for relation in plan.relations:
        animal, leash = by_id.get(relation.subject), by_id.get(str(relation.object))
        if relation.predicate != "wears" or animal is None or leash is None or leash.noun not in LEASHES:
            continue
        walker = next(
            (
                by_id[r.subject]
                for r in plan.relations
                if r.subject in by_id
                and r.subject != animal.id
                and (
                    (r.predicate in WALKING and r.object == animal.id)
                    or (r.predicate == "holds" and r.object == leash.id)
                )
            ),
            None,
        )
        found.append((animal, leash, walker))
    leashed = {animal.id for animal, _, _ in found}
    for relation in plan.relations:
        walker, dog = by_id.get(relation.subject), by_id.get(str(relation.object))
        if walker is None or dog is None or dog.id in leashed or walker.id == dog.id:
            continue
        if _walks(walker, relation.predicate) and _walked_dog(dog):
            found.append((dog, None, walker))
            leashed.add(dog.id)
    return found


def leash_ids(plan: Plan) -> frozenset[str]:
    """The ids of the leash elements drawn as lines by :func:`draw_strings` (not as pictures)."""
    return frozenset(leash.id for _, leash, _ in _leashes(plan) if leash is not None)


def leash_lines(
    plan: Plan, width: int, height: int, moves: Moves | None = None
) -> list[tuple[tuple[float, float, float, float], RGB]]:
    """``((x0, y0, x1, y1), colour)`` of every leash: pixel ends from the walker's hand (or the ground
    in front of the animal) to the animal's neck, in the leash's plan colour (else a red-brown)."""
    out: list[tuple[tuple[float, float, float, float], RGB]] = []
    for animal, leash, walker in _leashes(plan):
        color = (element_color(leash.attributes) if leash is not None else None) or LEASH
        nx0, ny0, nx1, ny1 = anchor_pixels(animal, "neck", width, height)
        neck = ((nx0 + nx1) / 2, (ny0 + ny1) / 2)
        if walker is None:  # trailing on the ground in front of it
            facing = animal.attributes.get("facing")
            reach = (animal.box[2] - animal.box[0]) * 0.15
            x = animal.box[2] + reach if facing != "left" else animal.box[0] - reach
            out.append(((x * width, animal.box[3] * height, *neck), color))
            continue
        hand = anchor_pixels(walker, "hand", width, height)
        move = moves(walker) if moves is not None else None
        if move is not None:
            hand = move.box(hand)
        out.append((((hand[0] + hand[2]) / 2, (hand[1] + hand[3]) / 2, *neck), color))
    return out


def strings(
    plan: Plan, width: int, height: int, moves: Moves | None = None, skip: frozenset[str] = frozenset()
) -> list[tuple[float, float, float, float]]:
    """``(x0, y0, x1, y1)`` pixel ends of every string to draw: hand → held thing above it (both
    moved with a holder that sits down, when ``moves`` says how), but to none of ``skip`` (held
    water, drawn as a jet)."""
    by_id = {e.id: e for e in plan.elements}
    out: list[tuple[float, float, float, float]] = []
    raised = raised_flyers(plan)  # their strings run from a raised hand (:mod:`.kiteflyer`)
    for relation in plan.relations:
        holder, held = by_id.get(relation.subject), by_id.get(relation.object)
        if relation.predicate not in HOLDING or holder is None or held is None or held.kind != "object":
            continue
        if held.id in skip or holder.id in raised:
            continue
        hand = anchor_pixels(holder, "hand", width, height)
        thing: Box = (held.box[0] * width, held.box[1] * height, held.box[2] * width, held.box[3] * height)
        move = moves(holder) if moves is not None else None
        if move is not None:
            hand, thing = move.box(hand), move.box(thing)
        hx0, hy0, hx1, hy1 = hand
        if thing[3] >= hy0:  # the thing reaches down to the hand: held as it is drawn
            continue
        out.append(((hx0 + hx1) / 2, (hy0 + hy1) / 2, (thing[0] + thing[2]) / 2, thing[3]))
    return out


def _draw_lines(
    canvas: skia.Canvas, lines: list[tuple[float, float, float, float]], color: RGB, width: float
) -> None:
    paint = skia.Paint(
        Color=skia.Color(*color),
        AntiAlias=True,
        Style=skia.Paint.kStroke_Style,
        StrokeWidth=width,
        StrokeCap=skia.Paint.kRound_Cap,
    )
    for x0, y0, x1, y1 in lines:
        length = ((x1 - x0) ** 2 + (y1 - y0) ** 2) ** 0.5
        path = skia.Path()
        path.moveTo(x0, y0)
        path.quadTo((x0 + x1) / 2, (y0 + y1) / 2 + length * SAG, x1, y1)
        canvas.drawPath(path, paint)


def draw_strings(
    canvas: skia.Canvas,
    plan: Plan,
    width: int,
    height: int,
    unit: float,
    moves: Moves | None = None,
    skip: frozenset[str] = frozenset(),
) -> None:
    """Draw each string of :func:`strings` (to none of ``skip``) as a thin sagging line (before the
    objects: the thing covers its end)."""
    _draw_lines(canvas, strings(plan, width, height, moves, skip), LINE, max(1.0, unit * 0.7))


def draw_leashes(
    canvas: skia.Canvas, plan: Plan, width: int, height: int, unit: float, moves: Moves | None = None
) -> None:
    """Draw each leash of :func:`leash_lines` (after the objects: over the animal's back to its collar)."""
    for ends, color in leash_lines(plan, width, height, moves):
        _draw_lines(canvas, [ends], color, max(1.5, unit * 1.4))


__all__ = [
    "HOLDING",
    "LEASHES",
    "Moves",
    "anchor_pixels",
    "draw_leashes",
    "draw_strings",
    "leash_ids",
    "leash_lines",
    "strings",
]
