"""People under a piece of furniture ("a boy hiding under the bed", "a girl under the table"), sized to
the space under it.

The plan's box for someone under a table is only as large as the gap it guessed, so the figure was a
tiny person standing under it. Here the space under each piece drawn in code is known (its legs, its
top or frame: :data:`SPACES`); a person there sits on the floor, knees up, as large as that space
lets a sitter be, or, where the gap is too low to sit in (a bed, a sofa), lies on the floor under it
as long as a body that fits the gap is.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

Box = tuple[float, float, float, float]

#: The space under each piece, in shares of its box: left, top (under its top, frame or rail), right;
#: it reaches down to the box's bottom (the floor).
SPACES: Mapping[str, tuple[float, float, float]] = MappingProxyType(
    {
        "table": (0.12, 0.21, 0.88),
        "workbench": (0.12, 0.21, 0.88),
        "desk": (0.12, 0.21, 0.58),
        "bed": (0.08, 0.8, 0.94),
        "bench": (0.16, 0.58, 0.84),
        "sofa": (0.15, 0.82, 0.85),
        "couch": (0.15, 0.82, 0.85),
    }
)
#: Of a figure's standing height: its height sitting on the floor, knees up (hips to head top, the
#: knees lower), and its breadth (its thickness lying down).
SITTING = 0.64
BREADTH = 0.34
#: Of the space's height and width: how much of it the figure may fill.
FILL = 0.9
#: The smallest standing height (share of the canvas's height) a sitter under a piece is drawn at:
#: a gap too low for it is lain in instead.
MIN_SITTER = 0.2
#: The largest standing height (share of the canvas's height) anyone under a piece is drawn at.
MAX_FIGURE = 0.5


@dataclass(frozen=True)
class Hiding:
    """Where someone under a piece is drawn: on the floor across ``space`` (canvas shares), lying or
    sitting, ``tall`` its standing height (a share of the canvas's height)."""

    space: Box
    lies: bool
    tall: float


def space_under(kind: str | None, box: Box) -> Box | None:
    """The space under a piece of furniture ``kind`` drawn in ``box`` (any unit), or None when no
    one fits under it."""
    shares = SPACES.get(kind or "")
    if shares is None:
        return None
    x0, y0, x1, y1 = box
    left, top, right = shares
    w, h = x1 - x0, y1 - y0
    return (x0 + w * left, y0 + h * top, x0 + w * right, y1)


def hiding(kind: str | None, box: Box, aspect: float, lying: bool = False) -> Hiding | None:
    """How someone under ``kind`` drawn in ``box`` (canvas shares, on a canvas ``aspect`` wide per
    unit of height) is drawn; lying when asked (``lying``) or when the gap is too low to sit in."""
    space = space_under(kind, box)
    if space is None:
        return None
    x0, top, x1, floor = space
    gap, width = floor - top, (x1 - x0) * aspect
    sitter = min(gap * FILL / SITTING, width * FILL, MAX_FIGURE)
    if not lying and sitter >= MIN_SITTER:
        return Hiding(space, False, round(sitter, 4))
    lier = min(gap / BREADTH, width * FILL, MAX_FIGURE)  # lying, it may touch what is over it
    return Hiding(space, True, round(lier, 4))


__all__ = ["SPACES", "Hiding", "hiding", "space_under"]
