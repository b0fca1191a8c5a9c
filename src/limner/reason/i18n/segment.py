"""Word segments of a spaceless (zh/ja) prompt: offsets and dictionary forms from a real tokenizer."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Segment:
    start: int
    end: int
    #: dictionary form (janome's base form for ja; the surface for zh)
    base: str


def segments(lang: str, text: str) -> tuple[Segment, ...]:
    """The tokenizer's words for ``text`` as offsets into it (text the tokenizer drops is skipped)."""
    if lang == "zh":
        from limner.reason.i18n.segment_zh import words
    elif lang == "ja":
        from limner.reason.i18n.segment_ja import words
    else:
        raise ValueError(f"no segmenter for {lang!r}")
    out: list[Segment] = []
    pos = 0
    for surface, base in words(text):
        at = text.find(surface, pos)
        if at < 0 or not surface:
            continue
        out.append(Segment(at, at + len(surface), base))
        pos = at + len(surface)
    return tuple(out)


__all__ = ["Segment", "segments"]
