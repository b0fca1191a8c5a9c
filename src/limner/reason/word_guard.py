"""Cheap "can this pass apply?" checks, asked before a pass's regular expressions.

Many passes rewrite the working text only where it holds one of a few words ("reading … to her
daughter", "throwing … to his dog"), and most prompts hold none of them. A search for a pattern of
many alternatives (``\\b(?:reading|telling|…)\\b``, case-insensitive) tries each alternative at every
character; the text's words, split once and remembered for the next pass that asks about the same
text, answer the same question with one set lookup.

The checks are necessary conditions only: ``False`` means the pattern cannot match, ``True`` that it
may (the pass then runs as before), so a guarded pass does exactly what it did unguarded.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Set
from functools import lru_cache

_WORD = re.compile(r"\w+")

#: Texts whose words are remembered: the working text of one prompt changes a few times between passes.
CACHED_TEXTS = 64


@lru_cache(maxsize=CACHED_TEXTS)
def lower_words(text: str) -> frozenset[str]:
    """The maximal runs of word characters (``\\w+``) of ``text``, lower-cased."""
    return frozenset(_WORD.findall(text.lower()))


def may_have(text: str, words: Set[str]) -> bool:
    """Whether ``text`` may hold one of ``words`` (lower-case runs of word characters) as a whole word,
    in any case: ``False`` only when a pattern that needs one of them where ``\\b`` bounds it on both
    sides (``\\b(?:take|throw)\\s``, with or without ``re.IGNORECASE``) cannot match. Text with a
    character outside ASCII always may (Unicode case folding matches more than ``str.lower``:
    "\u212a" is a "k")."""
    return not text.isascii() or not lower_words(text).isdisjoint(words)


def heads(phrases: Iterable[str]) -> frozenset[str] | None:
    """The first run of word characters of each phrase, lower-cased: the words ``may_have`` needs for
    a pattern ``\\b(?:phrase|…)\\b`` of these phrases. None (no guard: always may) when a phrase is not
    ASCII or does not open with a word character."""
    out: set[str] = set()
    for phrase in phrases:
        first = _WORD.match(phrase)
        if not phrase.isascii() or first is None:
            return None
        out.add(first.group(0).lower())
    return frozenset(out)


__all__ = ["CACHED_TEXTS", "heads", "lower_words", "may_have"]
