"""Chinese word segmentation with jieba's dictionary (MIT), loaded once per process on first use."""

from __future__ import annotations

import functools
import logging

import jieba


@functools.cache
def _tokenizer() -> jieba.Tokenizer:
    jieba.setLogLevel(logging.WARNING)
    tokenizer = jieba.Tokenizer()
    tokenizer.initialize()
    return tokenizer


def words(text: str) -> tuple[tuple[str, str], ...]:
    """(surface, dictionary form) per word; dictionary words only (no HMM guesses for new words)."""
    return tuple((w, w) for w in _tokenizer().lcut(text, HMM=False))


__all__ = ["words"]
