"""Emoji that stand for objects become words: "🍎🍎🍎" → "3 red apple", "🐶" → "dog".

Names come from the ``emoji`` package (CLDR short names); a run of the same emoji is a count.
Only called when the text has a character outside Latin ranges, so plain prompts pay nothing.
"""

from __future__ import annotations

import re

import emoji

_DROP = frozenset({"face"})
_NAME = re.compile(r":([a-z0-9_&'.-]+):")
_NEIGHBOURS = re.compile(r"(:[a-z0-9_&'.-]+:)\s*(?=:[a-z0-9_&'.-]+:)")
_RUN = re.compile(r"(:[a-z0-9_&'.-]+:)(?:\s*\1)+")


def has_emoji(text: str) -> bool:
    # the highest character says whether any is at U+2000 or above (in C, not a loop here)
    return not text.isascii() and ord(max(text)) >= 0x2000 and emoji.emoji_count(text) > 0


def _words(name: str) -> str:
    words = [w for w in name.replace("-", "_").split("_") if w]
    if "with" in words[1:]:  # "bowl_with_spoon", "house_with_garden": the thing, not its accessory
        words = words[: words.index("with", 1)]
    kept = [w for w in words if w not in _DROP] or words
    return " ".join(kept)


#: A word and, right after it, an emoji of the same thing ("a ball ⚽", "a dog 🐶").
_SAID = re.compile(r"\b([^\W\d_]+)\s*:([a-z0-9_&'.-]+):")


def _said_again(match: re.Match[str]) -> str:
    """The emoji's name in place of the word when its last word is that word: one thing, named twice."""
    word, name = match.group(1), _words(match.group(2))
    head = name.split()[-1]
    return f" {name} " if head in (word.lower(), word.lower().removesuffix("s")) else match.group(0)


def emoji_to_words(text: str) -> str:
    """``text`` with each emoji replaced by its name as words (runs of one emoji counted)."""
    if not has_emoji(text):
        return text
    named = emoji.demojize(text).replace("\ufe0f", "")

    def run(match: re.Match[str]) -> str:
        times = match.group(0).count(match.group(1))
        return f" {times} {match.group(1)} "

    named = _RUN.sub(run, named)
    named = _SAID.sub(_said_again, named)  # "a ball ⚽": one soccer ball
    named = _NEIGHBOURS.sub(r"\1 , ", named)  # "🚗🚕": two things, not one "car taxi"
    return _NAME.sub(lambda m: f" {_words(m.group(1))} ", named)


__all__ = ["emoji_to_words", "has_emoji"]
