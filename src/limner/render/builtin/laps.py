"""On a seated person's lap: "a girl sitting on her grandfather's lap", "a baby in her mother's lap",
"a man with a cat on his lap".

The reasoner seats the lap's owner and puts what is on the lap ``on`` (or ``in``) the owner. A person
on a lap sits on the owner's thighs, in front of the owner's torso, its legs over the owner's knees,
sized as a child beside the owner (within :data:`RIDER_SIZE` of the owner's height); anything else
(an animal, a baby drawn as a face) rests on the lap, no taller than :data:`MOST` of the owner. An
owner the plan puts on no seat sits on a chair drawn under them (an armchair indoors, a bench
outdoors), not cross-legged on the floor: a lap needs a seat.
"""

from __future__ import annotations

from dataclasses import dataclass

from limner.assets.art import resolve_art
from limner.plan.model import Element, Plan
from limner.render.builtin.art import art_noun
from limner.render.builtin.seated import CHAIR_FIT, SHIN, can_sit

Box = tuple[float, float, float, float]

#: The predicates that put something on (or in) a lap.
LAP_PREDICATES = frozenset({"on", "in", "inside"})
#: A person on a lap: its standing height, a share of the owner's (at least, at most).
RIDER_SIZE = (0.56, 0.64)
#: Anything else on a lap is at most this share of the owner's height.
MOST = 0.28
#: How far above the owner's seat the lap's top is (the thighs), a share of the owner's height.
THIGHS = 0.05
#: How far a thing resting on the lap sinks into it, a share of its own height.
SINK = 0.12
#: How far toward the way the owner faces the lap is, a share of the owner's width.
FRONT = 0.14
#: The seat drawn under an owner on no seat: indoors, outdoors.
CHAIRS = ("armchair", "bench")


@dataclass(frozen=True)
class Lap:
    """Where one thing sits on a lap (canvas shares)."""

    #: The owner whose lap it is.
    owner: Element
    #: The box it is drawn in (a person: standing, its feet at :attr:`seat`'s bottom).
    box: Box
    #: A person's seat on the lap (top: the thighs, bottom: where its shins end), else None.
    seat: Box | None


def _person(element: Element) -> bool:
    return can_sit(resolve_art(art_noun(element)).emoji)


def lap_owners(plan: Plan, by_id: dict[str, Element]) -> dict[str, Element]:
    """``{thing: owner}`` for what the plan puts on or in a person's lap: on a person posed sitting,
    or in a person (nothing else is in someone), drawn in front of them."""
    found: dict[str, Element] = {}
    for rel in plan.relations:
        subject, owner = by_id.get(rel.subject), by_id.get(str(rel.object))
        if rel.predicate not in LAP_PREDICATES or subject is None or owner is None or subject is owner:
            continue
        if subject.id in found or owner.id in found or subject.z < owner.z or not _person(owner):
            continue
        pose = owner.attributes.get("pose")
        if pose == "sitting" or (rel.predicate != "on" and pose is None):
            found[subject.id] = owner
    return found


def owner_seat(owner: Element) -> Box:
    """The seat (canvas shares: top the seat, bottom the floor) of an owner the plan seats on nothing:
    a chair's height under its box's feet."""
    x0, y0, x1, y1 = owner.box
    return (x0, y1 - SHIN * (y1 - y0) * CHAIR_FIT, x1, y1)


def chair_kind(outdoors: bool) -> str:
    """The seat drawn under an owner on no seat."""
    return CHAIRS[1] if outdoors else CHAIRS[0]


def on_lap(thing: Element, owner: Element, seat: Box) -> Lap:
    """Where ``thing`` goes on the lap of ``owner``, who sits on ``seat`` (canvas shares)."""
    ox0, oy0, ox1, oy1 = owner.box
    tall = oy1 - oy0
    facing = owner.attributes.get("facing")
    cx = (ox0 + ox1) / 2 + (FRONT if facing == "right" else -FRONT if facing == "left" else 0.0) * (ox1 - ox0)
    lap = seat[1] - THIGHS * tall
    x0, y0, x1, y1 = thing.box
    w, h = x1 - x0, max(y1 - y0, 1e-6)
    if _person(thing):
        low, high = RIDER_SIZE
        size = min(max(h, tall * low), tall * high)
        w *= size / h
        bottom = lap + SHIN * size
        return Lap(
            owner, (cx - w / 2, bottom - size, cx + w / 2, bottom), (cx - w / 2, lap, cx + w / 2, bottom)
        )
    size = min(h, tall * MOST)
    w *= size / h
    bottom = lap + SINK * size
    return Lap(owner, (cx - w / 2, bottom - size, cx + w / 2, bottom), None)


__all__ = ["CHAIRS", "LAP_PREDICATES", "Lap", "chair_kind", "lap_owners", "on_lap", "owner_seat"]
