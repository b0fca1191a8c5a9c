"""People and animals in a car, a bus, a tractor or a boat: seen through the window, or over the side.

The vehicle art is drawn first; an occupant is then drawn over it, cut off at the vehicle's belt line
(the bottom of its side windows, a boat's gunwale), so only the head and shoulders show, where the
driver's window is. Without this an occupant was a whole small figure pasted over the car's door.

Each vehicle's geometry is read off its art (:data:`VEHICLES`): where the driver sits across it, the
top of the window and the belt line, and how much of an occupant shows above that line (a driver's
head and shoulders; someone standing in a sailboat from the knees up). The occupant's size follows
from the window, not from its own box: the window says how big a head is.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

import skia

from limner.assets.art import resolve_art
from limner.render.builtin.art import Art, Look, Placement, paint_art
from limner.render.builtin.stroller import RIM as STROLLER_RIM
from limner.render.builtin.stroller import STROLLERS

Box = tuple[float, float, float, float]


#: Of an animal's art (a dog in a car, side on), the share that shows above the belt line.
ANIMAL_SHOWN = 0.5


@dataclass(frozen=True)
class Cab:
    """Where occupants show in a vehicle's art, in shares of its ink box (unmirrored)."""

    #: The first occupant's centre across the art (the driver's window), and the step to the next
    #: one (toward the back, in the art's own direction; negative: leftward).
    x: float
    step: float
    #: The window's top and the belt line (the cut), from the art's top.
    top: float
    belt: float
    #: The share of an occupant's whole height that shows above the belt line.
    shown: float
    #: … and of an animal's or a baby's art (drawn whole, side on or face on).
    whole_shown: float = ANIMAL_SHOWN
    #: Whether people (figures that sit) ride in it; else only babies and animals show in it.
    people: bool = True


_CAR = Cab(x=0.62, step=-0.26, top=0.1, belt=0.46, shown=0.32)
VEHICLES: Mapping[str, Cab] = MappingProxyType(
    {
        "🚗": _CAR,
        "🚕": _CAR,
        "🚓": _CAR,
        "🚙": _CAR,
        "🚌": Cab(x=0.3, step=0.22, top=0.08, belt=0.45, shown=0.32),
        "🚚": Cab(x=0.2, step=0.0, top=0.24, belt=0.48, shown=0.3),
        "🚜": Cab(x=0.6, step=0.0, top=0.04, belt=0.36, shown=0.32),
        "⛵": Cab(x=0.5, step=-0.18, top=0.3, belt=0.66, shown=0.72),
        "🛶": Cab(x=0.45, step=0.2, top=0.02, belt=0.4, shown=0.5),
        "🚤": Cab(x=0.55, step=-0.18, top=0.18, belt=0.45, shown=0.4),
    }
)


#: Vehicles one is in when one is on them (a boat): who is "on a boat" is aboard, in it.
BOATS = frozenset({"⛵", "🛶", "🚤"})


def aboard(noun: str) -> bool:
    """Whether someone on ``noun`` is in it (a boat's deck is inside its hull)."""
    return resolve_art(noun).emoji in BOATS


#: Things drawn in code one rides in, by furniture kind, in shares of their box (a stroller, facing
#: left: a baby looks out over the bassinet's rim, clear of the hood).
_STROLLER = Cab(x=0.48, step=0.0, top=0.06, belt=STROLLER_RIM + 0.01, shown=0.45, whole_shown=0.68)
#: In a crib, babies and pets look out over the mattress, in front of its far slats.
_CRIB = Cab(x=0.5, step=0.22, top=-0.3, belt=0.17, shown=0.5, whole_shown=0.72, people=False)
DRAWN_CABS: Mapping[str, Cab] = MappingProxyType(
    {**{kind: _STROLLER for kind in STROLLERS}, **{kind: _CRIB for kind in ("baby bed", "crib", "cot")}}
)


def cab_of(noun: str) -> Cab | None:
    """The cab of the vehicle ``noun`` is drawn as, or None when it is no vehicle one sits in."""
    choice = resolve_art(noun)
    if choice.furniture is not None:
        return DRAWN_CABS.get(choice.furniture)
    return VEHICLES.get(choice.emoji)


def draw_occupant(
    canvas: skia.Canvas,
    art: Art,
    look: Look,
    vehicle: Box,
    cab: Cab,
    seat: int,
    mirrored: bool,
    unit: float,
    share: float | None = 1.0,
) -> Box:
    """``art`` in the pixel ink box ``vehicle`` of a vehicle with ``cab``, in its ``seat``-th place
    (0: the driver), cut at the belt line; ``mirrored`` when the vehicle's art is drawn mirrored.
    ``share`` is the part of a standing figure's height the art draws (a bust: head and shoulders);
    an animal (``share`` None) shows its upper half. Returns the rect drawn."""
    vx0, vy0, vx1, vy1 = vehicle
    vw, vh = vx1 - vx0, vy1 - vy0
    top, belt = vy0 + cab.top * vh, vy0 + cab.belt * vh
    shown = cab.shown if share is not None else cab.whole_shown
    height = (belt - top) / shown * (share if share is not None else 1.0)
    bx0, by0, bx1, by1 = art.bounds
    scale = height / max(by1 - by0, 1e-6)
    width = (bx1 - bx0) * scale
    across = cab.x + cab.step * seat
    cx = vx0 + vw * ((1.0 - across) if mirrored else across)
    left = min(max(cx - width / 2, vx0), vx1 - width)
    placement = Placement(
        sx=scale,
        sy=scale,
        dx=left - bx0 * scale,
        dy=top - by0 * scale,
        mirror=False,
        ink=(left, top, left + width, top + height),
        clip_bottom=belt,
    )
    paint_art(canvas, art, placement, look, unit)
    return (left, top, left + width, belt)


__all__ = ["BOATS", "VEHICLES", "Cab", "aboard", "cab_of", "draw_occupant"]
