"""Tokenize a prompt in one language into lexicon items.

Spaced languages: longest match over words, with German/Romance endings the lexicon does not list.
zh/ja: longest match over characters, kept inside the words of a real tokenizer (jieba for zh,
janome for ja, see :mod:`.segment`), which also gives dictionary forms of inflected words.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from limner.reason.i18n.diminutive import diminutive_noun
from limner.reason.i18n.lexicon import SPACELESS, Entry, LangLexicon, shared_forms
from limner.reason.i18n.segment import segments

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
            elif word.isdigit():
                hit = Token("digits", _ascii_digits(word), word)
            else:
                hit = _inflected(word, lex) or _compound(word, lex) or _diminutive(word, lex)
                hit = hit or Token("word", word.lower(), word)
        out.append(hit)
    return _join_quotes(out)


_ENDINGS = ("en", "em", "er", "es", "e", "n", "s")


#: colour-word suffixes: "orangefarbenen", "pinkfarbig" (de), "azulado" is not one of them
_COLOR_SUFFIXES = ("farben", "farbig", "farbene", "farbenen", "farbener", "farbenes", "farbenem", "farbige")


def _inflected(word: str, lex: LangLexicon) -> Token | None:
    """Adjective and noun endings the lexicon does not list ("roten", "blaue", "Hundes")."""
    low = word.lower()
    for suffix in _COLOR_SUFFIXES:
        stem = low.removesuffix(suffix).rstrip("-")
        if low.endswith(suffix) and stem:
            entry = lex.forms.get(stem)
            if entry is not None and entry.kind == "color":
                return Token(entry.kind, entry.canonical, word, entry.extra)
    for ending in _ENDINGS:
        if low.endswith(ending) and len(low) > len(ending) + 2:
            entry = lex.forms.get(low[: -len(ending)])
            if entry is not None and entry.kind in ("color", "noun"):
                return Token(entry.kind, entry.canonical, word, entry.extra)
    return None


#: ``Token.extra`` of a German compound read by its head noun: ``COMPOUND`` + the modifier ("+holz")
COMPOUND = "+"
_MIN_HEAD = 4
_MIN_MODIFIER = 3


def _compound(word: str, lex: LangLexicon) -> Token | None:
    """A German noun the lexicon lacks, read by the longest known noun it ends in ("Holzstuhl" → a
    chair): German compounds are head-final. Only capitalised words (German nouns) and only a noun
    head of at least four letters; a colour or function word at the end is no head."""
    if lex.lang != "de" or not word[:1].isupper() or "-" in word:
        return None
    low = word.lower()
    for k in range(_MIN_MODIFIER, len(low) - _MIN_HEAD + 1):
        entry = lex.forms.get(low[k:])
        head = Token(entry.kind, entry.canonical, word) if entry is not None else _inflected(low[k:], lex)
        if head is not None and head.kind == "noun":  # "Holzstühle": the head inflected
            return Token("noun", head.canonical, word, COMPOUND + low[:k])
    return None


def _diminutive(word: str, lex: LangLexicon) -> Token | None:
    """A diminutive the lexicon lacks, read as its noun ("gatito" → cat); German ones are capitalised."""
    if lex.lang == "de" and not word[:1].isupper():
        return None
    entry = diminutive_noun(word, lex.lang)
    return Token("noun", entry.canonical, word, entry.extra) if entry is not None else None


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


def _match(text: str, i: int, lex: LangLexicon, after_number: bool) -> tuple[Entry, int] | None:
    """The lexicon's longest item at ``text[i:]`` (a counter right after a number wins one character)."""
    for n in range(min(lex.longest, len(text) - i), 0, -1):
        entry = lex.forms.get(text[i : i + n].lower())
        if entry is None:
            continue
        if after_number and n == 1 and entry.kind != "counter":
            counter = next((e for e in lex.of_kind("counter") if text[i] in e.forms), None)
            if counter is not None:
                entry = counter
        elif not after_number and entry.kind == "counter":
            entry = shared_forms(lex.lang, "counter").get(
                text[i : i + n].lower(), entry
            )  # "人が二人": 人 is a person
        return entry, n
    return None


def _covered(word: str, lex: LangLexicon) -> bool:
    """Every character of ``word`` belongs to a lexicon item (or is a digit): "一只", "白猫", "红色的";
    a counter only right after a number ("花瓶" is no flower with a bottle counter)."""
    i = 0
    after_number = False
    while i < len(word):
        if word[i].isdigit() or not word[i].isalnum():
            i += 1
            after_number = word[i - 1].isdigit()
            continue
        hit = _match(word, i, lex, after_number)
        if hit is None or (hit[0].kind == "counter" and not after_number):
            return False
        after_number = hit[0].kind == "number"
        i += hit[1]
    return True


def _word_ends(text: str, lang: str) -> tuple[dict[int, int], dict[int, str]]:
    """Segment start → end and start → dictionary form, from the language's tokenizer."""
    ends: dict[int, int] = {}
    bases: dict[int, str] = {}
    for seg in segments(lang, text):
        for k in range(seg.start, seg.end):
            ends[k] = seg.end
        if seg.base:
            bases[seg.start] = seg.base
    return ends, bases


def _spaceless(text: str, lex: LangLexicon) -> list[Token]:
    """Longest lexicon match, kept to the tokenizer's words: a known item inside an unknown word
    ("猫" in "猫头鹰", "車" in an unknown compound) does not match; inflected forms read by their
    dictionary form ("赤く" → "赤い")."""
    ends, bases = _word_ends(text, lex.lang)
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
        word_end = max(ends.get(i, i + 1), i + 1)
        hit = _match(text, i, lex, bool(out) and out[-1].kind in ("number", "digits"))
        if hit is None and ch.isdigit():
            j = i
            while j < len(text) and text[j].isdigit():
                j += 1
            out.append(Token("digits", _ascii_digits(text[i:j]), text[i:j]))
            i = j
            continue
        if hit is not None and (i + hit[1] >= word_end or _covered(text[i:word_end], lex)):
            entry, n = hit
            out.append(Token(entry.kind, entry.canonical, text[i : i + n], entry.extra))
            i += n
            continue
        if not ch.isalnum():
            out.append(Token("punct", ch, ch))
            i += 1
            continue
        out.extend(_unknown_word(text, i, word_end, bases.get(i, ""), lex))
        i = word_end
    return out


def _unknown_word(text: str, start: int, end: int, base: str, lex: LangLexicon) -> list[Token]:
    """A tokenizer word the lexicon has no item for: read by its dictionary form ("赤く" → 赤い),
    else by a noun it ends in (compounds are head-final: "棕熊" a bear, "野良猫" a cat), else unknown."""
    word = text[start:end]
    entry = lex.forms.get(base.lower()) if base and base != word else None
    if entry is not None:
        return [Token(entry.kind, entry.canonical, word, entry.extra)]
    for k in range(start + 1, end):
        head = lex.forms.get(text[k:end].lower())
        if head is not None and head.kind == "noun":
            return [
                Token("word", text[start:k], text[start:k]),
                Token("noun", head.canonical, text[k:end], head.extra),
            ]
    return [Token("word", word, word)]


def _ascii_digits(digits: str) -> str:
    return "".join(str(unicodedata.digit(d, 0)) for d in digits)


def tokenize(text: str, lex: LangLexicon) -> list[Token]:
    if lex.lang in SPACELESS:
        return _spaceless(text, lex)
    return _spaced(text, lex)


__all__ = ["COMPOUND", "Token", "tokenize"]
