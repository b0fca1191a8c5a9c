"""Seats drawn from an emoji seen from the side (a wheelchair): where on the art one sits, where the
feet rest, which way the seat faces, and the part of it in front of the sitter (the near wheel).

Someone in a wheelchair sits on its cushion, hips against the back, thighs along the seat toward the
footrest, shins down to it (:func:`limner.render.builtin.seated.draw_sitting`); the chair's size says
how big the sitter is (knee to sole reaches the footrest), and the chair's near wheel is drawn again
over the sitter's hips, as it is seen from the side.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

import skia

Box = tuple[float, float, float, float]


@dataclass(frozen=True)
class SideSeat:
    """A seat in an emoji's art, in shares of its ink box (unmirrored)."""

    #: Across the art: the seat's ends (the sitter's hips go in the middle) …
    left: float
    right: float
    #: … down it: the top of the seat (the hips), and where the soles rest (the footrest).
    seat: float
    floor: float
    #: Which way the seat faces in the art (-1: left, +1: right): the sitter's knees point there.
    faces: float
    #: The near wheel drawn over the sitter: centre (shares of the ink's width and height) and radius
    #: (share of the ink's height); None when nothing is in front.
    front: tuple[float, float, float] | None = None


#: Seats drawn from emoji, keyed by emoji: the manual wheelchair faces left, its footrest at the lower
#: left, the big wheel at the back.
SIDE_SEATS: Mapping[str, SideSeat] = MappingProxyType(
    {
        "🦽": SideSeat(left=0.47, right=0.73, seat=0.465, floor=0.766, faces=-1.0, front=(0.724, 0.73, 0.27)),
        "🦼": SideSeat(left=0.45, right=0.71, seat=0.43, floor=0.78, faces=-1.0, front=None),
    }
)


def side_seat(emoji: str) -> SideSeat | None:
    """The seat an emoji draws (a wheelchair's), or None."""
    return SIDE_SEATS.get(emoji)


def _x(ink: Box, share: float, mirror: bool) -> float:
    x0, _, x1, _ = ink
    return x1 - (x1 - x0) * share if mirror else x0 + (x1 - x0) * share


def seat_box(seat: SideSeat, ink: Box, mirror: bool) -> Box:
    """The pixel seat (its top the seat, its bottom the footrest) of art whose ink lies at ``ink``."""
    a, b = sorted((_x(ink, seat.left, mirror), _x(ink, seat.right, mirror)))
    _, y0, _, y1 = ink
    h = y1 - y0
    return (a, y0 + h * seat.seat, b, y0 + h * seat.floor)


def facing(seat: SideSeat, mirror: bool) -> float:
    """Which way (-1 left, +1 right) a sitter's knees point on the art drawn (``mirror``ed or not)."""
    return -seat.faces if mirror else seat.faces


def front_clip(seat: SideSeat, ink: Box, mirror: bool) -> skia.Path | None:
    """The outline of the part of the seat's art in front of its sitter (its near wheel), or None."""
    if seat.front is None:
        return None
    cx, cy, r = seat.front
    _, y0, _, y1 = ink
    h = y1 - y0
    path = skia.Path()
    path.addCircle(_x(ink, cx, mirror), y0 + h * cy, h * r)
    return path


__all__ = ["SIDE_SEATS", "SideSeat", "facing", "front_clip", "seat_box", "side_seat"]
