"""Per-language lexicons: surface form → canonical English item.

Each language folder under ``reason/lexicon/<lang>/`` holds two files, read in this order:

1. ``words.tsv`` — hand-written function words (articles, relations, negation, counters, …),
   colours, numbers, a few core nouns with gender, and everyday scene and verb words (``scene``:
   "playa" → "on the beach"; ``verb``: "dort" → "sleeping");
2. ``generated.tsv`` — written by ``python -m limner.reason.i18n.build_lexicon`` and committed: CLDR
   nouns with simplemma inflections, the curated dictionary nouns (``curated.tsv``, merged and
   inflected by the generator), colour inflections and ICU numbers 1–20. The runtime needs none of
   the build-time packages.

Precedence: a surface form belongs to the first entry that lists it — ``words.tsv`` before
``generated.tsv``, and inside ``generated.tsv`` numbers and colours before nouns, curated nouns
before CLDR nouns, CLDR names before CLDR keywords. So a form that is both a function word or colour
and a generated noun ("sobre" above / envelope, "naranja" orange colour / fruit, "rosa" pink / rose)
keeps its ``words.tsv`` meaning, and a generated noun never shadows a function word.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib import resources

#: Languages with a lexicon (besides English, which the core reasoner reads directly).
LANGUAGES: tuple[str, ...] = ("es", "fr", "de", "pt", "it", "zh", "ja")
SPACELESS: frozenset[str] = frozenset({"zh", "ja"})
#: The files of one language, in precedence order.
FILES: tuple[str, ...] = ("words.tsv", "generated.tsv")
#: ``Entry.source`` of the hand-written ``words.tsv`` rows.
HAND = "words"


@dataclass(frozen=True)
class Entry:
    kind: str  # noun, color, number, relation, postrel, photo, and, article, particle, negation, ...
    canonical: str
    forms: tuple[str, ...]
    extra: str = ""  # gender (m/f/n) for nouns in gendered languages, counter word for zh/ja
    #: where the row comes from: "words" (hand-written), or the generator's cldr-name, cldr-keyword,
    #: curated, simplemma (colour inflections), icu (numbers)
    source: str = HAND


@dataclass(frozen=True)
class LangLexicon:
    lang: str
    entries: tuple[Entry, ...]
    #: lower-cased surface form → entry (first entry wins)
    forms: dict[str, Entry]
    longest: int  # longest form, in words (space languages) or characters (zh/ja)

    def of_kind(self, kind: str) -> tuple[Entry, ...]:
        return tuple(e for e in self.entries if e.kind == kind)


def parse_rows(text: str, default_source: str) -> list[Entry]:
    """Entries of one lexicon file (``kind, canonical, forms[, extra[, source]]`` per row)."""
    entries: list[Entry] = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        forms = tuple(f.strip() for f in cols[2].split(",") if f.strip())
        extra = cols[3] if len(cols) > 3 else ""
        source = cols[4] if len(cols) > 4 and cols[4] else default_source
        entries.append(Entry(cols[0], cols[1], forms, extra, source))
    return entries


def build(lang: str, texts: list[tuple[str, str]]) -> LangLexicon:
    """A lexicon from ``(text, default source)`` pairs in precedence order."""
    entries: list[Entry] = []
    forms: dict[str, Entry] = {}
    longest = 1
    for text, source in texts:
        for entry in parse_rows(text, source):
            entries.append(entry)
            for form in entry.forms:
                key = form.lower()
                forms.setdefault(key, entry)
                size = len(key) if lang in SPACELESS else len(key.split())
                longest = max(longest, size)
    return LangLexicon(lang, tuple(entries), forms, longest)


@functools.cache
def lang_lexicon(lang: str) -> LangLexicon:
    folder = resources.files("limner.reason.lexicon").joinpath(lang)
    texts: list[tuple[str, str]] = []
    for name in FILES:
        item = folder.joinpath(name)
        if item.is_file():
            texts.append((item.read_text("utf-8"), HAND if name == "words.tsv" else "generated"))
    return build(lang, texts)


@functools.cache
def shared_forms(lang: str, kind: str, other: str | None = None) -> dict[str, Entry]:
    """Forms of ``kind`` entries that another entry (of kind ``other``, or any other kind) has too:
    form → that other entry (ja 本 counter → book; es "naranja" colour → orange)."""
    lex = lang_lexicon(lang)
    ours = {f.lower() for e in lex.of_kind(kind) for f in e.forms}
    out: dict[str, Entry] = {}
    for entry in lex.entries:
        if entry.kind == kind or (other is not None and entry.kind != other):
            continue
        for form in entry.forms:
            if form.lower() in ours:
                out.setdefault(form.lower(), entry)
    return out


@functools.cache
def language_names() -> dict[str, str]:
    """Lower-cased language name (in several languages) → BCP-47 code."""
    text = resources.files("limner.reason.lexicon").joinpath("languages.tsv").read_text("utf-8")
    names: dict[str, str] = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            code, words = line.split("\t")
            for word in words.split(","):
                names.setdefault(word.strip().lower(), code)
    return names


__all__ = [
    "FILES",
    "HAND",
    "LANGUAGES",
    "SPACELESS",
    "Entry",
    "LangLexicon",
    "build",
    "lang_lexicon",
    "language_names",
    "parse_rows",
    "shared_forms",
]
