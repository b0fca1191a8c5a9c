"""Goods on several shelves or stalls: "bread on the shelves", "a market with fruit on the stalls" put
some on each, not one loaf on one shelf.

Goods named without a number ("bread", "fruit": one thing to the reader) that are on shelves or
stalls of more than one are given one on each (see also :mod:`limner.reason.goods_on`).
"""

from __future__ import annotations

from collections.abc import Mapping

from limner.reason.goods_on import SHOWN
from limner.reason.resolve import Note, ResolvedScene
from limner.reason.vocab import NounInfo

#: What goods are shown on.
_SURFACE_NOUNS = frozenset({"shelf", "stall", "rack", "counter", "table", "display", "bookshelf", "stand"})


def spread_goods(scene: ResolvedScene, nouns: Mapping[str, NounInfo]) -> None:
    """Goods of one on several shelves or stalls become one on each (see the module)."""
    for relation in scene.relations:
        goods, surface = relation.subject, relation.object
        if relation.predicate != "on" or goods.count != 1 or surface.count < 2 or not goods.alive:
            continue
        about = nouns.get(goods.noun)
        if surface.noun not in _SURFACE_NOUNS or about is None or about.category not in SHOWN:
            continue
        goods.count = surface.count
        scene.notes.append(
            Note(
                "resolve", f"{goods.label}: one on each of the {surface.count} {surface.noun}s", (goods.key,)
            )
        )


__all__ = ["spread_goods"]
