"""Japanese morphological analysis with janome (Apache-2.0), loaded once per process on first use."""

from __future__ import annotations

import functools

from janome.tokenizer import Token, Tokenizer


@functools.cache
def _tokenizer() -> Tokenizer:
    return Tokenizer()


def words(text: str) -> tuple[tuple[str, str], ...]:
    """(surface, dictionary form) per morpheme: 赤く → 赤い, 置かれ → 置く."""
    out: list[tuple[str, str]] = []
    for token in _tokenizer().tokenize(text):
        if not isinstance(token, Token):  # wakati mode only
            continue
        base = token.base_form if token.base_form != "*" else token.surface
        out.append((str(token.surface), str(base)))
    return tuple(out)


__all__ = ["words"]
