"""Seated activities: "a man knitting on a log", "a girl reading a book under a tree", "a woman eating
on the steps" sit there.

Reading, knitting, eating, writing, waiting… are done sitting down, but a log, a rock, the grass or a
tree is no seat, so the doer stood on the log or beside the tree. Where one of those activities
(``seated_activities`` in ``lexicon/words.json``) is done on or under one of those places
(``seated_places``), "sitting" is said before the place: "a girl reading a book sitting under a
tree". A prompt that says a pose anywhere ("standing on a rock reading") keeps it. Resting on the
ground is lying (:mod:`limner.reason.resting`): verbs of resting sit only under a place ("resting
under a tree"). Seats people sit on with no pose said are settled later, from the relation
(:func:`limner.reason.resting.seated_poses`).
"""

from __future__ import annotations

import re
from functools import cache

from limner.reason.wordlists import word_set

#: Words that say how one is already.
_POSED = re.compile(
    r"\b(?:sit|sits|sitting|sat|seated|stand|stands|standing|lying|lies|lie|leaning|kneeling|squatting|"
    r"crouching|walking|running|sleeping|riding)\b",
    re.IGNORECASE,
)
_WORD = re.compile(r"[a-z]+")
#: Verbs of resting: they lie down on a place, and sit only under one.
_RESTING = frozenset({"resting", "rests", "relaxing", "relaxes"})


def _alternatives(words: frozenset[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=lambda w: (-len(w), w)))


@cache
def _pattern() -> re.Pattern[str]:
    acts = _alternatives(word_set("seated_activities"))
    places = _alternatives(word_set("seated_places"))
    return re.compile(
        rf"\b(?P<act>{acts})\b(?:\s+(?!(?:on|upon|under|beneath|underneath)\b)[A-Za-z'-]+){{0,6}}?"
        rf"\s+(?P<prep>on|upon|under|beneath|underneath)\s+(?:(?:a|an|the|his|her|their|some|a\s+big|a\s+large)\s+)?"
        rf"(?:[a-z-]+\s+)?(?:{places})\b",
        re.IGNORECASE,
    )


def sit_for_activities(text: str) -> str:
    """``text`` with "sitting" before the place of each seated activity (see the module)."""
    if word_set("seated_activities").isdisjoint(_WORD.findall(text.lower())) or _POSED.search(text):
        return text  # most prompts: no seated activity at all
    match = _pattern().search(text)
    if match is None:
        return text
    if match.group("act").lower() in _RESTING and match.group("prep").lower() in ("on", "upon"):
        return text  # "a man resting on the grass": lying
    at = match.start("prep")
    return f"{text[:at]}sitting {text[at:]}"


__all__ = ["sit_for_activities"]
