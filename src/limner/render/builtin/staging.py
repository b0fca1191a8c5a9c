"""How each object sits in the scene: what it stands on, whether it flies, how far away it is.

Read from the plan (relations, ``pose``, boxes) and the backdrop (horizon, haze): the renderer uses it
to bottom-align art that stands, to cast contact and air shadows, to fill boxes for figures whose
anchors matter, and to fade far things toward the sky a little.
"""

from __future__ import annotations

from dataclasses import dataclass

from limner.assets.art import furniture_kind, resolve_art
from limner.plan.geometry import rests_on
from limner.plan.model import Element, Plan
from limner.reason.concepts import concept
from limner.render.builtin.art import art_noun
from limner.render.builtin.backdrop import Backdrop
from limner.render.builtin.bakeware import TRAYS, tray_surface
from limner.render.builtin.boards import BOARDS
from limner.render.builtin.cart import CARTS, puller
from limner.render.builtin.hiding import Hiding, hiding
from limner.render.builtin.laps import Lap, chair_kind, lap_owners, on_lap, owner_seat
from limner.render.builtin.occupants import aboard, cab_of
from limner.render.builtin.seated import SEAT_EMOJI, can_sit, fitted_chair, seat_top
from limner.render.builtin.shelved import shelved
from limner.render.builtin.spread import ALWAYS, BLANKETS, SPREADS, spread_area
from limner.render.builtin.stage import STAGES, stage_frame
from limner.render.builtin.stall import STALLS, counter_top
from limner.render.builtin.waters import ICE, WATERS, surface

Box = tuple[float, float, float, float]

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
#: Animals one rides astride (by art), and where a rider's hips go on one: this share of its box's
#: height from the top (its back, behind the head).
MOUNTS = frozenset({"🐎", "🫏", "🐪", "🐫", "🐘", "🦓"})
MOUNT_BACK = 0.35
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
    #: The thing it sits or lies on (a wheelchair, a hammock, a blanket), None on the bare ground.
    seat_on: Element | None = None
    #: Spread flat on the ground (a blanket not on anything): drawn low, across its box's bottom.
    spread: bool = False
    #: How far (canvas share) it is drawn below its box: what is on a spread blanket rests on it.
    drop: float = 0.0
    #: The two things the plan puts it between (a hammock hangs from them), else None.
    between: tuple[Element, Element] | None = None
    #: The vehicle it rides in (a car, a bus, a boat: drawn in its window), else None, and its place
    #: among the vehicle's occupants (0: the driver).
    vehicle: Element | None = None
    place: int = 0
    #: The figure that holds, carries or wears it (it moves with that figure when it sits), else None.
    carrier: Element | None = None
    #: On nothing the plan names (no support, not attached, not flying): a sign standing alone,
    #: whose posts reach down to the ground line.
    alone: bool = False
    #: The animal or person that pulls it (a cart drawn in code: its shafts reach them), else None.
    hitched: Element | None = None
    #: The animal a person rides astride (a horse, a camel: :data:`MOUNTS`), else None.
    mount: Element | None = None
    #: The person on whose shoulders a person sits (a child carried on a dad's shoulders), else None.
    shoulders: Element | None = None
    #: The standing height (share of the canvas's height) a person is drawn at, where it is not its
    #: box's (someone under a table, sized to the space under it: :mod:`.hiding`), else None.
    tall: float | None = None
    #: Where it sits on a seated person's lap (:mod:`.laps`), else None.
    lap: Lap | None = None
    #: The box (canvas shares) it is drawn in where it is not its own (a stage: :func:`.stage.stage_frame`).
    frame: tuple[float, float, float, float] | None = None
    #: Lying in (not on) a bed: under its blanket, head on its pillow (:mod:`.inbed`).
    tucked: bool = False
    #: A stage drawn before all that stands on it: indoors, a backdrop curtain hangs behind it.
    curtain: bool = False
    #: The seat drawn under it (a lap's owner the plan seats on nothing: "armchair", "bench"), else None.
    chair: str | None = None


def _spread_ids(plan: Plan, objects: list[Element]) -> set[str]:
    """The blankets spread on the ground: those on nothing (no "on" or "in" relation, no box they rest
    on) that nobody holds, carries or wears."""
    lifting = SUPPORT_PREDICATES | INSIDE_PREDICATES | {"hangs_on"}
    on = {rel.subject for rel in plan.relations if rel.predicate in lifting}
    on |= {str(rel.object) for rel in plan.relations if rel.predicate in FIGURE_PREDICATES}
    found: set[str] = set()
    for a in objects:
        kind = furniture_kind(art_noun(a))
        if kind not in SPREADS:
            continue
        lifted = a.id in on or any(b is not a and b.z <= a.z and rests_on(a.box, b.box) for b in objects)
        if kind in ALWAYS or not lifted:
            found.add(a.id)
    return found


def _spread_middle(thing: Element, aspect: float) -> tuple[float, float]:
    """(top, middle) y (canvas shares) of the part of ``thing``'s box a spread blanket covers, on a
    canvas ``aspect`` (width / height) wide."""
    x0, y0, x1, y1 = thing.box
    _, top, _, bottom = spread_area((x0 * aspect, y0, x1 * aspect, y1))
    return top, (top + bottom) / 2


def _seat(
    subject: Element, thing: Element, spread: tuple[float, float] | None = None
) -> tuple[tuple[float, float, float, float], bool] | None:
    """Where ``subject`` sits or lies on ``thing`` (see :attr:`Staging.seat`), or None: a seat (a
    chair, a sofa, a bed) holds whatever is on it unless it is posed otherwise, and anything holds
    someone posed sitting or lying on it (a rock, a wall: its top). On a blanket ``spread`` on the
    ground ((top, middle) of what it covers) one sits or lies on the ground, across its middle."""
    pose = subject.attributes.get("pose")
    if pose not in (None, "sitting", "lying"):
        return None
    if spread is not None:
        if pose is None and furniture_kind(art_noun(thing)) not in BLANKETS:
            return None  # on a rug one stands (brought down onto it: see _drops)
        middle = spread[1]
        return (thing.box[0], middle, thing.box[2], middle), pose == "lying"
    top = seat_top(art_noun(thing))
    if top is None and pose is not None:
        top = 0.0
    if top is None:
        return None
    x0, y0, x1, y1 = thing.box
    if pose != "lying" and can_sit(resolve_art(art_noun(subject)).emoji):  # a chair fits its sitter
        x0, y0, x1, y1 = fitted_chair(thing.box, art_noun(thing), subject.box[3] - subject.box[1])
    return (x0, y0 + (y1 - y0) * top, x1, y1), pose == "lying"


Seat = tuple[tuple[float, float, float, float], bool, Element | None]


def _seats(plan: Plan, by_id: dict[str, Element], spreads: dict[str, tuple[float, float]]) -> dict[str, Seat]:
    """``{subject: (seat box, lies)}``: from the first seat relation of each subject (on, in), else
    from the first seat its box rests on (a relation the plan put elsewhere: "sitting on a couch
    watching tv" keeps the couch in the layout), else, posed sitting or lying, the ground under its
    box (a seat with no height)."""
    objects = list(by_id.values())
    seats: dict[str, Seat] = {}
    for rel in plan.relations:
        subject, thing = by_id.get(rel.subject), by_id.get(str(rel.object))
        if rel.predicate not in SEAT_PREDICATES or subject is None or thing is None or subject.id in seats:
            continue
        if (seat := _seat(subject, thing, spreads.get(thing.id))) is not None:
            seats[subject.id] = (*seat, thing)
    for a in objects:
        if a.id in seats:
            continue
        for b in objects:
            if b is a or b.z > a.z or not rests_on(a.box, b.box):
                continue
            if (seat := _seat(a, b, spreads.get(b.id))) is not None:
                seats[a.id] = (*seat, b)
                break
    for a in objects:  # sitting or lying on nothing: on the ground, where its box stands
        pose = a.attributes.get("pose")
        if a.id not in seats and pose in ("sitting", "lying"):
            seats[a.id] = ((a.box[0], a.box[3], a.box[2], a.box[3]), pose == "lying", None)
    return seats


def _vehicles(plan: Plan, by_id: dict[str, Element]) -> dict[str, tuple[Element, int]]:
    """``{occupant: (vehicle, place)}`` for each thing in a vehicle one sits in, drawn after it."""
    found: dict[str, tuple[Element, int]] = {}
    places: dict[str, int] = {}
    for rel in plan.relations:
        subject, thing = by_id.get(rel.subject), by_id.get(str(rel.object))
        if subject is None or thing is None or subject.id in found:
            continue
        if rel.predicate not in INSIDE_PREDICATES and not (rel.predicate == "on" and aboard(art_noun(thing))):
            continue
        cab = cab_of(art_noun(thing))
        if cab is None or (not cab.people and can_sit(resolve_art(art_noun(subject)).emoji)):
            continue  # a child in a crib lies in it; a baby (a face) looks out over its side
        if subject.z >= thing.z:
            found[subject.id] = (thing, places.get(thing.id, 0))
            places[thing.id] = places.get(thing.id, 0) + 1
    return found


def _airborne(element: Element, flies: set[str]) -> bool:
    if element.attributes.get("pose") == "flying" or element.id in flies:
        return True
    noun = element.noun.lower()
    return noun in AIRBORNE or noun.rsplit(" ", 1)[-1] in AIRBORNE


def _drops(plan: Plan, objects: list[Element], spreads: dict[str, tuple[float, float]]) -> dict[str, float]:
    """``{thing: drop}`` for the things on a spread blanket (by relation or by box) whose bottom is
    above its middle: they come down to rest on it."""
    on = {(rel.subject, str(rel.object)) for rel in plan.relations if rel.predicate in SUPPORT_PREDICATES}
    drops: dict[str, float] = {}
    for a in objects:
        for b in objects:
            if b.id not in spreads or b is a or not ((a.id, b.id) in on or rests_on(a.box, b.box)):
                continue
            if a.box[3] < spreads[b.id][1]:
                drops[a.id] = spreads[b.id][1] - a.box[3]
            break
    return drops


def _ledge(thing: Element) -> float | None:
    """The y (canvas share) below its box's top where what is on ``thing`` stands: a stall's counter,
    under its awning, a pond's or a stream's water, or the seat of a chair drawn from an emoji (below
    its back); None for others."""
    noun = art_noun(thing)
    kind = furniture_kind(noun)
    if kind in STALLS:
        return counter_top(thing.box)
    if kind is not None and kind in WATERS:  # a duck on a pond: on its water, which lies flat
        _, top, _, bottom = surface(kind, thing.box)
        return (top + bottom) / 2
    seat = SEAT_EMOJI.get(resolve_art(noun).emoji)
    return None if seat is None else thing.box[1] + (thing.box[3] - thing.box[1]) * seat


def _counters(plan: Plan, objects: list[Element]) -> dict[str, float]:
    """``{thing: drop}`` for the things on a stall or a chair (by relation or by box) whose bottom is
    above its counter or seat (:func:`_ledge`): they come down onto it (someone who sits down on a
    chair is seated there instead)."""
    on = {(rel.subject, str(rel.object)) for rel in plan.relations if rel.predicate in SEAT_PREDICATES}
    ledges = [(b, y) for b in objects if (y := _ledge(b)) is not None]
    drops: dict[str, float] = {}
    for a in objects:
        for b, ledge in ledges:
            if b is a or not ((a.id, b.id) in on or rests_on(a.box, b.box)):
                continue
            # people stand on ice (a skater on a rink); on a stall's counter or a chair they sit
            stands = furniture_kind(art_noun(b)) in ICE or not can_sit(resolve_art(art_noun(a)).emoji)
            if a.box[3] < ledge and stands:
                drops[a.id] = ledge - a.box[3]
            break
    return drops


def _on_trays(plan: Plan, by_id: dict[str, Element], aspect: float) -> dict[str, float]:
    """``{thing: drop}`` for the things the plan puts on a baking tray above its sheet (the tray lies
    at the foot of its box): they come down onto the sheet."""
    drops: dict[str, float] = {}
    for rel in plan.relations:
        subject, tray = by_id.get(rel.subject), by_id.get(str(rel.object))
        if (
            rel.predicate != "on"
            or subject is None
            or tray is None
            or furniture_kind(art_noun(tray)) not in TRAYS
        ):
            continue
        x0, y0, x1, y1 = tray.box
        drop = tray_surface((x0 * aspect, y0, x1 * aspect, y1)) - subject.box[3]
        if drop > 0:
            drops[subject.id] = drop
    return drops


def _stages(plan: Plan, objects: list[Element]) -> tuple[dict[str, Box], dict[str, float], set[str]]:
    """The frames of the stages (:func:`.stage.stage_frame`), ``{thing: drop}`` for what stands on one
    (by relation or by box): down onto its deck, and the stages drawn before all that is on them (a
    backdrop curtain behind them hides nothing on them)."""
    stages = [e for e in objects if furniture_kind(art_noun(e)) in STAGES]
    if not stages:
        return {}, {}, set()
    on = {(rel.subject, str(rel.object)) for rel in plan.relations if rel.predicate in SUPPORT_PREDICATES}
    order = {e.id: (e.z, i) for i, e in enumerate(plan.elements)}
    frames: dict[str, Box] = {}
    drops: dict[str, float] = {}
    behind: set[str] = set()
    for stage in stages:
        things = [
            a for a in objects if a is not stage and ((a.id, stage.id) in on or rests_on(a.box, stage.box))
        ]
        frame = stage_frame(stage.box, [a.box for a in things])
        frames[stage.id] = frame
        if all(order[a.id] > order[stage.id] for a in things):
            behind.add(stage.id)
        for a in things:
            if frame[1] > a.box[3]:
                drops[a.id] = frame[1] - a.box[3]
    return frames, drops, behind


def _between(plan: Plan, by_id: dict[str, Element]) -> dict[str, tuple[Element, Element]]:
    """``{thing: (one, other)}`` from the plan's first "between" relation of each thing."""
    found: dict[str, tuple[Element, Element]] = {}
    for rel in plan.relations:
        one, other = by_id.get(str(rel.object)), by_id.get(str(rel.object2))
        if rel.predicate == "between" and one is not None and other is not None:
            found.setdefault(rel.subject, (one, other))
    return found


def _mounted(plan: Plan, by_id: dict[str, Element]) -> dict[str, float]:
    """``{rider: drop}`` for people the plan puts on a mount ("a girl sitting on a horse"): they ride
    it, astride, their hips brought down to its back (canvas share) when the plan left them above."""
    found: dict[str, float] = {}
    for rel in plan.relations:
        subject, mount = by_id.get(rel.subject), by_id.get(str(rel.object))
        if rel.predicate != "on" or subject is None or mount is None or subject.id in found:
            continue
        if subject.attributes.get("pose") not in (None, "sitting", "riding"):
            continue
        if resolve_art(art_noun(mount)).emoji not in MOUNTS or not can_sit(
            resolve_art(art_noun(subject)).emoji
        ):
            continue
        back = mount.box[1] + (mount.box[3] - mount.box[1]) * MOUNT_BACK
        found[subject.id] = round(max(0.0, back - subject.box[3]), 4)
    return found


def _person(element: Element) -> bool:
    """Whether ``element`` is drawn as a whole person (a standing figure, or a role drawn whole)."""
    return can_sit(resolve_art(art_noun(element)).emoji)


def _shoulders(plan: Plan, by_id: dict[str, Element]) -> dict[str, Element]:
    """``{rider: carrier}`` for people the plan puts on (or riding) another person who stands, not
    themselves lying or standing: they sit on the carrier's shoulders ("a dad carrying his daughter
    on his shoulders"). A carrier that sits, lies, or is on or in something keeps its rider as drawn."""
    placed = {rel.subject for rel in plan.relations if rel.predicate in SEAT_PREDICATES | {"rides"}}
    found: dict[str, Element] = {}
    for rel in plan.relations:
        subject, carrier = by_id.get(rel.subject), by_id.get(str(rel.object))
        if rel.predicate not in ("on", "rides") or subject is None or carrier is None:
            continue
        if subject.id in found or subject.attributes.get("pose") not in (None, "sitting", "riding"):
            continue
        if (
            carrier.id in found
            or carrier.id in placed
            or carrier.attributes.get("pose") in ("sitting", "lying")
        ):
            continue
        if _person(subject) and _person(carrier):
            found[subject.id] = carrier
    return found


def _hidden(plan: Plan, by_id: dict[str, Element], aspect: float) -> dict[str, Hiding]:
    """``{person: hiding}`` for people the plan puts under a piece of furniture with room under it
    (a table, a bed): on the floor under it, sized to that room (:func:`.hiding.hiding`)."""
    found: dict[str, Hiding] = {}
    for rel in plan.relations:
        subject, thing = by_id.get(rel.subject), by_id.get(str(rel.object))
        if rel.predicate != "under" or subject is None or thing is None or subject.id in found:
            continue
        if not _person(subject):
            continue
        lying = subject.attributes.get("pose") == "lying"
        if (found_here := hiding(furniture_kind(art_noun(thing)), thing.box, aspect, lying)) is not None:
            found[subject.id] = found_here
    return found


def _pulls(element: Element) -> bool:
    """Whether ``element`` can pull a cart: an animal, or a figure drawn as a person."""
    found = concept(art_noun(element))
    return (found is not None and found.category == "animal") or can_sit(resolve_art(art_noun(element)).emoji)


def _hitches(plan: Plan, objects: list[Element]) -> dict[str, Element]:
    """``{cart: puller}`` for each cart drawn in code that the plan ties to an animal or a person."""
    carts = [e for e in objects if furniture_kind(art_noun(e)) in CARTS]
    if not carts:
        return {}
    pullers = {e.id: _pulls(e) for e in objects if e not in carts}
    return {c.id: p for c in carts if (p := puller(plan, c, pullers)) is not None}


def _laps(
    owners: dict[str, Element], by_id: dict[str, Element], seats: dict[str, Seat], outdoors: bool
) -> tuple[dict[str, Lap], dict[str, str]]:
    """Where each thing on a lap goes, and the chairs drawn under owners the plan seats on nothing
    (their seats set in ``seats``)."""
    chairs: dict[str, str] = {}
    for owner in owners.values():
        if owner.id not in chairs and (owner.id not in seats or seats[owner.id][2] is None):
            seats[owner.id] = (owner_seat(owner), False, None)
            chairs[owner.id] = chair_kind(outdoors)
    laps = {key: on_lap(by_id[key], owner, seats[owner.id][0]) for key, owner in owners.items()}
    return laps, chairs


def stage_elements(
    plan: Plan, backdrop: Backdrop, height: int, width: int | None = None
) -> dict[str, Staging]:
    """A :class:`Staging` for every object element of ``plan`` (drawn ``width`` by ``height``: the
    plan's canvas shape when no width is given)."""
    objects = [e for e in plan.elements if e.kind == "object"]
    aspect = width / height if width is not None else plan.canvas.width / plan.canvas.height
    spread_ids = _spread_ids(plan, objects)
    spreads = {e.id: _spread_middle(e, aspect) for e in objects if e.id in spread_ids}
    supported: set[str] = set()
    attached: set[str] = set()
    flies: set[str] = set()
    fills: set[str] = set()
    riders: set[str] = set()
    figures: set[str] = set()
    by_id = {e.id: e for e in objects}
    mounted = _mounted(plan, by_id)
    shoulders = _shoulders(plan, by_id)
    owners = lap_owners(plan, by_id)
    attached.update(owners)  # on a lap: drawn there, no shadow of its own
    mounts: dict[str, Element] = {}
    # a board is ridden standing on it: its rider stands on the deck, feet and all
    boards = {e.id for e in objects if furniture_kind(art_noun(e)) in BOARDS}
    for rel in plan.relations:
        predicate = "rides" if rel.subject in mounted and rel.predicate == "on" else rel.predicate
        predicate = "on" if predicate == "rides" and rel.object in boards else predicate
        if rel.subject in shoulders and shoulders[rel.subject].id == rel.object:
            attached.add(rel.subject)  # on a carrier's shoulders: drawn there (see shoulders.py)
            continue
        mount = by_id.get(str(rel.object)) if predicate == "rides" else None
        if mount is not None and resolve_art(art_noun(mount)).emoji in MOUNTS:
            mounts.setdefault(rel.subject, mount)
        if predicate in SUPPORT_PREDICATES:
            supported.add(rel.subject)
            fills.add(rel.object)
        elif predicate == "flies_over":
            flies.add(rel.subject)
        elif predicate == "rides":
            attached.add(rel.subject)
            riders.add(rel.subject)
            fills.add(rel.object)
            figures.update((rel.subject, rel.object))
        elif predicate in FIGURE_PREDICATES:
            attached.add(rel.object)
            fills.add(rel.subject)
            figures.add(rel.subject)
        elif predicate in ATTACHED_PREDICATES:
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
    seats = {k: v for k, v in _seats(plan, by_id, spreads).items() if k not in riders and k not in shoulders}
    hidden = _hidden(plan, by_id, aspect)
    for key, hid in hidden.items():  # on the floor under a table or a bed
        x0, _, x1, floor = hid.space
        seats[key] = ((x0, floor, x1, floor), hid.lies, None)
    laps, chairs = _laps(owners, by_id, seats, backdrop.haze is not None)
    for key, lap in laps.items():
        if lap.seat is not None:
            seats[key] = (lap.seat, False, None)
    tucked = {
        rel.subject
        for rel in plan.relations
        if rel.predicate in INSIDE_PREDICATES
        and rel.subject in seats
        and seats[rel.subject][1]
        and (bed := by_id.get(str(rel.object))) is not None
        and seats[rel.subject][2] is bed
        and furniture_kind(art_noun(bed)) == "bed"
    }
    frames, on_stage, curtained = _stages(plan, objects)
    frames |= shelved(plan, objects, aspect)[0]  # on a shelf unit: on its boards
    drops = (
        _counters(plan, objects) | _drops(plan, objects, spreads) | mounted | _on_trays(plan, by_id, aspect)
    )
    drops |= on_stage
    between = _between(plan, by_id)
    vehicles = _vehicles(plan, by_id)
    carriers = {
        str(rel.object): by_id[rel.subject]
        for rel in plan.relations
        if rel.predicate in FIGURE_PREDICATES and rel.subject in by_id
    }
    hitches = _hitches(plan, objects)
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
            rides=e.id in riders
            or (e.attributes.get("pose") == "riding" and e.id not in supported and e.id not in shoulders),
            figure=e.id in figures,
            seat=seats[e.id][0] if e.id in seats else None,
            lies=e.id in seats and seats[e.id][1],
            seat_on=seats[e.id][2] if e.id in seats else None,
            spread=e.id in spreads,
            drop=round(drops.get(e.id, 0.0), 4),
            between=between.get(e.id),
            vehicle=vehicles[e.id][0] if e.id in vehicles else None,
            place=vehicles[e.id][1] if e.id in vehicles else 0,
            carrier=carriers.get(e.id),
            alone=e.id not in supported and e.id not in attached and not flying,
            hitched=hitches.get(e.id),
            mount=mounts.get(e.id),
            shoulders=shoulders.get(e.id),
            tall=hidden[e.id].tall if e.id in hidden else None,
            lap=laps.get(e.id),
            frame=frames.get(e.id),
            tucked=e.id in tucked,
            curtain=e.id in curtained,
            chair=chairs.get(e.id),
        )
    return result


__all__ = ["AIRBORNE", "MAX_FADE", "Staging", "stage_elements"]
