"""Arrangements of one noun phrase's members: "a row of five", "a 3×3 grid", "stacked", "in a circle",
"scattered".

Rows, columns, grids and stacks become layout links among the members (the solver keeps them in
cells, or stacks them on each other); circles and scatters are laid out as a compact grid first and
then re-placed inside the area that grid took, so the rest of the scene keeps its room.
"""

from __future__ import annotations

import math
import random
from collections.abc import Sequence

from limner.reason.layout import Box, Link, clean_box

#: Arrangements re-placed after the solve.
AFTER_SOLVE = frozenset({"circle", "scatter"})


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
        return [Link(ids[i], "on top of", ids[i - 1], internal=True) for i in range(1, n)]
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
        ring = min(uw, uh) / 2
        step = 2 * ring * math.sin(math.pi / n) if n > 1 else ring
        side = max(4.0, min(ring * 0.8, step * 0.85))
        radius = max(1.0, ring - side / 2)
        for k, element_id in enumerate(present):
            w, h = _fit_side(boxes[element_id], side, width, height)
            angle = -math.pi / 2 + 2 * math.pi * k / n
            x, y = cx + radius * math.cos(angle), cy + radius * math.sin(angle)
            out[element_id] = _box(x, y, w, h, width, height)
        return out
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


def corner_box(box: Box, taken: Sequence[Box], margin: float = 0.03) -> Box:
    """``box`` moved into the canvas corner it overlaps the other boxes least in ("in the corner"),
    shrunk to at most 40 % of the canvas per side."""
    w, h = box[2] - box[0], box[3] - box[1]
    factor = min(1.0, 0.4 / w, 0.4 / h)
    w, h = w * factor, h * factor
    corners = [
        (1 - margin - w, 1 - margin - h),
        (margin, 1 - margin - h),
        (1 - margin - w, margin),
        (margin, margin),
    ]

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


__all__ = ["AFTER_SOLVE", "corner_box", "member_links", "rearrange"]
