"""A noun's sense from the company it keeps: "a cat chasing a mouse" is the rodent, "a keyboard and a
mouse" the device.

The lexicon names a noun's animal sense as a row of its own, the noun and one more word in the animal
category ("mouse animal", "crane bird") beside the noun's everyday row (a computer mouse, a building
crane). A thing named by such a noun takes the animal sense when what it does says so: a verb only a
living thing does (it chases, eats, runs, sits), or an animal chasing, catching or eating it. Things
merely named beside it do not ("an elephant and a mouse" keeps the everyday noun), and machines,
electronics or office things in the scene keep it the everyday thing. A compound the prompt wrote
("a computer mouse") keeps its row.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cache
from types import MappingProxyType
from typing import TYPE_CHECKING

from limner.reason.concepts import category
from limner.reason.vocab import Lexicon, lexicon

if TYPE_CHECKING:
    from limner.reason.resolve import Entity, EntityRelation

#: ``attributes.sense`` of an element whose noun the prompt used in its animal sense: the lexicon's row
#: for that sense ("mouse animal"); the element's ``noun`` stays the word the user named ("mouse").
SENSE = "sense"
#: WordNet categories (:func:`limner.reason.concepts.category`) of animals.
_ANIMAL_KINDS = frozenset({"animal", "bird", "fish", "insect", "creature"})
#: Categories that lean to the animal sense (+1) and to the everyday one (−1).
_ANIMAL_CATEGORIES = frozenset({"animal"})
_MACHINE_CATEGORIES = frozenset({"electronics", "office", "vehicle", "tool", "building"})
#: Predicates only a living subject has (a device does not chase, hold or look).
_LIVING_PREDICATES = frozenset({"chases", "follows", "holds", "carries", "looks_at", "faces", "rides"})
#: Predicates an animal subject has with its prey ("a cat chasing a mouse", "an owl catching one").
_PREY_PREDICATES = frozenset({"chases", "faces", "holds", "looks_at"})
#: Poses only a living thing takes.
_LIVING_POSES = frozenset({"running", "walking", "swimming", "flying", "sitting", "lying"})


def _animal(noun: str, lex: Lexicon) -> bool:
    """An animal by the lexicon's row or, for a noun it has no row for, by WordNet ("a hawk")."""
    info = lex.nouns.get(noun)
    if info is not None:
        return info.category in _ANIMAL_KINDS
    return category(noun) in _ANIMAL_KINDS


def animal_senses(lex: Lexicon) -> Mapping[str, str]:
    """Noun → its animal-sense row ("mouse" → "mouse animal"), for nouns whose own row is not an
    animal, in lexicon order (the process's lexicon's table is made once: every plan asks)."""
    return _process_senses() if lex is lexicon() else _senses(lex)


@cache
def _process_senses() -> Mapping[str, str]:
    return MappingProxyType(_senses(lexicon()))


def _senses(lex: Lexicon) -> dict[str, str]:
    out: dict[str, str] = {}
    for name, info in lex.nouns.items():
        head, _, rest = name.partition(" ")
        if not rest or " " in rest or info.category not in _ANIMAL_CATEGORIES:
            continue
        own = lex.nouns.get(head)
        if own is not None and own.category not in _ANIMAL_CATEGORIES:
            out[head] = name
    return out


def _lean(
    entity: Entity, entities: Sequence[Entity], relations: Sequence[EntityRelation], lex: Lexicon
) -> int:
    """How far the company leans to the animal sense (> 0) or the everyday one (<= 0). Only what the
    thing does or has done to it counts for the animal: things merely named beside it do not ("an
    elephant and a mouse" is the everyday mouse), while a machine beside it always keeps it one."""
    for other in entities:
        info = lex.nouns.get(other.noun)
        if other is not entity and info is not None and info.category in _MACHINE_CATEGORIES:
            return 0
    lean = int(entity.pose in _LIVING_POSES)
    for rel in relations:
        if rel.subject is entity and rel.predicate in _LIVING_PREDICATES:
            lean += 1
        if rel.object is entity and rel.predicate in _PREY_PREDICATES:
            lean += int(_animal(rel.subject.noun, lex))
    return lean


def pick_senses(
    entities: Sequence[Entity], relations: Sequence[EntityRelation], lex: Lexicon
) -> list[Entity]:
    """Give each thing whose noun has an animal sense that sense where its company leans to it; the
    things changed, in scene order."""
    table = animal_senses(lex)
    changed: list[Entity] = []
    for entity in entities:
        animal = table.get(entity.noun)
        if animal is None or entity.kind != "object" or entity.base_ids or " " in entity.label.strip():
            continue
        if _lean(entity, entities, relations, lex) > 0:
            entity.noun = animal
            changed.append(entity)
    return changed


__all__ = ["SENSE", "animal_senses", "pick_senses"]
