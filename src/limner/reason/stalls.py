"""Market stalls named by their goods: "a lemonade stand", "a hot dog stand", "a flower stall", "a
newspaper kiosk" is one stall, named by the user's words, not the goods it sells.

The structure words, the goods' categories and words are data (``words.json``, ``stalls``). A stand
that holds its thing up ("a cake stand", "an umbrella stand", "a music stand") is no stall.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from limner.reason.wordlists import words

#: The noun a stall compound is drawn as (``attributes.sense``; the element keeps the user's words).
STALL = "stall"


@dataclass(frozen=True)
class _Stalls:
    heads: frozenset[str]
    categories: frozenset[str]
    goods: frozenset[str]
    not_goods: frozenset[str]


@cache
def _stalls() -> _Stalls:
    table = words().get("stalls", {})
    return _Stalls(
        frozenset(table.get("heads", [])),
        frozenset(table.get("goods_categories", [])),
        frozenset(table.get("goods", [])),
        frozenset(table.get("not_goods", [])),
    )


def stall_compound(key: tuple[str, ...], category: Callable[[tuple[str, ...]], str | None]) -> bool:
    """Whether ``key`` names a stall by its goods: a stall word after goods ("lemonade stand", "hot
    dog stand"). ``category`` gives the lexicon category of the goods' words (None: no thing)."""
    table = _stalls()
    if len(key) < 2 or key[-1] not in table.heads:
        return False
    goods = key[:-1]
    words = " ".join(goods)
    if words in table.not_goods or goods[-1] in table.not_goods:
        return False
    return words in table.goods or category(goods) in table.categories


def sold_at(label: str, noun: str) -> bool:
    """Whether an element read as a stall (``noun``) was named by its goods (``label``): the plan keeps
    the user's words as its noun, drawn as a stall."""
    return noun == STALL and label != noun and label.rsplit(" ", 1)[-1] in _stalls().heads


__all__ = ["STALL", "sold_at", "stall_compound"]
