"""Whether a prompt already reads as English: most of its words are English words the reasoner knows.

The language detector judges short prompts on little evidence; a prompt whose words are almost all
English (lexicon phrases, stopwords or common English words) is read as written, never "translated".
"""

from __future__ import annotations

from limner.reason.concepts import dictionary_words
from limner.reason.parse import lexemes_of
from limner.reason.segment import tokenize
from limner.reason.vocab import Lexicon

#: Share of a prompt's words that must be English for it to be read as English.
ENGLISH_SHARE = 0.8


def english_share(text: str, lex: Lexicon) -> float:
    """The share of ``text``'s words that are English (1.0 for a text without words)."""
    if not text.isascii():
        return 0.0
    known = total = 0
    for lexeme in lexemes_of(tokenize(text), lex):
        if lexeme.kind in ("punct", "quote"):
            continue
        words = max(1, len(lexeme.text.split()))
        total += words
        if lexeme.kind in ("phrase", "stop") or lexeme.text in lex.real_words or _plural_word(lexeme.text):
            known += words
    return known / total if total else 1.0


def _plural_word(word: str) -> bool:
    """A regular plural of an English word WordNet knows in any part of speech ("objects", "items": the
    list headings people write before the things themselves)."""
    return len(word) > 3 and word.endswith("s") and word[:-1] in dictionary_words()


def reads_as_english(text: str, lex: Lexicon) -> bool:
    return english_share(text, lex) >= ENGLISH_SHARE


__all__ = ["ENGLISH_SHARE", "english_share", "reads_as_english"]
