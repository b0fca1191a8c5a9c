"""Told, read, sung or shown "to" someone: "a mother reading a bedtime story to her daughter", "a
grandfather telling a story to his grandchildren", "a girl singing to her cat", "a boy showing a
drawing to his mom".

The one it is done "to" listens or looks on: the doer faces them. Without this the listener was the
object the verb waited for ("reading … her daughter": the mother held the girl) or nobody at all.
The working text is written "… facing her daughter", which the parser reads as the doer facing the
listener (a thing the doer reads or shows stays in the doer's hands). The verbs are data
(``words.json``, ``told_verbs``).
"""

from __future__ import annotations

import re
from functools import cache

from limner.reason.word_guard import heads, may_have
from limner.reason.wordlists import word_set

#: Words before "to" that make a place of it ("singing next to a car"), not a listener.
_NOT_TOLD = frozenset({"next", "close", "closer", "up", "due", "nearest", "closest"})
#: Words that open the listener after "to".
_LISTENER = r"(?=(?:a|an|the|his|her|their|its|my|your|our|some|two|three|four|five|each)\s)"


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    verbs = sorted(word_set("told_verbs"), key=lambda w: (-len(w), w))
    alternatives = "|".join(re.escape(v) for v in verbs)
    verb = re.compile(rf"\b(?:{alternatives})\b", re.IGNORECASE)
    # the verb, up to five words of what is told (none of them a verb of its own clause), "to", a listener
    told = re.compile(
        rf"(\b(?:{alternatives})(?:\s+(?!(?:and|while|then)\b)[\w']+){{0,5}}?)\s+to\s+{_LISTENER}",
        re.IGNORECASE,
    )
    return verb, told


@cache
def _verbs() -> frozenset[str] | None:
    """The words one of which the text needs before a verb can match (None: no such guard)."""
    return heads(word_set("told_verbs"))


def told_to(text: str) -> str:
    """``text`` with "reading a story to her daughter" written "… facing her daughter" (see the module)."""
    verbs = _verbs()
    if verbs is not None and not may_have(text, verbs):
        return text  # no verb of telling: one set lookup, not a search of every verb
    verb, told = _patterns()
    if verb.search(text) is None:
        return text

    def face(match: re.Match[str]) -> str:
        if match[1].rsplit(None, 1)[-1].lower() in _NOT_TOLD:
            return match[0]
        return f"{match[1]} facing "

    return told.sub(face, text)


__all__ = ["told_to"]
