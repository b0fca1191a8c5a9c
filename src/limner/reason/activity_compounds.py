"""Activity compounds after a person or an animal: "a girl ice skating", "a man rock climbing", "two
kids horse riding". The compound's first word is part of the activity, never of the doer's noun ("girl
ice" is no thing): the compound is rewritten as the verb it is, with the thing it names where the picture
shows it ("riding a horse", "climbing a rock").

Only after a word the lexicon knows as a person or an animal (optionally with "is", "are", "went"…
between), and never where a noun follows the compound ("an ice skating rink", "a girl in ice skating
boots" keep their nouns).
"""

from __future__ import annotations

import itertools
import re
from functools import cache

from limner.reason.vocab import lexicon

#: Activity compound → the words that draw it (the verb, and a thing the picture shows).
_ACTIVITIES = {
    "ice skating": "skating",
    "roller skating": "skating",
    "figure skating": "skating",
    "speed skating": "skating",
    "rock climbing": "climbing a rock",
    "mountain climbing": "climbing",
    "scuba diving": "diving",
    "horse riding": "riding a horse",
    "horseback riding": "riding a horse",
    "bike riding": "riding a bike",
    "bicycle riding": "riding a bicycle",
    "bird watching": "watching a bird",
    "window shopping": "shopping",
    "water skiing": "skiing",
    "kite flying": "flying a kite",
    "fly fishing": "fishing",
    "ice fishing": "fishing",
    "bungee jumping": "jumping",
    "power walking": "walking",
    "trail running": "running",
    "wind surfing": "surfing",
    "kite surfing": "surfing",
}
#: Words that may stand between the doer and the activity ("a girl is ice skating").
_BETWEEN = ("is", "are", "was", "were", "go", "goes", "going", "went", "gone")
_DOERS = frozenset({"person", "animal"})
#: Group words that stand for people (:mod:`limner.reason.collectives` names their members later).
_GROUPS = frozenset({"couple", "family", "crowd", "group", "team"})


@cache
def _pattern() -> re.Pattern[str]:
    ordered = sorted(_ACTIVITIES, key=lambda a: (-len(a), a))
    names = "|".join(re.escape(a).replace(r"\ ", r"\s+") for a in ordered)
    return re.compile(rf"\b({names})\b(\s+[A-Za-z]+)?", flags=re.IGNORECASE)


#: The doer right before the activity (its end anchored at the activity's start).
_BEFORE = re.compile(rf"\b([A-Za-z]+)\s+(?:(?:{'|'.join(_BETWEEN)})\s+)?$", flags=re.IGNORECASE)


def _is_doer(word: str) -> bool:
    """Whether the lexicon knows ``word`` as a person or an animal (either number)."""
    if word.lower() in _GROUPS:
        return True
    lex = lexicon()
    for tag in lex.phrases.get((word.lower(),), ()):
        if tag.kind == "noun":
            info = lex.nouns.get(tag.value)
            if info is not None and info.category in _DOERS:
                return True
    return False


def _noun_follows(after: str | None) -> bool:
    if not after:
        return False
    tags = lexicon().phrases.get((after.strip().lower(),), ())
    return any(tag.kind == "noun" for tag in tags)


def activity_compounds(text: str) -> str:
    """``text`` with each activity compound after its doer written as the activity (see the module)."""

    words = text.lower().split()
    if not any(pair in _ACTIVITIES for pair in map(" ".join, itertools.pairwise(words))):
        return text  # most prompts: no activity compound at all

    def replace(match: re.Match[str]) -> str:
        activity, after = match.group(1), match.group(2)
        doer = _BEFORE.search(text, 0, match.start())
        if doer is None or not _is_doer(doer.group(1)) or _noun_follows(after):
            return match.group(0)
        return _ACTIVITIES[" ".join(activity.lower().split())] + (after or "")

    return _pattern().sub(replace, text)


__all__ = ["activity_compounds"]
