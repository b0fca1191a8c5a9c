"""A tree as the place of a scene: "a girl reading a book under a tree", "a dog sleeping beside a bush",
"a horse next to a sunflower" are outdoors, though the prompt names no place.

Someone or something under, beside or in a tree, a bush or a field plant is where that plant grows,
but a tree implies no place of its own (:mod:`limner.reason.implied_place`), so the scene was drawn
on a plain backdrop. When the scene has such a plant (one that stands free, not in a pot or on a
table) that another thing is placed by, and no indoor things, it is set outdoors: in the
countryside among farm animals or field plants, in a garden among flowers and bushes, else in a
park. The words are data (``words.json``, ``tree_places`` and ``field_plants``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cache
from typing import TYPE_CHECKING

from limner.reason.concepts import is_a
from limner.reason.implied_place import INDOOR_CATEGORIES
from limner.reason.wordlists import words

if TYPE_CHECKING:
    from limner.reason.resolve import Entity, EntityRelation
    from limner.reason.vocab import NounInfo

#: Relations that put a thing by a plant (the plant the place it is in).
_BY = frozenset(
    {
        "under",
        "beside",
        "next to",
        "next_to",
        "near",
        "behind",
        "in front of",
        "in_front_of",
        "in",
        "inside",
        "on",
        "against",
    }
)
#: Relations that put a plant in or on something else ("a bonsai on a table", "a tree in a pot").
_PUT = frozenset({"in", "inside", "on", "on top of"})


@cache
def _places() -> tuple[tuple[str, frozenset[str]], ...]:
    """Each place and the things that choose it, in the table's order (the first that matches wins)."""
    table = words().get("tree_places", {})
    return tuple((place, frozenset(things)) for place, things in table.items())


def _plant(noun: str) -> bool:
    return is_a(noun, "tree.n.01") or is_a(noun, "shrub.n.01") or noun in _field_plants()


@cache
def _field_plants() -> frozenset[str]:
    return frozenset(words().get("field_plants", []))


def tree_place(
    entities: Sequence[Entity],
    relations: Sequence[EntityRelation],
    nouns: Mapping[str, NounInfo],
    held: Sequence[Entity],
) -> str | None:
    """The outdoor place a plant the scene's things are by implies (see the module), or None.
    ``nouns``: the lexicon's; ``held``: things in someone's hands (they go anywhere)."""
    potted = {id(r.subject) for r in relations if r.predicate in _PUT}
    by = [r.object for r in relations if r.predicate in _BY and r.object.alive and id(r.object) not in potted]
    if not any(_plant(plant.noun) for plant in by):
        return None
    live = [e for e in entities if e.alive and not any(e is h for h in held)]
    for e in live:
        info = nouns.get(e.noun)
        if e.kind == "object" and info is not None and info.category in INDOOR_CATEGORIES:
            return None
    named = {e.noun for e in live}
    for place, things in _places():
        if named & things:
            return place
    return "park"


__all__ = ["tree_place"]
