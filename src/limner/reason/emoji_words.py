"""Emoji that stand for objects become words: "🍎🍎🍎" → "3 red apple", "🐶" → "dog".

Names come from the ``emoji`` package (CLDR short names); a run of the same emoji is a count.
Only called when the text has a character outside Latin ranges, so plain prompts pay nothing.
"""

from __future__ import annotations

import re

import emoji

_DROP = frozenset({"face"})
_NAME = re.compile(r":([a-z0-9_&'.-]+):")
_RUN = re.compile(r"(:[a-z0-9_&'.-]+:)(?:\s*\1)+")


def has_emoji(text: str) -> bool:
    return any(ord(ch) >= 0x2000 for ch in text) and emoji.emoji_count(text) > 0


def _words(name: str) -> str:
    words = [w for w in name.replace("-", "_").split("_") if w]
    kept = [w for w in words if w not in _DROP] or words
    return " ".join(kept)


def emoji_to_words(text: str) -> str:
    """``text`` with each emoji replaced by its name as words (runs of one emoji counted)."""
    if not has_emoji(text):
        return text
    named = emoji.demojize(text).replace("\ufe0f", "")

    def run(match: re.Match[str]) -> str:
        times = match.group(0).count(match.group(1))
        return f" {times} {match.group(1)} "

    named = _RUN.sub(run, named)
    return _NAME.sub(lambda m: f" {_words(m.group(1))} ", named)


__all__ = ["emoji_to_words", "has_emoji"]
