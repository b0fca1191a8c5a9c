"""Typos: an unknown word one edit away from a known noun, colour, size or scene word reads as that
word ("bananna" → banana, "yelow" → yellow, "gaint" → giant, "feild" → field).

One edit (Damerau) is an insertion, deletion, substitution or swap of two neighbouring letters
("dgos" → dogs, "aplpe" → apple, "chiar" → chair, "appless" → apples). Candidates come from a
delete-one index (SymSpell style) over the lexicon's one-word noun forms, then are checked exactly.

A real English word is never read as another noun: words in the lexicon, its stopwords and its
``real_words`` list (common words one edit from a noun form: "cast", "hose", "bead") are left alone.
Short words are treated warily: a three-letter word may only have two letters swapped ("dgo"), a
four-letter one may be missing a letter ("aple") or have two letters swapped ("dgos"), never a
letter changed ("cast" is not "cat" or "cats").
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from types import MappingProxyType

from limner.reason.concepts import concept, singular_of
from limner.reason.vocab import Lexicon, lexicon

MIN_LENGTH = 3
#: Word classes a typo may be read as.
KINDS = frozenset({"noun", "color", "size", "scene"})
#: Endings of verbs and adjectives: such a word is only corrected to a noun form ending alike.
_INFLECTIONS = ("ed", "ing", "ly")


def _deletes(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


def edit_kind(a: str, b: str) -> str | None:
    """How ``a`` becomes ``b`` in one edit: "insert", "delete", "substitute", "swap", or None."""
    if a == b or abs(len(a) - len(b)) > 1:
        return None
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        if len(diff) == 1:
            return "substitute"
        if (
            len(diff) == 2
            and diff[1] == diff[0] + 1
            and a[diff[0]] == b[diff[1]]
            and a[diff[1]] == b[diff[0]]
        ):
            return "swap"
        return None
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    if any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_))):
        return "insert" if len(a) < len(b) else "delete"
    return None


def one_edit(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` differ by exactly one insertion, deletion, substitution or swap."""
    return edit_kind(a, b) is not None


def _allowed(word: str, candidate: str, kind: str) -> bool:
    """Short words: only the edits a typist makes without making another word."""
    if len(word) <= 3:
        return kind == "swap"  # "dgo" → dog; "cot" is never "cat"
    if len(word) == 4:  # "dgos" → dogs, "aple" → apple, "matt" → mat (a doubled letter)
        return kind in ("swap", "insert") or (kind == "delete" and _usual(word, candidate))
    return True


@cache
def _index() -> Mapping[str, tuple[str, ...]]:
    return _build(lexicon())


def _build(lex: Lexicon) -> Mapping[str, tuple[str, ...]]:
    index: dict[str, set[str]] = {}
    for key, tags in lex.phrases.items():
        if len(key) != 1 or len(key[0]) < MIN_LENGTH or not any(t.kind in KINDS for t in tags):
            continue
        word = key[0]
        for variant in _deletes(word) | {word}:
            index.setdefault(variant, set()).add(word)
    return MappingProxyType({k: tuple(sorted(v)) for k, v in index.items()})


def candidates(word: str, lex: Lexicon) -> set[str]:
    """Known one-word noun forms one allowed edit from ``word`` (before the ambiguity rules)."""
    suffix = next((s for s in _INFLECTIONS if word.endswith(s)), None)
    index = _index() if lex is lexicon() else _build(lex)
    found: set[str] = set()
    for variant in _deletes(word) | {word}:
        for candidate in index.get(variant, ()):
            if suffix is not None and not candidate.endswith(suffix):
                continue  # "toasted" is a word of its own, not "toaster"
            kind = edit_kind(word, candidate)
            if kind is not None and _allowed(word, candidate, kind):
                found.add(candidate)
    return found


def correct(word: str, lex: Lexicon) -> str | None:
    """The known noun form ``word`` is a typo of, or None (a real word, unknown, ambiguous, too short)."""
    if (
        len(word) < MIN_LENGTH
        or not word.isalpha()
        or (word,) in lex.phrases
        or word in lex.stopwords
        or word in lex.real_words
    ):
        return None
    if _dictionary_word(word):
        return None  # "wells" are wells, never bells
    found = candidates(word, lex)
    if not found and len(word) >= SOUND_ALIKE_LENGTH:  # "elefants", "bycicle": spelt as they sound
        found = {c for variant in sound_alikes(word) for c in _exact_or_near(variant, lex)}
    if not found and len(word) >= SOUND_ALIKE_LENGTH:  # "squirel": a usual slip of a thing WordNet knows
        found = _usual_open(word, lex)
    if len(found) > 1:  # the usual slips first: a doubled letter dropped or added, two letters swapped
        found = {c for c in found if _usual(word, c)} or found
    if len(found) > 1:  # a thing before a place ("a bech" is a bench; "a feild" has only the field)
        found = {c for c in found if _meaning(c, lex)[0] != "scene"} or found
    if len(found) > 1:  # a silent final "e" left off ("a hors" is a horse, not horns)
        found = {c for c in found if c == word + "e"} or found
    if len(found) > 1:  # typos seldom change the first letter
        found = {c for c in found if c[0] == word[0]} or found
    if len(found) > 1:  # nor the last ("monky" is a monkey, not a monk)
        found = {c for c in found if c[-1] == word[-1]} or found
    if len(found) > 1:  # and mostly drop a letter ("monky" is a monkey, not money)
        found = {c for c in found if edit_kind(word, c) == "insert"} or found
    meanings = {_meaning(c, lex) for c in found}
    if len(meanings) != 1:
        return None  # none, or ambiguous: better left unknown than guessed
    plural = word.endswith("s")
    return sorted(found, key=lambda c: (c.endswith("s") != plural, c))[0]


def colour_slip(word: str, lex: Lexicon) -> str | None:
    """The colour a word right before a thing misspells by a letter left out or two letters swapped
    ("a wite rabbit", "a bleu car"), though it is a real word of its own elsewhere (so :func:`correct`
    leaves it): one colour only, never a word the lexicon knows, a stopword or another kind of edit
    ("an alive fish" stays alive)."""
    if len(word) < MIN_LENGTH + 1 or not word.isalpha() or (word,) in lex.phrases or word in lex.stopwords:
        return None
    found = {
        c
        for c in candidates(word, lex)
        if _meaning(c, lex)[0] == "color" and edit_kind(word, c) in ("insert", "swap")
    }
    return next(iter(found)) if len(found) == 1 else None


#: Letters spelt for one another by sound; a long word may have one such slip besides one edit.
SOUND_ALIKES = (("ph", "f"), ("f", "ph"), ("y", "i"), ("i", "y"), ("k", "c"), ("c", "k"), ("z", "s"))
#: Only words this long get the sound-alike reading (short ones collide with real words).
SOUND_ALIKE_LENGTH = 6


def sound_alikes(word: str) -> list[str]:
    """``word`` with one sound-alike spelling replaced, at each place it occurs."""
    out: list[str] = []
    for spelt, meant in SOUND_ALIKES:
        start = word.find(spelt)
        while start >= 0:
            out.append(word[:start] + meant + word[start + len(spelt) :])
            start = word.find(spelt, start + 1)
    return sorted(set(out))


def _usual_open(word: str, lex: Lexicon) -> set[str]:
    """The common nouns WordNet knows (outside the lexicon's table) that ``word`` misspells by a usual
    slip: a doubled letter written once or once too often, or two letters swapped ("squirel")."""
    variants = {word[: i + 1] + word[i] + word[i + 1 :] for i in range(len(word))}  # a letter doubled
    variants |= {word[:i] + word[i + 1 :] for i in range(1, len(word)) if word[i] == word[i - 1]}
    variants |= {word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(len(word) - 1)}
    out: set[str] = set()
    for variant in sorted(variants - {word}):
        tags = lex.phrases.get((variant,)) or ()
        found = singular_of(variant)
        info = concept(found[0]) if found is not None else None
        if any(t.kind == "noun" for t in tags) and info is not None and not info.rare and not info.weak:
            out.add(variant)
    return out


def _exact_or_near(variant: str, lex: Lexicon) -> set[str]:
    tags = lex.phrases.get((variant,)) or ()
    if any(t.kind in KINDS for t in tags):
        return {variant}
    return candidates(variant, lex)


def _dictionary_word(word: str) -> bool:
    """A form of a noun WordNet knows and people use (a rare word's near-miss is still a typo:
    "orangs" are oranges)."""
    found = singular_of(word)
    info = concept(found[0]) if found is not None else None
    return info is not None and not info.rare


def _usual(word: str, candidate: str) -> bool:
    """Whether ``word`` is ``candidate`` with two letters swapped or a doubled letter single (or v.v.)."""
    kind = edit_kind(word, candidate)
    if kind == "swap":
        return True
    if kind not in ("insert", "delete"):
        return False
    long_ = candidate if kind == "insert" else word
    short = word if kind == "insert" else candidate
    for i in range(len(long_)):
        doubled = (i > 0 and long_[i - 1] == long_[i]) or (i + 1 < len(long_) and long_[i + 1] == long_[i])
        if doubled and long_[:i] + long_[i + 1 :] == short:
            return True
    return False


def _meaning(form: str, lex: Lexicon) -> tuple[str, str]:
    return next((t.kind, t.value) for t in lex.phrases[(form,)] if t.kind in KINDS)


__all__ = [
    "MIN_LENGTH",
    "SOUND_ALIKES",
    "candidates",
    "colour_slip",
    "correct",
    "edit_kind",
    "one_edit",
    "sound_alikes",
]
