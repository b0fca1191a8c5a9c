"""The colour of an animal's coat is the animal's: "a dog with white fur" is a white dog, "a bird with
blue feathers" a blue bird. Other parts keep their colour to themselves ("a husky with blue eyes"), and
so does a person's hair or skin; a colour said before the thing wins ("a black cat with white fur")."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from limner.reason.lexemes import Lexeme
    from limner.reason.vocab import Lexicon

#: Coverings of a whole body (singular and plural as the lexicon reads them).
_COATS = frozenset(
    {"fur", "feather", "feathers", "plumage", "fleece", "scale", "scales", "skin", "hide", "pelt"}
)


def coat_colour(
    kept: Sequence[Lexeme], modifiers: Sequence[Lexeme], part: Lexeme, lex: Lexicon
) -> list[Lexeme]:
    """The colour words ``modifiers`` give a coat ``part`` of the thing that ends ``kept``, to read
    before that thing; none where the part is no coat, the thing a person, or its colour already said."""
    if part.text not in _COATS and part.tag("noun").value not in _COATS:
        return []
    host = kept[-1]
    info = lex.nouns.get(host.tag("noun").value) if host.has("noun") else None
    if info is None or info.category == "person" or (len(kept) > 1 and kept[-2].has("color")):
        return []
    return [m for m in modifiers if m.has("color")]


__all__ = ["coat_colour"]
