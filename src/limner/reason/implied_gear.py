"""Gear a sport is played with: "two kids playing tennis" hold tennis rackets, "children playing soccer"
play next to a soccer ball.

A sport is no thing to draw, so "playing tennis" drew the players and nothing else. After a form of
"play", a sport listed in ``sport_gear`` (``lexicon/words.json``) gets the words that show its gear
("playing tennis holding a tennis racket"), unless the prompt names that gear already or the sport word
opens a compound ("a tennis ball", "a soccer field"); a sport that names its ball is replaced by
it ("playing with a basketball"). The words are added to the working text, as
collective nouns are expanded (:mod:`limner.reason.collectives`).
"""

from __future__ import annotations

import re
from functools import cache

from limner.reason.wordlists import word_table

#: Words after a sport that make it part of a compound, not the game being played.
_COMPOUND_HEADS = frozenset(
    {"ball", "balls", "racket", "rackets", "court", "field", "pitch", "game", "match", "player", "players"}
)


@cache
def _pattern() -> re.Pattern[str]:
    sports = sorted(word_table("sport_gear"), key=lambda s: (-len(s), s))
    names = "|".join(re.escape(s) for s in sports)
    return re.compile(rf"\b(play|plays|playing|played)\s+({names})\b(\s+\w+)?", re.IGNORECASE)


def add_gear(text: str) -> str:
    """``text`` with the gear of each sport being played (see the module)."""
    gear = word_table("sport_gear")
    lower = text.lower()

    def replace(match: re.Match[str]) -> str:
        sport, after = match.group(2).lower(), match.group(3) or ""
        added = gear[sport]
        thing = added.rsplit(" ", 1)[-1]
        own = thing == sport  # "basketball" names its ball: "playing with a basketball"
        if after.strip().lower() in _COMPOUND_HEADS or len(re.findall(rf"\b{thing}", lower)) > int(own):
            return match.group(0)
        if own:
            return f"{match.group(1)} {added}{after}"
        return f"{match.group(1)} {match.group(2)} {added}{after}"

    return _pattern().sub(replace, text)


__all__ = ["add_gear"]
