"""Verbs done "to each other" / "to one another": the two things just named (or the members of one
group) do it to each other.

"Two cats chasing each other": each cat chases the other; "a fox and a rabbit looking at each other":
each looks at the other; "a knight and a dragon face each other". Any verb the frame table knows reads
so, in any of its forms ("chasing", "chase", "chased"), not only the rows marked ``mutual``. A mutual
verb that opens the sentence is done by the things named after it (:func:`close`).
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from limner.reason.frames import Frame, frames
from limner.reason.lexemes import Lexeme
from limner.reason.mentions import Mention

if TYPE_CHECKING:
    from limner.reason.parse import SentenceParser

#: The first and second words of "each other", "one another".
_PAIRS = {"each": "other", "one": "another"}


def read(p: SentenceParser, i: int, lx: Lexeme) -> bool:
    """Read "each other" at ``i`` after a verb; True when it was read (both words)."""
    if lx.text not in _PAIRS or i == 0:
        return False
    nxt = p._next(i)
    if nxt is None or _PAIRS[lx.text] != nxt.text:
        return False
    verb = _verb_before(p, i)
    pair = _pair(p)
    if verb is None or pair is None:
        return False
    rel = p.rel
    if rel is not None and rel.frame is not None and rel.frame.phrase == verb.phrase and rel.other is None:
        p.rel, p.rel_waiting = None, 0  # the verb's relation waited for an object: this is it
    mutual = dataclasses.replace(verb, mutual=True)
    p._op("relation", mention=pair[0], other=pair[1], predicate=verb.predicate, frame=mutual)
    p.skip_to = i + 1
    return True


def close(p: SentenceParser) -> None:
    """A sentence opened by a mutual verb with no object ("Holding hands, a boy and a girl walk on the
    beach"): the first two things named after it (or the first group) do it to each other."""
    opener = p.lx[0] if p.lx else None
    verb = frames().get(opener.tag("frame").value) if opener is not None and opener.has("frame") else None
    if verb is None or not verb.mutual or any(op.kind == "relation" and op.frame is verb for op in p.ops):
        return
    named = [m for m in p.mentions if not m.negated and m.noun is not None]
    if named and ((named[0].count or 1) > 1 or named[0].plural):
        pair = (named[0], named[0])
    elif len(named) >= 2:
        pair = (named[0], named[1])
    else:
        return
    p._op("relation", mention=pair[0], other=pair[1], predicate=verb.predicate, frame=verb)


def _verb_before(p: SentenceParser, i: int) -> Frame | None:
    """The verb right before ``i`` that relates two things ("chasing", "face", "looking at")."""
    prev = p.lx[i - 1]
    if prev.has("frame"):
        found = frames().get(prev.tag("frame").value)
    elif prev.kind == "word":
        found = frames().lookup((prev.text,))  # "face each other": a bare form read as a word
    else:
        found = None
    if found is None or found.pose_only or found.inverse or found.place:
        return None
    return found


def _pair(p: SentenceParser) -> tuple[Mention, Mention] | None:
    """The two things just named ("a fox and a rabbit"), or one group of several ("two cats")."""
    named = [m for m in p.mentions if not m.negated and m.noun is not None]
    if named and ((named[-1].count or 1) > 1 or named[-1].plural):
        return named[-1], named[-1]  # "a yard with two dogs chasing each other": the dogs
    if len(named) >= 2:
        return named[-2], named[-1]
    return None


__all__ = ["close", "read"]
