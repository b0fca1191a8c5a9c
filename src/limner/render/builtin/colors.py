"""Colour words, hex parsing and the recolouring palette: the one place colours are decided."""

from __future__ import annotations

import colorsys
import re
from collections.abc import Mapping

RGB = tuple[int, int, int]

#: Basic colour words (the plan's ``attributes.color`` vocabulary) and common extras.
COLOR_WORDS: Mapping[str, str] = {
    "red": "#e53935",
    "orange": "#fb8c00",
    "yellow": "#fdd835",
    "green": "#43a047",
    "blue": "#1e88e5",
    "purple": "#8e24aa",
    "pink": "#f06292",
    "brown": "#795032",
    "black": "#1c1c1c",
    "white": "#fafafa",
    "gray": "#9e9e9e",
    "grey": "#9e9e9e",
    "silver": "#bdbdbd",
    "gold": "#f9a825",
    "golden": "#f9a825",
    "beige": "#e8d8b0",
    "cream": "#f3e9c6",
    "tan": "#c8a26b",
    "maroon": "#7b1f2a",
    "navy": "#1a2a6c",
    "teal": "#00897b",
    "turquoise": "#26c6da",
    "cyan": "#00bcd4",
    "magenta": "#d81b60",
    "violet": "#7e57c2",
    "lavender": "#b39ddb",
    "indigo": "#3949ab",
    "lime": "#9ccc65",
    "olive": "#827717",
    "crimson": "#c62828",
    "scarlet": "#e53935",
    "coral": "#ff7043",
    "peach": "#ffab91",
    "khaki": "#c3b091",
}

_HEX6 = re.compile(r"^#?([0-9a-fA-F]{6})$")
_HEX3 = re.compile(r"^#?([0-9a-fA-F]{3})$")


def parse_hex(value: str) -> RGB | None:
    """``#rrggbb`` or ``#rgb`` → (r, g, b); None when it is not a hex colour."""
    text = value.strip()
    match = _HEX6.match(text)
    if match:
        digits = match.group(1)
    else:
        short = _HEX3.match(text)
        if not short:
            return None
        digits = "".join(c * 2 for c in short.group(1))
    return int(digits[0:2], 16), int(digits[2:4], 16), int(digits[4:6], 16)


def to_hex(rgb: RGB) -> str:
    return "#{:02x}{:02x}{:02x}".format(*rgb)


def color_from_word(word: str) -> RGB | None:
    """A colour word ("red", "light blue", "dark green") or hex → RGB; None if unknown."""
    text = word.strip().lower().replace("-", " ")
    direct = parse_hex(text)
    if direct is not None:
        return direct
    if text in COLOR_WORDS:
        return parse_hex(COLOR_WORDS[text])
    words = text.split()
    if len(words) > 1 and words[-1] in COLOR_WORDS:
        base = parse_hex(COLOR_WORDS[words[-1]])
        if base is None:  # pragma: no cover - the table holds valid hex
            return None
        h, light, s = colorsys.rgb_to_hls(*(c / 255 for c in base))
        if words[0] in {"light", "pale", "pastel"}:
            light = min(0.85, light + 0.18)
        elif words[0] in {"dark", "deep"}:
            light = max(0.12, light - 0.18)
        return _hls_rgb(h, light, s)
    return None


def element_color(attributes: Mapping[str, object]) -> RGB | None:
    """The colour an element must take: ``attributes.hex`` wins over ``attributes.color``."""
    hex_value = attributes.get("hex")
    if isinstance(hex_value, str):
        parsed = parse_hex(hex_value)
        if parsed is not None:
            return parsed
    word = attributes.get("color")
    if isinstance(word, str):
        return color_from_word(word)
    return None


def _linear(c: float) -> float:
    """An sRGB channel (0..255) as linear light (WCAG)."""
    v = c / 255
    return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4


#: :func:`_linear` of every 8-bit value, computed once (the same floats: a table, not an approximation).
_LINEAR: tuple[float, ...] = tuple(_linear(c) for c in range(256))


def luminance(rgb: RGB) -> float:
    """Relative luminance (WCAG) in 0..1."""
    r, g, b = rgb
    if type(r) is int and type(g) is int and type(b) is int and min(r, g, b) >= 0 and max(r, g, b) <= 255:
        lr, lg, lb = _LINEAR[r], _LINEAR[g], _LINEAR[b]
    else:  # numpy scalars or values out of range: computed as they are
        lr, lg, lb = _linear(r), _linear(g), _linear(b)
    return 0.2126 * lr + 0.7152 * lg + 0.0722 * lb


def contrasting(rgb: RGB) -> RGB:
    """Near-black or white, whichever reads better on ``rgb``."""
    return (17, 17, 17) if luminance(rgb) > 0.36 else (255, 255, 255)


def _hls_rgb(h: float, light: float, s: float) -> RGB:
    r, g, b = colorsys.hls_to_rgb(h, light, s)
    return round(r * 255), round(g * 255), round(b * 255)


def is_outline(rgb: RGB) -> bool:
    """Pure black is the art's outline ink; it stays black whatever the target colour."""
    return rgb == (0, 0, 0)


def recolor(source: RGB, target: RGB) -> RGB:
    """Map one fill colour of the art into a shade of ``target``.

    The source's lightness becomes a small offset around the target's lightness, so the
    art keeps its light/dark modelling while every fill takes the target hue.
    """
    th, tl, ts = colorsys.rgb_to_hls(*(c / 255 for c in target))
    _, sl, _ = colorsys.rgb_to_hls(*(c / 255 for c in source))
    offset = (sl - 0.62) * 0.4
    if ts < 0.08:  # achromatic targets: black, white, gray
        low, high = max(0.0, tl - 0.12), min(1.0, tl + 0.06)
    else:
        low, high = max(0.1, tl - 0.16), min(0.9, tl + 0.06)
    lightness = min(high, max(low, tl + offset))
    return _hls_rgb(th, lightness, ts)


__all__ = [
    "COLOR_WORDS",
    "RGB",
    "color_from_word",
    "contrasting",
    "element_color",
    "is_outline",
    "luminance",
    "parse_hex",
    "recolor",
    "to_hex",
]
