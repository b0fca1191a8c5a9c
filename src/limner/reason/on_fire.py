"""Things on fire: "a car on fire", "a house in flames", "a burning barn", "a forest ablaze".

Being on fire is a thing's state, not a second thing: "a car on fire" is no car standing on top of a
big fire. The words of it ("on fire", "in flames", "ablaze", "aflame", "alight") are taken out of the
working text (:func:`unfired`), as the parser already drops "burning"; after the scene is composed,
:func:`mark_burning` sets ``attributes.state`` to :data:`BURNING` on each thing the prompt says burns,
which renderers draw with flames. A fire named on its own ("a campfire", "a fire next to the tent",
"a fire hydrant") is untouched.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from limner.reason.concepts import singular_of

if TYPE_CHECKING:
    from limner.reason.compose import Draft

#: ``attributes.state`` of a thing on fire.
BURNING = "burning"
#: What may follow a state said after its thing: the end, punctuation, or a word opening a new phrase.
_FREE = (
    r"(?=\s*(?:$|[.,;:!?)]|\b(?:and|or|in|on|at|by|near|next|with|while|under|behind|beside|"
    r"from|during|after|before|at|as|outside|inside)\b))"
)
_AFTER_WORDS = r"on\s+fire|in\s+flames|ablaze|aflame|alight|burning|blazing"
#: "a car on fire", "houses in flames", "a barn is burning": the state after its thing.
_AFTER = re.compile(
    rf"\b(?P<head>[a-z]+)\s+(?:(?:is|are|was|were)\s+)?(?:{_AFTER_WORDS}){_FREE}", re.IGNORECASE
)
#: "a burning house", "a flaming old car": the state before its thing.
_BEFORE = re.compile(r"\b(?:burning|flaming|blazing)\s+(?P<words>(?:[a-z]+\s+){0,2}[a-z]+)", re.IGNORECASE)
#: A cheap test for any of the words above.
_HINT = re.compile(r"fire|flam|burn|blaz|abla|alight", re.IGNORECASE)
#: The state words the parser would read as a fire of its own.
_STATE = re.compile(rf"\s+(?:on\s+fire|in\s+flames|ablaze|aflame|alight){_FREE}", re.IGNORECASE)


def unfired(text: str) -> str:
    """``text`` without the words that say a thing is on fire (see the module)."""
    if _HINT.search(text) is None:
        return text
    return _STATE.sub("", text)


def _heads(prompt: str) -> list[set[str]]:
    """The words each burning thing may be named by, in the prompt's order."""
    out = [_names(m["head"]) for m in _AFTER.finditer(prompt)]
    out += [set().union(*(_names(w) for w in m["words"].split())) for m in _BEFORE.finditer(prompt)]
    return out


def _names(label: str) -> set[str]:
    last = label.lower().rsplit(" ", 1)[-1]
    singular = singular_of(last)
    return {last, singular[0]} if singular is not None else {last}


def mark_burning(drafts: Sequence[Draft], prompt: str) -> list[str]:
    """Set ``attributes.state`` to :data:`BURNING` on the things the prompt says are on fire; notes."""
    if _HINT.search(prompt) is None:
        return []
    heads = _heads(prompt)
    if not heads:
        return []
    notes: list[str] = []
    for draft in drafts:
        if draft.kind != "object" or not any(_names(draft.label) & words for words in heads):
            continue
        draft.attributes["state"] = BURNING
        notes.append(f"{draft.id} ({draft.label}) on fire: attributes.state {BURNING}")
    return notes


__all__ = ["BURNING", "mark_burning", "unfired"]
