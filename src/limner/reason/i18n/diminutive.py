"""Diminutives read as their noun: "perrito", "casinha", "gattino", "Kätzchen" → dog, house, cat, cat.

Everyday prompts call small and loved things by their diminutives, which no dictionary row lists.
A word the lexicon does not know is tried with each of its language's diminutive suffixes replaced
by the noun endings they stand for ("-ito" → "-o", "-inha" → "-a", "-chen" → "" or "-e" with the
umlaut undone, "-quito" → "-co"), and read as the lexicon noun that gives. Accents may differ between the two
("pajarito" → "pájaro", "passarinho" → "pássaro"): the noun is matched without them. Only nouns
count, so "bonito" or "vicino" stay unknown.
"""

from __future__ import annotations

import functools
import unicodedata

from limner.reason.i18n.lexicon import Entry, lang_lexicon

#: per language: (diminutive suffix, the endings of the noun it replaces), longest suffix first
_SUFFIXES: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = {
    "es": (
        ("citos", ("s", "es")),
        ("citas", ("s", "es")),
        ("cito", ("", "e")),
        ("cita", ("", "e")),
        ("itos", ("os", "es")),
        ("itas", ("as", "es")),
        ("ito", ("o", "e", "")),
        ("ita", ("a", "e", "")),
    ),
    "pt": (
        ("zinhos", ("s",)),
        ("zinhas", ("s",)),
        ("zinho", ("",)),
        ("zinha", ("",)),
        ("inhos", ("os",)),
        ("inhas", ("as",)),
        ("inho", ("o", "e", "")),
        ("inha", ("a", "e", "")),
    ),
    "it": (
        ("ini", ("i", "e")),
        ("ine", ("e",)),
        ("ino", ("o", "e")),
        ("ina", ("a",)),
        ("etti", ("i",)),
        ("ette", ("e",)),
        ("etto", ("o",)),
        ("etta", ("a",)),
        ("elli", ("i",)),
        ("elle", ("e",)),
        ("ello", ("o",)),
        ("ella", ("a",)),
    ),
    "de": (("chen", ("", "e")), ("lein", ("", "e"))),
}
#: German diminutives take an umlaut their noun lacks ("Kätzchen" of "Katze")
_UMLAUT = str.maketrans({"ä": "a", "ö": "o", "ü": "u"})
#: spellings a suffix changes at the stem's end ("barquito" of "barco", "barchetta" of "barca")
_SPELLING: dict[str, tuple[tuple[str, str], ...]] = {
    "es": (("qu", "c"), ("gu", "g")),
    "pt": (("qu", "c"), ("gu", "g")),
    "it": (("ch", "c"), ("gh", "g")),
}


def _stems(stem: str, lang: str) -> tuple[str, ...]:
    """``stem`` and the noun stems it may spell ("kätz" → "katz", "barqu" → "barc")."""
    if lang == "de":
        return (stem, stem.translate(_UMLAUT))
    for ending, plain in _SPELLING.get(lang, ()):
        if stem.endswith(ending):
            return (stem, stem.removesuffix(ending) + plain)
    return (stem,)


def _plain(text: str) -> str:
    """``text`` lower-cased without its accents ("pájaro" → "pajaro")."""
    decomposed = unicodedata.normalize("NFD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@functools.cache
def _plain_nouns(lang: str) -> dict[str, Entry]:
    """The language's noun forms without accents → their entry (the first one wins)."""
    out: dict[str, Entry] = {}
    for entry in lang_lexicon(lang).of_kind("noun"):
        for form in entry.forms:
            out.setdefault(_plain(form), entry)
    return out


def diminutive_noun(word: str, lang: str) -> Entry | None:
    """The noun ``word`` is a diminutive of, or None."""
    rules = _SUFFIXES.get(lang)
    if rules is None:
        return None
    low = word.lower()
    nouns = _plain_nouns(lang)
    for suffix, endings in rules:
        stem = low.removesuffix(suffix)
        if stem == low or len(stem) < 2:
            continue
        for base in _stems(stem, lang):
            for ending in endings:
                found = nouns.get(_plain(base + ending))
                if found is not None:
                    return found
    return None


__all__ = ["diminutive_noun"]
