"""Rooms named by their things: "a stove, a sink and a fridge" is a kitchen, "a bathtub next to a
toilet" a bathroom, though the prompt names no place.

The table ``lexicon/rooms.tsv`` lists each room's fixtures. A prompt that names no place, two or more
things, and a fixture of exactly one room (as the word or a kind of it) is set in that room; a fixture
of two rooms, or none, leaves the default stage (:mod:`limner.reason.default_stage`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cache, lru_cache
from importlib import resources
from types import MappingProxyType

from limner.reason.concepts import concept, senses

#: The fewest things a prompt names before its fixtures name the room ("a bed" alone is a bed).
MIN_THINGS = 2
#: Kinds of things that grow or stand outdoors: with one of them no room is implied ("a hammock
#: between two palm trees" is not a bedroom, though a hammock is a kind of bed).
OUTDOOR_CATEGORIES = frozenset({"tree", "nature"})


@cache
def fixtures() -> Mapping[str, tuple[str, ...]]:
    """Fixture (a noun) → the rooms it belongs to, in file order."""
    text = resources.files("limner.reason").joinpath("lexicon", "rooms.tsv").read_text(encoding="utf-8")
    out: dict[str, list[str]] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        room, things = line.split("\t")
        for thing in things.split():
            out.setdefault(thing.replace("_", " "), []).append(room)
    return MappingProxyType({k: tuple(v) for k, v in out.items()})


@lru_cache(maxsize=1024)
def _rooms_of(noun: str) -> frozenset[str]:
    """The rooms ``noun`` is a fixture of: itself, or a kind of a fixture's main sense (a pure
    lookup over every fixture, asked again for every prompt that names ``noun``: remembered)."""
    table = fixtures()
    if noun in table:
        return frozenset(table[noun])
    found = concept(noun)
    if found is None:
        return frozenset()
    out: set[str] = set()
    for thing, rooms in table.items():
        main = senses(thing)[:1]
        if main and main[0] in (found.name, *found.ancestors):
            out.update(rooms)
    return frozenset(out)


def room_of(nouns: Sequence[str]) -> str | None:
    """The one room the things ``nouns`` name (see the module's docstring), or None."""
    if len(nouns) < MIN_THINGS:
        return None
    if any((found := concept(noun)) is not None and found.category in OUTDOOR_CATEGORIES for noun in nouns):
        return None
    named: set[str] = set()
    for noun in dict.fromkeys(nouns):
        named |= _rooms_of(noun)
    return next(iter(named)) if len(named) == 1 else None


def fixture_word(noun: str, label: str) -> str:
    """The word a thing counts as in :func:`room_of`: its label where that is a fixture of its own ("an
    office chair" is drawn as a chair but names an office), else its noun."""
    return label if label != noun and label in fixtures() else noun


__all__ = ["MIN_THINGS", "OUTDOOR_CATEGORIES", "fixture_word", "fixtures", "room_of"]
