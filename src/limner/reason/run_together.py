"""Words run together: "redcar", "bluetruck", "threecats", "2dogs". A word nothing knows (neither the
lexicon nor WordNet) that is a colour or a count word glued to a known thing reads as the two words.
Real words ("greenhouse", "blackboard", "reddish", "tennis": any word WordNet knows) never reach this
rule."""

from __future__ import annotations

from limner.reason.concepts import dictionary_words, singular_of
from limner.reason.vocab import Lexicon

#: The shortest part either side of the split (a count in digits may be one).
_MIN_PART = 2


def _kind(lex: Lexicon, word: str) -> str | None:
    tags = lex.phrases.get((word,))
    return tags[0].kind if tags else None


def split_glued(word: str, lex: Lexicon) -> tuple[str, str] | None:
    """(count or colour, thing) where ``word`` is the two run together; None otherwise. Of several
    splits the longest first part wins ("pinkflower": "pink", not "pin")."""
    if (word,) in lex.phrases or word in lex.stopwords or len(word) < 2 * _MIN_PART:
        return None
    if singular_of(word) is not None or word in dictionary_words():
        return None  # a word WordNet knows ("redwood", "bluebell", "reddish", "tennis", "sixties")
    for cut in range(len(word) - _MIN_PART, 0, -1):
        first, rest = word[:cut], word[cut:]
        if len(first) < _MIN_PART and not first.isdigit():
            continue  # "2dogs" splits after a digit; "a" + "nt" is no split
        if _kind(lex, first) in ("color", "num") and _kind(lex, rest) == "noun" and first not in ("a", "an"):
            return first, rest
    return None


__all__ = ["split_glued"]
