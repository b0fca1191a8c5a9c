"""Simplified ↔ Traditional Chinese forms of a word (build time only).

opencc-python-reimplemented (Apache-2.0) converts character by character and, with the Taiwan phrase
tables (``s2twp``, ``tw2sp``), swaps whole regional words ("鼠标" ↔ "滑鼠", "出租车" ↔ "計程車"). A zh
noun row lists its word in both scripts so that a prompt in either reads the same.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from opencc import OpenCC

#: OpenCC configurations applied to every zh word: Simplified → Traditional (plain and Taiwan
#: phrases), Traditional → Simplified (plain and from Taiwan phrases)
CONFIGS = ("s2t", "s2twp", "t2s", "tw2sp")


@cache
def _converter(config: str) -> Any:
    return OpenCC(config)


@cache
def script_forms(word: str) -> tuple[str, ...]:
    """``word`` first, then its other-script spellings (no duplicates)."""
    return tuple(dict.fromkeys([word, *(str(_converter(c).convert(word)) for c in CONFIGS)]))


__all__ = ["CONFIGS", "script_forms"]
