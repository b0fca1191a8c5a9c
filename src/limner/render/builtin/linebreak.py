"""Line-break opportunities and grapheme clusters, from ICU (Unicode UAX #14 and UAX #29).

ICU's line breaker implements the Unicode line-breaking algorithm, with dictionaries for
scripts written without spaces (Thai, Lao, Khmer, Myanmar: breaks at word boundaries) and
the CJK rules (kinsoku: no line starts with 、。）」 or small kana; none ends with an opening
bracket). Korean is written with spaces between words and wraps at them (keep-all), so a
Korean word only breaks inside when it alone is wider than the line.
"""

from __future__ import annotations

import itertools
from functools import lru_cache

import icu  # type: ignore[import-untyped]

#: A token of a paragraph: its text and whether a space separates it from the previous token.
Token = tuple[str, bool]


def _locale(language: str) -> icu.Locale:
    return icu.Locale(language.replace("-", "_") or "en")


def _offsets(text: str) -> list[int]:
    """Python index for each UTF-16 offset ICU reports (astral characters take two units)."""
    table: list[int] = []
    for index, ch in enumerate(text):
        table.append(index)
        if ord(ch) > 0xFFFF:
            table.append(index)
    table.append(len(text))
    return table


def _boundaries(iterator: icu.BreakIterator, text: str) -> list[int]:
    iterator.setText(icu.UnicodeString(text))
    table = _offsets(text)
    return sorted({0, *(table[b] for b in iterator), len(text)})


@lru_cache(maxsize=4096)
def line_segments(paragraph: str, language: str = "en") -> tuple[str, ...]:
    """Pieces of ``paragraph`` between line-break opportunities (spaces stay at piece ends)."""
    if not paragraph:
        return ()
    breaker = icu.BreakIterator.createLineInstance(_locale(language))
    cuts = _boundaries(breaker, paragraph)
    return tuple(paragraph[a:b] for a, b in itertools.pairwise(cuts) if b > a)


def _is_hangul(ch: str) -> bool:
    code = ord(ch)
    return 0xAC00 <= code <= 0xD7A3 or 0x1100 <= code <= 0x11FF or 0x3130 <= code <= 0x318F


def tokenize(paragraph: str, language: str = "en") -> list[Token]:
    """Tokens of one paragraph (no newlines) at its line-break opportunities."""
    tokens: list[Token] = []
    spaced = False
    keep_all = language.lower().startswith("ko")
    for piece in line_segments(paragraph, language):
        word = piece.rstrip()
        if word and word == word.lstrip():
            glue = (
                keep_all
                and bool(tokens)
                and not spaced
                and _is_hangul(word[0])
                and _is_hangul(tokens[-1][0][-1])
            )
            if glue:
                tokens[-1] = (tokens[-1][0] + word, tokens[-1][1])
            else:
                tokens.append((word, spaced and bool(tokens)))
        elif word.strip():
            tokens.append((word.strip(), bool(tokens)))
        spaced = piece != word or (bool(word) and word != word.lstrip())
    return tokens


@lru_cache(maxsize=4096)
def graphemes(text: str) -> tuple[str, ...]:
    """Extended grapheme clusters of ``text`` (a base letter with its marks, an emoji sequence)."""
    if not text:
        return ()
    cuts = _boundaries(icu.BreakIterator.createCharacterInstance(icu.Locale("en")), text)
    return tuple(text[a:b] for a, b in itertools.pairwise(cuts) if b > a)


__all__ = ["Token", "graphemes", "line_segments", "tokenize"]
