"""The colours some things are drawn in when the plan names none: art standing in for them whose own
colours would say something else (a pigeon drawn with the bird emoji, red, is a grey city bird)."""

from __future__ import annotations

import colorsys
from collections.abc import Mapping
from types import MappingProxyType

from limner.render.builtin.art import body_hues
from limner.render.builtin.colors import RGB

#: Nouns and the colour their stand-in art's body is painted when the plan gives none.
TINTS: Mapping[str, RGB] = MappingProxyType({"pigeon": (132, 140, 156)})


def tint_of(noun: str) -> RGB | None:
    """The colour ``noun``'s art is painted without a plan colour, else None (the art's own)."""
    return TINTS.get(noun.strip().lower())


#: Degrees of hue within which an implied colour is one the art already has.
OWN_HUE = 45.0


def has_hue(file: str, rgb: RGB) -> bool:
    """Whether the art of ``file`` already has ``rgb``'s hue among its body's (a plant implied green
    drawn as a potted plant: its leaves are green, and painting its body would paint the pot too)."""
    hue, _, saturation = colorsys.rgb_to_hls(*(c / 255 for c in rgb))
    hues = body_hues(file) or ()
    if saturation < 0.2 or len(hues) < 2:
        return False
    return any(min(abs(h - hue * 360), 360 - abs(h - hue * 360)) <= OWN_HUE for h in hues)


__all__ = ["OWN_HUE", "TINTS", "has_hue", "tint_of"]
