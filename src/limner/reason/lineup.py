"""Line-up: things that stand are set along the ground of a backdrop, as an illustrator would.

Used where a prompt names things but no arrangement that needs the grid (no above/below, no place on
the canvas, no grid, circle or column): the solver's grid cells would read as stickers in a packing
grid, and on a ground band as things standing in front of each other.

1. *Units*: each thing with what it carries (on, in, worn, held, ridden; a group drawn together) is one
   unit, in the order the prompt and its left/right relations give (:func:`order`).
2. *Sizes*: units keep their real-world sizes relative to each other (the solver's common scale); a
   small one is enlarged to at least :data:`SMALLEST` of the largest so it stays visible.
3. *Rows*: up to three standing units share the front baseline; more alternate between that front row
   and a back row, further back (higher, smaller), each back unit peeking between its front neighbours,
   which cover at most :data:`OVERLAP` of its width on each side — never a hole, never a hidden thing.
4. *Air*: things that float (sun, cloud, balloons, anything flying) go above the ground, in order.

A row is level and centred; ``seed`` varies the spacing a little (the same seed, the same boxes).
"""

from __future__ import annotations

import heapq
import itertools
import random
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from limner.reason.layout import DIRECTIONS, Box, Link
from limner.reason.stage import AIR_GAP, units

#: A ground band thinner than this (the sea floor under deep water) is no place for a line-up.
THINNEST = 0.25
#: Front and back baselines, as shares of the ground band below the horizon.
FRONT_LINE = 0.62
BACK_LINE = 0.2
#: A back-row unit is drawn this much smaller than it would be in front.
BACK_SCALE = 0.8
#: Each front neighbour covers at most this share of a back unit's width.
OVERLAP = 0.15
#: The highest feet of a group in depth stand at least this share of the ground band below the horizon.
FEET = 0.08
#: Space between neighbours in one row, as a share of their mean width.
GAP = 0.14
#: Canvas margins: left and right, top.
MARGIN_X = 0.06
MARGIN_TOP = 0.05
#: A small unit's long side is at least this share of the largest unit's.
SMALLEST = 0.32
#: A unit drawn at the compose size of the scene's largest thing has its long side at most this share
#: of the canvas (sizes words keep their meaning: a giant cup may be larger).
LARGEST = 0.56
#: No unit of up to SMALL_GROUP things (three books in a row) is wider than this share of the canvas;
#: a larger group (six sheep) may take the whole width.
WIDEST = 0.62
SMALL_GROUP = 3
#: Things in the air are at most this tall (share of the canvas) and keep this band at the top.
AIR_HEIGHT = 0.2
#: Things in the air with nothing standing fill this share of the sky's height.
SKY_FILL = 0.85
#: The share of the sky things alone in the air fill over a named landscape: far off, in its sky.
FAR_SKY_FILL = 0.35
#: Standing units in one row before a back row opens.
ONE_ROW = 3
#: Predicates that order two units left to right.
_HORIZONTAL = frozenset(p for p, (dx, _) in DIRECTIONS.items() if dx != 0) | {"between"}


@dataclass(frozen=True)
class Lining:
    """How to line up: at most ``rows`` rows (1 when the prompt asked for a row), units scaled by at
    most ``limit`` (so sizes keep their meaning: a giant cup stays bigger than a cup), and the seed."""

    rows: int
    limit: float
    seed: int
    #: The backdrop is a named landscape under a sky ("over the ocean", "over the mountains"): a thing
    #: alone in the air is far off in it (:data:`FAR_SKY_FILL`), not a close-up filling the sky.
    landscape: bool = False


@dataclass(frozen=True)
class Unit:
    root: str
    members: tuple[str, ...]
    box: Box
    grounded: bool
    #: How far above the unit's bottom its highest feet are (a group drawn in depth: its back row's).
    feet: float = 0.0


def _union(boxes: Sequence[Box]) -> Box:
    return (
        min(b[0] for b in boxes),
        min(b[1] for b in boxes),
        max(b[2] for b in boxes),
        max(b[3] for b in boxes),
    )


def _centre_x(box: Box) -> float:
    return (box[0] + box[2]) / 2


def order(
    roots: Sequence[str], boxes: Mapping[str, Box], links: Sequence[Link], root_of: Mapping[str, str]
) -> list[str]:
    """Roots left to right: prompt order, except where a horizontal relation orders two units (as the
    solver, which honoured it, placed them)."""
    rank = {r: i for i, r in enumerate(roots)}
    after: dict[str, set[str]] = {r: set() for r in roots}
    for link in links:
        if link.predicate not in _HORIZONTAL:
            continue
        ids = [i for i in (link.subject, link.object, link.object2) if i is not None and i in root_of]
        units_ = sorted({root_of[i] for i in ids}, key=rank.__getitem__)
        xs = {u: _centre_x(boxes[u]) for u in units_}
        by_x = sorted(units_, key=lambda u: (xs[u], rank[u]))
        for a, b in itertools.pairwise(by_x):
            after[a].add(b)
    need = {r: 0 for r in roots}
    for a in roots:
        for b in after[a]:
            need[b] += 1
    ready = [(rank[r], r) for r in roots if need[r] == 0]
    heapq.heapify(ready)
    out: list[str] = []
    while ready:
        _, r = heapq.heappop(ready)
        out.append(r)
        for b in sorted(after[r], key=rank.__getitem__):
            need[b] -= 1
            if need[b] == 0:
                heapq.heappush(ready, (rank[b], b))
    return out + [r for r in roots if r not in out]  # a cycle: the rest in prompt order


def _place_row(widths: list[float], back: list[bool], gaps: list[float]) -> list[float]:
    """Centre x of each unit at scale 1, the first at 0."""
    centres = [0.0]
    mean = sum(widths) / len(widths)
    for i in range(1, len(widths)):
        a, b = widths[i - 1], widths[i]
        if back[i] == back[i - 1]:
            step = (a + b) / 2 + GAP * mean * gaps[i]
        else:
            behind = b if back[i] else a
            step = (a + b) / 2 - OVERLAP * behind * (2 - gaps[i])
        centre = centres[-1] + step
        if i >= 2 and back[i] == back[i - 2]:  # the same row's neighbour two along: apart, not touching
            centre = max(centre, centres[i - 2] + (widths[i - 2] + b) / 2 + GAP * mean * 0.5)
        centres.append(centre)
    return centres


def line_up(
    boxes: dict[str, Box],
    horizon: float,
    grounded: Callable[[str], bool],
    links: Sequence[Link],
    together: Mapping[str, str],
    lining: Lining,
    notes: list[str],
) -> dict[str, Box] | None:
    """New boxes with every unit lined up on the ground band below ``horizon`` (or in the air above it);
    None when there is nothing to line up or the band is too thin for it."""
    ids = sorted(boxes, key=_id_order)
    if not ids or 1.0 - horizon < THINNEST:
        return None
    root_of = units(ids, links, together)
    roots = [r for r in dict.fromkeys(root_of[i] for i in ids)]
    members = {r: tuple(i for i in ids if root_of[i] == r) for r in roots}
    all_units: dict[str, Unit] = {}
    for r in roots:
        box = _union([boxes[m] for m in members[r]])
        feet = [boxes[m][3] for m in members[r] if m == r or together.get(m) == r]
        all_units[r] = Unit(r, members[r], box, grounded(r), box[3] - min(feet))
    sequence = order(roots, {r: u.box for r, u in all_units.items()}, links, root_of)
    rng = random.Random(lining.seed * 104_729 + len(ids) * 31 + 7)
    size = {r: (u.box[2] - u.box[0], u.box[3] - u.box[1]) for r, u in all_units.items()}
    largest = max(max(w, h) for w, h in size.values())
    grow = {r: max(1.0, SMALLEST * largest / max(w, h)) for r, (w, h) in size.items()}
    standing = [r for r in sequence if all_units[r].grounded]
    flying = [r for r in sequence if not all_units[r].grounded]
    back = [lining.rows > 1 and len(standing) > ONE_ROW and i % 2 == 1 for i in range(len(standing))]
    band = 1.0 - horizon
    front_y = horizon + FRONT_LINE * band
    back_y = horizon + BACK_LINE * band
    top = MARGIN_TOP + (AIR_HEIGHT + 0.02 if flying else 0.0)
    k = lining.limit
    out: dict[str, Box] = {}
    if standing:
        scales = [grow[r] * (BACK_SCALE if b else 1.0) for r, b in zip(standing, back, strict=True)]
        widths = [size[r][0] * s for r, s in zip(standing, scales, strict=True)]
        heights = [size[r][1] * s for r, s in zip(standing, scales, strict=True)]
        gaps = [rng.uniform(0.85, 1.2) for _ in standing]
        centres = _place_row(widths, back, gaps)
        span = centres[-1] + widths[-1] / 2 - (centres[0] - widths[0] / 2)
        k = min(k, (1 - 2 * MARGIN_X) / span)
        for root, w in zip(standing, widths, strict=True):
            if len(all_units[root].members) <= SMALL_GROUP:
                k = min(k, WIDEST / w)
        for root, h, b, scale in zip(standing, heights, back, scales, strict=True):
            line = back_y if b else front_y
            k = min(k, (line - top) / h)
            if all_units[root].feet > 0:  # every foot on the ground, the back row's too
                k = min(k, (line - horizon - FEET * band) / (all_units[root].feet * scale))
        x_first = 0.5 - span * k / 2 + widths[0] * k / 2
        for i, root in enumerate(standing):
            bottom = back_y if back[i] else front_y
            _move(boxes, out, all_units[root], x_first + centres[i] * k, bottom, scales[i] * k)
        rows = "two rows" if any(back) else "one row"
        notes.append(f"{len(standing)} standing thing(s) lined up on the ground in {rows}")
    if flying:
        slots = len(sequence)
        sky = horizon - AIR_GAP
        fill = FAR_SKY_FILL if lining.landscape else SKY_FILL
        tall = AIR_HEIGHT if standing else (sky - MARGIN_TOP) * fill  # alone, they fill the sky
        for root in flying:
            w, h = size[root]
            s = min(grow[root] * k, tall / h, (1 - 2 * MARGIN_X) / slots * 0.9 / w)
            slot = sequence.index(root)
            cx = MARGIN_X + (1 - 2 * MARGIN_X) * (slot + 0.5) / slots
            cy = MARGIN_TOP + tall / 2 + rng.uniform(-0.02, 0.04) + (0.04 if slot % 2 else 0.0)
            if not standing:
                cy = (MARGIN_TOP + sky) / 2 + rng.uniform(-0.03, 0.03) + (0.04 if slot % 2 else 0.0)
            bottom = min(sky, cy + h * s / 2)
            _move(boxes, out, all_units[root], cx, bottom, s)
        notes.append(f"{len(flying)} thing(s) in the air above the ground")
    return out


def _move(
    boxes: Mapping[str, Box], out: dict[str, Box], unit: Unit, cx: float, bottom: float, s: float
) -> None:
    """Every member of ``unit`` scaled by ``s`` about the unit's bottom centre, now at (cx, bottom)."""
    ux0, _, ux1, uy1 = unit.box
    ucx = (ux0 + ux1) / 2
    for m in unit.members:
        x0, y0, x1, y1 = boxes[m]
        out[m] = (cx + (x0 - ucx) * s, bottom + (y0 - uy1) * s, cx + (x1 - ucx) * s, bottom + (y1 - uy1) * s)


def _id_order(element_id: str) -> tuple[int, str]:
    digits = element_id[1:]
    return (int(digits), element_id) if digits.isdigit() else (1 << 30, element_id)


__all__ = ["BACK_LINE", "FRONT_LINE", "LARGEST", "OVERLAP", "SMALLEST", "Lining", "line_up", "order"]
