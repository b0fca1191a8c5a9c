"""Object relative clauses: the thing named before "that", "which", "whom" or "where" is what the verb
after it is done to, or where it is done.

- "a ball which the dog chases", "a lantern that the girl is holding": the dog chases the ball, the girl
  holds the lantern (the clause's verb has no object of its own; the thing before "which" is it);
- "a fence that a cat is sitting on": a preposition left at the clause's end takes that thing too;
- "a box in which a kitten hides", "the table on which a vase stands": a preposition before "which"
  says where the thing after it is (the kitten is in the box);
- "a bench where an old man sits", "a pond where two ducks swim": a pose after "where" is taken there
  (on a surface, in water or a container);
- "a dog that a man walks", "a kite that a girl flies": a pose-only verb whose "VERB a" frame takes an
  object ("walking a dog"), or a thing flown on a string, is done to the thing;
- "the bone the dog is chewing": with no relative word, a noun phrase right before the doer's is the
  object its verb waits for at the sentence's end;
- "a dog lying next to a cat who is sleeping on a pillow": a subject clause's verb is the thing's before
  the relative word, even when that thing is a relation's object (``relative_doer``).

A relative word read after a thing and before another noun phrase opens the clause (:func:`opens`);
the clause closes at the sentence's end or its copula (:func:`close`; :func:`read`: "the hat that the
clown wears is red": the hat is red).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from limner.reason.frames import Frame, frames
from limner.reason.lexemes import POSSESSIVES, Lexeme
from limner.reason.mentions import Mention, Op
from limner.reason.stage import flown_nouns

if TYPE_CHECKING:
    from limner.reason.parse import SentenceParser

#: Words that open a clause about the thing named just before them.
RELATIVE_WORDS = frozenset({"that", "which", "whom", "who", "where"})
#: After a preposition: "in which", "on which".
_FRONTED = frozenset({"which", "whom"})
#: Poses whose place "where" names is in the thing (water, a pool), not on it.
_IN_POSES = frozenset({"swimming"})


def read(p: SentenceParser, i: int, lx: Lexeme) -> bool:
    """Read the lexeme at ``i`` as a relative word or the copula that ends a clause about a thing
    ("the hat that the clown wears is red": what follows is said of the hat). True when nothing else is
    to be read from it."""
    rel = p.rel
    if rel is not None and p.rel_waiting == 1 and rel.other is None and lx.has("copula"):
        head = p.relative_head or _reduced_head(p, rel.mention, rel.frame, i)  # "a cup the girl holds is red"
        if head is not None:
            close(p)
            p.last, p.target = head, None
        return False
    if lx.text.partition(" ")[0] not in RELATIVE_WORDS:
        return False  # (most words: read nothing more)
    return opens(p, i, lx)


def opens(p: SentenceParser, i: int, lx: Lexeme) -> bool:
    """Read a relative word at ``i``; True when it was one (nothing else is read from it)."""
    prev = p._prev(i)
    if lx.has("copula") and lx.text.split(" ", 1)[0] in RELATIVE_WORDS:
        if prev is not None and prev.has("noun") and p.last is not None and p.rel is None:
            p.relative_doer = p.last  # "a cat who is sleeping on a pillow" ("who is": one copula)
        return False
    if lx.text not in RELATIVE_WORDS:
        return False
    if lx.text in _FRONTED and _fronted(p, i):
        return True
    if prev is None or not prev.has("noun") or p.last is None or p.last.negated or p.rel is not None:
        return False
    if not _noun_phrase_ahead(p, i):
        # "a dog next to a cat who is sleeping on a pillow": the thing before it is the doer, even the
        # object of a relation (the parser reads the word as before)
        p.relative_doer = p.last
        return False
    p.relative_head = p.last
    p.relative_at = i
    p.relative_from = p.next_index
    return True


def _fronted(p: SentenceParser, i: int) -> bool:
    """ "a box in which a kitten hides": the relation read from "in" has the box as its object, and its
    subject follows."""
    rel, prev = p.rel, p._prev(i)
    if rel is None or p.rel_waiting != 1 or rel.other is not None or rel.mention is None or prev is None:
        return False
    place_frame = prev.has("frame") and (found := frames().get(prev.tag("frame").value)) is not None
    if not (prev.has("rel") or (place_frame and found is not None and found.place)):
        return False
    rel.other, rel.mention = rel.mention, None
    p.objects.add(rel.other.index)
    p.rel_waiting = -1
    p.rel_group = []
    return True


def _noun_phrase_ahead(p: SentenceParser, i: int) -> bool:
    nxt = p._next(i)
    if nxt is None:
        return False
    opener = nxt.has("num") or nxt.has("def") or nxt.text in POSSESSIVES
    return (opener and p._noun_ahead(i + 1)) or nxt.has("noun")


def close(p: SentenceParser) -> None:
    """End the clause a relative word opened: its verb is done to (or where) the thing before it."""
    head, rel = p.relative_head, p.rel
    if head is None:
        _close_reduced(p)
        return
    p.relative_head = None
    if rel is not None and p.rel_waiting == 1 and rel.other is None:
        subject = rel.mention
        if subject is not None and subject.index >= p.relative_from and subject is not head:
            p._bind_object(head)  # "a ball which the dog chases"
        return
    doers = [m for m in p.mentions if m.index >= p.relative_from and not m.negated and m.noun is not None]
    if rel is not None or not doers:
        return
    doer = doers[0]
    if any(op.kind == "relation" and op.mention is doer for op in p.ops):
        return  # the clause said what it does ("a street where a dog chases a cat")
    verb = _clause_verb(p)
    if verb is None:
        return
    flown = verb.pose_only and head.noun in flown_nouns()  # "a kite that a girl flies": she stands
    if verb.pose is not None and doer.pose is None and not flown:
        doer.pose = verb.pose  # "a sled that two dogs pull": a verb form read only here
    predicate = _posed(p, head, verb) if verb.pose_only else verb.predicate
    if predicate is not None and not verb.inverse and not verb.mutual:
        framed = None if verb.pose_only else verb  # a pose-only verb's pose is the doer's own, set above
        p.ops.append(Op("relation", p.seg.index, mention=doer, other=head, predicate=predicate, frame=framed))
        p.objects.add(head.index)


def _close_reduced(p: SentenceParser) -> None:
    """A clause with no relative word ("the bone the dog is chewing", "the ball the boy kicked")."""
    rel = p.rel
    if rel is not None:
        waiting = p.rel_waiting == 1 and rel.other is None
        if waiting and (reduced := _reduced_head(p, rel.mention, rel.frame, len(p.lx))) is not None:
            p._bind_object(reduced)
        return
    last = p.lx[-1] if p.lx else None
    if last is None or not p.mentions:
        return
    if last.has("frame"):  # "the green kite a girl is flying": a pose-only verb
        verb = frames().get(last.tag("frame").value)
    else:  # "the ball the boy kicked": a verb form read as a word, for no object followed it
        verb = frames().lookup((last.text,)) if last.kind == "word" else None
    if verb is None or verb.mutual or verb.inverse:
        return
    doer = p.mentions[-1]
    reduced = _reduced_head(p, doer, verb, len(p.lx))
    if reduced is None:
        return
    predicate = _done_to(reduced, verb) if verb.pose_only else verb.predicate
    if predicate is None:
        return
    if verb.pose_only and predicate == "holds" and doer.pose == verb.pose:
        doer.pose = None  # a kite flown: the flier stands
    p.ops.append(Op("relation", p.seg.index, mention=doer, other=reduced, predicate=predicate))
    p.objects.add(reduced.index)


#: Words of a noun phrase before its noun ("the", "a", "two", colours, sizes).
_OPENERS = ("num", "def", "color", "size", "material")


def _reduced_head(p: SentenceParser, doer: Mention | None, verb: Frame | None, end: int) -> Mention | None:
    """The thing a clause with no relative word is about: a noun phrase right before the noun phrase
    of the verb's doer, the verb (the latest before ``end``) waiting for an object ("the bone the dog is
    chewing", "the ball the boy kicked"). None otherwise."""
    if doer is None or verb is None or verb.place:
        return None
    at = [k for k, lx in enumerate(p.lx[:end]) if _says(lx, verb)]
    k = at[-1] - 1 if at else -1
    while k >= 0 and p.lx[k].has("copula"):
        k -= 1
    if k < 0 or not p.lx[k].has("noun") or p.lx[k].tag("noun").value != doer.noun:
        return None
    k -= 1
    opened = False
    while k >= 0 and any(p.lx[k].has(kind) for kind in _OPENERS):
        opened = opened or p.lx[k].has("num") or p.lx[k].has("def")
        k -= 1
    if not opened or k < 0 or not p.lx[k].has("noun"):
        return None
    noun = p.lx[k].tag("noun").value
    earlier = (m for m in reversed(p.mentions) if m.index < doer.index and not m.negated)
    return next((m for m in earlier if m.noun == noun), None)


def _says(lx: Lexeme, verb: Frame) -> bool:
    """Whether ``lx`` is ``verb``: its frame, or its form read as a word."""
    if lx.has("frame"):
        return lx.tag("frame").value == verb.phrase
    return lx.kind == "word" and lx.text == verb.phrase


def _clause_verb(p: SentenceParser) -> Frame | None:
    """The clause's verb: a frame read, or a form of one the word reader left alone because no object
    followed it ("a sled that two dogs pull", "a kite that a girl flies")."""
    for lx in p.lx[p.relative_at + 1 :]:
        if lx.has("frame"):
            return frames().get(lx.tag("frame").value)
        if lx.kind == "word" and (found := frames().lookup((lx.text,))) is not None:
            return found
    return None


def _posed(p: SentenceParser, head: Mention, verb: Frame) -> str | None:
    """The relation a clause with a pose-only verb makes with the thing before it, or None."""
    if p.lx[p.relative_at].text == "where":
        if verb.pose in _IN_POSES:
            return "in"
        return p.lex.containers.get(head.noun or "", "on") if verb.pose is not None else None
    return _done_to(head, verb)


def _done_to(head: Mention, verb: Frame) -> str | None:
    """The relation a pose-only verb makes with the thing it is done to, or None."""
    counted = frames().get(f"{verb.phrase} a")  # "a dog that a man walks": walking a dog
    if counted is not None and not counted.pose_only:
        return counted.predicate
    if head.noun in flown_nouns():
        return "holds"  # "a kite that a girl flies": she holds its string
    return None


__all__ = ["RELATIVE_WORDS", "close", "opens", "read"]
