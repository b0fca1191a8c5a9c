"""The reference banner of issue #18 as an inline Limner plan (the same design satori draws in
``bench/satori/banner.mjs``): 1024², cream ``#f4efe6``, a Noto Sans Bold 72 px headline and a 36 px
sub-line, centred, and five emoji (apple, banana, hot beverage, car, dog) 180 px square, equal gaps
across the width, tops alternating 640 / 700 px.

Limner sets text to fit a box (``builtin/text.py``): the box height is chosen so the fitted size
is the spec's pixel size and the glyphs' top lands near the spec's top.
"""

from __future__ import annotations

from typing import Any

SIDE = 1024
BACKGROUND = "#f4efe6"
#: (content, px, colour, top) per text line.
LINES = (
    ("Summer Sale — 50% off", 72, "#1f1a14", 120),
    ("Fresh fruit every day", 36, "#6b5d4f", 230),
)
NOUNS = ("apple", "banana", "cup", "car", "dog")
#: The emoji satori draws for each noun (Twemoji code points).
EMOJI = ("1f34e", "1f34c", "2615", "1f697", "1f415")
ART_PX = 180
TOPS = (640, 700)
#: Noto Sans line height in em as ``text.py`` lays it out ((ascender + descender) × 1.04).
_LINE_EM = (1.069 + 0.293) * 1.04
#: Box padding is 6 % of the box's smaller side.
_PAD = 0.06


def art_lefts() -> list[int]:
    """Left edges of the five emoji: equal gaps (also before the first and after the last)."""
    gap = (SIDE - len(NOUNS) * ART_PX) / (len(NOUNS) + 1)
    return [round(gap + i * (ART_PX + gap)) for i in range(len(NOUNS))]


def banner_plan(width: int = SIDE, height: int = SIDE) -> dict[str, Any]:
    """The banner as a plan document (what ``POST /v1/generate`` takes as ``plan``)."""
    elements: list[dict[str, Any]] = []
    for i, (content, px, colour, top) in enumerate(LINES):
        box_h = px * _LINE_EM / (1 - 2 * _PAD)
        y0 = (top - box_h * _PAD - px * 0.25) / SIDE
        elements.append(
            {
                "id": f"t{i + 1}",
                "kind": "text",
                "noun": "text",
                "attributes": {"hex": colour},
                "box": [0.02, round(y0, 4), 0.98, round(y0 + box_h / SIDE, 4)],
                "z": 5,
                "text": {"content": content, "role": "headline" if i == 0 else "logo"},
            }
        )
    for i, (noun, left) in enumerate(zip(NOUNS, art_lefts(), strict=True)):
        top = TOPS[i % 2]
        box = [left / SIDE, top / SIDE, (left + ART_PX) / SIDE, (top + ART_PX) / SIDE]
        elements.append({"id": f"e{i + 1}", "noun": noun, "box": [round(v, 4) for v in box], "z": 1})
    return {
        "canvas": {"width": width, "height": height, "background": {"color": BACKGROUND}},
        "elements": elements,
        "seed": 1,
    }


__all__ = ["ART_PX", "BACKGROUND", "EMOJI", "LINES", "NOUNS", "SIDE", "TOPS", "art_lefts", "banner_plan"]
