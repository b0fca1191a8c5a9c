"""Per-language lexicons (``reason/lexicon/<lang>/words.tsv``): surface form → canonical English item."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib import resources

#: Languages with a lexicon (besides English, which the core reasoner reads directly).
LANGUAGES: tuple[str, ...] = ("es", "fr", "de", "pt", "it", "zh", "ja")
SPACELESS: frozenset[str] = frozenset({"zh", "ja"})


@dataclass(frozen=True)
class Entry:
    kind: str  # noun, color, number, relation, postrel, photo, and, article, particle, negation, ...
    canonical: str
    forms: tuple[str, ...]
    extra: str = ""  # gender (m/f/n) for nouns in gendered languages, counter word for zh/ja


@dataclass(frozen=True)
class LangLexicon:
    lang: str
    entries: tuple[Entry, ...]
    #: lower-cased surface form → entry (first entry wins)
    forms: dict[str, Entry]
    longest: int  # longest form, in words (space languages) or characters (zh/ja)

    def of_kind(self, kind: str) -> tuple[Entry, ...]:
        return tuple(e for e in self.entries if e.kind == kind)


@functools.cache
def lang_lexicon(lang: str) -> LangLexicon:
    folder = resources.files("limner.reason.lexicon").joinpath(lang)
    text = folder.joinpath("words.tsv").read_text("utf-8")
    generated = folder.joinpath("cldr_nouns.tsv")
    if generated.is_file():
        text += "\n" + generated.read_text("utf-8")
    entries: list[Entry] = []
    forms: dict[str, Entry] = {}
    longest = 1
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        entry = Entry(
            cols[0], cols[1], tuple(f.strip() for f in cols[2].split(",")), cols[3] if len(cols) > 3 else ""
        )
        entries.append(entry)
        for form in entry.forms:
            key = form.lower()
            forms.setdefault(key, entry)
            size = len(key) if lang in SPACELESS else len(key.split())
            longest = max(longest, size)
    return LangLexicon(lang, tuple(entries), forms, longest)


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


__all__ = ["LANGUAGES", "SPACELESS", "Entry", "LangLexicon", "lang_lexicon", "language_names"]
