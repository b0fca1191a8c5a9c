"""Compound nouns the user wrote for a kind of a known thing ("an egg carton", "a desk lamp", "a beach
umbrella"): the plan names the thing by the user's words and keeps the head's row apart as its sense
(``attributes.sense``), which sizes and draws it.
"""

from __future__ import annotations

from limner.reason.concepts import senses
from limner.reason.vocab import lexicon, tokens_of


def kind_of(label: str, noun: str) -> bool:
    """Whether ``label``, the words the user wrote, names a kind of ``noun`` more narrowly than the
    noun does: it ends with the noun after words of its own ("egg carton" for carton) and WordNet
    knows neither the compound nor a sense the two share."""
    if not label.endswith(f" {noun}") or label == noun:
        return False
    if lexicon().phrases.get(tokens_of(label)) is not None:
        return False  # a phrase the lexicon or WordNet knows ("tv remote"): its row's noun
    return not set(senses(label)) & set(senses(noun))


__all__ = ["kind_of"]
