"""Things on fire ("a burning house", "a burning car"): flames rising from the top of the thing's
drawing. The reasoner keeps the word in the noun ("burning house", drawn as a house), so the house
was drawn untouched; the fire art (🔥) now burns on it — a large flame over its middle and two
smaller ones at its shoulders. Art that draws its own flame (a candle, a fire) is left as it is."""

from __future__ import annotations

from limner.assets.art import normalize_noun
from limner.plan.model import Element

Box = tuple[float, float, float, float]

#: First words of a noun that set the thing on fire.
BURNING = frozenset({"burning", "flaming", "blazing", "fiery"})
#: Art that already draws its flame.
FLAMED = frozenset({"🕯️", "🕯", "🔥", "🪔", "🧨", "🎆", "🎇"})
#: The flames, as (centre across the ink, bottom down the ink, width, height): shares of the ink.
FLAMES: tuple[tuple[float, float, float, float], ...] = (
    (0.24, 0.5, 0.3, 0.42),
    (0.78, 0.46, 0.28, 0.4),
    (0.5, 0.36, 0.42, 0.6),
)


def burning(element: Element, emoji: str) -> bool:
    """Whether ``element`` (drawn with ``emoji``) is on fire and its art shows no flame of its own."""
    if element.kind != "object" or emoji in FLAMED:
        return False
    first = normalize_noun(element.noun).split(" ", 1)[0]
    return first in BURNING


def flame_boxes(ink: Box) -> list[Box]:
    """Where the flames burn over a thing whose drawing covers ``ink`` (pixels), back to front."""
    x0, y0, x1, y1 = ink
    w, h = x1 - x0, y1 - y0
    boxes = []
    for cx, bottom, fw, fh in FLAMES:
        mid, foot = x0 + w * cx, y0 + h * bottom
        boxes.append((mid - w * fw / 2, foot - h * fh, mid + w * fw / 2, foot))
    return boxes


__all__ = ["BURNING", "FLAMED", "FLAMES", "burning", "flame_boxes"]
