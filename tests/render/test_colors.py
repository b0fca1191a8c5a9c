"""Colour words and the recolouring palette."""

from __future__ import annotations

import numpy as np
import pytest

from limner.render.builtin.colors import COLOR_WORDS, color_from_word, element_color, parse_hex, recolor

from .conformance import CLASSES, classify
from .plans import BASIC_COLORS

#: Fill colours OpenMoji uses most (from its SVGs).
OPENMOJI_FILLS = [
    "#fcea2b",
    "#a57939",
    "#92d3f5",
    "#d0cfce",
    "#6a462f",
    "#ffffff",
    "#9b9b9a",
    "#3f3f3f",
    "#ea5a47",
    "#debb90",
    "#fadcbc",
    "#d22f27",
    "#61b2e4",
    "#f1b31c",
    "#b1cc33",
    "#5c9e31",
    "#f4aa41",
    "#1e50a0",
    "#e27022",
    "#ffa7c0",
    "#b399c8",
    "#8967aa",
    "#186648",
    "#781e32",
]


@pytest.mark.parametrize("word", BASIC_COLORS)
def test_every_openmoji_fill_recolours_into_the_class(word: str) -> None:
    target = color_from_word(word)
    assert target is not None
    shades = np.array([[recolor(parse_hex(src) or (0, 0, 0), target) for src in OPENMOJI_FILLS]], np.uint8)
    classes = [CLASSES[i] for i in classify(shades)[0]]
    assert classes.count(word) >= len(classes) - 1, classes


def test_words_hex_and_modifiers() -> None:
    assert color_from_word("Red") == parse_hex(COLOR_WORDS["red"])
    assert color_from_word("grey") == color_from_word("gray")
    light, dark, base = color_from_word("light blue"), color_from_word("dark blue"), color_from_word("blue")
    assert light and dark and base and sum(light) > sum(base) > sum(dark)
    assert color_from_word("#ABC") == (0xAA, 0xBB, 0xCC)
    assert color_from_word("sparkly") is None
    assert element_color({"color": "red", "hex": "#00ff00"}) == (0, 255, 0)
    assert element_color({"color": "red", "hex": "bogus"}) == color_from_word("red")
    assert element_color({"material": "wood"}) is None
