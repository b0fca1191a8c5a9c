"""Carried on the shoulders or the back: "a man carrying his daughter on his shoulders", "a dad
carrying a toddler on his back", "a father giving his son a piggyback ride" put the one carried on top
of the carrier (the relation ``on``, drawn on the carrier's shoulders), not at the carrier's hand.

The working text is rewritten "with X sitting on his shoulders", which the parser reads as X on him,
seated. The verbs
and the parts are data (``words.json``: ``carried_on_verbs``, ``carried_on_parts``).
"""

from __future__ import annotations

import re
from functools import cache

from limner.reason.wordlists import word_set

_OWNER = r"(his|her|their|its|my|your|our)"


def _alternatives(key: str) -> str:
    return "|".join(re.escape(w) for w in sorted(word_set(key), key=lambda w: (-len(w), w)))


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    verbs, parts = _alternatives("carried_on_verbs"), _alternatives("carried_on_parts")
    prefilter = re.compile(rf"\b(?:{parts}|piggy\s*back)\b", re.IGNORECASE)
    # the verb, its object (one to four words), "on", an owner, the part
    carried = re.compile(
        rf"\b(?:{verbs})\s+((?:[\w']+\s+){{0,3}}?[\w']+)\s+on\s+{_OWNER}\s+(?:{parts})\b", re.IGNORECASE
    )
    # "giving his son a piggyback (ride)"
    piggyback = re.compile(
        r"\b(?:giving|gives|give|gave)\s+((?:[\w']+\s+){0,3}?[\w']+)\s+an?\s+piggy\s*back(?:\s+ride)?\b",
        re.IGNORECASE,
    )
    return prefilter, carried, piggyback


def carried_on(text: str) -> str:
    """``text`` with "carrying X on his shoulders" written "with X on his shoulders" (see the module)."""
    prefilter, carried, piggyback = _patterns()
    if prefilter.search(text) is None:
        return text
    text = carried.sub(lambda m: f"with {m.group(1)} sitting on {m.group(2)} shoulders", text)
    return piggyback.sub(lambda m: f"with {m.group(1)} sitting on {_owner_of(m.group(1))} shoulders", text)


def _owner_of(carried: str) -> str:
    """The carrier's possessive: the one the carried person's own owner word names ("his son": his)."""
    first = carried.split(None, 1)[0].lower()
    return first if first in ("his", "her", "their") else "their"


__all__ = ["carried_on"]
