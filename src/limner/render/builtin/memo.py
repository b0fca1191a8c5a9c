"""Bounded, thread-safe memo tables a renderer instance keeps between renders (no module state).

A template re-rendered with other text or another seed draws the same art at the same places and
itemizes the same words: :class:`RenderMemo` remembers those results per renderer, each table
holding its ``size`` most recently used entries. Values must be immutable (or never changed once
made): several threads may draw with the same entry.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from limner.render.builtin.halo import Sprite
from limner.render.builtin.runs import Run
from limner.render.builtin.text import Typeset

V = TypeVar("V")

#: Haloed sprites kept per renderer; each at most ``halo.SPRITE_KEEP_BYTES`` (so ≤ 32 MiB in all).
SPRITES = 32


class Lru(Generic[V]):
    """The ``size`` most recently used values, by key."""

    def __init__(self, size: int) -> None:
        self._size = size
        self._items: OrderedDict[Hashable, V] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: Hashable, make: Callable[[], V], keep: Callable[[V], bool] | None = None) -> V:
        """The value stored for ``key``, else ``make()`` (called outside the lock), stored unless
        ``keep`` says otherwise (a value too big to hold)."""
        with self._lock:
            if key in self._items:
                self._items.move_to_end(key)
                return self._items[key]
        value = make()
        if keep is not None and not keep(value):
            return value
        with self._lock:
            self._items[key] = value
            self._items.move_to_end(key)
            while len(self._items) > self._size:
                self._items.popitem(last=False)
        return value

    def __len__(self) -> int:
        return len(self._items)


@dataclass(frozen=True)
class RenderMemo:
    """What one renderer remembers: text runs per (text, script, direction, language), haloed
    art sprites per (art, placement, halo, canvas transform), and text elements typeset per
    (element, canvas size, locale) — see :func:`~.text.typeset_key`."""

    runs: Lru[tuple[Run, ...]] = field(default_factory=lambda: Lru(4096))
    sprites: Lru[Sprite | None] = field(default_factory=lambda: Lru(SPRITES))
    typeset: Lru[Typeset | str] = field(default_factory=lambda: Lru(1024))


__all__ = ["SPRITES", "Lru", "RenderMemo"]
