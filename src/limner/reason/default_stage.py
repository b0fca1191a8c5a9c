"""The default stage: things named without a place stand in one, not on a flat fill.

"a cat, a dog and a bird", "three books", "a red car and a blue bicycle": the prompt names physical
things but no setting and no design format. Such a plan gets a neutral stage the renderer already
draws — a soft wall over a floor for things of a room, a pale sky over a grass horizon where something
belongs outdoors (a vehicle, a building, a plant, the sun, a fence or a gate) — recorded in the trace
as a default, not as the user's words (``description`` and ``setting`` stay empty). Its things are
then lined up on the floor (:mod:`limner.reason.lineup`).

:func:`line_rows` says whether (and in how many rows) a composition may be lined up, on this stage or
on a setting's ground: only objects, none placed on the canvas by the prompt ("at the top", "in the
corner"), no arrangement word but "in a row", no above/below relation, no abstract shape (a heart, a
cube).
"""

from __future__ import annotations

from collections.abc import Mapping

from limner.plan.model import Background, Layer
from limner.reason.compose import Composition
from limner.reason.concepts import concept
from limner.reason.design import page_format
from limner.reason.interact import Body
from limner.reason.layout import DIRECTIONS
from limner.reason.resolve import ResolvedScene
from limner.reason.vocab import SIZE_CLASSES, lexicon

#: Where floor meets wall (or ground meets sky) on the default stage.
HORIZON = 0.62
#: Indoors: the wall keeps the plain plan's colour, so the dominant fill is unchanged.
WALL = "#f4efe6"
FLOOR = "#dccbb2"
#: Outdoors: a pale sky over soft grass.
SKY = "#cfe6f5"
GROUND = "#b4d19a"
#: Categories that belong outdoors: their stage is a horizon, not a room.
OUTDOOR = frozenset({"vehicle", "building", "plant", "nature", "outdoor"})
#: Categories of living things that live outdoors when bigger than a person (see SIZE_CLASSES).
BIG_OUTDOOR = frozenset({"animal", "creature"})
#: Things of a garden or a field, whatever their category (WordNet files them as structures, beside a
#: fireplace or a door): these and every kind of them ("a picket fence", "a hedge" is a fence).
OUTDOOR_KINDS = frozenset(
    {
        "fence", "gate", "railing", "scarecrow", "mailbox", "well", "fountain",
        # castles, forts, bridges, windmills, monuments, tents (WordNet files them as structures)
        "fortification", "military installation", "bridge", "mill", "monument", "tent",
    }
)  # fmt: skip
#: Fixtures of a room's wall: with one, the stage is a room though a plant stands on it.
INTERIOR_THINGS = frozenset(
    {"windowsill", "window sill", "window ledge", "windowledge", "mantelpiece", "mantel", "mantle"}
)
#: Categories a room keeps beside an interior fixture (a potted plant, flowers).
_HOUSEPLANTS = frozenset({"plant", "nature"})
#: Arrangement words a line-up keeps ("five cups in a row").
_KEPT_ARRANGEMENTS = frozenset({"row"})
#: Predicates that need the grid: one thing above or below another.
_VERTICAL = frozenset(p for p, (_, dy) in DIRECTIONS.items() if dy != 0)
#: WordNet's class of abstract shapes (a heart, a cube): drawn as shapes, not as things on a floor.
_SHAPE = "shape.n.02"


def _abstract(noun: str, body: Body) -> bool:
    if body.airborne:  # a star in the sky is a thing in the sky
        return False
    found = concept(noun)
    return found is not None and _SHAPE in (found.name, *found.ancestors)


def line_rows(composition: Composition, bodies: Mapping[str, Body], scene: ResolvedScene, prompt: str) -> int:
    """How many rows the composition's things may be lined up in on a ground: 0 (not lined up, see the
    module's docstring), 1 (the prompt asked for a row) or 2 (a back row may open)."""
    drafts = composition.drafts
    if not drafts or any(d.kind != "object" or d.position for d in drafts):
        return 0
    arrangements = {e.arrangement for e in scene.entities if e.alive}
    if not arrangements <= {None, *_KEPT_ARRANGEMENTS}:
        return 0
    if any(link.predicate in _VERTICAL for link in composition.links):
        return 0
    if any(_abstract(d.noun, bodies[d.id]) for d in drafts if d.id in bodies):
        return 0
    if page_format(composition, prompt, False) is not None:
        return 0
    return 1 if arrangements & _KEPT_ARRANGEMENTS else 2


def _outdoor_kind(noun: str) -> bool:
    found = concept(noun)
    return noun in OUTDOOR_KINDS or (found is not None and not OUTDOOR_KINDS.isdisjoint(found.hypernyms))


def _too_big_for_a_room(noun: str, category: str) -> bool:
    """A living thing bigger than a person (a horse, an elephant, a dragon) lives outdoors."""
    info = lexicon().nouns.get(noun)
    return category in BIG_OUTDOOR and info is not None and info.size >= SIZE_CLASSES["xlarge"]


def default_backdrop(composition: Composition, bodies: Mapping[str, Body]) -> Background:
    """The neutral stage for the composition's things: a room, or a horizon for outdoor things."""
    # a windowsill is inside a room: "a plant on a window ledge" is a houseplant, not a garden's
    inside = any(d.noun in INTERIOR_THINGS or d.label in INTERIOR_THINGS for d in composition.drafts)
    outdoor = any(
        (bodies[d.id].category in OUTDOOR and not (inside and bodies[d.id].category in _HOUSEPLANTS))
        or (_outdoor_kind(d.noun) and not inside)
        or _too_big_for_a_room(d.noun, bodies[d.id].category)
        for d in composition.drafts
        if d.id in bodies
    )
    above, below = (0.0, HORIZON), (HORIZON, 1.0)
    if outdoor:
        upper = Layer(kind="sky", color=SKY, span=above)
        lower = Layer(kind="ground", color=GROUND, material="grass", span=below)
    else:
        upper = Layer(kind="wall", color=WALL, material="paint", span=above)
        lower = Layer(kind="floor", color=FLOOR, material="wood", span=below)
    return Background(color=upper.color, horizon=HORIZON, layers=[upper, lower])


__all__ = ["HORIZON", "default_backdrop", "line_rows"]
