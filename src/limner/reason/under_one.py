"""Several things under one thing stand side by side beneath it: "a wedding couple under an arch",
"a boy and his dog under a tree", "three kids under an umbrella", "two cats under a table".

The layout reads each "X under Y" on its own, and the solver may satisfy them all with a column (the
groom above the bride, both below the arch). This pass, after the scene is staged, lines up the things
under one thing on one ground line (the lowest of theirs), side by side and centred under it, within
the canvas (narrowed together when they would not fit); a thing too narrow to cover them (an arch, an
umbrella) grows about its top to span them, as far as room above their heads allows. Under furniture
on legs (a table) they stay within its width, on its floor line.
"""

from __future__ import annotations

from collections.abc import Mapping, MutableMapping, Sequence

from limner.reason.interact import TOUCH_OVERLAP, Body
from limner.reason.layout import Box, Link, clean_box
from limner.reason.wordlists import word_set

#: The gap between neighbours, as a share of the canvas width.
GAP = 0.02
#: How much wider than the row a cover grows to be.
COVER = 1.1
#: The lowest a ground line goes.
FLOOR = 0.97
#: Relations that already place their subject (on a thing, in it, riding it, held): left as they are.
_PLACED = frozenset({"on", "in", "inside", "rides", "hangs_on", "stacked_on"})
#: Relations whose two things touch: neighbours in the row that overlap a little.
_TOUCH = frozenset({"touches", "leans_on"})


def _groups(links: Sequence[Link], boxes: Mapping[str, Box]) -> dict[str, list[str]]:
    placed = {k.subject for k in links if k.predicate in _PLACED}
    placed |= {k.object for k in links if k.predicate in ("holds", "carries", "wears")}
    out: dict[str, list[str]] = {}
    for link in links:
        if (
            link.predicate != "under"
            or link.subject in placed
            or not {link.subject, link.object} <= boxes.keys()
        ):
            continue
        row = out.setdefault(link.object, [])
        if link.subject not in row and link.subject != link.object:
            row.append(link.subject)
    return {cover: row for cover, row in out.items() if len(row) >= 2}


def _row(
    boxes: MutableMapping[str, Box],
    row: list[str],
    at: tuple[float, float, float],
    touching: set[frozenset[str]],
) -> float:
    """Line ``row`` up side by side, centred on ``cx``, bottoms on ``ground``, within ``room`` wide
    (``at``); neighbours that touch ("a couple kissing") overlap as holding hands does. The row's width."""
    cx, ground, room = at
    order = sorted(row, key=lambda i: (boxes[i][0] + boxes[i][2], row.index(i)))
    widths = [boxes[i][2] - boxes[i][0] for i in order]
    gaps = [
        -TOUCH_OVERLAP * min(widths[k], widths[k + 1]) if frozenset(order[k : k + 2]) in touching else GAP
        for k in range(len(order) - 1)
    ]
    scale = min(1.0, max(room - sum(gaps), 0.01) / sum(widths))
    gaps = [g * scale if g < 0 else g for g in gaps]
    total = sum(w * scale for w in widths) + sum(gaps)
    x = min(max(cx - total / 2, 0.0), 1.0 - total)
    for k, element_id in enumerate(order):
        b = boxes[element_id]
        w, h = (b[2] - b[0]) * scale, (b[3] - b[1]) * scale
        boxes[element_id] = clean_box((x, ground - h, x + w, ground))
        x += w + (gaps[k] if k < len(gaps) else 0.0)
    return total


def _cover(boxes: MutableMapping[str, Box], cover: str, width: float, top: float) -> None:
    """Grow the cover about its top centre to ``width`` (times :data:`COVER`), its bottom above ``top``."""
    b = boxes[cover]
    w, h = b[2] - b[0], b[3] - b[1]
    if w <= 0 or h <= 0 or w >= width:
        return
    scale = min(COVER * width / w, max(1.0, (top - 0.01 - b[1]) / h))
    if scale <= 1.0:
        return
    cx = (b[0] + b[2]) / 2
    boxes[cover] = clean_box((cx - w * scale / 2, b[1], cx + w * scale / 2, b[1] + h * scale))


def side_by_side_under(
    boxes: MutableMapping[str, Box], bodies: Mapping[str, Body], links: Sequence[Link]
) -> list[str]:
    """Line up the things under each one thing (see the module); the notes of what moved."""
    notes: list[str] = []
    touching = {frozenset((k.subject, k.object)) for k in links if k.predicate in _TOUCH}
    for cover, row in _groups(links, boxes).items():
        c = boxes[cover]
        legged = bodies[cover].noun in word_set("legged_furniture") if cover in bodies else False
        ground = min(FLOOR, c[3]) if legged else min(FLOOR, max(boxes[i][3] for i in row))
        room = (c[2] - c[0]) * 0.9 if legged else 0.96
        width = _row(boxes, row, ((c[0] + c[2]) / 2, ground, room), touching)
        if not legged:
            _cover(boxes, cover, width, min(boxes[i][1] for i in row))
        noun = bodies[cover].noun if cover in bodies else cover
        notes.append(f"{len(row)} things under the {noun}: side by side on one ground line")
    return notes


__all__ = ["side_by_side_under"]
