"""Stage 2 — segment: sentences, then clause-aware tokens (words, commas, quotes)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from limner.reason.edit_first import edit_first
from limner.reason.emoji_words import emoji_to_words
from limner.reason.normalize import Normalized

_SENTENCE_END = re.compile(r"(?<!\d)[.!?;]+(?!\d)|\n+")
_GRID_SIZE = re.compile(r"\b(\d{1,2})\s*(?:by|x|\u00d7|\*)\s*(\d{1,2})\b")
_TOKEN = re.compile(r"\u27e6(\d+)\u27e7|(#[0-9a-f]{6}(?![0-9a-z])|[a-z0-9]+(?:'[a-z]+)?)|([,:])")
#: Counts written as multiples: "4x red balloons", "2 x cats" (the count before), "cats x3", "apples: 5"
#: (the count after the thing, at the end of a clause).
_TIMES_BEFORE = re.compile(r"\b(\d{1,2})\s*[x\u00d7]\s+(?=[a-z])")
_TIMES_AFTER = re.compile(r"\b([a-z]{3,})\s+[x\u00d7]\s?(\d{1,2})\b")
_COUNT_AFTER = re.compile(r"\b([a-z]{3,})\s*:\s*(\d{1,2})\s*(?=$|[,.;!?])")
#: "x2 cats", "and x3 dogs": the multiple written before the thing, opening its phrase.
_TIMES_OPENING = re.compile(r"(^|[,:;]\s*|\band\s+)[x\u00d7](\d{1,2})\s+(?=[a-z])")
#: Every pattern above needs a digit: a text with none skips them.
_DIGIT = re.compile(r"\d")
#: "each of the three vases holds a rose": the three vases, each (one each of what they have).
_EACH_OF = re.compile(r"\beach of (?:the|these|those|my|his|her|their|our) ((?:[a-z]+ ){0,2}?[a-z]+s)\b")

#: Sentences beyond this many are ignored (with a warning); keeps 8000-char prompts fast.
MAX_SENTENCES = 200


@dataclass(frozen=True)
class Token:
    kind: str  # "word", "punct" or "quote"
    text: str
    quote: int = -1


@dataclass(frozen=True)
class Segment:
    index: int
    text: str
    tokens: tuple[Token, ...]
    clauses: int


def _restore(text: str, quotes: tuple[str, ...]) -> str:
    return re.sub(r"\u27e6(\d+)\u27e7", lambda m: f"'{quotes[int(m.group(1))]}'", text).strip()


@lru_cache(maxsize=4096)
def _token(kind: str, text: str) -> Token:
    """A word or punctuation token: immutable, so one instance serves every prompt that has it."""
    return Token(kind, text)


def tokenize(text: str) -> tuple[Token, ...]:
    tokens: list[Token] = []
    text = emoji_to_words(text).lower()
    if _DIGIT.search(text) is not None:
        text = _GRID_SIZE.sub(r"\1x\2", text)  # "2 by 2", "3 × 3" → "2x2", "3x3"
        text = _TIMES_BEFORE.sub(r"\1 ", text)
        text = _COUNT_AFTER.sub(r"\2 \1", _TIMES_AFTER.sub(r"\2 \1", text))
        text = _TIMES_OPENING.sub(r"\1\2 ", text)
    if "each of " in text:
        text = _EACH_OF.sub(r"\1 each", text)
    for match in _TOKEN.finditer(text.replace("-", " ")):
        quote, word, punct = match.groups()
        if quote is not None:
            tokens.append(Token("quote", "", int(quote)))
        elif word is not None:
            tokens.append(_token("word", word))
        else:
            tokens.append(_token("punct", punct or ","))
    return tuple(tokens)


def segment(normalized: Normalized) -> list[Segment]:
    """Split into sentences (``. ! ? ;`` and newlines); drop ones with nothing to read."""
    segments: list[Segment] = []
    start = 0
    pieces: list[str] = []
    for match in _SENTENCE_END.finditer(normalized.text):
        pieces.append(normalized.text[start : match.start()])
        start = match.end()
    pieces.append(normalized.text[start:])
    pieces = [part for piece in pieces for part in edit_first(piece)]  # "make it red: a car"
    for piece in pieces:
        tokens = tokenize(piece)
        if not any(t.kind != "punct" for t in tokens):
            continue
        clauses = 1 + sum(1 for t in tokens if t.kind == "punct")
        segments.append(Segment(len(segments), _restore(piece, normalized.quotes), tokens, clauses))
        if len(segments) >= MAX_SENTENCES:
            break
    return segments


__all__ = ["MAX_SENTENCES", "Segment", "Token", "segment", "tokenize"]
