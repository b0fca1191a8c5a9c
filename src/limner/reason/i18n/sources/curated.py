"""The hand-written gap files ``lexicon/<lang>/curated.tsv``.

They hold only COCO nouns that no CLDR emoji names in that language (fire hydrant, parking meter,
microwave, …): one row per noun with the commonest native word(s), lemma first, and the gender or
counter. The generator inflects them like CLDR words; a test checks that no curated noun also has a
CLDR row in the same language.
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
