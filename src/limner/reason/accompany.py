"""Going somewhere with someone: "a mother walking with her son", "a woman jogging with her dog", "a
duck swimming with her ducklings". After a verb of moving (a pose-only frame: walking, jogging,
running, swimming…), "with" and a living thing is company: the two go side by side ("next to"), the
companion moving the same way (its pose is the doer's). "with" before a thing ("walking with a cane",
"jogging with a stroller") is left to the other readings of "with" (held, pushed, worn).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from limner.reason import parse_links
from limner.reason.frames import frames

if TYPE_CHECKING:
    from limner.reason.parse import SentenceParser

#: Poses of going somewhere (``parse.MOVING_POSES``, less flying: "a boy with a kite flying").
_GOING = frozenset({"walking", "running", "swimming"})
#: Lexicon categories that keep company.
_LIVING = frozenset({"person", "animal", "bird", "fish", "insect"})
#: Tag kinds that may stand between "with" and the companion ("with her two little sons").
_BEFORE_NOUN = frozenset({"def", "num", "color", "size", "material"})


def _companion(p: SentenceParser, i: int) -> bool:
    """Whether the first noun after "with" at ``i`` (past articles, counts and describing words) names a
    living thing."""
    for lx in p.lx[i + 1 :]:
        if lx.has("noun"):
            info = p.lex.nouns.get(lx.tag("noun").value)
            return info is not None and info.category in _LIVING
        if not lx.tags or not all(t.kind in _BEFORE_NOUN for t in lx.tags):
            return False
    return False


def accompany(p: SentenceParser, i: int) -> bool:
    """Read the "with" at ``i`` as company on the way (see the module); False (nothing read) otherwise."""
    prev = p._prev(i)
    if prev is None or not prev.has("frame") or p.rel is not None:
        return False
    verb = frames().get(prev.tag("frame").value)
    doer = p._focus()
    if verb is None or not verb.pose_only or verb.pose not in _GOING or doer is None or doer.noun is None:
        return False
    info = p.lex.nouns.get(doer.noun)
    if info is None or info.category not in _LIVING or not _companion(p, i):
        return False
    parse_links.relation(p, i, "next to")
    p.pose_next = verb.pose  # the companion goes the same way
    return True


__all__ = ["accompany"]
