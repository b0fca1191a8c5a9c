"""Noun rows of one language: CLDR links (:mod:`.align`) and curated gaps, inflected by simplemma.

A linked phrase becomes a row ``noun <canonical> <lemma>,<plural>,<other forms> <gender|counter>``:
Romance phrases inflect the words before their first preposition ("camión de reparto" → camiones de
reparto), German the last word (compounds stay whole: "Lieferwagen" → Lieferwagen, Lieferwagens).
A phrase is refused when it could steal another word class: it equals or contains a function word,
a colour or a number of the language ("manzana roja", "la una"), it is a keyword of one word from a
verb's or adjective's paradigm (simplemma lists more forms than a noun has: "cerrar", "volar"), or, in Chinese
and Japanese, it is a colour glued to a noun ("红苹果"), contains a number ("二重矢印") or starts with a
position or relation word ("右矢印", "上半身" after の reads "の上").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from limner.reason.i18n.lexicon import SPACELESS, Entry
from limner.reason.i18n.sources.align import Joins, Link, link
from limner.reason.i18n.sources.cldr import cldr_annotations
from limner.reason.i18n.sources.hanzi import script_forms
from limner.reason.i18n.sources.inflect import (
    PREPOSITIONS,
    conjugates,
    guess_gender,
    hyphen_plural,
    lemma_of,
    phrase_plural,
    word_forms,
)
from limner.reason.vocab import lexicon

#: kinds whose single words may not appear inside a generated noun phrase
_BLOCKING_KINDS = frozenset({"and", "with", "negation", "number", "color", "article", "correction"})
_SPACED_PHRASE = re.compile(r"^[^\W\d_]+(?:[ '\-][^\W\d_]+)*$")
_CJK = re.compile(r"^[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u30fc]+$")
#: zh/ja kinds whose words may not start a generated noun, and the particles they start with
_LEADING_KINDS = frozenset({"postrel", "position", "relation"})
_PARTICLES = "の的之"
_HIRAGANA = re.compile(r"^[\u3040-\u309f\u30fc]+$")
#: source ranks: lower wins a shared form
RANKS = {"curated": 0, "cldr-name": 1, "cldr-keyword": 2}
_COUNTERS = {
    "zh": {"animal": "只", "vehicle": "辆", "person": "个"},
    "ja": {"animal": "匹", "vehicle": "台", "electronics": "台", "person": "人"},
}
_DEFAULT_COUNTER = {"zh": "个", "ja": "個"}


@dataclass(frozen=True)
class Reserved:
    """What a generated noun may not take: the language's other forms and their words."""

    forms: frozenset[str]
    words: frozenset[str]
    colors: tuple[str, ...]
    nouns: frozenset[str]
    #: zh/ja: what a phrase may not start with (a position word, or a relation's word after its
    #: particle: "上半身" would read "の上" + 半身, "右矢印" "右" + 矢印) nor contain (a number: "二重矢印")
    leads: tuple[str, ...] = ()
    numbers: tuple[str, ...] = ()


def reserved(lang: str, entries: Iterable[Entry]) -> Reserved:
    forms: set[str] = set()
    words: set[str] = set()
    colors: list[str] = []
    nouns: set[str] = set()
    leads: set[str] = set()
    numbers: set[str] = set()
    for entry in entries:
        lowered = [f.lower() for f in entry.forms]
        if entry.kind == "noun":
            nouns.update(lowered)
            continue
        if lang in SPACELESS and entry.kind in _LEADING_KINDS:
            leads.update(f.lstrip(_PARTICLES) for f in lowered if f.lstrip(_PARTICLES))
        if lang in SPACELESS and entry.kind == "number":
            numbers.update(f for f in lowered if _CJK.match(f))
        forms.update(lowered)
        if entry.kind == "color":
            colors.extend(lowered)
        if entry.kind in _BLOCKING_KINDS and lang not in SPACELESS:
            words.update(f for f in lowered if " " not in f)
    return Reserved(
        frozenset(forms),
        frozenset(words),
        tuple(sorted(set(colors), key=len, reverse=True)),
        frozenset(nouns),
        tuple(sorted(leads)),
        tuple(sorted(numbers)),
    )


def acceptor(
    lang: str, taken: Reserved, local_phrases: frozenset[str], keyword: bool
) -> Callable[[str], bool]:
    """Whether a local CLDR phrase (a keyword when ``keyword``, else a short name) may become a noun form."""

    def spaced(phrase: str) -> bool:
        words = phrase.split()
        return (
            len(phrase) >= 2
            and len(words) <= 3
            and _SPACED_PHRASE.match(phrase) is not None
            and phrase not in taken.forms
            and not any(w in taken.words for w in words)
            and not (keyword and len(words) == 1 and conjugates(lang, phrase))
        )

    def spaceless(phrase: str) -> bool:
        if not (1 <= len(phrase) <= 8 and _CJK.match(phrase)) or phrase in taken.forms:
            return False
        if lang == "ja" and _HIRAGANA.match(phrase) and len(phrase) < 3:
            return False
        if phrase.startswith(taken.leads) or any(n in phrase for n in taken.numbers):
            return False
        for color in taken.colors:
            rest = phrase[len(color) :].lstrip("的の色")
            if phrase.startswith(color) and rest and (rest in local_phrases or rest in taken.nouns):
                return False
        return True

    return spaceless if lang in SPACELESS else spaced


def _lemma(lang: str, phrase: str) -> str:
    words = phrase.split()
    if lang in SPACELESS:
        return phrase
    if lang == "de":
        return " ".join([*words[:-1], lemma_of(lang, words[-1])])
    out: list[str] = []
    inflecting = True
    for word in words:
        if word in PREPOSITIONS:
            inflecting = False
        out.append(lemma_of(lang, word) if inflecting and len(words) == 1 else word)
    return " ".join(out)


def counter(lang: str, noun: str) -> str:
    info = lexicon().nouns.get(noun)
    category = info.category if info is not None else ""
    return _COUNTERS[lang].get(category, _DEFAULT_COUNTER[lang])


def noun_entry(lang: str, noun: str, phrase: str, source: str) -> Entry:
    """One row: lemma, plural (the lemma again when none is known), then the other forms."""
    if lang in SPACELESS:
        forms = script_forms(phrase) if lang == "zh" else (phrase,)
        return Entry("noun", noun, forms, counter(lang, noun), source)
    lemma = _lemma(lang, phrase)
    plural = phrase_plural(lang, lemma) or lemma
    others = word_forms(lang, lemma)[1:] if " " not in lemma else ()
    compound = hyphen_plural(lang, lemma) if " " not in lemma else None
    # German dative plural: -n after a plural in -e, -el, -er ("Badeanzügen", "Mondvierteln")
    dative = (
        (plural + "n",)
        if lang == "de" and plural.endswith(("el", "er") if plural == lemma else ("e", "el", "er"))
        else ()
    )
    forms = tuple(dict.fromkeys([lemma, plural, phrase, *others, *([compound] if compound else []), *dative]))
    if len(forms) == 1:
        forms = (lemma, lemma)
    return Entry("noun", noun, forms, guess_gender(lang, lemma), source)


def joins(lang: str, entries: Iterable[Entry]) -> Joins:
    spaceless = lang in SPACELESS
    words: dict[str, list[str]] = {"and": [], "with": []}
    for entry in entries:
        if entry.kind in words:
            words[entry.kind].extend(f.lower() for f in entry.forms if spaceless or " " not in f)
    return Joins(tuple(words["and"]), tuple(words["with"]), spaceless)


def cldr_links(lang: str, taken: Reserved, hand: Iterable[Entry]) -> list[Link]:
    local = frozenset(p for note in cldr_annotations(lang).values() for p in (*note.names, *note.keywords))
    names = acceptor(lang, taken, local, keyword=False)
    return link(lang, acceptor(lang, taken, local, keyword=True), joins(lang, hand), names)


def ranked(entries: list[tuple[Entry, int]]) -> list[Entry]:
    """Rows by precedence: curated, then CLDR names, then keywords; more supporting emoji first."""
    order = sorted(
        entries, key=lambda item: (RANKS[item[0].source], -item[1], item[0].canonical, item[0].forms[0])
    )
    return [entry for entry, _ in order]


def claim(entries: list[Entry], owners: dict[str, tuple[str, str]]) -> list[Entry]:
    """Drop forms that another item already owns; drop a row whose lemma another item owns."""
    out: list[Entry] = []
    for entry in entries:
        key = (entry.kind, entry.canonical)
        lemma = entry.forms[0].lower()
        if owners.get(lemma, key) != key:
            continue
        kept = [f for f in entry.forms if owners.get(f.lower(), key) == key]
        if len(entry.forms) > 1 and entry.forms[1] not in kept:
            kept.insert(1, entry.forms[0])
        new = [f for f in kept if f.lower() not in owners]
        if not new and lemma in owners:
            continue  # nothing the lexicon does not have already
        for form in kept:
            owners.setdefault(form.lower(), key)
        out.append(Entry(entry.kind, entry.canonical, tuple(kept), entry.extra, entry.source))
    return out


__all__ = [
    "RANKS",
    "Reserved",
    "acceptor",
    "claim",
    "cldr_links",
    "counter",
    "joins",
    "noun_entry",
    "ranked",
    "reserved",
]
