"""Detect a prompt's language: script first (Kana → ja, Han → zh, Hangul → ko), then lexicon hits."""

from __future__ import annotations

import functools
import re

from limner.reason.i18n.lexicon import HAND, LANGUAGES, SPACELESS, lang_lexicon

_LATIN_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_QUOTED = re.compile(r"\"[^\"]*\"|“[^”]*”|«[^»]*»|„[^“”]*[“”]|「[^」]*」|『[^』]*』|'[^']*'|‘[^’]*’")

#: English function and scene words that outweigh a stray foreign word.
_ENGLISH = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "and",
        "with",
        "on",
        "in",
        "to",
        "at",
        "is",
        "are",
        "photo",
        "picture",
        "image",
        "left",
        "right",
        "above",
        "below",
        "under",
        "over",
        "one",
        "two",
        "three",
        "four",
        "five",
        "red",
        "blue",
        "green",
        "black",
        "white",
        "yellow",
        "next",
        "without",
        "no",
        "not",
        # German forms that are English words too: English evidence, never German ("im Sand", "eines Sees")
        "sand",
        "sees",
        # place and verb forms of the other languages that are English words too ("au zoo", "am Pool")
        "zoo",
        "village",
        "port",
        "restaurant",
        "farm",
        "pool",
        "cafe",
        "patio",
        "plane",
    ]
)


@functools.cache
def _spaced_words(lang: str) -> frozenset[str]:
    lex = lang_lexicon(lang)
    words: set[str] = set()
    for entry in lex.entries:
        if entry.source != HAND:  # generated nouns may be loanwords English shares
            continue
        for form in entry.forms:
            words.update(w.strip("'") for w in form.lower().split())
    return frozenset(w for w in words if w and w not in _ENGLISH)  # "a" of "il y a" is no evidence


@functools.cache
def _all_words(lang: str) -> frozenset[str]:
    """Every single-word form of the language's lexicon, generated nouns included: only breaks ties
    between languages whose function words score the same ("un portatile, un mouse" is Italian)."""
    return frozenset(
        form.lower() for entry in lang_lexicon(lang).entries for form in entry.forms if " " not in form
    )


def _script_language(text: str) -> str | None:
    if text.isascii():
        return None  # no kana, hangul or han (the loop below, skipped for most prompts)
    han = False
    for ch in text:
        code = ord(ch)
        if 0x3040 <= code <= 0x30FF:
            return "ja"
        if 0xAC00 <= code <= 0xD7AF or 0x1100 <= code <= 0x11FF:
            return "ko"
        if 0x4E00 <= code <= 0x9FFF:
            han = True
    return "zh" if han else None


def _covered(text: str, lang: str) -> int:
    """Characters of ``text`` inside the language's lexicon items (greedy longest match)."""
    lex = lang_lexicon(lang)
    covered, i = 0, 0
    while i < len(text):
        for n in range(min(lex.longest, len(text) - i), 0, -1):
            if text[i : i + n] in lex.forms:
                covered += n
                i += n
                break
        else:
            i += 1
    return covered


def detect_language(prompt: str) -> str:
    """BCP-47 code of the prompt's language (quoted text is not counted); ``en`` when unsure."""
    text = _QUOTED.sub(" ", prompt)
    by_script = _script_language(text)
    if by_script == "zh" and _covered(text, "ja") > _covered(text, "zh"):
        return "ja"  # kanji only, in Japanese words ("犬3匹", "赤色の車")
    if by_script is not None:
        return by_script
    words = [w.lower() for w in _LATIN_WORD.findall(text)]
    if not words:
        return "en"
    english = sum(map(_ENGLISH.__contains__, words))  # counted in C: asked of every prompt
    best, best_score = "en", (english, 0)
    for lang in LANGUAGES:
        if lang in SPACELESS:
            continue
        vocab = _spaced_words(lang)
        score = sum(map(vocab.__contains__, words))
        if score <= english:
            continue
        known = _all_words(lang)
        ranked = (score, sum(map(known.__contains__, words)))
        if ranked > best_score:
            best, best_score = lang, ranked
    return best


__all__ = ["detect_language"]
