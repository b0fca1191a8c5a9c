"""Regions: a position word with nothing to be placed against puts the scene in that part of the canvas.

"three apples on the left" has one unit and so no other unit to be left of; the solver alone would
fill the canvas. When every hinted thing shares one side (left, right, top, bottom) and everything
else hangs on a hinted thing through a relation, the whole composition is scaled down (never up) and
moved into that half of the canvas: one uniform scale and one translation, so every relation that held
still holds. Different hints ("a dog on the left and a cat on the right") are the solver's business.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from types import MappingProxyType

from limner.reason.layout import Box, Link

#: The part of the canvas each side word names: (x0, y0, x1, y1).
REGIONS: Mapping[str, Box] = MappingProxyType(
    {
        "left": (0.0, 0.0, 0.5, 1.0),
        "right": (0.5, 0.0, 1.0, 1.0),
        "top": (0.0, 0.0, 1.0, 0.5),
        "bottom": (0.0, 0.5, 1.0, 1.0),
    }
)
#: Space kept between the composition and the region's canvas edges.
MARGIN = 0.04


def lone_side(positions: Mapping[str, str | None], links: Sequence[Link]) -> str | None:
    """The one side every hinted element names, when each unhinted element is tied to a hinted one by
    a relation; else None."""
    sides = {p for p in positions.values() if p is not None}
    if len(sides) != 1:
        return None
    side = next(iter(sides))
    if side not in REGIONS:
        return None
    reached = {i for i, p in positions.items() if p is not None}
    neighbours: dict[str, set[str]] = {}
    for link in links:
        ends = [i for i in (link.subject, link.object, link.object2) if i is not None and i in positions]
        for a in ends:
            neighbours.setdefault(a, set()).update(b for b in ends if b != a)
    frontier = sorted(reached)
    while frontier:
        nxt = sorted({b for a in frontier for b in neighbours.get(a, ()) if b not in reached})
        reached.update(nxt)
        frontier = nxt
    return side if reached == set(positions) else None


def fit_region(boxes: dict[str, Box], side: str) -> tuple[float, float, float] | None:
    """Move (and shrink, where it does not fit) every box into the ``side`` half of the canvas, in
    place; returns (scale, dx, dy), or None when nothing moved."""
    if not boxes:
        return None
    rx0, ry0, rx1, ry1 = REGIONS[side]
    rx0, ry0 = rx0 + (MARGIN if rx0 == 0.0 else MARGIN / 2), ry0 + (MARGIN if ry0 == 0.0 else MARGIN / 2)
    rx1, ry1 = rx1 - (MARGIN if rx1 == 1.0 else MARGIN / 2), ry1 - (MARGIN if ry1 == 1.0 else MARGIN / 2)
    ux0, uy0 = min(b[0] for b in boxes.values()), min(b[1] for b in boxes.values())
    ux1, uy1 = max(b[2] for b in boxes.values()), max(b[3] for b in boxes.values())
    uw, uh = ux1 - ux0, uy1 - uy0
    scale = min(1.0, (rx1 - rx0) / uw if uw > 0 else 1.0, (ry1 - ry0) / uh if uh > 0 else 1.0)
    tx = rx0 + ((rx1 - rx0) - uw * scale) / 2  # centred in the region
    ty = ry0 + ((ry1 - ry0) - uh * scale) / 2
    if scale == 1.0 and abs(tx - ux0) < 1e-9 and abs(ty - uy0) < 1e-9:
        return None
    for key, (x0, y0, x1, y1) in boxes.items():
        boxes[key] = (
            tx + (x0 - ux0) * scale,
            ty + (y0 - uy0) * scale,
            tx + (x1 - ux0) * scale,
            ty + (y1 - uy0) * scale,
        )
    return scale, tx - ux0, ty - uy0


__all__ = ["MARGIN", "REGIONS", "fit_region", "lone_side"]
