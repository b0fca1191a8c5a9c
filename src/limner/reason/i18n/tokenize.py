"""Tokenize a prompt in one language into lexicon items (longest match; characters for zh/ja)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from limner.reason.i18n.lexicon import SPACELESS, LangLexicon

_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*(?:['’](?=[^\W\d_]))?|\d+|\S", re.UNICODE)


@dataclass(frozen=True)
class Token:
    kind: str  # lexicon kind, "punct", "quote" or "word" (unknown)
    canonical: str
    source: str
    extra: str = ""


def _words(text: str) -> list[str]:
    out: list[str] = []
    for match in _WORD.finditer(text):
        out.append(match.group(0).replace("’", "'"))
    return out


def _spaced(text: str, lex: LangLexicon) -> list[Token]:
    words = _words(text)
    out: list[Token] = []
    i = 0
    while i < len(words):
        hit: Token | None = None
        for n in range(min(lex.longest, len(words) - i), 0, -1):
            parts = words[i : i + n]
            key = " ".join(parts).lower().replace("' ", "'")
            entry = lex.forms.get(key)
            if entry is not None:
                hit = Token(entry.kind, entry.canonical, " ".join(parts).replace("' ", "'"), entry.extra)
                i += n
                break
        if hit is None:
            word = words[i]
            i += 1
            if word.startswith("\u27e6") or word == "\u27e6":
                hit = Token("quote", word, word)
            elif not word[0].isalnum():
                hit = Token("punct", word, word)
            else:
                hit = _inflected(word, lex) or Token("word", word.lower(), word)
        out.append(hit)
    return _join_quotes(out)


_ENDINGS = ("en", "em", "er", "es", "e", "n", "s")


def _inflected(word: str, lex: LangLexicon) -> Token | None:
    """Adjective and noun endings the lexicon does not list ("roten", "blaue", "Hundes")."""
    low = word.lower()
    for ending in _ENDINGS:
        if low.endswith(ending) and len(low) > len(ending) + 2:
            entry = lex.forms.get(low[: -len(ending)])
            if entry is not None and entry.kind in ("color", "noun"):
                return Token(entry.kind, entry.canonical, word, entry.extra)
    return None


def _join_quotes(tokens: list[Token]) -> list[Token]:
    """⟦n⟧ markers split into ⟦, n, ⟧ by the word pattern: join them back."""
    out: list[Token] = []
    i = 0
    while i < len(tokens):
        t = tokens[i]
        if t.source == "\u27e6" and i + 2 < len(tokens) and tokens[i + 2].source == "\u27e7":
            mark = "\u27e6" + tokens[i + 1].source + "\u27e7"
            out.append(Token("quote", mark, mark))
            i += 3
            continue
        out.append(t)
        i += 1
    return out


def _spaceless(text: str, lex: LangLexicon) -> list[Token]:
    out: list[Token] = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch.isspace():
            i += 1
            continue
        if ch == "\u27e6":
            end = text.find("\u27e7", i)
            if end > i:
                out.append(Token("quote", text[i : end + 1], text[i : end + 1]))
                i = end + 1
                continue
        after_number = bool(out) and out[-1].kind == "number"
        hit: Token | None = None
        for n in range(min(lex.longest, len(text) - i), 0, -1):
            entry = lex.forms.get(text[i : i + n].lower())
            if entry is None:
                continue
            if after_number and n == 1 and entry.kind != "counter":
                counter = next((e for e in lex.of_kind("counter") if text[i] in e.forms), None)
                if counter is not None:
                    entry = counter
            hit = Token(entry.kind, entry.canonical, text[i : i + n], entry.extra)
            i += n
            break
        if hit is None:
            if ch.isdigit():
                j = i
                while j < len(text) and text[j].isdigit():
                    j += 1
                hit = Token("digits", text[i:j], text[i:j])
                i = j
            else:
                kind = "punct" if not ch.isalnum() else "word"
                hit = Token(kind, ch, ch)
                i += 1
        out.append(hit)
    return out


def tokenize(text: str, lex: LangLexicon) -> list[Token]:
    if lex.lang in SPACELESS:
        return _spaceless(text, lex)
    return _spaced(text, lex)


__all__ = ["Token", "tokenize"]
