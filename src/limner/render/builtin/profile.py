"""Sitters seen side-on: someone sitting whose plan says which way they face (``facing`` left or
right: the ones at the ends of a table, turned toward it) is drawn in profile, the walking person's
upper body (🚶, its gendered forms, the standing figure's colours) cut at the hips, over legs seen
from the side, knees toward where it faces. The walking art looks left: it is mirrored to face right.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from limner.plan.model import Element

#: The standing figures that can turn side-on, and the walking figure drawn for each.
PROFILES: Mapping[str, str] = MappingProxyType(
    {
        "🧍": "🚶",
        "🧍\u200d♂️": "🚶\u200d♂️",
        "🧍\u200d♀️": "🚶\u200d♀️",
    }
)
#: The way the walking art faces.
PROFILE_FACES = "left"
#: Of the walking figure's height from its top, where its hips are (its legs part below them).
PROFILE_HIP = 0.55
#: The standing figure's width, a share of its height: how thick the profile's legs are drawn.
PROFILE_BREADTH = 0.33


def profile_of(element: Element, emoji: str) -> tuple[str, bool] | None:
    """The side-on art (emoji) a sitting ``element`` drawn with ``emoji`` is drawn with, and whether
    it is mirrored; None when the plan gives no side to face or the art has no profile."""
    facing = element.attributes.get("facing")
    side = PROFILES.get(emoji)
    if side is None or facing not in ("left", "right"):
        return None
    return side, facing != PROFILE_FACES


__all__ = ["PROFILES", "PROFILE_BREADTH", "PROFILE_FACES", "PROFILE_HIP", "profile_of"]
