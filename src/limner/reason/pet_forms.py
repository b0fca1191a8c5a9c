"""Casual and diminutive forms of an animal's name ("a doggo", "a pupper", "a froggy", "two catties"):
an unknown word that is a known animal noun with a pet ending ("-o", "-y", "-ie", "-er"), its last
consonant perhaps doubled, reads as that animal. Words any English dictionary knows ("catty", "ladder",
"fishy") or WordNet knows as a noun are left alone (only "-o" and "-er" forms may be words of another
kind: "doggo" the adverb), and so are endings after anything but an animal's noun.
"""

from __future__ import annotations

from limner.reason.concepts import dictionary_words, singular_of
from limner.reason.vocab import Lexicon, Tag

#: Pet endings, longest first.
_ENDINGS = ("ie", "er", "o", "y")
#: Endings that make adjectives of nouns too ("fishy", "catty"): a dictionary word with one is that word.
_ADJECTIVE_ENDINGS = frozenset({"y", "ie"})
#: Lexicon categories of animals (a pet ending on a person's noun is mostly a word of its own).
_ANIMALS = frozenset({"animal", "bird", "fish", "insect"})
#: The shortest pet form read ("doggo"): shorter words are too often slips or words of their own.
_MIN_LENGTH = 5


def pet_form(word: str, lex: Lexicon) -> tuple[Tag, ...] | None:
    """The animal noun tags ``word`` is a pet form of ("doggo" → dog, "froggies" → frogs), or None."""
    if len(word) < _MIN_LENGTH or not word.isalpha() or singular_of(word) is not None:
        return None
    found = _animal(word, lex, plural=False)
    if found is None and word.endswith("s"):
        one = word[:-3] + "y" if word.endswith("ies") else word[:-1]
        found = _animal(one, lex, plural=True)
    return found


def _animal(word: str, lex: Lexicon, plural: bool) -> tuple[Tag, ...] | None:
    for ending in _ENDINGS:
        if not word.endswith(ending) or len(word) - len(ending) < 3:
            continue
        if ending in _ADJECTIVE_ENDINGS and word in dictionary_words():
            return None  # "fishy", "catty": adjectives
        stem = word[: -len(ending)]
        for base in (stem[:-1], stem) if stem[-1] == stem[-2] else (stem,):
            key = (base + "s",) if plural else (base,)
            tags = tuple(t for t in lex.phrases.get(key, ()) if t.kind == "noun")
            info = lex.nouns.get(tags[0].value) if tags else None
            if info is not None and info.category in _ANIMALS:
                return tags
    return None


__all__ = ["pet_form"]
