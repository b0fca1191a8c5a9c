"""Water settings with somewhere to stand: a lake, river or pond whose water fills the lower canvas
gets a near shore (a grass strip along the bottom), and whoever stands there — a plan's standing
things whose feet fell in the water — moves down onto it, with what they hold; a river band with
ground below it puts them on that ground. What is in or on the water stays there: boats and whoever
is aboard, swimmers, water birds, fish. Someone riding a surfboard at the beach rides the sea: the
sea reaches down over the sand past the board, a wave curls up behind the rider.

Done on the plan before drawing (:func:`ashore`), so the backdrop, the staging and every drawing
agree; a plan with no such water comes back as it was.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from limner.assets.art import resolve_art
from limner.plan.model import Element, Layer, Plan
from limner.render.builtin.bridge import BRIDGES
from limner.render.builtin.outdoor import PIERS
from limner.render.builtin.spread import BLANKETS, RUGS
from limner.render.builtin.waters import WATERS

Box = tuple[float, float, float, float]

#: Settings whose water someone may stand beside (the sea's beach has sand of its own).
SHORE_SETTINGS = frozenset({"lake", "river", "pond", "lakeside", "riverside", "riverbank", "lakeshore"})
#: The near shore's height (canvas share) and where on it feet stand (share of it from its top).
SHORE = 0.17
#: … and its height where something is spread on it (a picnic blanket: the family sits on the grass).
SHORE_SPREAD = 0.3
#: How far above the canvas's bottom the near edge of something spread on the shore lies.
SPREAD_GAP = 0.03
FOOTING = 0.62
#: Its ground, by setting (grass unless named).
SHORE_GROUND: Mapping[str, tuple[str, str]] = MappingProxyType({"": ("#86b45a", "grass")})
#: Art of things that belong in or on the water, not ashore.
AFLOAT = frozenset(
    {
        "⛵",
        "🛶",
        "🚤",
        "🚢",
        "🛥️",
        "⛴️",
        "🦆",
        "🦢",
        "🪿",
        "🐟",
        "🐠",
        "🐡",
        "🐬",
        "🐳",
        "🐋",
        "🦭",
        "🏊",
        "🚣",
        "🏄",
        "🌊",
    }
)
#: Boards ridden on the water (drawn in code).
BOARDS = frozenset({"surfboard", "paddleboard"})
#: Poses of things in the water or the air.
AFLOAT_POSES = frozenset({"swimming", "floating", "flying", "diving"})
#: Relations that take their object along when their subject moves (what someone holds) …
CARRIED = frozenset({"holds", "wears", "carries", "walks"})
#: … and that take their subject along when their object moves (who sits on a blanket, is in a boat).
RESTING = frozenset({"on", "in", "inside", "rides", "sits on"})
#: Things spread flat on the ground (the shore is deeper where one lies).
SPREAD = BLANKETS | RUGS
#: Settings where a surfboard is ridden on the sea, and the sea's reach down the canvas there.
SURF_SETTINGS = frozenset({"beach", "sea", "ocean", "seaside", "coast"})
SURF_SEA = 0.86
#: How far below the board the sea reaches, and the wave behind it: its size (shares of the board's
#: width) and its art.
SURF_MARGIN = 0.05
WAVE_WIDTH = 1.1
WAVE_HEIGHT = 0.8
WAVE = "water wave"


def _afloat(element: Element) -> bool:
    """Whether ``element`` belongs in or on the water (or the air over it): not moved ashore."""
    pose = element.attributes.get("pose")
    choice = resolve_art(element.noun)
    return (
        choice.emoji in AFLOAT
        or choice.furniture in BOARDS
        or (isinstance(pose, str) and pose in AFLOAT_POSES)
    )


def _spans(element: Element) -> bool:
    """Whether ``element`` is built over the water (a bridge, a pier) or is water: it stays."""
    kind = resolve_art(element.noun).furniture or ""
    return kind in BRIDGES or kind in PIERS or kind in WATERS


def _shifted(box: Box, dy: float) -> Box:
    """``box`` moved down by ``dy`` (up when negative), kept on the canvas."""
    x0, y0, x1, y1 = box
    dy = min(max(dy, -y0), 1.0 - y1)
    return (x0, y0 + dy, x1, y1 + dy)


def _moved(plan: Plan, movers: Mapping[str, float]) -> list[Element]:
    """The plan's elements, each in ``movers`` (who rests on it, and what they carry) moved down by
    its amount."""
    moves = dict(movers)
    for relation in plan.relations:  # who sits on a mover comes along
        if relation.object in movers and relation.predicate in RESTING and relation.subject not in moves:
            moves[relation.subject] = movers[relation.object]
    for relation in plan.relations:  # what a mover holds or wears comes along
        if relation.subject in moves and relation.predicate in CARRIED and relation.object not in moves:
            moves[relation.object] = moves[relation.subject]
    return [
        e.model_copy(update={"box": _shifted(e.box, moves[e.id])}) if moves.get(e.id, 0.0) != 0 else e
        for e in plan.elements
    ]


def _aboard(plan: Plan) -> frozenset[str]:
    """Elements in or on something afloat (a boat's crew), by relation."""
    afloat = {e.id for e in plan.elements if _afloat(e)}
    return frozenset(r.subject for r in plan.relations if r.object in afloat and r.predicate in RESTING)


def _ashore_water(plan: Plan, water: Layer) -> Plan:
    layers = list(plan.canvas.background.layers)
    top, bottom = water.span
    if bottom >= 0.98:  # the water fills the lower canvas: a strip of shore along the bottom
        color, material = SHORE_GROUND[""]
        spread = any((resolve_art(e.noun).furniture or "") in SPREAD for e in plan.elements)
        shore = (max(top + 0.05, 1.0 - (SHORE_SPREAD if spread else SHORE)), 1.0)
        layers.append(Layer(kind="ground", color=color, material=material, span=shore))
    elif any(layer.kind == "ground" and layer.span[1] > bottom for layer in layers):
        shore = (bottom, 1.0)  # a band of river with its own near bank below it
    else:
        return plan
    feet = shore[0] + (shore[1] - shore[0]) * FOOTING
    aboard = _aboard(plan)
    by_id = {e.id: e for e in plan.elements}
    carried = {r.object for r in plan.relations if r.predicate in CARRIED}  # they follow their carrier
    carried |= {r.subject for r in plan.relations if r.predicate in RESTING and r.object in by_id}
    movers: dict[str, float] = {}
    for e in plan.elements:
        if e.kind != "object" or e.id in carried or _spans(e):
            continue
        if _afloat(e) or e.id in aboard:  # a boat beached on the shore goes back onto the water
            if shore[0] < e.box[3] and bottom >= 0.98:
                movers[e.id] = shore[0] - 0.01 - e.box[3]
        elif (resolve_art(e.noun).furniture or "") in SPREAD and top < e.box[3] < 1.0 - SPREAD_GAP:
            movers[e.id] = 1.0 - SPREAD_GAP - e.box[3]  # spread low along the shore, clear of the water
        elif top < e.box[3] < shore[0] + 0.01:
            movers[e.id] = feet - e.box[3]
    if not movers and len(layers) == len(plan.canvas.background.layers):
        return plan
    background = plan.canvas.background.model_copy(update={"layers": layers})
    canvas = plan.canvas.model_copy(update={"background": background})
    return plan.model_copy(update={"canvas": canvas, "elements": _moved(plan, movers)})


def _surfing(plan: Plan) -> Plan:
    """A surfboard ridden at the beach: the sea reaches down past the board (the sand a strip below
    it), and a wave rises behind the rider."""
    boards = {e.id: e for e in plan.elements if resolve_art(e.noun).furniture == "surfboard"}
    riders = [r for r in plan.relations if r.predicate == "rides" and r.object in boards]
    if not riders:
        return plan
    layers = plan.canvas.background.layers
    water = next((layer for layer in layers if layer.kind == "water"), None)
    board = boards[riders[0].object]
    sea_bottom = min(1.0, max(board.box[3] + SURF_MARGIN, SURF_SEA))
    if water is None or water.span[1] >= sea_bottom:
        return plan
    sea = water.model_copy(update={"span": (water.span[0], sea_bottom)})
    kept = [
        layer.model_copy(update={"span": (max(layer.span[0], sea_bottom), 1.0)})
        if layer.kind == "ground"
        else layer
        for layer in layers
        if layer.kind != "ground" or layer.span[1] > sea_bottom
    ]
    ordered = [layer for layer in kept if layer is not water]
    ground = next((i for i, layer in enumerate(ordered) if layer.kind == "ground"), len(ordered))
    ordered.insert(ground, sea)  # the sea before the sand that is left: the sand on top
    bx0, _, bx1, by1 = board.box
    width = (bx1 - bx0) * WAVE_WIDTH
    x0 = max(0.0, bx0 - width * 0.45)
    x1 = min(1.0, x0 + width)
    y1 = min(1.0, by1 + 0.03)
    wave = Element(
        id=_fresh_id(plan),
        noun=WAVE,
        box=(x0, max(0.0, y1 - width * WAVE_HEIGHT), x1, y1),
        z=min(e.z for e in plan.elements) - 1,
    )
    background = plan.canvas.background.model_copy(update={"layers": ordered})
    canvas = plan.canvas.model_copy(update={"background": background})
    return plan.model_copy(update={"canvas": canvas, "elements": [wave, *plan.elements]})


def _fresh_id(plan: Plan) -> str:
    taken = {e.id for e in plan.elements}
    n = len(taken) + 1
    while f"wave{n}" in taken:
        n += 1
    return f"wave{n}"


def ashore(plan: Plan) -> Plan:
    """``plan`` with its water setting's near shore and who stands on it (see the module), or as it was."""
    background = plan.canvas.background
    setting = (background.setting or "").lower()
    if setting in SURF_SETTINGS:
        return _surfing(plan)
    if setting not in SHORE_SETTINGS:
        return plan
    water = next((layer for layer in background.layers if layer.kind == "water"), None)
    return plan if water is None else _ashore_water(plan, water)


__all__ = ["SHORE", "SHORE_SETTINGS", "SURF_MARGIN", "SURF_SETTINGS", "ashore"]
