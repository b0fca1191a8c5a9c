"""Small food and tableware in a room rest on a table or counter: "a grandmother baking cookies in the
kitchen" puts the cookies on a baking tray on the counter, not on the floor at the size of her knee.

A room's floor is no place for a plate or a cookie, but a prompt seldom names what they rest on. A
small thing of food, the kitchen or a container (the lexicon's size at most a cup's, or a cake's for
food) that nothing holds and that rests on nothing, in a scene set in a room with someone in it
(beside whom it stood knee-high on the floor), is put on the table, counter or desk the prompt
names, or on a counter (a kitchen) or a table (other rooms) added for it; baking ("baking cookies")
puts them on a baking tray there. Alone ("a cup of coffee in a kitchen") it is drawn at its own size
and nothing is added. Outdoors or with no place named, such things go on a table the scene has
("two women having tea in the garden": the tea on the table they sit at), and none is added. The
new things are entities of the scene, as if the prompt had named them, and the trace says so.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from limner.reason.resolve import Entity, EntityRelation, Note, ResolvedScene
from limner.reason.setting import setting_row
from limner.reason.vocab import NounInfo

#: Lexicon categories of small things that go on a table, with the largest size each may have.
_SMALL = {"food": 0.24, "kitchen": 0.15, "container": 0.15}
#: Surfaces the prompt may name already.
_SURFACES = frozenset({"table", "kitchen table", "dining table", "coffee table", "counter", "desk", "tray"})
#: Relations that put a thing somewhere (or in someone's hands).
_PLACED = frozenset({"holds", "carries", "wears"})
#: A floor the prompt puts things on ("a bowl on the floor"): no table for them.
_ON_FLOOR = re.compile(r"\b(?:on|onto)\s+(?:the|a)\s+(?:floor|ground|rug|carpet|mat)\b", re.IGNORECASE)
_BAKING = re.compile(r"\bbak(?:ing|es|e|ed)\b", re.IGNORECASE)


def _indoor(scene: ResolvedScene) -> str | None:
    """The room the scene is set in, or None outdoors or when no place is named."""
    for word in scene.scenes:
        row = setting_row(word.description)
        if row is not None and row.layers and row.layers[0].kind == "wall":
            return row.setting or word.description
    return None


def _loose(entity: Entity, scene: ResolvedScene, nouns: Mapping[str, NounInfo]) -> bool:
    """Whether ``entity`` is a small table thing that nothing holds and that rests on nothing."""
    about = nouns.get(entity.noun)
    if not entity.alive or entity.kind != "object" or about is None or about.category not in _SMALL:
        return False
    if about.size > _SMALL[about.category] or entity.noun in _SURFACES:
        return False
    for relation in scene.relations:
        if relation.subject is entity:
            return False  # "cookies on a plate", "a cup next to a laptop": placed by the prompt
        if relation.object is entity and relation.predicate in _PLACED:
            return False  # "a girl holding a cup"
    return True


def _person(entity: Entity, nouns: Mapping[str, NounInfo]) -> bool:
    about = nouns.get(entity.noun)
    return entity.alive and about is not None and about.category == "person"


def set_on_tables(scene: ResolvedScene, prompt: str, nouns: Mapping[str, NounInfo]) -> None:
    """Put the scene's loose small things on a surface (see the module); ``nouns``: the lexicon's."""
    room = _indoor(scene)
    if _ON_FLOOR.search(prompt):
        return
    loose = [e for e in scene.entities if _loose(e, scene, nouns)]
    if not loose or not any(_person(e, nouns) for e in scene.entities):
        return  # "a cup of coffee in a kitchen": alone, it is drawn at its own size anyway
    key = max(e.key for e in scene.entities) + 1
    sentence = loose[0].sentence
    surface = next((e for e in scene.entities if e.alive and e.noun in _SURFACES and e.count == 1), None)
    if surface is None:
        if room is None:
            return  # outdoors, or no place: only a table the scene has ("dinner in the garden")
        noun = "counter" if "kitchen" in room else "table"
        surface = Entity(key=key, noun=noun, label=noun, count=1, sentence=sentence)
        scene.entities.append(surface)
        key += 1
        scene.notes.append(
            Note("resolve", f"{noun} added: small things in a {room} rest on one", (surface.key,))
        )
    if _BAKING.search(prompt) and not any(e.noun == "baking tray" for e in scene.entities):
        tray = Entity(key=key, noun="baking tray", label="baking tray", count=1, sentence=sentence)
        scene.entities.append(tray)
        scene.relations.append(EntityRelation(tray, "on", surface, None, sentence))
        scene.notes.append(Note("resolve", "baking tray added: baked things rest on one", (tray.key,)))
        surface = tray
    for entity in loose:
        scene.relations.append(EntityRelation(entity, "on", surface, None, sentence))


__all__ = ["set_on_tables"]
