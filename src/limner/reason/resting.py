"""At rest: "a rabbit resting on the grass", "a cat lounging on a windowsill", "a man relaxing on a
bench", "a girl sunbathing on the beach".

The verbs of resting (``verbs.tsv`` rows with pose :data:`RESTING`: resting, relaxing, lounging,
sunbathing, lazing…) say how a body is, not which way: an animal, or a person on no seat, lies down;
a person on a seat (a chair, a bench, a sofa) sits on it. A thing that is no body ("a ladder resting
on a wall", "a cup resting on a saucer") takes no pose from them. :data:`RESTING` never reaches a plan.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING

from limner.reason.concepts import is_a

if TYPE_CHECKING:
    from limner.reason.resolve import Entity, EntityRelation

#: The pose a verb of resting gives (a frame pose, settled here).
RESTING = "at_rest"
#: Relations that put their subject on a seat.
_ON = frozenset({"on", "in", "inside"})
#: Seats WordNet files elsewhere.
_SEATS = frozenset({"couch", "settee", "loveseat", "recliner", "beanbag", "bean bag"})
#: Lexicon categories of bodies.
_BODIES = frozenset({"person", "animal"})


def is_seat(noun: str) -> bool:
    return noun in _SEATS or is_a(noun, "seat.n.03")


def _person(entity: Entity, category: Callable[[Entity], str | None]) -> bool:
    return category(entity) == "person" or is_a(entity.noun, "person.n.01")


def _body(entity: Entity, category: Callable[[Entity], str | None]) -> bool:
    return category(entity) in _BODIES or is_a(entity.noun, "person.n.01") or is_a(entity.noun, "animal.n.01")


def rest_poses(
    entities: Sequence[Entity],
    relations: Sequence[EntityRelation],
    category: Callable[[Entity], str | None],
) -> Iterator[tuple[Entity, str | None]]:
    """``(entity, pose)`` for each thing a verb of resting posed: lying, sitting on a seat, or no pose."""
    seated = {
        id(r.subject) for r in relations if r.predicate in _ON and is_seat(r.object.noun) and r.object.alive
    }
    for entity in entities:
        if entity.pose != RESTING:
            continue
        if not _body(entity, category):
            yield entity, None
        elif id(entity) in seated and _person(entity, category):
            yield entity, "sitting"
        else:
            yield entity, "lying"


def seated_poses(
    relations: Sequence[EntityRelation], category: Callable[[Entity], str | None]
) -> Iterator[Entity]:
    """Each person on or in a seat with no pose of their own: they sit on it ("a man reading a
    newspaper on a bench", "a woman on a sofa"), not stand behind it. A pose the prompt gives
    ("standing on a chair") stays."""
    for relation in relations:
        who = relation.subject
        if relation.predicate not in _ON or who.pose is not None or not relation.object.alive:
            continue
        if is_seat(relation.object.noun) and _person(who, category):
            yield who


__all__ = ["RESTING", "is_seat", "rest_poses", "seated_poses"]
