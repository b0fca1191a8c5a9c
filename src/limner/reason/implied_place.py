"""Places their things imply: "two penguins on an iceberg" is in the arctic, "a sandcastle" on a beach,
"a camel next to a cactus" in the desert, though the prompt names no place.

The table ``lexicon/place_things.tsv`` lists each place's things. A thing implies its place only when
it stands free (not in or on another thing: "a cactus in a pot on a windowsill" is indoors) and the
scene has no indoor things; things of two places imply neither.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cache
from importlib import resources
from types import MappingProxyType

#: Lexicon categories of indoor things: a scene with one is not set outdoors by its other things.
INDOOR_CATEGORIES = frozenset({"furniture", "household", "kitchen", "office", "electronics"})
#: Landforms of ``place_things.tsv``: the ground other things stand on, the weakest sign of a place.
LANDFORMS = frozenset({"hill", "hillock", "knoll", "valley", "cliff", "crag", "slope"})
#: Predicates that put a thing in or on another (its place is that thing's).
_HELD = frozenset({"on", "in", "inside", "on top of", "holds", "carries", "hangs_on", "stacked_on"})


@cache
def place_things() -> Mapping[str, str]:
    """Thing (a noun) → the place it implies."""
    path = resources.files("limner.reason").joinpath("lexicon", "place_things.tsv")
    out: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        place, things = line.split("\t")
        for thing in things.split():
            out.setdefault(thing.replace("_", " "), place)
    return MappingProxyType(out)


def implied_place(things: Sequence[tuple[str, str | None]], held: Sequence[tuple[str, str]]) -> str | None:
    """The one place ``things`` imply, or None. ``things``: (noun, lexicon category or None) of each
    thing; ``held``: (subject noun, object noun) of each relation that puts a thing in or on another."""
    table = place_things()
    # a listed thing is not indoor whatever its category ("a park bench" is furniture, of the park)
    if any(category in INDOOR_CATEGORIES and noun not in table for noun, category in things):
        return None
    inside = {subject for subject, obj in held if table.get(obj) is None}
    free = [noun for noun, _ in things if noun in table and noun not in inside]
    # the land other things stand on implies its place only when they imply none ("a tractor on a hill")
    places = {table[noun] for noun in free if noun not in LANDFORMS} or {table[noun] for noun in free}
    return next(iter(places)) if len(places) == 1 else None


def held_predicate(predicate: str) -> bool:
    """Whether a relation with ``predicate`` puts its subject in or on (or in the hands of) its object."""
    return predicate in _HELD


__all__ = ["INDOOR_CATEGORIES", "LANDFORMS", "held_predicate", "implied_place", "place_things"]
