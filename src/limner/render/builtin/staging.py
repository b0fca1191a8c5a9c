"""How each object sits in the scene: what it stands on, whether it flies, how far away it is.

Read from the plan (relations, ``pose``, boxes) and the backdrop (horizon, haze): the renderer uses it
to bottom-align art that stands, to cast contact and air shadows, to fill boxes for figures whose
anchors matter, and to fade far things toward the sky a little.
"""

from __future__ import annotations

from dataclasses import dataclass

from limner.plan.geometry import rests_on
from limner.plan.model import Element, Plan
from limner.render.builtin.art import art_noun
from limner.render.builtin.backdrop import Backdrop
from limner.render.builtin.occupants import cab_of
from limner.render.builtin.seated import seat_top

SUPPORT_PREDICATES = frozenset({"on", "stacked_on"})
#: Things attached to another element draw no shadow of their own.
ATTACHED_PREDICATES = frozenset({"wears", "holds", "carries", "rides", "in", "hangs_on"})
#: Figures whose anchor regions (head, hand, back, seat) must line up with their box.
FIGURE_PREDICATES = frozenset({"wears", "holds", "carries"})
#: Predicates that put their subject inside their object (an occupant in its vehicle).
INSIDE_PREDICATES = frozenset({"in", "inside"})
#: What a person sits or lies on, when the object is a seat or the pose says so.
SEAT_PREDICATES = frozenset({"on"}) | INSIDE_PREDICATES
AIRBORNE = frozenset(
    {
        "bird", "balloon", "kite", "airplane", "plane", "jet", "helicopter", "drone", "butterfly", "bee",
        "eagle", "parrot", "owl", "bat", "dragon", "ufo", "seagull", "dove", "hot air balloon",
    }
)  # fmt: skip
#: Largest fade toward the sky, for things standing right at the horizon.
MAX_FADE = 0.2
#: Depth (share of the ground band below the horizon) over which the fade falls to nothing.
FADE_DEPTH = 0.3


@dataclass(frozen=True)
class Staging:
    #: Draw the art with its bottom on the box's bottom edge (it stands on something).
    stands: bool = False
    #: Cast a contact shadow at the bottom of its ink.
    contact: bool = False
    #: y (pixels) of a faint shadow on the ground below, for things in the air; None when none.
    air_shadow_y: float | None = None
    #: Share (0..1) of mix toward the sky colour.
    fade: float = 0.0
    #: Stretch the art (a little) to fill its box: supporters, wearers, holders, mounts.
    fill: bool = False
    #: A rider astride a mount: its hips, not its feet, on the box's bottom edge.
    rides: bool = False
    #: A body with anchors in use (wearer, holder, mount, rider): without a ``facing`` it faces
    #: right, as :func:`limner.assets.anchors.anchor_box` assumes.
    figure: bool = False
    #: Where a person sits or lies (a box whose top is the seat and whose bottom the floor, in
    #: canvas shares), else None; the renderer draws people there, other things as they are.
    seat: tuple[float, float, float, float] | None = None
    #: Lying down on ``seat`` (else sitting).
    lies: bool = False
    #: The vehicle it rides in (a car, a bus, a boat: drawn in its window), else None, and its place
    #: among the vehicle's occupants (0: the driver).
    vehicle: Element | None = None
    place: int = 0
    #: The figure that holds, carries or wears it (it moves with that figure when it sits), else None.
    carrier: Element | None = None


def _seat(subject: Element, thing: Element) -> tuple[tuple[float, float, float, float], bool] | None:
    """Where ``subject`` sits or lies on ``thing`` (see :attr:`Staging.seat`), or None: a seat (a
    chair, a sofa, a bed) holds whatever is on it unless it is posed otherwise, and anything holds
    someone posed sitting or lying on it (a rock, a wall: its top)."""
    pose = subject.attributes.get("pose")
    if pose not in (None, "sitting", "lying"):
        return None
    top = seat_top(art_noun(thing))
    if top is None and pose is not None:
        top = 0.0
    if top is None:
        return None
    x0, y0, x1, y1 = thing.box
    return (x0, y0 + (y1 - y0) * top, x1, y1), pose == "lying"


def _seats(
    plan: Plan, by_id: dict[str, Element]
) -> dict[str, tuple[tuple[float, float, float, float], bool]]:
    """``{subject: (seat box, lies)}``: from the first seat relation of each subject (on, in), else
    from the first seat its box rests on (a relation the plan put elsewhere: "sitting on a couch
    watching tv" keeps the couch in the layout), else, posed sitting or lying, the ground under its
    box (a seat with no height)."""
    objects = list(by_id.values())
    seats: dict[str, tuple[tuple[float, float, float, float], bool]] = {}
    for rel in plan.relations:
        subject, thing = by_id.get(rel.subject), by_id.get(str(rel.object))
        if rel.predicate not in SEAT_PREDICATES or subject is None or thing is None or subject.id in seats:
            continue
        if (seat := _seat(subject, thing)) is not None:
            seats[subject.id] = seat
    for a in objects:
        if a.id in seats:
            continue
        for b in objects:
            if b is not a and b.z <= a.z and rests_on(a.box, b.box) and (seat := _seat(a, b)) is not None:
                seats[a.id] = seat
                break
    for a in objects:  # sitting or lying on nothing: on the ground, where its box stands
        pose = a.attributes.get("pose")
        if a.id not in seats and pose in ("sitting", "lying"):
            seats[a.id] = ((a.box[0], a.box[3], a.box[2], a.box[3]), pose == "lying")
    return seats


def _vehicles(plan: Plan, by_id: dict[str, Element]) -> dict[str, tuple[Element, int]]:
    """``{occupant: (vehicle, place)}`` for each thing in a vehicle one sits in, drawn after it."""
    found: dict[str, tuple[Element, int]] = {}
    places: dict[str, int] = {}
    for rel in plan.relations:
        subject, thing = by_id.get(rel.subject), by_id.get(str(rel.object))
        if rel.predicate not in INSIDE_PREDICATES or subject is None or thing is None or subject.id in found:
            continue
        if subject.z >= thing.z and cab_of(art_noun(thing)) is not None:
            found[subject.id] = (thing, places.get(thing.id, 0))
            places[thing.id] = places.get(thing.id, 0) + 1
    return found


def _airborne(element: Element, flies: set[str]) -> bool:
    if element.attributes.get("pose") == "flying" or element.id in flies:
        return True
    noun = element.noun.lower()
    return noun in AIRBORNE or noun.rsplit(" ", 1)[-1] in AIRBORNE


def stage_elements(plan: Plan, backdrop: Backdrop, height: int) -> dict[str, Staging]:
    """A :class:`Staging` for every object element of ``plan``."""
    objects = [e for e in plan.elements if e.kind == "object"]
    supported: set[str] = set()
    attached: set[str] = set()
    flies: set[str] = set()
    fills: set[str] = set()
    riders: set[str] = set()
    figures: set[str] = set()
    for rel in plan.relations:
        if rel.predicate in SUPPORT_PREDICATES:
            supported.add(rel.subject)
            fills.add(rel.object)
        elif rel.predicate == "flies_over":
            flies.add(rel.subject)
        elif rel.predicate == "rides":
            attached.add(rel.subject)
            riders.add(rel.subject)
            fills.add(rel.object)
            figures.update((rel.subject, rel.object))
        elif rel.predicate in FIGURE_PREDICATES:
            attached.add(rel.object)
            fills.add(rel.subject)
            figures.add(rel.subject)
        elif rel.predicate in ATTACHED_PREDICATES:
            attached.add(rel.subject)
    for a in objects:
        if a.id in supported or a.id in attached or _airborne(a, flies):
            continue  # a balloon just above another rests on nothing: it floats
        for b in objects:
            if b is not a and b.z <= a.z and rests_on(a.box, b.box):
                supported.add(a.id)
                fills.add(b.id)
                break
    horizon = backdrop.horizon / height if backdrop.horizon is not None else None
    by_id = {e.id: e for e in objects}
    seats = _seats(plan, by_id)
    vehicles = _vehicles(plan, by_id)
    carriers = {
        str(rel.object): by_id[rel.subject]
        for rel in plan.relations
        if rel.predicate in FIGURE_PREDICATES and rel.subject in by_id
    }
    result: dict[str, Staging] = {}
    for e in objects:
        bottom = e.box[3]
        flying = _airborne(e, flies)
        on_ground = backdrop.grounded and horizon is not None and not flying and bottom >= horizon - 0.01
        stands = e.id in supported or (on_ground and e.id not in attached)
        air_y = None
        if flying and backdrop.grounded and horizon is not None and bottom < horizon and e.id not in attached:
            air_y = (horizon + (1.0 - horizon) * 0.22) * height
        fade = 0.0
        if backdrop.haze is not None and horizon is not None and on_ground and horizon < 1.0:
            depth = (bottom - horizon) / (1.0 - horizon)
            fade = MAX_FADE * max(0.0, 1.0 - depth / FADE_DEPTH)
        result[e.id] = Staging(
            stands=stands,
            contact=stands and e.id not in attached,
            air_shadow_y=air_y,
            fade=round(fade, 4),
            fill=e.id in fills,
            rides=e.id in riders or e.attributes.get("pose") == "riding",
            figure=e.id in figures,
            seat=seats[e.id][0] if e.id in seats else None,
            lies=e.id in seats and seats[e.id][1],
            vehicle=vehicles[e.id][0] if e.id in vehicles else None,
            place=vehicles[e.id][1] if e.id in vehicles else 0,
            carrier=carriers.get(e.id),
        )
    return result


__all__ = ["AIRBORNE", "MAX_FADE", "Staging", "stage_elements"]
