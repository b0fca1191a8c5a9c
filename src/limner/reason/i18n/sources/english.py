"""English CLDR names and keywords → canonical nouns of the English lexicon (``vocab.lexicon``).

Rules, no per-word table:

- a short name's **head** is the longest lexicon noun phrase that ends the name's first segment
  (segments end at "of", "with", "without", "in", "on"; "and" joins two heads): "delivery truck" →
  truck, "fork and knife with plate" → fork + knife, "magnifying glass tilted left" → none;
- a **keyword** counts when the whole keyword is a lexicon noun phrase ("necktie" → tie) and not
  also a colour word ("orange");
- a **weak** synonym — one word that only ends a longer name of the same noun ("bat" of "baseball bat",
  "bag" of "shopping bag", "disc" of "flying disc") — is too ambiguous alone and never counts.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from limner.reason.vocab import lexicon, tokens_of

_BREAKS = frozenset({"of", "with", "without", "in", "on", "at", "for", "from"})


@dataclass(frozen=True)
class NounIndex:
    #: token tuple → canonical noun (nouns and their synonyms, singular and plural)
    phrases: dict[tuple[str, ...], str]
    weak: frozenset[tuple[str, ...]]
    #: phrases that are also colour words ("orange"): as keywords they name the colour
    colors: frozenset[tuple[str, ...]]


@cache
def noun_index() -> NounIndex:
    phrases: dict[tuple[str, ...], str] = {}
    singular: dict[tuple[str, ...], tuple[str, ...]] = {}
    by_noun: dict[str, list[tuple[str, ...]]] = {}
    listed = frozenset(lexicon().nouns)  # the table's own nouns (iteration leaves WordNet's out)
    for key, tags in lexicon().phrases.items():
        nouns = {t.value: t.extra for t in tags if t.kind == "noun"}
        if len(nouns) == 1:
            [(noun, lemma)] = nouns.items()
            noun = lexicon().wider.get(noun, noun)  # "money": other languages keep the row's noun
            if noun not in listed and any(t.kind == "color" for t in tags):
                continue  # "indigo", "violet": things only where English grammar says so, colours here
            phrases[key] = noun
            singular[key] = tokens_of(lemma)
            by_noun.setdefault(noun, []).append(key)
    colors = frozenset(k for k, tags in lexicon().phrases.items() if any(t.kind == "color" for t in tags))
    weak: set[tuple[str, ...]] = set()
    for noun, keys in by_noun.items():
        canonical = tokens_of(noun)
        lasts = {k[-1] for k in keys if len(k) > 1}
        for key in keys:
            if (
                key != canonical
                and len(singular[key]) == 1
                and singular[key] != canonical
                and key[0] in lasts
            ):
                weak.add(key)
    return NounIndex(phrases, frozenset(weak), colors)


def _suffix_noun(tokens: tuple[str, ...], index: NounIndex) -> str | None:
    for start in range(len(tokens)):
        key = tokens[start:]
        noun = index.phrases.get(key)
        if noun is not None:
            return None if key in index.weak else noun
    for start in range(len(tokens)):  # no lexicon noun: the thing WordNet names ("taxi", "swan")
        noun = _open_noun(tokens[start:])
        if noun is not None:
            return noun
    return None


def _open_noun(key: tuple[str, ...]) -> str | None:
    """The one noun the open vocabulary (WordNet, via ``vocab``) reads ``key`` as, else None."""
    tags = lexicon().phrases.get(key) or ()
    if any(t.kind == "color" for t in tags):
        return None  # "indigo": a colour (a listed noun that is one too, "orange", is in the index)
    nouns = {t.value for t in tags if t.kind == "noun"}
    return next(iter(nouns)) if len(nouns) == 1 else None


def _heads(tokens: list[str], index: NounIndex) -> list[str | None]:
    heads: list[str | None] = []
    part: list[str] = []
    for token in [*tokens, "and"]:
        if token == "and":
            if part:
                heads.append(_suffix_noun(tuple(part), index))
            part = []
        else:
            part.append(token)
    return heads


@dataclass(frozen=True)
class NameParts:
    """An English short name cut for alignment: its first segment's "and"-parts, and the parts of
    all its "with"-segments ("fork and knife with plate": [fork, knife] and [fork, knife, plate])."""

    first: tuple[str | None, ...]
    every: tuple[str | None, ...]
    has_with: bool


def _category(name: str) -> str:
    """A CLDR name's category, where it has one: "flag: Åland Islands" is a flag, "family: man, woman,
    boy" a family (the part after the colon says which one, not what it is)."""
    return name.split(":", 1)[0]


def first_segment(name: str) -> tuple[str, ...]:
    """The name's tokens before its first "of", "with", "in", … ("glass of milk" → glass)."""
    first: list[str] = []
    for token in tokens_of(_category(name)):
        if token in _BREAKS:
            break
        first.append(token)
    return tuple(first)


def name_structure(name: str) -> NameParts:
    index = noun_index()
    name = _category(name)
    tokens = tokens_of(name)
    first = list(first_segment(name))
    segments: list[list[str]] = [[]]
    for token in tokens:
        if token == "with":
            segments.append([])
        else:
            segments[-1].append(token)
    every = [h for seg in segments for h in _heads(seg, index)] if len(segments) > 1 else _heads(first, index)
    return NameParts(tuple(_heads(first, index)), tuple(every), len(segments) > 1)


def name_parts(name: str) -> tuple[str | None, ...]:
    """The head noun of each "and"-part of an English short name's first segment (None: no noun)."""
    return name_structure(name).first


def name_heads(name: str) -> tuple[str, ...]:
    """Canonical nouns that head an English CLDR short name."""
    return tuple(dict.fromkeys(h for h in name_parts(name) if h is not None))


def weak_noun(keyword: str) -> str | None:
    """The noun a weak keyword ("ball", "phone", "bat") names when it is read as that noun."""
    index = noun_index()
    key = tokens_of(keyword)
    return index.phrases.get(key) if key in index.weak and key not in index.colors else None


def keyword_noun(keyword: str) -> str | None:
    """The canonical noun a whole English keyword names, if it names one unambiguously."""
    index = noun_index()
    key = tokens_of(keyword)
    if key in index.weak or key in index.colors:
        return None
    return index.phrases.get(key) or _open_noun(key)


__all__ = [
    "NameParts",
    "NounIndex",
    "first_segment",
    "keyword_noun",
    "name_heads",
    "name_parts",
    "name_structure",
    "noun_index",
]
