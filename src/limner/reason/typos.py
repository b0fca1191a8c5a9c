"""Typos: an unknown word one edit away from a known noun reads as that noun ("bananna" → banana).

One edit is an insertion, deletion, substitution or swap of two neighbouring letters. Candidates come
from a delete-one index (SymSpell style) over the lexicon's one-word noun forms, then are checked
exactly. Short words are treated warily: a four-letter word may only be missing a letter ("aple"),
so "cast" never becomes "cat" or "cats"; shorter words are never corrected.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from types import MappingProxyType

from limner.reason.vocab import Lexicon, lexicon

MIN_LENGTH = 4
#: Endings of verbs and adjectives: such a word is only corrected to a noun form ending alike.
_INFLECTIONS = ("ed", "ing", "ly")


def _deletes(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


def one_edit(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` differ by exactly one insertion, deletion, substitution or swap."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        if len(diff) == 1:
            return True
        return (
            len(diff) == 2
            and diff[1] == diff[0] + 1
            and a[diff[0]] == b[diff[1]]
            and a[diff[1]] == b[diff[0]]
        )
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))


@cache
def _index() -> Mapping[str, tuple[str, ...]]:
    return _build(lexicon())


def _build(lex: Lexicon) -> Mapping[str, tuple[str, ...]]:
    index: dict[str, set[str]] = {}
    for key, tags in lex.phrases.items():
        if len(key) != 1 or len(key[0]) < MIN_LENGTH - 1 or not any(t.kind == "noun" for t in tags):
            continue
        word = key[0]
        for variant in _deletes(word) | {word}:
            index.setdefault(variant, set()).add(word)
    return MappingProxyType({k: tuple(sorted(v)) for k, v in index.items()})


def correct(word: str, lex: Lexicon) -> str | None:
    """The known noun form ``word`` is a typo of, or None (unknown, ambiguous or too short)."""
    if len(word) < MIN_LENGTH or not word.isalpha() or (word,) in lex.phrases or word in lex.stopwords:
        return None
    suffix = next((s for s in _INFLECTIONS if word.endswith(s)), None)
    index = _index() if lex is lexicon() else _build(lex)
    found: set[str] = set()
    for variant in _deletes(word) | {word}:
        for candidate in index.get(variant, ()):
            if suffix is not None and not candidate.endswith(suffix):
                continue  # "toasted" is a word of its own, not "toaster"
            if one_edit(word, candidate):
                if len(word) == MIN_LENGTH and len(candidate) <= len(word):
                    continue  # four letters: a missing letter only ("cast" is a word, not "cats")
                found.add(candidate)
    if len(found) > 1:  # typos seldom change the first letter
        found = {c for c in found if c[0] == word[0]} or found
    nouns = {_noun(c, lex) for c in found}
    if len(nouns) != 1:
        return None  # none, or ambiguous: better left unknown than guessed
    plural = word.endswith("s")
    return sorted(found, key=lambda c: (c.endswith("s") != plural, c))[0]


def _noun(form: str, lex: Lexicon) -> str:
    return next(t.value for t in lex.phrases[(form,)] if t.kind == "noun")


__all__ = ["MIN_LENGTH", "correct", "one_edit"]
