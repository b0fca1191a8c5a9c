"""Compound nouns the user wrote for a kind of a known thing ("an egg carton", "a desk lamp", "a beach
umbrella"): the plan names the thing by the user's words and keeps the head's row apart as its sense
(``attributes.sense``), which sizes and draws it.
"""

from __future__ import annotations

from limner.reason.concepts import senses, singular_of
from limner.reason.vocab import OpenPhrases, lexicon, spelled_apart, tokens_of


def kind_of(label: str, noun: str) -> bool:
    """Whether ``label``, the words the user wrote, names a kind of ``noun`` more narrowly than the
    noun does: it ends with the noun, or a word the lexicon reads as it ("bike" for bicycle), after
    words of its own ("egg carton" for carton, "a city bike") and WordNet knows neither the compound
    nor a sense the two share."""
    if label == noun or " " not in label:
        return False
    head = label.rsplit(" ", 1)[1]  # "a city bike": the bicycle row names its noun by "bike"
    if not label.endswith(f" {noun}") and not any(
        t.kind == "noun" and t.value == noun for t in lexicon().phrases.get((head,), ())
    ):
        return False
    phrases, tokens = lexicon().phrases, tokens_of(label)
    if phrases.get(tokens) is not None and (
        singular_of(label) is not None or not isinstance(phrases, OpenPhrases) or phrases.tabled(tokens)
    ):
        return False  # a phrase the lexicon or WordNet knows ("tv remote"): its row's noun
    return not set(senses(label)) & set(senses(noun))


def respelled(label: str, noun: str) -> bool:
    """Whether ``label``, the words the user wrote, is ``noun`` as WordNet spells it otherwise ("bean
    bag" for beanbag, "swim trunks" for swimming trunks): the plan keeps the user's words."""
    return label != noun and noun in spelled_apart(tokens_of(label))


__all__ = ["kind_of", "respelled"]
