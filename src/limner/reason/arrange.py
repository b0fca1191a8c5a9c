"""Arrangements of one noun phrase's members: "a row of five", "a 3×3 grid", "stacked", "in a circle",
"scattered", "symmetrical".

Rows, columns, grids and stacks become layout links among the members (the solver keeps them in
cells, or stacks them on each other); circles, scatters and mirror-symmetric layouts are laid out as
a compact grid first and then re-placed inside the area that grid took, so the rest of the scene
keeps its room. A circle's radius follows the count and the members' size, so members never overlap;
a mirror-symmetric layout puts members in pairs mirrored about the vertical axis of that area (an odd
one on the axis), on a gentle arc.
"""

from __future__ import annotations

import math
import random
from collections.abc import Sequence

from limner.reason.layout import Box, Link, clean_box

#: Arrangements re-placed after the solve.
AFTER_SOLVE = frozenset({"circle", "scatter", "mirror"})
#: Members per row of a mirror-symmetric layout.
MIRROR_ROW = 5
#: Centre distance of neighbours on a circle, per member side: √2 keeps square boxes apart at any angle.
_RING_SPACING = math.sqrt(2) * 1.05


def member_links(ids: Sequence[str], arrangement: str | None, columns: int | None = None) -> list[Link]:
    """Layout links that put ``ids`` (one entity's members, in order) into ``arrangement``."""
    n = len(ids)
    if n < 2 or arrangement is None:
        return []
    if arrangement == "row":
        return [Link(ids[i], "right of", ids[i - 1], internal=True) for i in range(1, n)]
    if arrangement == "column":
        return [Link(ids[i], "below", ids[i - 1], internal=True) for i in range(1, n)]
    if arrangement == "stack":
        return [Link(ids[i], "stacked_on", ids[i - 1]) for i in range(1, n)]  # reported: "stacked"
    if arrangement == "mirror" and columns is None:
        columns = min(n, MIRROR_ROW)
    cols = columns if columns is not None and columns > 0 else math.ceil(math.sqrt(n))
    links = []
    for i in range(1, n):
        if i % cols:
            links.append(Link(ids[i], "right of", ids[i - 1], internal=True))
        else:
            links.append(Link(ids[i], "below", ids[i - cols], internal=True))
    return links


def _union(boxes: Sequence[Box]) -> Box:
    return (
        min(b[0] for b in boxes),
        min(b[1] for b in boxes),
        max(b[2] for b in boxes),
        max(b[3] for b in boxes),
    )


def rearrange(
    boxes: dict[str, Box], ids: Sequence[str], arrangement: str, width: int, height: int, seed: int
) -> dict[str, Box]:
    """New boxes for ``ids`` in a circle or scattered, inside the area their grid took."""
    present = [i for i in ids if i in boxes]
    if len(present) < 2:
        return {}
    ux0, uy0, ux1, uy1 = _union([boxes[i] for i in present])
    uw, uh = (ux1 - ux0) * width, (uy1 - uy0) * height  # pixels, so circles stay round
    cx, cy = (ux0 + ux1) / 2 * width, (uy0 + uy1) / 2 * height
    n = len(present)
    out: dict[str, Box] = {}
    if arrangement == "circle":
        return _circle(boxes, present, (cx, cy), min(uw, uh) / 2, width, height)
    if arrangement == "mirror":
        return _mirror(boxes, present, (ux0 * width, uy0 * height, uw, uh), width, height)
    rng = random.Random(seed * 7919 + n)
    placed: list[tuple[float, float, float, float]] = []
    for element_id in present:
        b = boxes[element_id]
        w, h = (b[2] - b[0]) * width * 0.8, (b[3] - b[1]) * height * 0.8
        best: tuple[float, float, float] | None = None
        for _ in range(24):
            x = ux0 * width + w / 2 + rng.random() * max(0.0, uw - w)
            y = uy0 * height + h / 2 + rng.random() * max(0.0, uh - h)
            overlap = sum(
                max(0.0, min(x + w / 2, p[2]) - max(x - w / 2, p[0]))
                * max(0.0, min(y + h / 2, p[3]) - max(y - h / 2, p[1]))
                for p in placed
            )
            if best is None or overlap < best[0]:
                best = (overlap, x, y)
            if overlap == 0:
                break
        assert best is not None
        _, x, y = best
        placed.append((x - w / 2, y - h / 2, x + w / 2, y + h / 2))
        out[element_id] = _box(x, y, w, h, width, height)
    return out


def _circle(
    boxes: dict[str, Box],
    ids: Sequence[str],
    centre: tuple[float, float],
    ring: float,
    width: int,
    height: int,
) -> dict[str, Box]:
    """Members evenly on a circle of radius R = k·side (k from the count), shrunk to fit ``ring``."""
    n = len(ids)
    side = max(max((boxes[i][2] - boxes[i][0]) * width, (boxes[i][3] - boxes[i][1]) * height) for i in ids)
    k = _RING_SPACING / (2 * math.sin(math.pi / n))
    side = max(2.0, min(side, ring / (k + 0.5)))
    radius = max(k * side, ring - side / 2)
    out: dict[str, Box] = {}
    for index, element_id in enumerate(ids):
        w, h = _fit_side(boxes[element_id], side, width, height)
        angle = -math.pi / 2 + 2 * math.pi * index / n
        out[element_id] = _box(
            centre[0] + radius * math.cos(angle), centre[1] + radius * math.sin(angle), w, h, width, height
        )
    return out


def _mirror(
    boxes: dict[str, Box],
    ids: Sequence[str],
    area: tuple[float, float, float, float],
    width: int,
    height: int,
) -> dict[str, Box]:
    """Rows of up to :data:`MIRROR_ROW` members, each row mirror-symmetric about the area's vertical axis
    (the canvas's, when the area spans it):
    slot j and slot m−1−j share size and height, an odd middle member sits on the axis; outer pairs
    sit a little lower (an arc), so the layout reads as symmetrical rather than as a plain row."""
    x0, y0, aw, ah = area
    if x0 < width / 2 < x0 + aw:  # the area spans the canvas's middle: mirror about the canvas's axis
        half = min(width / 2 - x0, x0 + aw - width / 2)
        x0, aw = width / 2 - half, 2 * half
    n = len(ids)
    rows = math.ceil(n / MIRROR_ROW)
    per_row = math.ceil(n / rows)
    w = max((boxes[i][2] - boxes[i][0]) * width for i in ids)
    h = max((boxes[i][3] - boxes[i][1]) * height for i in ids)
    lift = 0.25
    factor = min(1.0, aw / (per_row * w * 1.08), ah / (rows * h * (1.08 + lift)))
    w, h = w * factor, h * factor
    pitch_x = aw / per_row
    pitch_y = ah / rows
    axis = x0 + aw / 2
    out: dict[str, Box] = {}
    for r in range(rows):
        members = ids[r * per_row : (r + 1) * per_row]
        m = len(members)
        middle = (m - 1) / 2
        for j, element_id in enumerate(members):
            offset = j - middle
            arc = (abs(offset) / middle) ** 2 if middle > 0 else 0.0
            x = axis + offset * pitch_x
            y = y0 + pitch_y * r + pitch_y / 2 - lift * h / 2 + arc * lift * h
            out[element_id] = _box(x, y, w, h, width, height)
    return out


def mirror_partner(ids: Sequence[str], element_id: str) -> str | None:
    """The member mirrored with ``element_id`` in :func:`_mirror` (None on the axis)."""
    n = len(ids)
    rows = math.ceil(n / MIRROR_ROW)
    per_row = math.ceil(n / rows)
    index = list(ids).index(element_id)
    r, j = divmod(index, per_row)
    m = min(per_row, n - r * per_row)
    partner = m - 1 - j
    return None if partner == j else ids[r * per_row + partner]


#: Positions that put a thing in a canvas corner; "corner" lets the layout choose which.
CORNERS = frozenset({"corner", "top left", "top right", "bottom left", "bottom right"})


def corner_box(box: Box, taken: Sequence[Box], margin: float = 0.03, which: str = "corner") -> Box:
    """``box`` moved into the canvas corner named by ``which`` ("in the top left corner"), or for a plain
    "corner" the one it overlaps the other boxes least in, shrunk to at most 40 % of the canvas per side."""
    w, h = box[2] - box[0], box[3] - box[1]
    factor = min(1.0, 0.4 / w, 0.4 / h)
    w, h = w * factor, h * factor
    named = {
        "bottom right": (1 - margin - w, 1 - margin - h),
        "bottom left": (margin, 1 - margin - h),
        "top right": (1 - margin - w, margin),
        "top left": (margin, margin),
    }
    corners = [named[which]] if which in named else list(named.values())

    def overlap(x: float, y: float) -> float:
        return sum(
            max(0.0, min(x + w, t[2]) - max(x, t[0])) * max(0.0, min(y + h, t[3]) - max(y, t[1]))
            for t in taken
        )

    x, y = min(corners, key=lambda c: overlap(*c))
    return clean_box((x, y, x + w, y + h))


def _fit_side(box: Box, side: float, width: int, height: int) -> tuple[float, float]:
    w, h = (box[2] - box[0]) * width, (box[3] - box[1]) * height
    factor = side / max(w, h)
    return w * factor, h * factor


def _box(x: float, y: float, w: float, h: float, width: int, height: int) -> Box:
    return clean_box(((x - w / 2) / width, (y - h / 2) / height, (x + w / 2) / width, (y + h / 2) / height))


__all__ = [
    "AFTER_SOLVE",
    "CORNERS",
    "MIRROR_ROW",
    "corner_box",
    "member_links",
    "mirror_partner",
    "rearrange",
]
