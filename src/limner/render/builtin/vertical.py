"""Vertical CJK text (``vertical: true`` on a Chinese, Japanese or Korean text element).

Columns run top to bottom and follow each other right to left. HarfBuzz shapes each column
top-to-bottom (direction ``ttb``), which applies the fonts' vertical forms (``vert``: rotated
brackets and long-vowel marks, shifted small kana and 、。) and vertical advances. Columns
break where ICU allows a line break (kinsoku included); the column block shrinks to fit the
box exactly as horizontal text does.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

import skia
import uharfbuzz as hb

from limner.render.builtin.fonts import load_font

VERTICAL_SCRIPTS = frozenset({"Jpan", "Hani", "Hans", "Hant", "Hira", "Kana", "Hrkt", "Kore", "Hang"})
#: Column pitch in em (glyph column plus the gap to the next one).
COLUMN_EM = 1.3


@dataclass(frozen=True)
class VerticalShaped:
    glyphs: tuple[int, ...]
    xs: tuple[float, ...]
    ys: tuple[float, ...]
    #: Total advance down the column, font units (positive).
    advance: float
    missing: int


@lru_cache(maxsize=2048)
def shape_vertical(file: str, weight: int, text: str, language: str) -> VerticalShaped:
    font = load_font(file, weight)
    buf = hb.Buffer()
    buf.add_str(text)
    buf.guess_segment_properties()
    buf.direction = "ttb"
    buf.language = language
    hb.shape(font.hb_font, buf, {"vert": True, "vrt2": True})
    glyphs: list[int] = []
    xs: list[float] = []
    ys: list[float] = []
    pen = 0.0
    missing = 0
    for info, pos in zip(buf.glyph_infos, buf.glyph_positions, strict=True):
        if info.codepoint == 0 and not text[info.cluster : info.cluster + 1].isspace():
            missing += 1
        glyphs.append(info.codepoint)
        xs.append(float(pos.x_offset))
        ys.append(-(pen + pos.y_offset))  # HarfBuzz y grows upward; skia's downward
        pen += pos.y_advance
    return VerticalShaped(tuple(glyphs), tuple(xs), tuple(ys), -pen, missing)


def vertical_em(file: str, weight: int, text: str, language: str) -> float:
    """Length of ``text`` down a column, in em."""
    font = load_font(file, weight)
    return shape_vertical(file, weight, text, language).advance / font.upem


def column_blob(
    runs: list[tuple[str, str]], weight: int, language: str, size: float, sk_font: Callable[[str], skia.Font]
) -> tuple[skia.TextBlob | None, int, float]:
    """One column from its (text, font file) runs: the glyphs (origin: the column's top centre),
    how many glyphs are missing, and its length in px."""
    builder = skia.TextBlobBuilder()
    pen = 0.0
    missing = 0
    for text, name in runs:
        font = load_font(name, weight)
        shaped = shape_vertical(name, weight, text, language)
        missing += shaped.missing
        scale = size / font.upem
        points = [skia.Point(x * scale, pen + y * scale) for x, y in zip(shaped.xs, shaped.ys, strict=True)]
        if shaped.glyphs:
            builder.allocRunPos(sk_font(name), list(shaped.glyphs), points)
        pen += shaped.advance * scale
    return builder.make(), missing, pen


__all__ = ["COLUMN_EM", "VERTICAL_SCRIPTS", "VerticalShaped", "column_blob", "shape_vertical", "vertical_em"]
