"""Seats people sit on at a table: "a man sitting at a table drinking coffee" sits on a chair at it.

Nobody sits at a table on the floor, but the prompt names no seat: each one sitting at a table, desk,
counter or bar is given a chair of their own ("sitting each on a chair at a table", so several
sitters get one each), unless the prompt already names a seat. Several at a table sit around it
("four people sitting at a dining table": chairs around it, :mod:`limner.reason.ring`). The words are
added to the working text, as collective nouns are expanded (:mod:`limner.reason.collectives`), and
the plan's trace shows the chairs as mentions of the sentence.
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


#: Words before "sitting" that say several sit ("four people", "a man and a woman", "the kids").
_SEVERAL = re.compile(
    r"\b(?:and|people|children|men|women|family|couple|friends|two|three|four|five|six|seven|eight|"
    r"\d+|[a-z]+[^s\W]s)\s+(?:(?:all|both|are|who|were)\s+)*$",
    re.IGNORECASE,
)


def _seat(match: re.Match[str]) -> str:
    """Several at a table sit around it, about half on its far side ("four people sitting at a dining
    table"); one, or several at a desk, counter or bar, sit beside it."""
    verb, place = match.group(1), match.group(2)
    before = match.string[max(0, match.start() - 60) : match.start()]
    listed = "and" in before.lower().split()[-4:]  # "a man and a woman sitting at a table"
    around = place.lower().endswith("table") and (listed or _SEVERAL.search(before) is not None)
    return f"{verb} each on a chair {'around' if around else 'at'} {place}"


def seat_at_tables(text: str) -> str:
    """``text`` with a chair for each one sitting at a table (see the module), when no seat is named."""
    if _SEATS.search(text):
        return text
    return _SITTING_AT.sub(_seat, text)


__all__ = ["seat_at_tables"]
