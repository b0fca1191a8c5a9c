"""Held things carried over the head: where a held umbrella or balloon goes, clear of the holder's face.

``words.json`` ``held_overhead`` says how each is carried: ``canopy`` (an umbrella, a parasol: the
handle at the hand, the canopy, the top share of the box, just over the head) or ``string`` (a
balloon: on its string it rises above the head and beside it, on the side of the holding hand).
"""

from __future__ import annotations

from collections.abc import Mapping

from limner.assets.anchors import anchor_box, body_kind
from limner.reason.layout import Box
from limner.reason.wordlists import word_table

#: Share of a canopy thing's box (from its top) its canopy takes: the part held over the head.
CANOPY = 0.45
#: With no room over the head, a canopy thing is at least this share of the hand's height from the top.
MIN_CANOPY_ROOM = 0.5
#: A thing on a string: at most this share of the holder's height, and how far its bottom (the string's
#: end) dips into the holder's box, as a share of the holder's height (the boxes meet, as holding needs).
STRING_MAX = 0.35
STRING_DIP = 0.03


def overhead_ways() -> Mapping[str, str]:
    """Noun → how it is carried over the head, ``canopy`` or ``string`` (``words.json``)."""
    return word_table("held_overhead")


def overhead_box(held: Box, holder: Box, category: str, noun: str, facing: str, way: str) -> Box:
    """The held thing's box, carried over the head the ``way`` given (its aspect kept)."""
    kind = body_kind(category, noun)
    hand = anchor_box(holder, kind, "hand", facing)
    head = anchor_box(holder, kind, "head", facing)
    w, h = held[2] - held[0], held[3] - held[1]
    aspect = w / h if h > 0 else 1.0
    hx, hy = (hand[0] + hand[2]) / 2, (hand[1] + hand[3]) / 2
    hh = holder[3] - holder[1]
    if way == "canopy":  # the handle (the bottom) at the hand, the canopy's lower edge at the head's top
        h = max(hy - head[1], 0.0) / (1.0 - CANOPY)
        bottom = hy
        if h > hy:  # no room above the head: from the canvas top, the canopy still clear of the face
            h = max(min(hy, head[1] / CANOPY), MIN_CANOPY_ROOM * hy)
            bottom = h
        w = h * aspect
        return (hx - w / 2, bottom - h, hx + w / 2, bottom)
    if h > STRING_MAX * hh:
        w, h = STRING_MAX * hh * aspect, STRING_MAX * hh
    bottom = head[1] + STRING_DIP * hh
    if bottom - h < 0:
        w, h = w * bottom / h, bottom
    head_cx = (head[0] + head[2]) / 2
    x0 = max(hx - w / 2, head_cx) if facing == "right" else min(hx + w / 2, head_cx) - w
    return (x0, bottom - h, x0 + w, bottom)


__all__ = ["CANOPY", "MIN_CANOPY_ROOM", "STRING_DIP", "STRING_MAX", "overhead_box", "overhead_ways"]
