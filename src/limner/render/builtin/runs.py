"""Split a line of text into runs of one font and one bidi level, in visual order.

Directions come from the Unicode Bidi Algorithm (ICU, see ``bidi.py``): Latin words and
digits inside Arabic or Hebrew, Arabic words inside English, nested as the algorithm says.
Fonts are chosen per grapheme cluster: the text's script font when it draws the whole
cluster (a base letter with its marks, an emoji with its modifiers), else the first installed
Noto font that does. Each run is shaped separately by HarfBuzz in its own direction and font.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from limner.render.builtin.bidi import levels, visual_order
from limner.render.builtin.fonts import choose_font_file, coverage, fallback_files
from limner.render.builtin.linebreak import graphemes

_IGNORED_IN_CLUSTER = frozenset({0x200C, 0x200D, 0xFE0E, 0xFE0F})


@dataclass(frozen=True)
class Run:
    text: str
    file: str
    rtl: bool
    level: int = 0


def directions(text: str, rtl_paragraph: bool) -> list[bool]:
    """Per character: True when it belongs to a right-to-left run."""
    return [lv % 2 == 1 for lv in levels(text, rtl_paragraph)]


def _covers(file: str, cluster: str) -> bool:
    covered = coverage(file)
    return all(ord(ch) in covered or ord(ch) in _IGNORED_IN_CLUSTER for ch in cluster)


def _font_for(cluster: str, preferred: str, previous: str | None) -> str:
    if all(unicodedata.category(ch) in {"Zs", "Cc", "Cf"} for ch in cluster):
        # Spaces take the text's own font (an emoji font's space is far wider).
        return preferred if _covers(preferred, cluster) else previous or preferred
    if _covers(preferred, cluster):
        return preferred
    if previous is not None and _covers(previous, cluster):
        return previous
    for file in fallback_files():
        if _covers(file, cluster):
            return file
    base = cluster[0]
    for file in (preferred, *fallback_files()):
        if ord(base) in coverage(file):
            return file
    return preferred


def itemize(text: str, script: str, rtl_paragraph: bool, language: str = "") -> list[Run]:
    """Runs of ``text`` in visual (left-to-right drawing) order."""
    if not text:
        return []
    preferred, _ = choose_font_file(text, script, language)
    char_levels = levels(text, rtl_paragraph)
    runs: list[Run] = []
    start = 0
    current_font: str | None = None
    current_level = -1
    pos = 0
    for cluster in graphemes(text):
        font = _font_for(cluster, preferred, current_font)
        level = char_levels[pos]
        if current_font is not None and (font != current_font or level != current_level):
            runs.append(Run(text[start:pos], current_font, current_level % 2 == 1, current_level))
            start = pos
        current_font, current_level = font, level
        pos += len(cluster)
    if current_font is not None:
        runs.append(Run(text[start:], current_font, current_level % 2 == 1, current_level))
    return visual_order(runs, [run.level for run in runs])


__all__ = ["Run", "directions", "itemize"]
