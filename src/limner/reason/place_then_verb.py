"""A verb said after its doer's place: "a grandmother in an armchair knitting", "a man on the sofa
reading", "a boy at the desk writing a letter". The "-ing" word is what the doer does there, not a
kind of the place ("armchair knitting") nor a thing of its own.

The working text is written with the verb (and its object) before the place — "a grandmother
knitting in an armchair" — which the parser reads as it reads any verb after its subject. Only a
verb that ends its clause (or is followed by its object, then the clause's end or a place) moves, and
only after a place phrase whose last word names a thing or a place (not a thing worn: "in a yellow
hat"), and only an activity the parser would read as a thing (a verb of ``verbs.tsv``,
"watching", is read as a verb where it stands; a verb of a pose, "sleeping", moves only alone),
and not after another verb or into a verb of its own ("waving at"); an "-ing" noun ("in the city
building", "on the kitchen ceiling") or a time ("on a foggy morning") stays, unless it also names an
activity (painting, drawing).
"""

from __future__ import annotations

import re
from functools import cache

from limner.assets.anchors import WORN_AT
from limner.reason.concepts import concept, is_a
from limner.reason.frames import frames
from limner.reason.setting import setting_row
from limner.reason.vocab import Lexicon, lexicon
from limner.reason.wordlists import word_table

_DET = r"(?:a|an|the|his|her|their|its|my|your|our)"
_PREP = r"(?:in|on|at|by|under|beside|near|inside|next\s+to)"
#: What may follow the verb phrase: the end, punctuation, "and", or a place of its own.
_END = r"(?=\s*(?:$|[.,;:!?)]|\b(?:and|in|on|at|by|under|near|beside|next|with|while|under)\b))"
_PATTERN = re.compile(
    rf"\b(?P<place>{_PREP}\s+{_DET}\s+(?:[\w'-]+\s+){{0,2}}?(?P<head>[\w'-]+))"
    rf"\s+(?P<verb>[a-z]+ing)(?P<object>\s+{_DET}\s+(?:[\w'-]+\s+){{0,2}}?[\w'-]+)?{_END}",
    re.IGNORECASE,
)
#: Activities whose "-ing" word is also the name of a thing (what a painter paints, a knitter knits).
_CRAFTS = frozenset({"painting", "drawing", "writing", "sewing", "knitting", "sketching", "working"})
#: What one is "in" by wearing it (WordNet).
_WORN = ("clothing.n.01", "headdress.n.01", "footwear.n.01", "covering.n.02")


@cache
def _activities() -> frozenset[str]:
    """The "-ing" words the frames and the activity props know."""
    words = {key[0] for key in frames().phrases if key[0].endswith("ing")}
    for phrase in word_table("activity_props"):
        words |= {w for w in phrase.split(" ", 1)[0].split("|") if w.endswith("ing")}
    return frozenset(words | _CRAFTS)


def _is_verb(word: str, lex: Lexicon) -> bool:
    """Whether an "-ing" word is an activity the parser would read as a thing after a place ("armchair
    knitting", "garden painting"); other verbs are read as verbs where they stand, and "-ing" nouns
    that are no activity ("building", "ceiling") stay things."""
    word = word.lower()
    noun = any(tag.kind == "noun" for tag in lex.phrases.get((word,), ()))
    return word in _activities() and (noun or concept(word) is not None)


def _names_place(head: str, lex: Lexicon) -> bool:
    """Whether the place phrase's last word names a thing or a place one is in, not one worn ("a woman
    in a yellow hat walking a dog": the hat is hers, the walk too)."""
    word = head.lower()
    if word in WORN_AT or any(is_a(word, kind) for kind in _WORN):
        return False
    tags = lex.phrases.get((word,), ())
    return any(tag.kind == "noun" or (tag.kind == "scene" and _setting(tag.value)) for tag in tags)


def _setting(scene: str) -> bool:
    """Whether a scene word names a place (a garden, a kitchen), not weather or a time ("foggy")."""
    row = setting_row(scene)
    return row is not None and row.setting is not None


def _joins(match: re.Match[str]) -> bool:
    """Whether the verb moved before the place's preposition would make a verb of its own with it that
    means something else ("waving at", "painting on": at the window, on a ladder, no more)."""
    verb, prep = match["verb"].lower(), match["place"].split(None, 1)[0].lower()
    joined = frames().lookup((verb, prep))
    bare = frames().lookup((prep,))
    return joined is not None and (bare is None or joined.predicate != bare.predicate)


def verb_before_place(text: str, lex: Lexicon | None = None) -> str:
    """``text`` with "in an armchair knitting" written "knitting in an armchair" (see the module)."""
    if "ing" not in text:
        return text
    lex = lex if lex is not None else lexicon()

    def move(match: re.Match[str]) -> str:
        known = frames().lookup((match["verb"].lower(),))
        if known is not None and (not known.pose_only or match["object"]):
            return match[0]  # "a cat on the windowsill watching birds": the parser reads a verb it knows
        if not _is_verb(match["verb"], lex) or not _names_place(match["head"], lex) or _joins(match):
            return match[0]
        before = text[: match.start()].split()
        if before and (before[-1].lower().endswith("ing") or frames().lookup((before[-1].lower(),))):
            return match[0]  # "sitting at the table reading", "stands on a hill flying": the first verb's
        if any(tag.kind == "scene" for tag in lex.phrases.get((match["verb"].lower(),), ())):
            return match[0]  # "on a foggy morning": a time, no verb
        return f"{match['verb']}{match['object'] or ''} {match['place']}"

    return _PATTERN.sub(move, text)


__all__ = ["verb_before_place"]
