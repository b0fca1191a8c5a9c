"""Seats people sit on at a table: "a man sitting at a table drinking coffee" sits on a chair at it.

Nobody sits at a table on the floor, but the prompt names no seat: each one sitting at a table, desk,
counter or bar is given a chair of their own ("sitting each on a chair at a table", so several
sitters get one each), unless the prompt already names a seat. The words are added to the working
text, as collective nouns are expanded (:mod:`limner.reason.collectives`), and the plan's trace
shows the chairs as mentions of the sentence.
"""

from __future__ import annotations

import re

#: What one sits at.
_FURNITURE = r"(?:table|desk|counter|bar|workbench|kitchen island|island)"
_SITTING_AT = re.compile(
    rf"\b(sitting|seated|sits|sit)\s+at\s+((?:the|a|an|his|her|their|my|our|your)\s+(?:[a-z-]+\s+){{0,2}}?{_FURNITURE})\b",
    re.IGNORECASE,
)
#: Seats a prompt may name already ("sitting on a stool at the bar").
_SEATS = re.compile(
    r"\b(?:chairs?|stools?|benche?s?|sofas?|couch(?:es)?|armchairs?|wheelchairs?|seats?|high ?chairs?)\b",
    re.IGNORECASE,
)


def seat_at_tables(text: str) -> str:
    """``text`` with a chair for each one sitting at a table (see the module), when no seat is named."""
    if _SEATS.search(text):
        return text
    return _SITTING_AT.sub(r"\1 each on a chair at \2", text)


__all__ = ["seat_at_tables"]
