"""The hand-reviewed dictionary files ``lexicon/<lang>/curated.tsv``.

For each of the 80 COCO classes (and a few other lexicon nouns) they list the common everyday words a
bilingual dictionary gives, regional variants included (Latin American and Iberian Spanish, Brazilian
and European Portuguese, Simplified and Traditional Chinese): one row per noun and gender, lemmas
first, with the gender or counter. CLDR's emoji names miss many of them or get them ambiguous (one
emoji cannot vouch for "maleta" vs "equipaje"; a keyword shared by two emoji links the wrong noun), so
curated rows take precedence over CLDR rows. The generator inflects them like CLDR words (simplemma),
adds the other Chinese script (OpenCC), and a test checks that every row names a lexicon noun and
takes no colour or function word.
"""

from __future__ import annotations

from importlib import resources

from limner.reason.i18n.lexicon import Entry, parse_rows

FILE = "curated.tsv"


def curated(lang: str) -> list[Entry]:
    item = resources.files("limner.reason.lexicon").joinpath(lang).joinpath(FILE)
    if not item.is_file():
        return []
    return parse_rows(item.read_text("utf-8"), "curated")


__all__ = ["FILE", "curated"]
