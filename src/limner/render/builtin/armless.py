"""A person's art without its arms, for poses whose arms are drawn in code (a couple in a dance hold,
two people side by side holding hands): the standing and walking figures' arm paths left out, and the
colours the arms drawn instead take (the sleeve's and the skin's, recoloured and faded like the art).

The person art draws each arm set as a few paths of their own: the walking figure's bare arms (one
skin path), its near and far sleeves; the standing figure's bare arms (its short sleeves belong to
the shirt) and its finger lines. They are found by where their path data starts, the same in every
gendered form of the art.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from limner.render.builtin.art import Art, body_hues, recolor_svg, record_svg
from limner.render.builtin.artset import svg_text
from limner.render.builtin.colors import RGB, parse_hex

#: Where the path data of the person art's arm paths starts: the walking figure's bare arms, far
#: sleeve and near sleeve; the standing figure's bare arms and finger lines.
ARM_PATHS = ("M20.243 16.654", "M14.25 13.63", "M19.35 11.09", "m13.96 8.99", "M11.93 19.74")
#: Where the path data of the path whose fill a drawn arm's sleeve takes starts: the walking
#: figure's near sleeve, the standing figure's shirt (its sleeves are part of it).
SLEEVE_PATHS = ("M19.35 11.09", "M18.57 16h")
#: The person art's skin.
SKIN_FILL = "#ffc83d"
_PATH = re.compile(r'<path fill="(#[0-9a-fA-F]{3,6})" d="([^"]*)"[^>]*/>')


@dataclass(frozen=True)
class Armless:
    """A person's art without its arms, and the colours of the arms drawn for it."""

    art: Art
    sleeve: RGB
    skin: RGB


def _colour(
    fill: str, color: RGB | None, outline: RGB | None, fade: tuple[RGB, float] | None, file: str
) -> RGB:
    """``fill`` recoloured as the art of ``file`` is (its body to ``color``, faded toward ``fade``)."""
    body = body_hues(file) if color is not None else None
    swapped = recolor_svg(f'fill="{fill}"', color, outline, fade, body)
    return parse_hex(swapped[len('fill="') : -1]) or (128, 128, 128)


@lru_cache(maxsize=64)
def armless_art(
    file: str, color: RGB | None, outline: RGB | None = None, fade: tuple[RGB, float] | None = None
) -> Armless | None:
    """The person art of ``file`` without its arms (recoloured as :func:`.art.load_art` recolours it),
    or None when the art has no arm paths this module knows."""
    text = svg_text(file)
    sleeve: str | None = None
    kept: list[str] = []
    start, dropped = 0, 0
    for match in _PATH.finditer(text):
        fill, data = match.group(1), match.group(2)
        if sleeve is None and data.startswith(SLEEVE_PATHS):
            sleeve = fill
        if data.startswith(ARM_PATHS):
            kept.append(text[start : match.start()])
            start, dropped = match.end(), dropped + 1
    if sleeve is None or dropped == 0:
        return None
    kept.append(text[start:])
    body = body_hues(file) if color is not None else None
    art = record_svg(recolor_svg("".join(kept), color, outline, fade, body), file)
    return Armless(
        art, _colour(sleeve, color, outline, fade, file), _colour(SKIN_FILL, color, outline, fade, file)
    )


__all__ = ["ARM_PATHS", "Armless", "armless_art"]
