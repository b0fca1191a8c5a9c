"""Where a trailing "in X" / "on X" after "VERB-ing OBJ" attaches.

"A nurse helping an old woman in a wheelchair": the woman sits in it (a seat fits a living thing); "a
girl reading a book in bed": the girl is in bed (a bed seats no book); "a girl holding a kitten in a
basket": the kitten is in the basket, and the girl holds the basket (a container that fits the thing).
A place ("in the park") is the setting and never reaches this rule; any other thing keeps the parse's
reading.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from limner.reason.concepts import is_a
from limner.reason.mentions import Mention, Op

if TYPE_CHECKING:
    from limner.reason.parse import SentenceParser

#: WordNet head words of things one sits, lies or rides in or on (a wheelchair is a chair, a seat; a
#: hammock a bed; a stroller a carriage, a vehicle).
SEAT_KINDS = ("seat", "bed", "vehicle", "conveyance", "sofa")
#: How much bigger than a seat or a container (by size class) a thing in it may be: a person is
#: "large", a wheelchair "medium"; a kitten "medium", a basket "small".
ROOM = 2.0
#: Predicates of a held thing: held in a container, the doer holds the container.
_HELD = frozenset({"holds", "carries"})
#: Lexicon categories of living things.
_LIVING = frozenset({"person", "animal", "bird", "fish", "insect"})


def reattach(p: SentenceParser, rel: Op) -> None:
    """Give a bare "in X" / "on X" read after "VERB-ing OBJ" the subject it belongs to (see the module)."""
    place, subject = rel.other, rel.mention
    if rel.predicate not in ("inside", "on") or place is None or subject is None or place.noun is None:
        return
    if rel.frame is not None and not rel.frame.place:
        return
    found = _act(p, subject)
    if found is None:
        return
    act, doer, thing = found
    seat, container = _seat(place.noun), _container(p, place.noun)
    if seat and _living(p, thing) and _fits(p, thing, place, ROOM):
        rel.mention = thing  # "helping an old woman in a wheelchair": the woman sits in it
    elif container and rel.predicate == "inside" and not _living(p, place) and _fits(p, thing, place, ROOM):
        rel.mention = thing  # "holding a kitten in a basket": the kitten is in the basket
        if act is not None and act.predicate in _HELD and act.other is thing:
            p.ops.remove(act)  # … and the girl holds the basket (once the basket is named)
            act.other = place
            p.ops.append(act)
    elif (seat or (rel.predicate == "inside" and is_a(place.noun, "building"))) and _living(p, doer):
        rel.mention = doer  # "reading a book in bed", "fixing a car in a garage": the doer is there


def _act(p: SentenceParser, subject: Mention) -> tuple[Op | None, Mention, Mention] | None:
    """The verb just read that ``subject`` is the doer or the object of: (its relation, when one was
    made, the doer, the thing done to), or None."""
    for op in reversed(p.ops):
        if op.kind != "relation" or op.frame is None or op.frame.place or op.frame.inverse:
            continue
        if op.mention is None or op.other is None:
            continue
        if op.other is subject or op.mention is subject:
            return op, op.mention, op.other
        break
    if subject.index not in p.acted_on:  # "a nurse helping an old woman": a verb no frame knows
        things = [m for m in p.mentions if m.index in p.acted_on and not m.negated]
        if things and things[-1] is not subject:
            return None, subject, things[-1]
    return None


def _seat(noun: str) -> bool:
    return any(is_a(noun, kind) for kind in SEAT_KINDS)


def _container(p: SentenceParser, noun: str) -> bool:
    return p.lex.containers.get(noun) == "inside" or is_a(noun, "container")


def _living(p: SentenceParser, mention: Mention) -> bool:
    info = p.lex.nouns.get(mention.noun or "")
    return (info is not None and info.category in _LIVING) or is_a(mention.noun or "", "organism.n.01")


def _fits(p: SentenceParser, thing: Mention, place: Mention, room: float = 1.0) -> bool:
    """Whether ``thing`` fits in ``place``: no bigger than ``room`` times it (by the lexicon's size
    classes: a man in a chair, a kitten in a basket)."""
    a, b = p.lex.nouns.get(thing.noun or ""), p.lex.nouns.get(place.noun or "")
    return a is not None and b is not None and a.size <= room * b.size


__all__ = ["SEAT_KINDS", "reattach"]
