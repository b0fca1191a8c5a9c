"""Places named by what happens there: "a family at a picnic" (a park), "a bride at a wedding" (a
church), "fans at a football game" (a stadium), "two friends on a hike" (the mountains).

The table ``lexicon/event_places.tsv`` gives each event's place (a ``settings.tsv`` scene). An event
names its place only after a preposition ("at", "on", "to", "during", "for", "from") or "go" ("going
camping", "went fishing"), past an article and one word before it ("at a summer picnic"), and not
when a noun follows it ("a picnic basket", "at a wedding reception hall"); a place the prompt names
itself always wins.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import cache
from importlib import resources
from types import MappingProxyType

from limner.reason.setting import EVENTS, setting_row
from limner.reason.vocab import Lexicon

#: Words that may stand between the preposition and the event.
_DETERMINERS = "a|an|the|my|his|her|our|their|your|this|that|some|one"


@cache
def event_places() -> Mapping[str, str]:
    """Event (its words) → the scene description of its place."""
    path = resources.files("limner.reason").joinpath("lexicon", "event_places.tsv")
    out: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            event, scene = line.split("\t")[:2]
            out[event.strip()] = scene.strip()
    return MappingProxyType(out)


@cache
def _heads() -> tuple[str, ...]:
    """The last word of every event, each once, in table order."""
    return tuple(dict.fromkeys(event.rsplit(" ", 1)[-1] for event in event_places()))


@cache
def _pattern() -> re.Pattern[str]:
    events = "|".join(re.escape(e) for e in sorted(event_places(), key=len, reverse=True))
    return re.compile(
        rf"\b(?:at|on|to|during|for|from|go|goes|going|went)\s+(?:(?:{_DETERMINERS})\s+)?(?:([a-z]+)\s+)??({events})s?"
        r"(?=$|[^a-z'])(?:\s+([a-z]+))?"
    )


def _noun(lex: Lexicon, word: str) -> bool:
    return word in lex.nouns or any(t.kind == "noun" for t in lex.phrases.get((word,), ()))


def event_place(prompt: str, stated: Iterable[str], lex: Lexicon) -> str | None:
    """The scene description of the first event ``prompt`` names after a preposition, or None (also
    when a stated scene description names a place; a party is an event, held where its kind says: "a
    slumber party" in a bedroom)."""
    text = prompt.lower()
    if not any(map(text.__contains__, _heads())):
        return None  # most prompts name no event: no search
    if any((row := setting_row(d)) is not None and row.setting not in (None, *EVENTS) for d in stated):
        return None
    for match in _pattern().finditer(text):
        after = match.group(3)
        if after is not None and _noun(lex, after):
            continue  # "at the wedding reception", "on a picnic blanket": a thing
        return event_places()[match.group(2)]
    return None


__all__ = ["event_place", "event_places"]
