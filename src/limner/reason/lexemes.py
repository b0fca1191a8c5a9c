"""Lexemes: the longest known phrase at each position of a sentence's tokens.

The phrase table is the lexicon's (:mod:`limner.reason.vocab`) plus the grammar tables the parser reads:
verb frames (``verbs.tsv``, :mod:`limner.reason.frames`) and count edits (``count_edits.tsv``,
:mod:`limner.reason.counts`). An unknown word one edit from a known noun reads as that noun
(:mod:`limner.reason.typos`).
"""

from __future__ import annotations

from dataclasses import dataclass

from limner.reason.counts import count_edits
from limner.reason.frames import frames
from limner.reason.segment import Token
from limner.reason.typos import correct
from limner.reason.vocab import Lexicon, Tag


@dataclass(frozen=True)
class Lexeme:
    text: str
    tags: tuple[Tag, ...]
    kind: str = "phrase"  # "phrase", "punct", "quote", "word" (unknown)
    quote: int = -1

    def has(self, kind: str) -> bool:
        return any(t.kind == kind for t in self.tags)

    def tag(self, kind: str) -> Tag:
        return next(t for t in self.tags if t.kind == kind)


def lexemes_of(tokens: tuple[Token, ...], lex: Lexicon, notes: list[str] | None = None) -> list[Lexeme]:
    """Longest-match the lexicon over runs of words; punctuation and quotes pass through.

    An unknown word one edit from a known noun reads as that noun (noted in ``notes``).
    """
    out: list[Lexeme] = []
    i = 0
    n = len(tokens)
    max_len = max(lex.max_len, frames().max_len, count_edits().max_len)
    while i < n:
        token = tokens[i]
        if token.kind == "punct":
            out.append(Lexeme(token.text, (), kind="punct"))
            i += 1
            continue
        if token.kind == "quote":
            out.append(Lexeme("", (), kind="quote", quote=token.quote))
            i += 1
            continue
        end = i
        while end < n and end - i < max_len and tokens[end].kind == "word":
            end += 1
        for length in range(end - i, 0, -1):
            key = tuple(t.text for t in tokens[i : i + length])
            tags = _lookup(lex, key)
            if tags:
                after = i + length
                if after < n and tokens[after].kind == "word" and (tokens[after].text,) not in lex.phrases:
                    fixed = correct(tokens[after].text, lex)  # "teddy baer": the phrase "teddy bear"
                    longer = lex.phrases.get((*key, fixed)) if fixed is not None else None
                    if longer and fixed is not None:
                        if notes is not None:
                            notes.append(f"typo: '{tokens[after].text}' read as '{fixed}'")
                        key, tags, length = (*key, fixed), longer, length + 1
                out.append(Lexeme(" ".join(key), tags))
                i += length
                break
        else:
            word = token.text
            nxt = tokens[i + 1] if i + 1 < n and tokens[i + 1].kind == "word" else None
            fixed_next = correct(nxt.text, lex) if nxt is not None else None
            pair = lex.phrases.get((word, fixed_next)) if fixed_next is not None else None
            if pair and nxt is not None and fixed_next is not None:  # "hot dgo": the phrase "hot dog"
                if notes is not None:
                    notes.append(f"typo: '{nxt.text}' read as '{fixed_next}'")
                out.append(Lexeme(f"{word} {fixed_next}", pair))
                i += 2
                continue
            fixed = correct(word, lex)
            if fixed is not None:
                if notes is not None:
                    notes.append(f"typo: '{word}' read as '{fixed}'")
                out.append(Lexeme(fixed, lex.phrases[(fixed,)]))
                i += 1
                continue
            kind = "stop" if word in lex.stopwords else "word"
            out.append(Lexeme(word, (), kind=kind))
            i += 1
    return out


def _lookup(lex: Lexicon, key: tuple[str, ...]) -> tuple[Tag, ...] | None:
    """The lexicon's tags for a phrase, plus a ``frame`` tag when ``verbs.tsv`` knows it."""
    tags = lex.phrases.get(key)
    frame = frames().phrases.get(key)
    edit = count_edits().phrases.get(key)
    if frame is None and edit is None:
        return tags
    extra: list[Tag] = [Tag("frame", frame.phrase)] if frame is not None else []
    if edit is not None:
        extra.append(Tag("countedit", edit.phrase))
    return (*(tags or ()), *extra)


__all__ = ["Lexeme", "lexemes_of"]
