"""A weather said before the place it describes goes after it, in English order.

German, Chinese and Japanese put the weather adjective before its place ("im verschneiten Dorf",
"下雪的村庄", "雪の村"): word by word that reads "in the snow in the village". English says the place
first ("in the village in the snow"); the other order can make a noun before it that also names a
place the backdrop ("a church in the snow" → a church setting), so the two scenes swap.
"""

from __future__ import annotations

from limner.reason.i18n.phrases import Item, Word

#: the scene rows that say a weather (or sky) rather than a place or a time
WEATHER = frozenset(
    {
        "in the rain",
        "in the snow",
        "in the fog",
        "in a storm",
        "on a cloudy day",
        "on a sunny day",
        "under a clear sky",
    }
)
#: the scene rows that say a time: a weather stays before them ("in the snow at night")
TIMES = frozenset(
    {"at night", "at sunset", "at sunrise", "in winter", "on a rainy night", "on a snowy night"}
)


def _scene(item: Item) -> str | None:
    return item.text if isinstance(item, Word) and item.kind == "scene" else None


def place_before_weather(items: list[Item]) -> list[Item]:
    """``items`` with each weather scene that comes just before a place scene moved after it."""
    out = list(items)
    i = 0
    while i + 1 < len(out):
        first, second = _scene(out[i]), _scene(out[i + 1])
        if first in WEATHER and second is not None and second not in WEATHER and second not in TIMES:
            out[i], out[i + 1] = out[i + 1], out[i]
            i += 2
            continue
        i += 1
    return out


__all__ = ["TIMES", "WEATHER", "place_before_weather"]
