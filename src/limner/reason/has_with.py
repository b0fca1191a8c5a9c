""" "Has" after a thing is "with": "the boy has a red balloon" draws the boy with (holding) a red
balloon, "a house has a red door" the house with its door, as "with" reads them
(:mod:`limner.reason.parse_with`), instead of two things side by side.

Only "has"/"have" between a noun of the lexicon and a determiner or a number is rewritten ("a girl
has two kites"); "she has red hair", "it has to be blue", "the cat should have a collar" are left
alone.
"""

from __future__ import annotations

import re

from limner.reason.vocab import lexicon

_HAS = re.compile(
    r"\b([a-z]+)\s+(?:has|have)\s+(?=(?:a|an|the|some|two|three|four|five|six|seven|eight|nine|ten|\d+)\s)",
    re.IGNORECASE,
)
_ANY = re.compile(r"\bha(?:s|ve)\b", re.IGNORECASE)


def has_as_with(text: str) -> str:
    """``text`` with "X has a Y" written "X with a Y" (see the module)."""
    if _ANY.search(text) is None:
        return text
    phrases = lexicon().phrases

    def rewrite(match: re.Match[str]) -> str:
        owner = match.group(1)
        if not any(tag.kind == "noun" for tag in phrases.get((owner.lower(),), ())):
            return match.group(0)
        return f"{owner} with "

    return _HAS.sub(rewrite, text)


__all__ = ["has_as_with"]
