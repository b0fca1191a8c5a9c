"""Room fixtures: the few muted things that say which room an interior is (a sink and a mirror in a
bathroom, a bed in a bedroom, a blackboard in a classroom, bunting at a party), drawn on the wall or
standing on the floor line behind the plan's elements.

Which fixtures a room has is data (:data:`ROOMS`); where each goes is chosen per seed among a few
spots along the wall, keeping clear of the window and of the plan's element boxes (a floor fixture
with no clear spot is left out; a wall-wide one such as a blackboard may stand behind people). A
fixture the plan itself draws is never duplicated (a plan with a bed gets no backdrop bed).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from types import MappingProxyType

import skia

from limner.assets.art import furniture_kind
from limner.plan.model import Plan
from limner.render.builtin.backdrop.fittings import PAINTERS, Room
from limner.render.builtin.backdrop.stage import Stage, layer_rgb
from limner.render.builtin.wallboard import BOARD_TALL, BOARD_TOP, board_spot, near_spots
from limner.render.builtin.wallboard import FIXTURE as BOARD_FIXTURE

Rect = tuple[float, float, float, float]


@dataclass(frozen=True)
class Fixture:
    """One fixture: its painter, whether it hangs on the wall or stands on the floor line, its size
    (fractions of the canvas width and of the wall's height), the height its top hangs at (a
    fraction of the wall; floor fixtures stand on the floor line), the spots (fractions of the width)
    its centre may take, and the nouns of the plan that make it a duplicate."""

    name: str
    width: float
    height: float
    on_wall: bool = False
    top: float = 0.0
    spots: tuple[float, ...] = (0.1, 0.9, 0.2, 0.8)
    #: True for a wall-wide fixture drawn behind whatever stands in front of it.
    behind: bool = False
    duplicates: tuple[str, ...] = ()
    #: How much it draws above its box, as a share of its height (a sink's mirror): kept clear too.
    above: float = 0.0


_f = Fixture


_LIVING = (
    _f(
        "picture",
        0.13,
        0.17,
        on_wall=True,
        top=0.22,
        spots=(0.12, 0.88, 0.3, 0.7),
        duplicates=("picture", "painting", "frame", "poster"),
    ),
    _f("floor lamp", 0.07, 0.6, spots=(0.06, 0.94, 0.16, 0.84), duplicates=("lamp", "floor lamp")),
    _f("sofa back", 0.3, 0.2, spots=(0.2, 0.8, 0.5), duplicates=("sofa", "couch", "armchair")),
)

#: The fixtures of each room setting, drawn back to front.
ROOMS: Mapping[str, tuple[Fixture, ...]] = MappingProxyType(
    {
        "bathroom": (
            _f("tiles", 1.0, 0.42, on_wall=True, top=0.58, behind=True, duplicates=("tile",)),
            _f(
                "sink",
                0.15,
                0.32,
                spots=(0.12, 0.88, 0.25, 0.75),
                duplicates=("sink", "washbasin", "basin"),
                above=1.2,
            ),
            _f("tub", 0.3, 0.16, spots=(0.82, 0.18, 0.5), duplicates=("bathtub", "tub", "bath")),
        ),
        "bedroom": (
            _f("bed", 0.36, 0.3, spots=(0.2, 0.8, 0.5), duplicates=("bed", "bunk bed", "crib", "cot")),
            _f("bedside lamp", 0.09, 0.34, spots=(0.06, 0.94, 0.42, 0.58), duplicates=("lamp", "nightstand")),
        ),
        "living room": _LIVING,
        "home": _LIVING,
        "room": _LIVING[:2],
        "kitchen": (
            _f(
                "upper cabinets",
                1.0,
                0.3,
                on_wall=True,
                top=0.04,
                behind=True,
                duplicates=("cabinet", "cupboard"),
            ),
        ),
        "classroom": (
            _f(
                "blackboard",
                0.42,
                BOARD_TALL,
                on_wall=True,
                top=BOARD_TOP,
                spots=(0.3, 0.7, 0.5),
                behind=True,
                duplicates=("blackboard", "chalkboard", "whiteboard"),
            ),
        ),
        "office": (
            _f(
                "wall clock",
                0.07,
                0.1,
                on_wall=True,
                top=0.12,
                spots=(0.3, 0.7, 0.12, 0.88),
                duplicates=("clock",),
            ),
            _f(
                "bookcase",
                0.15,
                0.62,
                spots=(0.09, 0.91, 0.2, 0.8),
                duplicates=("shelf", "bookshelf", "bookcase"),
            ),
            _f(
                "filing cabinet",
                0.1,
                0.36,
                spots=(0.93, 0.07, 0.22, 0.78),
                duplicates=("cabinet", "filing cabinet"),
            ),
        ),
        "cafe": (
            _f("pendant lamps", 1.0, 0.2, on_wall=True, behind=True, duplicates=("lamp", "chandelier")),
            _f(
                "menu board",
                0.22,
                0.24,
                on_wall=True,
                top=0.2,
                spots=(0.15, 0.85, 0.35, 0.65),
                duplicates=("menu", "blackboard", "chalkboard"),
            ),
        ),
        "library": (_f("bookshelves", 1.0, 0.8, behind=True, duplicates=("shelf", "bookshelf", "bookcase")),),
        "hospital": (
            _f("wall stripe", 1.0, 0.08, on_wall=True, top=0.5, behind=True),
            _f(
                "curtain",
                0.2,
                0.86,
                on_wall=True,
                top=0.05,
                spots=(0.1, 0.9, 0.2, 0.8),
                duplicates=("curtain", "curtains"),
            ),
        ),
        "store": (
            _f(
                "goods shelf",
                0.26,
                0.52,
                spots=(0.15, 0.85, 0.35, 0.65),
                duplicates=("shelf", "shelves", "bookshelf"),
            ),
            _f(
                "goods shelf",
                0.26,
                0.52,
                spots=(0.85, 0.15, 0.65, 0.35),
                duplicates=("shelf", "shelves", "bookshelf"),
            ),
        ),
        "barbershop": (
            _f("sink", 0.15, 0.32, spots=(0.12, 0.88, 0.25, 0.75), duplicates=("sink", "mirror"), above=1.2),
            _f("picture", 0.13, 0.17, on_wall=True, top=0.22, spots=(0.88, 0.12, 0.3, 0.7)),
        ),
        "museum": (
            _f(
                "picture",
                0.14,
                0.18,
                on_wall=True,
                top=0.2,
                spots=(0.12, 0.88),
                duplicates=("picture", "painting"),
            ),
            _f(
                "picture",
                0.14,
                0.18,
                on_wall=True,
                top=0.2,
                spots=(0.88, 0.12, 0.35),
                duplicates=("picture", "painting"),
            ),
        ),
        "garage": (
            _f(
                "tool wall",
                0.4,
                0.36,
                on_wall=True,
                top=0.18,
                spots=(0.3, 0.7, 0.5),
                behind=True,
                duplicates=("pegboard", "tools"),
            ),
        ),
        "party": (
            _f("bunting", 1.0, 0.26, on_wall=True, top=0.02, behind=True, duplicates=("bunting", "garland")),
        ),
    }
)

#: Rooms named otherwise that are drawn as one of :data:`ROOMS`.
ALIASES: Mapping[str, str] = MappingProxyType(
    {
        "barber shop": "barbershop",
        "hair salon": "barbershop",
        "salon": "barbershop",
        "beauty salon": "barbershop",
        "bakery": "store",
        "shop": "store",
        "school": "classroom",
        "restaurant": "cafe",
    }
)

#: How far into the wall colour fixtures are mixed: they stay quieter than the plan's things.
MUTE = 0.4


def _nouns(plan: Plan) -> frozenset[str]:
    """The plan's nouns and their last words ("coffee table" → table)."""
    found: set[str] = set()
    for element in plan.elements:
        noun = element.noun.lower()
        found.update((noun, noun.rsplit(" ", 1)[-1], noun.rstrip("s")))
    return frozenset(found)


def _boxes(plan: Plan, stage: Stage) -> list[tuple[Rect, bool]]:
    """The plan's element boxes in pixels, shrunk a little (a fixture may touch a box's margin), each
    with whether it is furniture drawn in code (a counter, a table: a fixture may rise behind it)."""
    out = []
    for e in plan.elements:
        x0, y0, x1, y1 = e.box
        dx, dy = (x1 - x0) * 0.08, (y1 - y0) * 0.04
        rect = (
            (x0 + dx) * stage.width,
            (y0 + dy) * stage.height,
            (x1 - dx) * stage.width,
            (y1 - dy) * stage.height,
        )
        out.append((rect, e.kind == "object" and furniture_kind(e.noun) is not None))
    return out


def _hidden(rect: Rect, boxes: list[tuple[Rect, bool]]) -> bool:
    """Whether an element would hide the fixture at ``rect``: anything over it, except furniture low
    enough that the fixture's upper half shows above it (shelves behind a shop counter)."""
    middle = (rect[1] + rect[3]) / 2
    return any(_hits(rect, [box]) and (not low or box[1] < middle) for box, low in boxes)


def _hits(rect: Rect, others: list[Rect]) -> bool:
    return any(rect[0] < o[2] and o[0] < rect[2] and rect[1] < o[3] and o[1] < rect[3] for o in others)


def _rect(fixture: Fixture, centre: float, room: Room, stage: Stage) -> Rect:
    w = fixture.width * stage.width
    h = fixture.height * room.floor
    x0 = min(max(0.0, centre * stage.width - w / 2), stage.width - w)
    if fixture.on_wall:
        y0 = fixture.top * room.floor
        return x0, y0, x0 + w, y0 + h
    return x0, room.floor - h, x0 + w, room.floor


@cache
def room_fixtures(setting: str | None) -> tuple[Fixture, ...]:
    """The fixtures of a room setting: its own, or those of the room it is a kind of (a supermarket,
    a bakery or a barbershop is a store, as the reasoner's open interiors borrow a row); none else."""
    if not setting:
        return ()
    own = ROOMS.get(ALIASES.get(setting, setting))
    if own is not None:
        return own
    from limner.reason.setting import interior_row  # the WordNet interiors table loads on first use

    borrowed = interior_row(setting)
    return ROOMS.get(borrowed, ()) if borrowed is not None else ()


def _room_name(setting: str | None, description: str | None) -> str | None:
    """The room a plan's interior is: its setting, or, where that is a plain room, the room its
    backdrop's description names ("garage": a garage's tool wall, not a living room's lamp)."""
    named = (description or "").strip().lower()
    if setting in (None, "room") and named in ROOMS:
        return named
    return setting


def placed_fixtures(plan: Plan, stage: Stage, window: skia.Rect | None) -> list[tuple[Fixture, Rect]]:
    """The fixtures of the plan's room setting (none outside :data:`ROOMS`) and where each goes, in
    pixels, back to front; a wall-wide fixture spans the wall (it draws around the window itself)."""
    background = plan.canvas.background
    walls = [layer for layer in background.layers if layer.kind == "wall"]
    fixtures = room_fixtures(_room_name(background.setting, background.description)) if walls else ()
    if not fixtures:
        return []
    room = _room(plan, stage)
    nouns = _nouns(plan)
    rng = stage.rng("fixtures")
    taken = [] if window is None else [_padded(window, stage.unit * 6)]
    # a low floor fixture may stand under the window (a bed, a sofa), not cover its upper panes
    sill = (
        []
        if window is None
        else [(window.left(), window.top(), window.right(), window.top() + window.height() * 0.6)]
    )
    boxes = _boxes(plan, stage)
    out: list[tuple[Fixture, Rect]] = []
    for fixture in fixtures:
        if any(noun in nouns for noun in fixture.duplicates):
            continue
        if fixture.width >= 1.0:
            out.append((fixture, _rect(fixture, 0.5, room, stage)))
            continue
        spots = list(fixture.spots)
        first = spots[:2]
        rng.shuffle(first)  # which side is seeded; the nearer-the-middle spots stay fallbacks
        named = board_spot(plan) if fixture.name == BOARD_FIXTURE else None  # the plan's "board"
        tries = first + spots[2:] if named is None else near_spots(named)
        for index, centre in enumerate(tries):
            rect = _rect(fixture, centre, room, stage)
            hit = _hits(rect, taken[1:] if not fixture.on_wall and sill else taken) or _hits(rect, sill)
            if hit and (named is None or index < len(tries) - 1):
                continue
            if not fixture.behind and _hidden(rect, boxes):
                continue
            out.append((fixture, rect))
            taken.append((rect[0], rect[1] - (rect[3] - rect[1]) * fixture.above, rect[2], rect[3]))
            break
    return out


def _padded(window: skia.Rect, pad: float) -> Rect:
    return window.left() - pad, window.top() - pad, window.right() + pad, window.bottom() + pad * 2


def _room(plan: Plan, stage: Stage) -> Room:
    wall = next(layer for layer in plan.canvas.background.layers if layer.kind == "wall")
    colors = tuple(c for e in plan.elements if isinstance(c := e.attributes.get("color"), str))
    return Room(
        floor=wall.span[1] * stage.height,
        wall=layer_rgb(wall),
        mute=MUTE,
        night=stage.night,
        unit=stage.unit,
        colors=colors,
    )


def draw_fixtures(canvas: skia.Canvas, plan: Plan, stage: Stage, window: skia.Rect | None) -> frozenset[str]:
    """Paint the fixtures of the plan's room setting where :func:`placed_fixtures` puts them;
    returns their names."""
    placed = placed_fixtures(plan, stage, window)
    if not placed:
        return frozenset()
    room = _room(plan, stage)
    rng = stage.rng("fixture looks")
    around = [] if window is None else [_padded(window, stage.unit * 6)]
    for fixture, rect in placed:
        PAINTERS[fixture.name](canvas, rect, room, rng, around if fixture.width >= 1.0 else [])
    return frozenset(fixture.name for fixture, _ in placed)


__all__ = ["MUTE", "ROOMS", "Fixture", "draw_fixtures", "placed_fixtures", "room_fixtures"]
