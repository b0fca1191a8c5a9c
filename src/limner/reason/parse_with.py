"""Parse "X with Y" where Y belongs to X: food X topped with Y ("a pizza with pepperoni": Y folds into
X, :mod:`limner.reason.toppings`) or a container or support X holding Y ("a tray with two cups": Y on
X, "a basket with apples": Y in X, as "a basket of apples" reads)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from limner.reason import parse_links
from limner.reason.concepts import concept, singular_of
from limner.reason.toppings import TOPPED_WITH, tops

if TYPE_CHECKING:
    from limner.reason.parse import SentenceParser

#: Categories of things that stand beside a container or support, never in or on it.
_BESIDE = frozenset({"furniture", "vehicle", "building", "person"})
#: "with candles on it": the pronoun that places the things on the one just named.
_IT = frozenset({"it", "them"})


def _thing_ahead(p: SentenceParser, i: int) -> str | None:
    """The noun of the thing after position ``i`` in the same clause, or None; None too where the
    prompt places it on the thing itself ("a cake with candles on it": things of their own)."""
    for k in range(i + 1, len(p.lx)):
        found = singular_of(p.lx[k].text) if not p.lx[k].tags and p.lx[k].kind == "word" else None
        if p.lx[k].has("noun") or (found is not None and concept(found[0]) is not None):
            after = [lx.text for lx in p.lx[k + 1 : k + 3]]
            if len(after) == 2 and after[1] in _IT:
                return None
            return p.lx[k].tag("noun").value if found is None else found[0]  # "sprinkles": open nouns
        if p.lx[k].kind == "punct" or p.lx[k].has("rel") or p.lx[k].has("frame"):
            return None
    return None


def with_contents(p: SentenceParser, i: int) -> bool:
    """Read the "with" at ``i`` as topping or contents of the thing just named; False when it is
    neither (then "with" wears, holds or joins)."""
    last = p.last
    if last is None or last.noun is None or p.rel is not None or p.verb is not None or p.since_noun > 1:
        return False
    noun = _thing_ahead(p, i)
    if noun is None:
        return False
    if tops(last.noun, noun, p.lex):
        parse_links.relation(p, i, TOPPED_WITH)
        return True
    if last.noun in p.lex.containers and _fits(noun, last.noun, p):
        parse_links.relation(p, i, "contains")  # "a basket with apples": the apples are in it
        return True
    return False


def _fits(content: str, holder: str, p: SentenceParser) -> bool:
    """Whether ``content`` can be what ``holder`` holds: another, no bigger thing, and not one that
    stands beside it ("a table with four chairs", "a desk with a lamp" is on it)."""
    if content == holder:
        return False
    info, host = p.lex.nouns.get(content), p.lex.nouns.get(holder)
    if info is None or host is None:
        return True
    return info.category not in _BESIDE and info.size <= host.size


__all__ = ["with_contents"]
