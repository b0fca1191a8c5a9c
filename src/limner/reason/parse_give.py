"""Parse "give her a red hat", "give the dog a collar": the one given to wears the thing given (a hat, a
collar, sunglasses) or holds it (a balloon, a book). The one given to is a pronoun ("him", "her", "it",
"them") or a definite noun phrase ("the man"), and the thing given follows it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from limner.assets.anchors import WORN_AT
from limner.reason.lexemes import Lexeme
from limner.reason.vocab import Tag

if TYPE_CHECKING:
    from limner.reason.parse import SentenceParser

#: Verb forms of giving (the one given to, then the thing given).
GIVE_WORDS = frozenset({"give", "gives", "giving", "gimme"})
#: Pronouns that name the one given to, and whether each is plural.
_RECIPIENTS = {"him": False, "her": False, "it": False, "them": True}


def _given(p: SentenceParser, start: int) -> int | None:
    """Position of the noun of the thing that begins at ``start`` ("a red hat", "sunglasses"), or None."""
    for k in range(start, len(p.lx)):
        lx = p.lx[k]
        if lx.has("noun"):
            return k
        if not (lx.has("color") or lx.has("size") or lx.has("material") or (k == start and lx.has("num"))):
            return None
    return None


def give(p: SentenceParser, i: int) -> bool:
    """Read the giving verb at ``i``: the one given to, then a relation to the thing given. False (and
    nothing read) where no one given to and thing given follow it."""
    nxt = p._next(i)
    if nxt is None or p.rel is not None:
        return False
    if nxt.text in _RECIPIENTS:
        last = i + 1
    elif nxt.has("def") and i + 2 < len(p.lx) and p.lx[i + 2].has("noun"):
        last = i + 2  # "give the man a hat"
    else:
        return False
    k = _given(p, last + 1)
    if k is None:
        return False
    p.np = None
    if last == i + 1:
        plural = _RECIPIENTS[nxt.text]
        p._pronoun(Lexeme(nxt.text, (Tag("prons" if plural else "pron", nxt.text),)), plural)
    else:
        p._np().definite = True
        p._noun(p.lx[i + 2])
    p.skip_to = last
    noun = p.lx[k].tag("noun").value
    info = p.lex.nouns.get(noun)
    worn = noun.rsplit(" ", 1)[-1] in WORN_AT or (info is not None and info.category == "clothing")
    p._relation(i, "wears" if worn else "holds")
    return True


__all__ = ["GIVE_WORDS", "give"]
