"""Bidirectional text: embedding levels from ICU's implementation of the Unicode Bidi Algorithm
(UAX #9), and reordering of runs for display (rule L2)."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import TypeVar

import icu  # type: ignore[import-untyped]

T = TypeVar("T")


@lru_cache(maxsize=4096)
def levels(text: str, rtl_paragraph: bool) -> tuple[int, ...]:
    """The resolved embedding level of each character (odd = right-to-left)."""
    if not text:
        return ()
    bidi = icu.Bidi()
    bidi.setPara(icu.UnicodeString(text), 1 if rtl_paragraph else 0)
    units = bidi.getLevels()
    out: list[int] = []
    unit = 0
    for ch in text:
        out.append(int(units[unit]) if unit < len(units) else (1 if rtl_paragraph else 0))
        unit += 2 if ord(ch) > 0xFFFF else 1
    return tuple(out)


def visual_order(items: Sequence[T], item_levels: Sequence[int]) -> list[T]:
    """Items (runs in logical order) in display order: from the highest level down to the lowest
    odd level, reverse every maximal sequence at that level or above (UAX #9 rule L2)."""
    order = list(range(len(items)))
    if not order:
        return []
    highest = max(item_levels)
    lowest_odd = min((lv for lv in item_levels if lv % 2), default=highest + 1)
    current = [item_levels[i] for i in order]
    for level in range(highest, lowest_odd - 1, -1):
        i = 0
        while i < len(order):
            if current[i] >= level:
                j = i
                while j < len(order) and current[j] >= level:
                    j += 1
                order[i:j] = reversed(order[i:j])
                current[i:j] = reversed(current[i:j])
                i = j
            else:
                i += 1
    return [items[i] for i in order]


__all__ = ["levels", "visual_order"]
