"""Colour words and the recolouring palette."""

from __future__ import annotations

import numpy as np
import pytest

from limner.render.builtin.colors import (
    COLOR_WORDS,
    color_from_word,
    element_color,
    luminance,
    parse_hex,
    recolor,
)

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


def test_luminance_table_gives_the_wcag_formula_exactly() -> None:
    """The 8-bit channel table is the formula's own floats: contrast decisions cannot drift."""

    def wcag(c: float) -> float:
        v = c / 255
        return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4

    for v in range(256):
        for rgb in ((v, 0, 0), (0, v, 0), (0, 0, v), (v, 255 - v, v // 2)):
            expected = 0.2126 * wcag(rgb[0]) + 0.7152 * wcag(rgb[1]) + 0.0722 * wcag(rgb[2])
            assert luminance(rgb) == expected
    assert luminance((0, 0, 0)) == 0.0 and abs(luminance((255, 255, 255)) - 1.0) < 1e-12
    assert luminance((300, 0, 0)) > luminance((255, 0, 0))  # out of range: computed, not indexed
