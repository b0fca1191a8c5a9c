"""Text elements: HarfBuzz shaping, wrapping at spaces, shrink-to-fit, centred, clipped to the box."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import numpy.typing as npt
import skia
import uharfbuzz as hb

from limner.plan.model import Element
from limner.render.builtin.colors import RGB, contrasting, element_color
from limner.render.builtin.fonts import RTL_SCRIPTS, SCRIPT_FONTS, choose_font_file, is_rtl, load_font
from limner.render.builtin.runs import Run, itemize

#: Smallest size (px) text is shrunk to; below it, text is clipped to its box and a note says so.
MIN_TEXT_PX = 7.0
_HEAVY_ROLES = frozenset({"headline", "title", "logo", "sign", "price", "heading"})


@dataclass(frozen=True)
class Shaped:
    """Glyphs of one run in visual order, positions in font units."""

    glyphs: tuple[int, ...]
    xs: tuple[float, ...]
    ys: tuple[float, ...]
    advance: float
    missing: int


@dataclass(frozen=True)
class ShapeKey:
    file: str
    weight: int
    text: str
    rtl: bool
    script: str | None
    language: str


@lru_cache(maxsize=4096)
def shape(key: ShapeKey) -> Shaped:
    font = load_font(key.file, key.weight)
    buf = hb.Buffer()
    buf.add_str(key.text)
    buf.guess_segment_properties()
    if key.script is not None:
        buf.script = key.script
    buf.direction = "rtl" if key.rtl else "ltr"
    buf.language = key.language
    hb.shape(font.hb_font, buf, {"kern": True, "liga": True})
    glyphs: list[int] = []
    xs: list[float] = []
    ys: list[float] = []
    pen = 0.0
    missing = 0
    for info, pos in zip(buf.glyph_infos, buf.glyph_positions, strict=True):
        if info.codepoint == 0 and not key.text[info.cluster : info.cluster + 1].isspace():
            missing += 1
        glyphs.append(info.codepoint)
        xs.append(pen + pos.x_offset)
        ys.append(-float(pos.y_offset))
        pen += pos.x_advance
    return Shaped(tuple(glyphs), tuple(xs), tuple(ys), pen, missing)


@dataclass(frozen=True)
class TextLayout:
    size: float
    lines: tuple[str, ...]
    preferred: float
    clipped: bool


#: A token of a paragraph: its text and whether a space separates it from the previous token.
Token = tuple[str, bool]
_NO_BREAK_BEFORE = frozenset(
    "、。，．・：；！？）」』】〉》〕ー々ゝゞ"  # closing marks, prolonged sound, iteration marks
    "ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ,.!?:;)"  # small kana, ASCII closers
)


def _breaks_anywhere(ch: str) -> bool:
    """Characters of scripts written without spaces, where a line may break between any two."""
    code = ord(ch)
    return (
        0x3000 <= code <= 0x30FF
        or 0x3400 <= code <= 0x4DBF
        or 0x4E00 <= code <= 0x9FFF
        or 0xF900 <= code <= 0xFAFF
        or 0xFF00 <= code <= 0xFFEF
        or 0x20000 <= code <= 0x2FFFF
    )


def tokenize(paragraph: str) -> list[Token]:
    """Break opportunities: at spaces, and between CJK characters (not before closing marks)."""
    tokens: list[Token] = []
    for index, word in enumerate(paragraph.split()):
        pieces: list[str] = []
        for ch in word:
            glue = bool(pieces) and (
                ch in _NO_BREAK_BEFORE or not (_breaks_anywhere(ch) or _breaks_anywhere(pieces[-1][-1]))
            )
            if glue:
                pieces[-1] += ch
            else:
                pieces.append(ch)
        tokens.extend((piece, index > 0 and i == 0) for i, piece in enumerate(pieces))
    return tokens


def _wrap(
    tokens: list[Token], widths: list[float], space: float, max_width: float, overflow: bool = False
) -> list[str] | None:
    """Greedy wrap in em units; None when a token alone is wider than ``max_width`` (unless ``overflow``)."""
    lines: list[str] = []
    current = ""
    width = 0.0
    for (text, spaced), w in zip(tokens, widths, strict=True):
        if w > max_width and not overflow:
            return None
        gap = space if spaced and current else 0.0
        if current and width + gap + w > max_width:
            lines.append(current)
            current, width = text, w
        else:
            current += (" " if gap else "") + text
            width += gap + w
    if current:
        lines.append(current)
    return lines


def layout_text(
    paragraphs: list[list[Token]],
    measure: dict[str, float],
    space: float,
    line_em: float,
    avail_w: float,
    avail_h: float,
) -> TextLayout:
    """The largest size (px) at which the tokens wrap into ``avail_w`` × ``avail_h``."""
    preferred = avail_h / line_em

    def fits(size: float) -> list[str] | None:
        lines: list[str] = []
        for tokens in paragraphs:
            widths = [measure[t] for t, _ in tokens]
            wrapped = _wrap(tokens, widths, space, avail_w / size) if tokens else [""]
            if wrapped is None:
                return None
            lines.extend(wrapped)
        return lines if len(lines) * line_em * size <= avail_h + 1e-6 else None

    best = fits(preferred)
    if best is not None:
        return TextLayout(preferred, tuple(best), preferred, False)
    low, high = MIN_TEXT_PX, preferred
    found: tuple[float, list[str]] | None = None
    if low <= high:
        at_min = fits(low)
        if at_min is not None:
            found = (low, at_min)
            for _ in range(24):
                mid = (low + high) / 2
                lines = fits(mid)
                if lines is not None:
                    low, found = mid, (mid, lines)
                else:
                    high = mid
    if found is not None:
        return TextLayout(found[0], tuple(found[1]), preferred, False)
    size = min(MIN_TEXT_PX, preferred)
    lines = []
    for tokens in paragraphs:
        widths = [measure[t] for t, _ in tokens]
        lines.extend(_wrap(tokens, widths, space, avail_w / size, overflow=True) or [""])
    return TextLayout(size, tuple(lines), preferred, True)


@dataclass(frozen=True)
class Underlay:
    """What lies beneath a text box: its mean colour, and a calm colour to back busy regions."""

    mean: RGB
    busy: bool
    backing: RGB


#: Luminance spread (0..255) above which the region under a text is too busy to read on.
BUSY_SPREAD = 45.0


def underlay(pixels: npt.NDArray[np.uint8], rect: tuple[int, int, int, int]) -> Underlay:
    x0, y0, x1, y1 = rect
    step = max(1, min(x1 - x0, y1 - y0) // 48)
    region = pixels[y0:y1:step, x0:x1:step, :3].reshape(-1, 3).astype(np.float32)
    if region.size == 0:
        return Underlay((255, 255, 255), False, (255, 255, 255))
    mean = region.mean(axis=0)
    luma = region @ np.array([0.299, 0.587, 0.114], np.float32)
    busy = float(luma.std()) > BUSY_SPREAD
    light = region[luma >= np.percentile(luma, 60)].mean(axis=0)

    def rgb(values: npt.NDArray[np.float32]) -> RGB:
        return int(values[0]), int(values[1]), int(values[2])

    return Underlay(rgb(mean), busy, rgb(light))


def _content(element: Element, locale: str | None) -> tuple[str, str, bool]:
    """(content, language, localized?) for the requested locale."""
    assert element.text is not None
    spec = element.text
    if locale and locale in spec.localized:
        return spec.localized[locale], locale, True
    if locale and "-" in locale and locale.split("-")[0] in spec.localized:
        base = locale.split("-")[0]
        return spec.localized[base], base, True
    return spec.content, spec.language, False


def _measure(runs: list[Run], weight: int, lang: str, script: str) -> float:
    """Advance of ``runs`` in em units."""
    total = 0.0
    for run in runs:
        font = load_font(run.file, weight)
        total += shape(_key(run, weight, lang, script)).advance / font.upem
    return total


def _key(run: Run, weight: int, lang: str, script: str) -> ShapeKey:
    agrees = SCRIPT_FONTS.get(script) == run.file and run.rtl == (script in RTL_SCRIPTS)
    declared = script if agrees else None  # else HarfBuzz guesses the run's script from its text
    return ShapeKey(run.file, weight, run.text, run.rtl, declared, lang)


def _extents(files: set[str], weight: int) -> tuple[float, float]:
    """(ascender, line height) in em units, the largest over ``files``."""
    ascender, descender, gap = 0.0, 0.0, 0.0
    for file in sorted(files):
        font = load_font(file, weight)
        extents = font.hb_font.get_font_extents("ltr")
        ascender = max(ascender, extents.ascender / font.upem)
        descender = max(descender, -extents.descender / font.upem)
        gap = max(gap, max(0, extents.line_gap) / font.upem)
    return ascender, (ascender + descender + gap) * 1.04


def _sk_font(file: str, weight: int, size: float) -> skia.Font:
    font = skia.Font(load_font(file, weight).typeface, size)
    font.setSubpixel(True)
    font.setLinearMetrics(True)
    font.setHinting(skia.FontHinting.kNone)
    font.setEdging(skia.Font.Edging.kAntiAlias)
    return font


def draw_text(
    canvas: skia.Canvas,
    pixels: npt.NDArray[np.uint8],
    element: Element,
    width: int,
    height: int,
    locale: str | None,
) -> list[str]:
    """Draw one text element inside its box; returns notes (shrinking, missing glyphs)."""
    if element.text is None:
        return []
    content, language, _ = _content(element, locale)
    script = element.text.script
    x0 = element.box[0] * width
    y0 = element.box[1] * height
    bw = (element.box[2] - element.box[0]) * width
    bh = (element.box[3] - element.box[1]) * height
    pad = min(bw, bh) * 0.06
    avail_w, avail_h = bw - 2 * pad, bh - 2 * pad
    if avail_w <= 1 or avail_h <= 1:
        return [f"text {element.id!r}: box too small to draw text"]

    weight = 700 if element.text.role in _HEAVY_ROLES else 500
    rtl = is_rtl(script, content)
    lang = language.split("-")[0] or "en"

    def runs(text: str) -> list[Run]:
        return itemize(text, script, rtl, language)

    paragraphs = [tokenize(p) for p in content.splitlines()] or [[]]
    measure = {t: _measure(runs(t), weight, lang, script) for tokens in paragraphs for t, _ in tokens}
    space = _measure(runs(" "), weight, lang, script) or 0.25
    files = {run.file for tokens in paragraphs for t, _ in tokens for run in runs(t)}
    files.add(choose_font_file(content, script, language)[0])
    ascender, line_em = _extents(files, weight)
    laid = layout_text(paragraphs, measure, space, line_em, avail_w, avail_h)

    ix0, iy0 = max(0, int(x0)), max(0, int(y0))
    ix1, iy1 = min(width, int(np.ceil(x0 + bw))), min(height, int(np.ceil(y0 + bh)))
    under = underlay(pixels, (ix0, iy0, ix1, iy1))
    if under.busy:
        # Text over busy art (a sign's scribbles, a pattern): back it with the region's light colour.
        radius = min(bw, bh) * 0.12
        backing = skia.Paint(AntiAlias=True, Color=skia.Color(*under.backing, 235))
        canvas.drawRoundRect(skia.Rect.MakeXYWH(x0, y0, bw, bh), radius, radius, backing)
    beneath = under.backing if under.busy else under.mean
    color = element_color(element.attributes) or contrasting(beneath)
    paint = skia.Paint(AntiAlias=True, Color=skia.Color(*color))
    fonts = {file: _sk_font(file, weight, laid.size) for file in files}

    block_h = len(laid.lines) * line_em * laid.size
    top = y0 + pad + max(0.0, (avail_h - block_h) / 2)  # clipped text shows its start
    glyphs_missing = 0
    canvas.save()
    canvas.clipRect(skia.Rect.MakeXYWH(x0, y0, bw, bh), skia.ClipOp.kIntersect, True)
    for i, line in enumerate(laid.lines):
        if not line:
            continue
        builder = skia.TextBlobBuilder()
        pen = 0.0
        for run in runs(line):
            font = load_font(run.file, weight)
            shaped = shape(_key(run, weight, lang, script))
            glyphs_missing += shaped.missing
            scale = laid.size / font.upem
            sk_font = fonts.get(run.file) or _sk_font(run.file, weight, laid.size)
            points = [
                skia.Point(pen + x * scale, y * scale) for x, y in zip(shaped.xs, shaped.ys, strict=True)
            ]
            if shaped.glyphs:
                builder.allocRunPos(sk_font, list(shaped.glyphs), points)
            pen += shaped.advance * scale
        blob = builder.make()
        if blob is not None:
            slack = avail_w - pen
            left = x0 + pad + (slack / 2 if slack >= 0 else (slack if rtl else 0.0))
            baseline = top + (i * line_em + ascender) * laid.size
            canvas.drawTextBlob(blob, left, baseline, paint)
    canvas.restore()

    notes: list[str] = []
    if laid.clipped:
        notes.append(f"text {element.id!r} did not fit its box even at {laid.size:.0f} px; clipped")
    elif laid.size < laid.preferred * 0.95:
        notes.append(
            f"text {element.id!r} shrunk from {laid.preferred:.0f} px to {laid.size:.0f} px "
            f"in {len(laid.lines)} line(s) to fit its box"
        )
    if glyphs_missing:
        notes.append(
            f"text {element.id!r}: no installed font draws {glyphs_missing} character(s) of script {script}"
        )
    return notes


__all__ = [
    "MIN_TEXT_PX",
    "ShapeKey",
    "Shaped",
    "TextLayout",
    "Token",
    "Underlay",
    "draw_text",
    "layout_text",
    "shape",
    "tokenize",
    "underlay",
]
