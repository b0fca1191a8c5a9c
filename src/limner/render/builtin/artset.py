"""The art set the built-in renderer draws with: Fluent Emoji Flat (MIT), OpenMoji (CC-BY-SA-4.0)
where Fluent has no drawing (flags, mostly).

Nouns resolve to emoji in :mod:`limner.assets.art`, which names OpenMoji files; this module turns
such a file name into the SVG text actually drawn. The Fluent drawings the noun index can use are
vendored in ``limner/assets/fluent_flat.json.xz`` (built by ``scripts/build_artset.py``), so run
time needs no node and no network.
"""

from __future__ import annotations

import json
import lzma
import re
from collections.abc import Mapping
from functools import cache
from importlib import resources
from types import MappingProxyType

from limner.assets.art import svg_dir

FLUENT = "fluent-flat"
OPENMOJI = "openmoji"
#: The size the renderer's SVG container is (the art's own viewBox is scaled into it).
VIEW = 72
#: Parts of a drawing that say something the noun does not, left out by their fill: the tent's
#: crescent moon (a tent is not a night scene; the plan draws its own moon), the dark tile behind
#: fireworks and sparklers (they burst in the plan's own sky, not in a square).
TRIMS: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {"26FA": ("#ffb02e",), "1F386": ("#533566",), "1F387": ("#533566",)}
)


@cache
def _fluent() -> dict[str, str]:
    raw = resources.files("limner.assets").joinpath("fluent_flat.json.xz").read_bytes()
    icons: dict[str, str] = json.loads(lzma.decompress(raw))["icons"]
    return icons


def art_set(file: str) -> str:
    """Which set draws the OpenMoji-named ``file``."""
    return FLUENT if file.removesuffix(".svg") in _fluent() else OPENMOJI


#: Fills of a drawing swapped for others: the wave's cyan for sea blues (a board's blue on it would
#: blur into its own) and its foam white.
SWAPS: Mapping[str, tuple[tuple[str, str], ...]] = MappingProxyType(
    {"1F30A": (("#26c9fc", "#3f86c6"), ("#00a6ed", "#2a6aa8"), ("#b4f6fc", "#f4fbff"))}
)


@cache
def svg_text(file: str) -> str:
    """The SVG drawn for the OpenMoji-named ``file`` (e.g. ``1F415.svg``), sized to the container."""
    name = file.removesuffix(".svg")
    fluent = _fluent().get(name)
    if fluent is not None:
        for fill in TRIMS.get(name, ()):
            fluent = re.sub(f'<path fill="{fill}"[^>]*/>', "", fluent)
        for old, new in SWAPS.get(name, ()):
            fluent = fluent.replace(f'fill="{old}"', f'fill="{new}"')
        return fluent.replace("<svg ", f'<svg width="{VIEW}" height="{VIEW}" ', 1)
    return (svg_dir() / file).read_text(encoding="utf-8")


__all__ = ["FLUENT", "OPENMOJI", "SWAPS", "TRIMS", "VIEW", "art_set", "svg_text"]
