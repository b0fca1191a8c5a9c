"""Animals and people inside a barn ("a horse inside a barn", "a cow in the barn"), seen through its
open doors, and children in a sandbox, standing in its sand.

Drawn where the plan put it, the animal covered the barn's closed front and read as standing before
it. A barn the plan puts someone inside is drawn with its doors swung open on a dark doorway
(:func:`.structures.barn_doorway`), and whoever is inside stands in that doorway, on its floor, as
large as the opening lets it be: framed by the doorway, it reads as inside. Someone in a sandbox
stands in its sand, feet behind its front board (drawn again over them), not on top of it.
"""

from __future__ import annotations

import dataclasses

from limner.assets.art import furniture_kind
from limner.plan.model import Element, Plan
from limner.render.builtin.art import art_noun
from limner.render.builtin.garage import GARAGES, garage_doorway
from limner.render.builtin.outdoor import sandbox_frame
from limner.render.builtin.staging import Staging
from limner.render.builtin.structures import OPENED, barn_doorway

Box = tuple[float, float, float, float]

#: Predicates that put their subject inside their object.
INSIDE = frozenset({"in", "inside"})
#: Things one stands in, up to the ankles: a sandbox.
SANDBOXES = frozenset({"sandbox"})
#: Of the sandbox's front board: how far down it the feet of someone in it are.
FEET = 0.45
#: Of the doorway: how much of its height and width whoever stands in it may take.
FILL_TALL = 0.86
FILL_WIDE = 0.94


def housed(plan: Plan) -> dict[str, Element]:
    """The things (drawn from art, not in code) the plan puts inside a barn or a sandbox, by id: the
    barn or the sandbox."""
    by_id = {e.id: e for e in plan.elements if e.kind == "object"}
    found: dict[str, Element] = {}
    for rel in plan.relations:
        thing, barn = by_id.get(rel.subject), by_id.get(str(rel.object))
        if rel.predicate not in INSIDE or thing is None or barn is None or thing.id in found:
            continue
        kind = furniture_kind(art_noun(barn))
        if (kind in OPENED or kind in SANDBOXES) and furniture_kind(art_noun(thing)) is None:
            found[thing.id] = barn
    return found


def in_doorway(barn: Box, aspect: float, kind: str | None = None) -> Box:
    """The pixel box art of ``aspect`` (width over height) fills standing in the open doorway of a
    barn (or a garage: ``kind``) drawn in ``barn``: on its floor, centred, as large as the opening
    lets it be."""
    x0, y0, x1, y1 = garage_doorway(barn) if kind in GARAGES else barn_doorway(barn)
    tall = min((y1 - y0) * FILL_TALL, (x1 - x0) * FILL_WIDE / max(aspect, 1e-6))
    wide, middle = tall * aspect, (x0 + x1) / 2
    return (middle - wide / 2, y1 - tall, middle + wide / 2, y1)


def in_sand(sandbox: Box, box: Box) -> Box:
    """The pixel ``box`` of someone standing in a sandbox planned in ``sandbox``: as large, its feet
    down in the sand behind the front board, kept within the sandbox's sides."""
    (x0, _, x1, y1), board = sandbox_frame(sandbox)
    feet = board + (y1 - board) * FEET
    bx0, by0, bx1, by1 = box
    width = min(bx1 - bx0, (x1 - x0) * 0.9)
    middle = min(max((bx0 + bx1) / 2, x0 + width / 2), x1 - width / 2)
    return (middle - width / 2, feet - (by1 - by0), middle + width / 2, feet)


def seated_in_sand(staging: dict[str, Staging], inside: dict[str, Element], width: int, height: int) -> None:
    """Sit whoever sits in a sandbox on its sand (a seat with no height: cross-legged), where the
    staging seated it on the top of the sandbox's planned box; ``staging`` is updated in place."""
    for thing_id, holder in sorted(inside.items()):
        own = staging.get(thing_id)
        if own is None or own.seat is None or own.lies or furniture_kind(art_noun(holder)) not in SANDBOXES:
            continue
        box = (holder.box[0] * width, holder.box[1] * height, holder.box[2] * width, holder.box[3] * height)
        (x0, _, x1, y1), board = sandbox_frame(box)
        sand = (board + (y1 - board) * FEET) / height
        staging[thing_id] = dataclasses.replace(own, seat=(x0 / width, sand, x1 / width, sand))


def front_board(sandbox: Box) -> Box:
    """The sandbox's front board (pixels): drawn again over the feet of whoever stands in it."""
    (x0, _, x1, y1), board = sandbox_frame(sandbox)
    return (x0 - 2.0, board, x1 + 2.0, y1 + 2.0)


__all__ = ["OPENED", "SANDBOXES", "front_board", "housed", "in_doorway", "in_sand", "seated_in_sand"]
