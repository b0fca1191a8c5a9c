"""An edit written before the scene it edits: "make it green: a bus on a bridge", "remove the cat: a cat
and a dog on a rug". The part before the colon opens with an edit verb (``words.json``: remove, modify,
replace and move verbs) and points at a thing ("it", "the cat"); it is read after the scene, as the
next sentence, the way "a bus on a bridge. make it green" reads."""

from __future__ import annotations

import re
from functools import cache

from limner.reason.wordlists import word_set

#: Lists of ``words.json`` whose words open an edit.
_EDIT_LISTS = ("remove_verbs", "modify_verbs", "replace_verbs", "move_verbs")
#: Words that point at a thing the scene names.
_POINTERS = frozenset({"the", "it", "them", "its", "their", "this", "that", "these", "those"})
_WORD = re.compile(r"[a-z]+")


@cache
def _edit_verbs() -> frozenset[str]:
    return frozenset().union(*(word_set(key) for key in _EDIT_LISTS))


def _opens_edit(words: list[str]) -> bool:
    verbs = _edit_verbs()
    return any(" ".join(words[:n]) in verbs for n in (1, 2, 3, 4)) and bool(_POINTERS.intersection(words))


def edit_first(piece: str) -> list[str]:
    """``piece`` as the sentences to read in order: the scene, then the edit where the edit came first
    before a colon; else ``piece`` alone."""
    head, colon, tail = piece.partition(":")
    if not colon or not _WORD.search(tail):
        return [piece]
    if not _opens_edit(_WORD.findall(head.lower())):
        return [piece]
    return [tail, head]


__all__ = ["edit_first"]
