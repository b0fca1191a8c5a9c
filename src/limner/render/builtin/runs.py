"""Split a line of text into runs of one font and one direction, in visual order.

A small subset of the Unicode bidi algorithm, enough for real signage: one paragraph
direction, with embedded runs of the other direction (Latin words and digits inside Arabic
or Hebrew, Arabic words inside English). Neutrals (spaces, punctuation) between two runs of
the same direction join them; otherwise they take the paragraph direction. Each run is shaped
separately by HarfBuzz in its own direction and font, so brand names in Latin inside an
Arabic headline, or digits in a price, come out readable.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from limner.render.builtin.fonts import choose_font_file, coverage, fallback_files

_RTL_BIDI = frozenset({"R", "AL"})
_LTR_BIDI = frozenset({"L", "EN", "AN"})


@dataclass(frozen=True)
class Run:
    text: str
    file: str
    rtl: bool


def _strength(ch: str) -> str:
    """'R', 'L' or 'N' (neutral) for one character."""
    klass = unicodedata.bidirectional(ch)
    if klass in _RTL_BIDI:
        return "R"
    if klass in _LTR_BIDI:
        return "L"
    return "N"


def directions(text: str, rtl_paragraph: bool) -> list[bool]:
    """Per character: True when it belongs to a right-to-left run."""
    strengths = [_strength(ch) for ch in text]
    base = "R" if rtl_paragraph else "L"
    resolved = list(strengths)
    i = 0
    while i < len(strengths):
        if strengths[i] != "N":
            i += 1
            continue
        j = i
        while j < len(strengths) and strengths[j] == "N":
            j += 1
        before = strengths[i - 1] if i > 0 else base
        after = strengths[j] if j < len(strengths) else base
        fill = before if before == after else base
        for k in range(i, j):
            resolved[k] = fill
        i = j
    return [s == "R" for s in resolved]


def _font_for(ch: str, preferred: str, previous: str | None) -> str:
    code = ord(ch)
    if unicodedata.category(ch) in {"Zs", "Cc", "Cf"}:
        # Spaces take the text's own font (an emoji font's space is far wider).
        return preferred if code in coverage(preferred) else previous or preferred
    if code in coverage(preferred):
        return preferred
    if previous is not None and code in coverage(previous):
        return previous
    for file in fallback_files():
        if code in coverage(file):
            return file
    return preferred


def itemize(text: str, script: str, rtl_paragraph: bool, language: str = "") -> list[Run]:
    """Runs of ``text`` in visual (left-to-right drawing) order."""
    if not text:
        return []
    preferred, _ = choose_font_file(text, script, language)
    rtl = directions(text, rtl_paragraph)
    runs: list[Run] = []
    start = 0
    current_font = _font_for(text[0], preferred, None)
    for i in range(1, len(text) + 1):
        font = _font_for(text[i], preferred, current_font) if i < len(text) else ""
        if i == len(text) or font != current_font or rtl[i] != rtl[start]:
            runs.append(Run(text[start:i], current_font, rtl[start]))
            start, current_font = i, font
    return _visual_order(runs, rtl_paragraph)


def _visual_order(runs: list[Run], rtl_paragraph: bool) -> list[Run]:
    """Reorder logical runs for display: levels 0/1 (LTR paragraph) or 1/2 (RTL paragraph)."""
    if not rtl_paragraph:
        # Consecutive RTL runs (e.g. Arabic word, then Arabic in another font) reverse as a block.
        out: list[Run] = []
        block: list[Run] = []
        for run in runs:
            if run.rtl:
                block.append(run)
                continue
            out.extend(reversed(block))
            block = []
            out.append(run)
        out.extend(reversed(block))
        return out
    # RTL paragraph: the whole line reverses, but LTR blocks keep their inner order.
    blocks: list[list[Run]] = []
    for run in runs:
        if blocks and not run.rtl and not blocks[-1][-1].rtl:
            blocks[-1].append(run)
        else:
            blocks.append([run])
    return [run for block in reversed(blocks) for run in block]


__all__ = ["Run", "directions", "itemize"]
