"""Things an activity is drawn with: "a couple having a picnic" sit on a picnic blanket, "a boy brushing
his teeth" holds a toothbrush, "a man fishing by the lake" holds a fishing rod.

An activity is no thing to draw, so the people doing it stood with empty hands. Each row of
``activity_props`` (``lexicon/words.json``) is a phrase and what shows it:

- the phrase's first word lists the verb's forms (``having|has|have|had``); ``<own>`` stands for an
  optional owner word ("brushing *his* teeth"); a phrase ending in ``<free>`` only matches a verb used
  without an object ("reading in the park", not "reading a map");
- the value starts with ``+`` (its words are added after the phrase: "brushing his teeth holding a
  toothbrush", or after its clause where the verb makes a frame with the next word: "fishing from a
  boat holding a fishing rod") or ``=`` (they replace it: "having a picnic" → "sitting on a picnic
  blanket").

Nothing is added when the prompt names the prop already (its last word appears in it). The words are
added to the working text, as :mod:`limner.reason.implied_gear` adds a sport's gear.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from limner.reason.frames import frames
from limner.reason.word_guard import heads, may_have
from limner.reason.wordlists import word_table

_SPACE = r"\s+"
_OWN = r"(?:(?:his|her|their|its|my|your|our|the)\s+)?"
#: What may follow a verb used without an object: the end, punctuation, or a word that starts a
#: phrase of its own ("reading in bed", "fishing by the lake", "camping and hiking").
_FREE = (
    r"(?=\s*(?:$|[.,;:!?)]|\b(?:in|on|at|by|under|near|beside|next|with|while|and|or|together|"
    r"alone|outside|outdoors|inside|from|during|after|before|for|through|along|across|around|down|up|past|to|into|toward|towards|off)\b))"
)

#: "of" after the activity: its object follows, and the prop goes before the verb ("holding a camera
#: taking a photo of the tower").
_OF = re.compile(r"\s+of\b", re.IGNORECASE)
#: Where a clause ends: punctuation, or "and" starting another.
_CLAUSE_END = re.compile(r"\s*(?:[.,;:!?]|\band\b)")


@dataclass(frozen=True)
class _Prop:
    pattern: re.Pattern[str]
    words: str
    replace: bool
    #: The prop's last word (or its plural): the prompt names the prop already when it has it.
    named: re.Pattern[str]
    #: The verb's forms, one of which the text needs before the pattern can match (None: no guard).
    verbs: frozenset[str] | None = None


def _phrase_pattern(phrase: str) -> str:
    verb, _, rest = phrase.partition(" ")
    forms = "|".join(re.escape(form) for form in verb.split("|"))
    free = rest.endswith("<free>")
    words = rest.removesuffix("<free>").split()
    # Each word brings the space after it; an owner word is optional, so it brings its own.
    body = "".join(_OWN if word == "<own>" else re.escape(word) + _SPACE for word in words)
    pattern = rf"\b(?:{forms})\b" + (rf"{_SPACE}{body.removesuffix(_SPACE)}\b" if words else "")
    return pattern + (_FREE if free else "")


@cache
def _props() -> tuple[_Prop, ...]:
    props = []
    for phrase, shown in sorted(word_table("activity_props").items()):
        mode, words = shown[0], shown[1:].strip()
        head = words.rsplit(" ", 1)[-1].lower()
        pattern = re.compile(_phrase_pattern(phrase), re.IGNORECASE)
        named = re.compile(rf"\b{re.escape(head)}(?:s|es)?\b")
        props.append(_Prop(pattern, words, mode == "=", named, heads(phrase.split()[0].split("|"))))
    return tuple(props)


def _verb_forms() -> list[str]:
    return sorted({form for phrase in word_table("activity_props") for form in phrase.split()[0].split("|")})


@cache
def _first_words() -> frozenset[str] | None:
    """The words one of which the text needs before :func:`_any_verb` can match (None: no guard)."""
    return heads(_verb_forms())


@cache
def _any_verb() -> re.Pattern[str]:
    """Any first word of the table's phrases: most prompts name no activity, and this one search
    says so."""
    words = _verb_forms()
    return re.compile(rf"\b(?:{'|'.join(re.escape(w) for w in words)})\b", re.IGNORECASE)


def add_props(text: str) -> str:
    """``text`` with the props of the activities it names (see the module)."""
    first = _first_words()
    if first is not None and not may_have(text, first):
        return text  # no activity's verb: one set lookup, not a search of every verb
    if _any_verb().search(text) is None:
        return text
    lower = text.lower()
    for prop in _props():
        if prop.verbs is not None and not may_have(text, prop.verbs):
            continue  # not this activity's verb (the text so far)
        match = prop.pattern.search(text)
        if match is None or prop.named.search(lower[: match.start()] + " " + lower[match.end() :]):
            continue  # "a man fishing with a fishing rod", "a picnic blanket"
        if prop.replace:
            text = text[: match.start()] + prop.words + text[match.end() :]
        elif _OF.match(text, match.end()):  # "taking a photo of the tower": the tower holds nothing
            text = f"{text[: match.start()]}{prop.words} {text[match.start() :]}"
        else:
            at = _after_frame(text, match)
            text = f"{text[:at]} {prop.words}{text[at:]}"
        lower = text.lower()
    return text


def _after_frame(text: str, match: re.Match[str]) -> int:
    """Where the added words go: right after the activity, or at the end of its clause where the
    verb and the next word make a verb frame of their own ("fishing from a boat": the boat is where
    the fisher stands, so "fishing from a boat holding a fishing rod")."""
    after = text[match.end() :].split(None, 1)
    if not after or (match.group(0).lower().split()[-1], after[0].lower()) not in frames().phrases:
        return match.end()
    end = _CLAUSE_END.search(text, match.end())
    return end.start() if end is not None else len(text)


__all__ = ["add_props"]
