"""Sitting on steps: "two girls sitting on the steps", "a boy sitting on the stairs".

A flight of stairs is drawn from the side, rising to the right, its top step on the box's top edge
(the built-in renderer's ``_stairs``). The layout stood the sitters on the box's top edge or beside
it, so they floated. After the scene is staged this pass makes the flight wide enough for its
sitters and seats each on one of its top two treads, side by side: the sitter's box's bottom (where a
seated figure's seat is) on the tread's top, centred on it; what a sitter holds moves with it.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, MutableMapping, Sequence

from limner.reason.interact import Body
from limner.reason.layout import Box, Link, clean_box

#: Nouns drawn as a flight of stairs.
STAIRS = frozenset({"stairs", "staircase", "stairway", "steps"})
#: Steps of the flight sat on, and its height / width (in pixels) that makes the renderer draw that
#: many; the sitters sit on the top two treads, whose tops lie in the top band of the box where a thing
#: "on" another rests (``plan.geometry.rests_on``).
STEPS = 3
RATIO = 0.6
#: The flight's greatest height, a share of the canvas's height.
TALLEST = 0.42
#: Predicates that carry a held thing with its holder.
_HELD = frozenset({"holds", "carries"})


def _flight(box: Box, sitters: list[Box], aspect: float) -> Box:
    """The stairs' box reshaped, on the same ground and centre, to a flight of :data:`STEPS` steps
    (the renderer draws ``round(5 * height / width)`` of them) whose treads are as wide as the sitters."""
    widest = max(b[2] - b[0] for b in sitters)
    most = min(0.95, TALLEST / (RATIO * aspect))
    w = min(most, max(box[2] - box[0], STEPS * widest * 1.1 * max(1, math.ceil(len(sitters) / 2))))
    h = RATIO * w * aspect
    cx = min(max((box[0] + box[2]) / 2, w / 2), 1 - w / 2)
    return clean_box((cx - w / 2, box[3] - h, cx + w / 2, box[3]))


def _move(
    boxes: MutableMapping[str, Box], sitter: str, cx: float, seat: float, links: Sequence[Link]
) -> None:
    """Move ``sitter``'s box to sit centred on ``cx`` with its bottom at ``seat``, and what it holds."""
    old = boxes[sitter]
    w, h = old[2] - old[0], old[3] - old[1]
    new = clean_box((cx - w / 2, seat - h, cx + w / 2, seat))
    dx, dy = new[0] - old[0], new[3] - old[3]
    boxes[sitter] = new
    for link in links:
        if link.subject == sitter and link.predicate in _HELD and link.object in boxes:
            b = boxes[link.object]
            boxes[link.object] = clean_box((b[0] + dx, b[1] + dy, b[2] + dx, b[3] + dy))


def seat_on_steps(
    boxes: MutableMapping[str, Box], figures: Mapping[str, Body], links: Sequence[Link], aspect: float
) -> list[str]:
    """Seat the ones sitting on a flight of stairs on its treads, in place (see the module); the notes."""
    notes: list[str] = []
    for stairs in sorted(boxes):
        body = figures.get(stairs)
        if body is None or body.noun not in STAIRS:
            continue
        sitters = [
            link.subject
            for link in links
            if link.object == stairs
            and link.predicate == "on"
            and link.subject in boxes
            and figures.get(link.subject) is not None
            and figures[link.subject].attributes.get("pose") == "sitting"
        ]
        sitters = sorted(dict.fromkeys(sitters), key=lambda i: (boxes[i][0], i))
        if not sitters:
            continue
        boxes[stairs] = _flight(boxes[stairs], [boxes[i] for i in sitters], aspect)
        x0, y0, x1, y1 = boxes[stairs]
        rise, run = (y1 - y0) / STEPS, (x1 - x0) / STEPS
        on_tread: dict[int, list[str]] = {}
        for n, sitter in enumerate(sitters):  # the top two treads, lower one first, left to right
            on_tread.setdefault(STEPS - 2 + n % 2, []).append(sitter)
        for k, row in sorted(on_tread.items()):
            for m, sitter in enumerate(row):
                top, cx = y1 - rise * (k + 1), x0 + run * (k + (m + 0.5) / len(row))
                _move(boxes, sitter, cx, top, links)
                notes.append(f"{sitter} seated on step {k + 1} of {stairs}")
    return notes


__all__ = ["STAIRS", "seat_on_steps"]
