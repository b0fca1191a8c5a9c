"""A place named inside a thing's compound: "a lake house", "a garden shed", "a forest path".

A place word right before a thing that stands in the land (a building, a structure, a landform) or a
part or way of a place (a path, a clearing, a square) says where that thing is, so it names the scene's
place as well ("a fox on a forest path" is in a forest). Before a thing one uses, wears or rides it only
says which kind of thing it is ("a beach ball", "a city bus", "a kitchen knife"): no place. Rooms keep
their own rule (``parse``: "on the kitchen counter" is in a kitchen).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from limner.reason.grammar import SCENE_PREPS
from limner.reason.lexemes import POSSESSIVES, Lexeme
from limner.reason.setting import setting_row, settings_table
from limner.reason.vocab import Lexicon, context_noun

if TYPE_CHECKING:
    from limner.reason.mentions import Op
    from limner.reason.resolve import Entity

#: Lexicon categories of things that stand in the place a word before them names ("a lake house").
STANDING = frozenset({"building", "structure", "nature"})
#: Heads that name a part or a way of a place, whatever their lexicon category ("a forest path",
#: "a village square", "a mountain trail", "a forest clearing").
PLACE_PARTS = frozenset(
    {"path", "trail", "track", "clearing", "square", "lane", "edge", "shore", "bank", "pond", "stream"}
)


#: Words that open a noun phrase before a place ("in a", "in my"), besides "the".
_OPENERS = frozenset({"a", "an", *POSSESSIVES})


def _outdoor_place(lex: Lexicon, words: tuple[str, ...]) -> str | None:
    """The scene description of an outdoor place phrase ("forest", "mountain"), else None."""
    for tag in lex.phrases.get(words, ()):
        if tag.kind != "scene":
            continue
        row = setting_row(str(tag.value))
        if row is not None and row.setting is not None and not any(s.kind == "wall" for s in row.layers):
            return str(tag.value)
    return None


def _stands_in(lex: Lexicon, noun: str) -> bool:
    info = lex.nouns.get(noun)
    return noun.split()[-1] in PLACE_PARTS or (info is not None and info.category in STANDING)


def places_thing(lex: Lexicon, place: Lexeme, head: Lexeme | None) -> bool:
    """Whether the outdoor place word ``place`` right before ``head`` says where that thing stands
    ("a lake house", "a beach hut", "a garden shed"), so the place is the scene's too."""
    if head is None or not place.has("scene"):
        return False
    tag = head.tag("noun") if head.has("noun") else None
    if tag is None and head.kind == "word":
        tag = context_noun(lex, head.text)  # "a garden shed": a thing WordNet knows, the table does not
    return (
        tag is not None and _outdoor_place(lex, (place.text,)) is not None and _stands_in(lex, str(tag.value))
    )


def compound_place(lex: Lexicon, entities: Iterable[Entity]) -> str | None:
    """The place a thing's compound label names ("forest path" → forest, "village square" → village),
    the first such thing's; None when no thing's compound names one."""
    for entity in entities:
        words = tuple(entity.label.split())
        if entity.kind != "object" or not entity.alive or len(words) < 2 or not _stands_in(lex, entity.noun):
            continue
        place = _outdoor_place(lex, words[:-1])
        if place is not None:
            return place
    return None


def _part_before(lexemes: Sequence[Lexeme], i: int) -> Lexeme | None:
    """The lexeme naming a part of a place in "the shore of a lake", "the edge of the forest" (the
    place at ``i``), else None."""
    j = i - 1
    while j >= 0 and (lexemes[j].has("def") or lexemes[j].text in ("a", "an")):
        j -= 1
    if j < 1 or lexemes[j].text != "of" or lexemes[j - 1].text not in PLACE_PARTS:
        return None
    return lexemes[j - 1]


def _indoors(lx: Lexeme) -> bool:
    """Whether a scene word names a place with walls (a room, a school, a hospital)."""
    row = setting_row(str(lx.tag("scene").value)) if lx.has("scene") else None
    return row is not None and row.setting is not None and any(s.kind == "wall" for s in row.layers)


def room_of_building(lex: Lexicon, before: Lexeme, lx: Lexeme) -> bool:
    """A room or hall named right after the building it is in ("the school library", "the hotel lobby",
    "a hospital hallway", "the school gym"): the room is the place; the building only says whose."""
    if not _indoors(lx):
        return False
    if _indoors(before):
        return True
    info = lex.nouns.get(str(before.tag("noun").value)) if before.has("noun") else None
    return info is not None and info.category == "building"


def kind_of_room(lexemes: Sequence[Lexeme], i: int) -> bool:
    """A noun right before a room it names the kind of, the room being where something is ("in the
    hotel room", "in the laundry room", "at the kids room"): which room, no thing of its own."""
    nxt = lexemes[i + 1] if i + 1 < len(lexemes) else None
    if nxt is None or not nxt.has("scene") or nxt.has("noun"):
        return False
    j = i - 1
    while j >= 0 and (lexemes[j].text in _OPENERS or lexemes[j].has("def")):
        j -= 1
    return j >= 0 and lexemes[j].text in SCENE_PREPS and _indoors(nxt)


def place_head(lex: Lexicon, lexemes: Sequence[Lexeme], i: int) -> Lexeme | None:
    """A compound thing whose head names a place, where something is ("in the vegetable garden", "at
    the fish market", "in a rose garden"): the head's place, as a scene lexeme; else None."""
    lx = lexemes[i]
    if " " not in lx.text or not lx.has("noun") or lx.has("scene"):
        return None
    j = i - 1
    while j >= 0 and (lexemes[j].text in _OPENERS or lexemes[j].has("def")):
        j -= 1
    if j < 0 or lexemes[j].text not in SCENE_PREPS:
        return None
    tag = next((t for t in lex.phrases.get((lx.text.rsplit(" ", 1)[-1],), ()) if t.kind == "scene"), None)
    # a place of the settings table, not an interior borrowed from WordNet ("at a flower stall": a stall)
    row = settings_table().get(str(tag.value)) if tag is not None else None
    return Lexeme(lx.text, (tag,)) if tag is not None and row is not None and row.setting else None


def head_place_first(lex: Lexicon, ops: list[Op], lexemes: Sequence[Lexeme], i: int) -> None:
    """Two outdoor places named one right after the other ("a city park", "a jungle river", "a forest
    lake"): the second is the head, the place the thing is in; the first only says which one it is, so
    it joins as a place beside it (its far bands). So too a part of a place before the place it is part
    of ("the shore of a lake"). The last two scene operations swap to say so."""
    lx = lexemes[i]
    part = _part_before(lexemes, i)
    before = part or (lexemes[i - 1] if i else None)
    if before is None or len(ops) < 2 or not before.has("scene") or not lx.has("scene"):
        return
    first, second = ops[-2], ops[-1]
    if first.kind != "scene" or second.kind != "scene" or first.predicate or second.predicate:
        return
    if first.value != before.tag("scene").value or second.value != lx.tag("scene").value:
        return
    if part is None and lx.text in PLACE_PARTS:
        return  # "a lake shore", "a river bank": a part of the first place, which stays the place
    if part is None and room_of_building(lex, before, lx):
        ops[-2], ops[-1] = second, first  # "the school library": the library, in the school
        return
    a = _outdoor_place(lex, (before.text,))
    b = _outdoor_place(lex, (lx.text,))
    rows = (setting_row(a) if a else None, setting_row(b) if b else None)
    if rows[0] is None or rows[1] is None or rows[0].setting == rows[1].setting:
        return
    ops[-2], ops[-1] = second, first


__all__ = [
    "PLACE_PARTS",
    "STANDING",
    "compound_place",
    "head_place_first",
    "kind_of_room",
    "place_head",
    "places_thing",
    "room_of_building",
]
