"""Colour inflections: every form simplemma lists for the hand-written colour lemmas (rot → rote,
roten, roter, rotes, rotem; rojo → roja, rojos, rojas)."""

from __future__ import annotations

from limner.reason.i18n.lexicon import SPACELESS, Entry
from limner.reason.i18n.sources.inflect import word_forms


def color_entries(lang: str, hand: list[Entry]) -> list[Entry]:
    if lang in SPACELESS:
        return []
    out: list[Entry] = []
    for entry in hand:
        if entry.kind != "color":
            continue
        forms: list[str] = []
        for lemma in dict.fromkeys(f.lower() for f in entry.forms):
            forms.extend(word_forms(lang, lemma))
        new = [f for f in dict.fromkeys(forms) if f not in {x.lower() for x in entry.forms}]
        if new:
            out.append(Entry("color", entry.canonical, (entry.forms[0].lower(), *new), "", "simplemma"))
    return out


__all__ = ["color_entries"]
