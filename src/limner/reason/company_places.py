"""Words that are a place only beside certain things: "a train at the platform" waits at a train
platform (a setting), while "a statue on a platform" stands on one (a thing).

The words, the place each then is and the things that make it so are data (``words.json``,
``company_places``).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from limner.reason.vocab import Lexicon
from limner.reason.wordlists import words

if TYPE_CHECKING:
    from limner.reason.lexemes import Lexeme


def places_by_company(out: list[Lexeme], lex: Lexicon) -> list[Lexeme]:
    """``out`` with each such word read as its place where a thing that makes it one is named and the
    word follows an article ("at the platform")."""
    table = words().get("company_places", {})
    named: set[str] | None = None  # made only where a word of the table is found: seldom
    for i, lx in enumerate(out):
        row = table.get(lx.text)
        if row is None or i == 0 or not (out[i - 1].has("def") or out[i - 1].has("num")):
            continue
        if named is None:
            named = {lx.tag("noun").value for lx in out if lx.has("noun")}
        place = lex.phrases.get(tuple(str(row["place"]).split()))
        scene = next((t for t in place or () if t.kind == "scene"), None)
        if scene is not None and named & set(row["beside"]):
            out[i] = replace(lx, tags=(scene,))
    return out


__all__ = ["places_by_company"]
