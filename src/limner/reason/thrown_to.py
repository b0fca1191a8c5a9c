"""A thing thrown "to" someone goes toward them: "a boy throwing a ball to his dog" is read as "a boy
throwing a ball at his dog", so the ball flies between them (``aimed_verbs`` "thrown" in
``words.json``) instead of "to his dog" being lost. A thing handed to someone ("feeding a carrot to a
rabbit", ``aimed_verbs`` "handed") is held out toward them the same way.
"""

from __future__ import annotations

import re
from functools import cache

from limner.reason.word_guard import heads, may_have
from limner.reason.wordlists import word_table

#: Words that open the receiver after "to".
_RECEIVER = r"(?=(?:a|an|the|his|her|their|its|my|your|our|each|one)\s)"


def _aimed() -> list[str]:
    return sorted(v for v, way in word_table("aimed_verbs").items() if way in ("thrown", "handed"))


@cache
def _verbs() -> frozenset[str] | None:
    """The words one of which the text needs before a verb can match (None: no such guard)."""
    return heads(_aimed())


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    verbs = _aimed()
    alternatives = "|".join(re.escape(v) for v in verbs)
    verb = re.compile(rf"\b(?:{alternatives})\b", re.IGNORECASE)
    # the verb, one to four words of its object, then "to" a receiver
    to = re.compile(rf"(\b(?:{alternatives})(?:\s+[\w']+){{1,4}}?)\s+to\s+{_RECEIVER}", re.IGNORECASE)
    return verb, to


def thrown_to(text: str) -> str:
    """``text`` with "throwing X to Y" written "throwing X at Y" (see the module)."""
    verbs = _verbs()
    if verbs is not None and not may_have(text, verbs):
        return text  # no verb of throwing or handing: one set lookup, not a search of every verb
    verb, to = _patterns()
    if verb.search(text) is None:
        return text
    return to.sub(r"\1 at ", text)


__all__ = ["thrown_to"]
