"""Things on shelves: jars on a shelf, bread on a bakery's shelves stand ON the shelf boards the
renderer draws (:func:`.furniture._shelf`), spread along them row by row, each sized to the space
between two boards — not one large thing hanging in front of the unit. Books in a bookshelf are the
books its rows are drawn with: they are not drawn again in front of it (and the rest of what is on a
bookshelf, its rows full, stands on its top where the plan put it)."""

from __future__ import annotations

from limner.assets.art import furniture_kind, ink_aspect
from limner.plan.model import Element, Plan
from limner.render.builtin.art import art_noun

Box = tuple[float, float, float, float]

#: The furniture kinds drawn as a unit of shelf boards, and those whose rows are drawn full of books.
SHELVES = frozenset({"shelf", "bookshelf", "bookcase"})
BOOKCASES = frozenset({"bookshelf", "bookcase"})
#: The relations that put a thing on (or in) a shelf unit.
ON_SHELF = frozenset({"on", "on top of", "stacked_on", "in", "inside"})
#: The nouns of things a bookcase's rows already draw.
BOOKS = frozenset({"book", "books", "novel", "textbook"})
#: A board's thickness, of the unit's height (as drawn, at least); the most rows a unit has.
BOARD = 0.05
MAX_LEVELS = 4
#: A thing on a board is at most this share of the space up to the next board tall, and of its share
#: of the row wide; the rows' inner margin (of the unit's width).
FILL_TALL = 0.8
FILL_WIDE = 0.82
MARGIN = 0.08


def shelf_levels(width: float, height: float) -> int:
    """How many rows (spaces between boards) a shelf unit ``width`` by ``height`` (pixels) has."""
    return max(1, min(MAX_LEVELS, round(height / max(width, 1e-6) * 3)))


def shelf_rows(box: Box, aspect: float) -> list[Box]:
    """The spaces between the boards of a shelf unit in ``box`` (canvas shares, on a canvas
    ``aspect`` wide per unit of height), top row first: (left, top, right, the board's top)."""
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    board = h * BOARD
    levels = shelf_levels(w * aspect, h)
    inner = (x0 + w * MARGIN, x1 - w * MARGIN)
    step = (h - board) / levels
    return [(inner[0], y0 + step * i + board, inner[1], y0 + step * (i + 1)) for i in range(levels)]


def _holders(plan: Plan, by_id: dict[str, Element]) -> dict[str, list[Element]]:
    """The shelf units the plan puts things on or in (by id: those things, in plan order)."""
    held: dict[str, list[Element]] = {}
    for relation in plan.relations:
        shelf, thing = by_id.get(str(relation.object)), by_id.get(relation.subject)
        if relation.predicate not in ON_SHELF or shelf is None or thing is None:
            continue
        if furniture_kind(art_noun(shelf)) in SHELVES and thing not in held.get(shelf.id, []):
            held.setdefault(shelf.id, []).append(thing)
    return held


def shelved(plan: Plan, objects: list[Element], aspect: float) -> tuple[dict[str, Box], frozenset[str]]:
    """The boxes (canvas shares) the things on shelf units are drawn in, on its boards, by id; and the
    books a bookcase's own rows draw (not drawn apart)."""
    by_id = {e.id: e for e in objects}
    frames: dict[str, Box] = {}
    absorbed: set[str] = set()
    for shelf_id, things in _holders(plan, by_id).items():
        shelf = by_id[shelf_id]
        if furniture_kind(art_noun(shelf)) in BOOKCASES:  # its rows are full: the rest stands on top
            absorbed.update(t.id for t in things if t.noun.lower() in BOOKS)
            continue
        rows = shelf_rows(shelf.box, aspect)
        # fill the rows from the bottom up (what is heavy sits low), one thing each before a second
        order = rows[::-1]
        per_row: list[list[Element]] = [[] for _ in order]
        for index, thing in enumerate(things):
            per_row[index % len(order)].append(thing)
        for row, placed in zip(order, per_row, strict=True):
            frames.update(_along(row, placed, aspect))
    return frames, frozenset(absorbed)


def _along(row: Box, things: list[Element], aspect: float) -> dict[str, Box]:
    """Boxes for ``things`` standing on the board under ``row``, spread evenly along it."""
    x0, y0, x1, floor = row
    slot = (x1 - x0) / max(len(things), 1)
    out: dict[str, Box] = {}
    for index, thing in enumerate(things):
        shape = ink_aspect(art_noun(thing)) or 1.0  # width per height, in pixels
        tall = (floor - y0) * FILL_TALL
        wide = tall * shape / aspect
        if wide > slot * FILL_WIDE:
            wide = slot * FILL_WIDE
            tall = wide * aspect / shape
        middle = x0 + slot * (index + 0.5)
        out[thing.id] = (middle - wide / 2, floor - tall, middle + wide / 2, floor)
    return out


__all__ = ["BOOKCASES", "SHELVES", "shelf_levels", "shelf_rows", "shelved"]
