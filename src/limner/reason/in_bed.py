"""Who is in bed lies in it: "a boy in bed", "a cat on the bed"; "a girl reading in bed" sits up.

A bed is no floor: someone put in or on one with no pose of their own stood upright on the mattress.
A person or animal in or on a bed (``bed.n.01`` and its kinds but a hammock, which the renderer hangs
its sleeper in; a crib) whose prompt gives no pose lies down, or sits up when it holds something (a
book to read, a cup).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING

from limner.reason.concepts import is_a
from limner.reason.resting import is_seat

if TYPE_CHECKING:
    from limner.reason.resolve import Entity, EntityRelation

#: Relations that put their subject in or on its object.
_IN_OR_ON = frozenset({"in", "inside", "on"})
#: Beds WordNet files elsewhere.
_BEDS = frozenset({"crib", "cradle", "bassinet"})
#: Lexicon categories that take a pose.
_POSED = frozenset({"person", "animal"})


def is_bed(noun: str) -> bool:
    """A bed, not a seat WordNet also files as one ("a couch": a sofa, where people sit)."""
    return noun in _BEDS or (noun != "hammock" and is_a(noun, "bed.n.01") and not is_seat(noun))


def bed_poses(
    relations: Sequence[EntityRelation], category: Callable[[Entity], str | None]
) -> Iterator[tuple[Entity, str]]:
    """``(entity, pose)`` for each person or animal in or on a bed without a pose of its own."""
    holding = {id(r.subject) for r in relations if r.predicate == "holds"}
    for relation in relations:
        who = relation.subject
        if relation.predicate not in _IN_OR_ON or who.pose is not None or not is_bed(relation.object.noun):
            continue
        if category(who) in _POSED or is_a(who.noun, "person.n.01") or is_a(who.noun, "animal.n.01"):
            yield who, "sitting" if id(who) in holding else "lying"


__all__ = ["bed_poses", "is_bed"]
