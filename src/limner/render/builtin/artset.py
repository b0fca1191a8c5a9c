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
from functools import cache
from importlib import resources

from limner.assets.art import svg_dir

FLUENT = "fluent-flat"
OPENMOJI = "openmoji"
#: The size the renderer's SVG container is (the art's own viewBox is scaled into it).
VIEW = 72


@cache
def _fluent() -> dict[str, str]:
    raw = resources.files("limner.assets").joinpath("fluent_flat.json.xz").read_bytes()
    icons: dict[str, str] = json.loads(lzma.decompress(raw))["icons"]
    return icons


def art_set(file: str) -> str:
    """Which set draws the OpenMoji-named ``file``."""
    return FLUENT if file.removesuffix(".svg") in _fluent() else OPENMOJI


@cache
def svg_text(file: str) -> str:
    """The SVG drawn for the OpenMoji-named ``file`` (e.g. ``1F415.svg``), sized to the container."""
    fluent = _fluent().get(file.removesuffix(".svg"))
    if fluent is not None:
        return fluent.replace("<svg ", f'<svg width="{VIEW}" height="{VIEW}" ', 1)
    return (svg_dir() / file).read_text(encoding="utf-8")


__all__ = ["FLUENT", "OPENMOJI", "VIEW", "art_set", "svg_text"]
