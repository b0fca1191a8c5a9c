"""A market stall's goods, heaped on its counter: fruit, vegetables or bread the plan puts on a stall
are drawn as a pile of small pieces across the counter (mixed kinds for "fruit" or "vegetables", the
one kind for "apples"), not one large piece; a stall whose name says what it sells ("a fruit stand",
"a vegetable stall") and that the plan puts nothing on shows those goods the same way."""

from __future__ import annotations

from dataclasses import dataclass

import skia

from limner.assets.art import furniture_kind, resolve_art, svg_file_for
from limner.plan.model import Element, Plan
from limner.render.builtin.art import Look, art_noun, load_art, paint_art, pixel_box, place
from limner.render.builtin.stall import AWNING, COUNTER, POST_IN, STALLS

Box = tuple[float, float, float, float]

FRUIT = ("🍎", "🍊", "🍐", "🍋", "🍇", "🍌")
VEGETABLES = ("🥕", "🍅", "🥦", "🥬", "🌽", "🍆")
BREAD = ("🍞", "🥖", "🥐")
#: Generic goods nouns (singular) and the mixed pieces their pile is made of.
MIXED: dict[str, tuple[str, ...]] = {
    "fruit": FRUIT,
    "produce": FRUIT[:3] + VEGETABLES[:3],
    "vegetable": VEGETABLES,
    "veggie": VEGETABLES,
    "veg": VEGETABLES,
    "bread": BREAD,
    "pastry": BREAD,
}
#: The art heaped as it is (one kind: apples, melons, loaves): Unicode's fruit and vegetable emoji.
PILED = frozenset("🍇🍈🍉🍊🍋🍌🍍🥭🍎🍏🍐🍑🍒🍓🫐🥝🍅🥥🥑🍆🥔🥕🌽🥒🥬🥦🧄🧅🍞🥖🥐🥯")
#: The relations that put goods on a stall.
ON_STALL = frozenset({"on", "on top of", "in", "inside"})
#: The pieces along the bottom row of a pile as wide as a stall's counter (fewer on a share of it),
#: and the rows a pile rises to.
ACROSS = 8
ROWS = 3
#: The share of the room under the awning a pile may fill (its scallops hang a little lower).
ROOM = 0.8
#: How high each row sits above the one below (of a piece's size).
RISE = 0.55
#: How far each row sits in from the one below (of a piece's size) and how much a piece overlaps its
#: neighbours.
STEP_IN = 0.5
OVERLAP = 0.12


@dataclass(frozen=True)
class Pile:
    """A heap of ``pieces`` (emoji, cycled) standing on a counter along ``span`` (pixels: left,
    right, the counter's top)."""

    pieces: tuple[str, ...]
    span: tuple[float, float, float]
    #: The pieces across the bottom row.
    across: int
    #: The height (pixels) above the counter the pile may rise to (the awning's edge).
    room: float


def _pieces(noun: str) -> tuple[str, ...] | None:
    """The pieces a pile of ``noun`` is made of, None when it is not heaped goods."""
    words = noun.lower().split()
    for word in (words[-1], words[-1].rstrip("s"), words[-1][:-2] if words[-1].endswith("es") else ""):
        if word in MIXED:
            return MIXED[word]
    emoji = resolve_art(noun).emoji
    return (emoji,) if emoji in PILED and resolve_art(noun).exact else None


def _implied(stall: Element) -> tuple[str, ...] | None:
    """The goods a stall's name says it sells ("fruit stand" → fruit), None when it names none."""
    words = stall.noun.lower().split()
    return _pieces(" ".join(words[:-1])) if len(words) > 1 else None


def _counter(stall: Element, width: int, height: int) -> tuple[float, float, float, float]:
    """(left, right, top) of a stall's counter between its posts, and the room up to its awning's
    scallops, in pixels."""
    x0, y0, x1, y1 = pixel_box(stall, width, height)  # the whole stall where the frame crops it
    inset = (x1 - x0) * POST_IN
    return (x0 + inset, x1 - inset, y0 + (y1 - y0) * COUNTER, (y1 - y0) * (COUNTER - AWNING) * ROOM)


def piles(plan: Plan, width: int, height: int) -> dict[str, Pile]:
    """The piles of goods to draw, by id: of a goods element the plan puts on a stall (drawn as the
    pile instead of its art), or of a stall that names its goods and holds none (drawn after it)."""
    by_id = {e.id: e for e in plan.elements if e.kind == "object"}
    stalls = {e.id: e for e in by_id.values() if furniture_kind(art_noun(e)) in STALLS}
    if not stalls:
        return {}
    held: dict[str, list[Element]] = {key: [] for key in stalls}
    for relation in plan.relations:
        thing = by_id.get(relation.subject)
        if relation.predicate in ON_STALL and str(relation.object) in held and thing is not None:
            held[str(relation.object)].append(thing)
    found: dict[str, Pile] = {}
    for key, stall in stalls.items():
        left, right, top, room = _counter(stall, width, height)
        goods = [(thing, pieces) for thing in held[key] if (pieces := _pieces(thing.noun)) is not None]
        if not held[key] and (implied := _implied(stall)) is not None:
            found[key] = Pile(implied, (left, right, top), ACROSS, room)
            continue
        goods.sort(key=lambda pair: (pair[0].box[0], pair[0].id))
        share = (right - left) / max(len(goods), 1)
        across = max(2, round(ACROSS / max(len(goods), 1)))
        for index, (thing, pieces) in enumerate(goods):
            span = (left + share * index, left + share * (index + 1), top)
            found[thing.id] = Pile(pieces, span, across, room)
    return found


def draw_pile(canvas: skia.Canvas, pile: Pile, unit: float) -> None:
    """A heap of the pile's pieces on its counter: a full bottom row, each row above a piece shorter
    and set in by half a piece, as many rows as the room under the awning takes, the kinds mixed
    (cycled with a stride, so neighbours differ)."""
    left, right, top = pile.span
    pitch = 1.0 - OVERLAP
    size = (right - left) / (1.0 + pitch * (pile.across - 1))
    if pile.room < size:  # a low counter: smaller pieces, more of them
        size = pile.room
    across = max(1, int(((right - left) / size - 1.0) / pitch) + 1)
    rows = max(1, min(ROWS, across, int((pile.room / size - 1.0) / RISE) + 1))
    start = left + ((right - left) - size * (1.0 + pitch * (across - 1))) / 2
    look = Look(stands=True)
    count = 0
    for row in range(rows):
        x = start + size * pitch * STEP_IN * row
        bottom = top - size * RISE * row + size * 0.06
        for column in range(across - row):
            emoji = pile.pieces[(count * 5 + row) % len(pile.pieces)]
            count += 1
            file = svg_file_for(emoji)
            if file is None:  # pragma: no cover - the art set draws every piece
                continue
            art = load_art(file, None)
            x0 = x + column * size * pitch
            paint_art(canvas, art, place(art, (x0, bottom - size, x0 + size, bottom), look), look, unit)


__all__ = ["Pile", "draw_pile", "piles"]
