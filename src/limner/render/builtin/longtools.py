"""Long-handled tools held by a person (a broom, a shovel), sized against the holder.

The plan sizes a held thing to fit the hand (a small box at the hand), which draws a broom as a twig
in a girl's fist. A long-handled tool is about as tall as whoever holds it: its handle goes up past
the hand toward the shoulder, its head rests on the floor at the holder's feet. Its box is grown to
:data:`TALL` of the holder's height, keeping its middle where the hand is and its foot on the
holder's floor. (A rake and a mop are left as they are: their nearest art is a toolbox and a sign,
which grown that large would swamp the holder.)
"""

from __future__ import annotations

from limner.plan.model import Element

Box = tuple[float, float, float, float]

#: The tools with a long handle, by the last word of their noun.
LONG_TOOLS = frozenset({"broom", "broomstick", "shovel", "spade"})
#: A long tool's height, a share of its holder's.
TALL = 0.9


def long_tool(element: Element) -> bool:
    """Whether ``element`` is a long-handled tool."""
    return element.noun.lower().rsplit(" ", 1)[-1] in LONG_TOOLS


def held_tool_box(box: Box, holder: Box, aspect: float | None = None) -> Box:
    """The pixel box of a long tool drawn in ``box`` (at the hand) held by someone drawn in
    ``holder``: :data:`TALL` of the holder's height, its foot on the holder's floor, its middle
    across the hand, as wide as its art's ``aspect`` (width / height) makes it, else keeping its
    box's shape. A box already that tall stays as it is."""
    x0, y0, x1, y1 = box
    tall = (holder[3] - holder[1]) * TALL
    if y1 - y0 >= tall or y1 <= y0:
        return box
    w = tall * aspect if aspect else (x1 - x0) * tall / (y1 - y0)
    middle = (x0 + x1) / 2
    return (middle - w / 2, holder[3] - tall, middle + w / 2, holder[3])


__all__ = ["LONG_TOOLS", "TALL", "held_tool_box", "long_tool"]
