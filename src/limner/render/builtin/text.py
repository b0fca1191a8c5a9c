"""Text elements: HarfBuzz shaping, Unicode line breaking, shrink-to-fit, alignment, contrast.

Element attributes read here (free-form attributes of a ``kind: "text"`` element):
``align`` = ``start`` | ``center`` (default) | ``end`` — relative to the text's direction
(``start`` is the right edge for Arabic or Hebrew); ``vertical`` = true sets Chinese, Japanese
or Korean text in columns, top to bottom, right to left (see ``vertical.py``); ``color`` or
``hex`` fix the text colour (else black or white is chosen for WCAG contrast ≥ 4.5 on what
lies beneath; a fixed colour below 4.5:1 gets an outline instead); ``level`` (set by the
reasoner's design stage: headline, subtitle, caption) overrides the role for weight and floor.
Text wraps into balanced lines, then shrinks down to ``MIN_TEXT_PX``; a headline keeps at least
``HEADLINE_FLOOR`` of the canvas height, its box growing about its centre when it must (the only
case where text leaves its box). The returned notes say when text shrank, grew or was clipped.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

import numpy as np
import numpy.typing as npt
import skia
import uharfbuzz as hb

from limner.plan.model import Element
from limner.render.builtin.canvas import flat_color
from limner.render.builtin.colors import RGB, element_color
from limner.render.builtin.contrast import (
    contrast_ratio,
    needs_outline,
    readable_on,
    readable_on_all,
)
from limner.render.builtin.fonts import RTL_SCRIPTS, SCRIPT_FONTS, choose_font_file, is_rtl, load_font
from limner.render.builtin.linebreak import Token, graphemes, tokenize
from limner.render.builtin.runs import Run, itemize
from limner.render.builtin.vertical import COLUMN_EM, VERTICAL_SCRIPTS, column_blob, vertical_em

if TYPE_CHECKING:  # memo.py names Typeset
    from limner.render.builtin.memo import Lru, RenderMemo

#: Smallest size (px) text is shrunk to; below it, text is clipped to its box and a note says so.
MIN_TEXT_PX = 7.0
#: Headlines are set at least this fraction of the canvas height (their box grows if it must).
HEADLINE_FLOOR = 0.05
#: A few pixels under a text this close to its colour (a moon behind a headline) earn it a halo.
HALO_BELOW = 3.0
_FLOOR_ROLES = frozenset({"headline", "title", "heading"})
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
        return TextLayout(
            preferred,
            tuple(balance(paragraphs, measure, space, avail_w, (preferred, best))),
            preferred,
            False,
        )
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
        return TextLayout(
            found[0], tuple(balance(paragraphs, measure, space, avail_w, found)), preferred, False
        )
    size = min(MIN_TEXT_PX, preferred)
    lines = []
    for tokens in paragraphs:
        widths = [measure[t] for t, _ in tokens]
        lines.extend(_wrap(tokens, widths, space, avail_w / size, overflow=True) or [""])
    return TextLayout(size, tuple(lines), preferred, True)


def balance(
    paragraphs: list[list[Token]],
    measure: dict[str, float],
    space: float,
    avail_w: float,
    laid: tuple[float, list[str]],
) -> list[str]:
    """The same number of lines, as even as they go: the narrowest wrap width that needs no more
    lines than ``laid`` (so a headline breaks "Welcome to the annual / community garden festival",
    not "… festival and plant / swap")."""
    size, lines = laid
    if len(lines) < 2:
        return lines

    def wrap_at(limit: float) -> list[str] | None:
        out: list[str] = []
        for tokens in paragraphs:
            widths = [measure[t] for t, _ in tokens]
            wrapped = _wrap(tokens, widths, space, limit) if tokens else [""]
            if wrapped is None:
                return None
            out.extend(wrapped)
        return out if len(out) <= len(lines) else None

    high = avail_w / size
    low = high * 0.4
    best = lines
    for _ in range(16):
        mid = (low + high) / 2
        attempt = wrap_at(mid)
        if attempt is not None:
            best, high = attempt, mid
        else:
            low = mid
    return best


def split_wide(tokens: list[Token], measure: dict[str, float], limit: float) -> list[Token]:
    """Tokens wider than ``limit`` em cut into grapheme clusters (a long URL, a long compound)."""
    out: list[Token] = []
    for text, spaced in tokens:
        if measure[text] <= limit or len(graphemes(text)) < 2:
            out.append((text, spaced))
            continue
        out.extend((g, spaced and i == 0) for i, g in enumerate(graphemes(text)))
    return out


@dataclass(frozen=True)
class Underlay:
    """What lies beneath a text box: its mean colour, and a calm colour to back busy regions."""

    mean: RGB
    busy: bool
    backing: RGB
    #: The darkest and lightest colours of the region (5th and 95th luminance percentiles).
    extremes: tuple[RGB, RGB] = ((255, 255, 255), (255, 255, 255))
    #: The 1st and 99th luminance percentiles: a moon or a cloud under a corner of the text.
    tails: tuple[RGB, RGB] = ((255, 255, 255), (255, 255, 255))


#: Luminance spread (0..255) above which the region under a text is too busy to read on.
BUSY_SPREAD = 45.0


def underlay(pixels: npt.NDArray[np.uint8], rect: tuple[int, int, int, int]) -> Underlay:
    x0, y0, x1, y1 = rect
    step = max(1, min(x1 - x0, y1 - y0) // 48)
    sampled = pixels[y0:y1:step, x0:x1:step, :3]
    if sampled.size == 0:
        return Underlay((255, 255, 255), False, (255, 255, 255))
    flat = flat_color(pixels, slice(y0, y1, step), slice(x0, x1, step))
    if flat is not None:  # one colour (text on the plain backdrop): every statistic below is that colour
        return Underlay(flat, False, flat, (flat, flat), (flat, flat))
    region = sampled.reshape(-1, 3).astype(np.float32)
    mean = region.mean(axis=0)
    luma = region @ np.array([0.299, 0.587, 0.114], np.float32)
    busy = float(luma.std()) > BUSY_SPREAD
    p1, p5, p60, p95, p99 = np.percentile(luma, [1, 5, 60, 95, 99])
    light = region[luma >= p60].mean(axis=0)
    darkest, lightest, low, high = (region[int(np.argmin(np.abs(luma - p)))] for p in (p5, p95, p1, p99))

    def rgb(values: npt.NDArray[np.float32]) -> RGB:
        return round(float(values[0])), round(float(values[1])), round(float(values[2]))

    return Underlay(rgb(mean), busy, rgb(light), (rgb(darkest), rgb(lightest)), (rgb(low), rgb(high)))


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


def _measure(runs: Sequence[Run], weight: int, lang: str, script: str) -> float:
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


#: Extra line spacing per script: stacked marks (Thai, Indic), tall CJK ideographs.
_LINE_FACTOR: dict[str, float] = {
    "Thai": 1.12,
    "Laoo": 1.12,
    "Deva": 1.08,
    "Beng": 1.08,
    "Arab": 1.06,
    "Hebr": 1.02,
    "Hani": 1.12,
    "Hans": 1.12,
    "Hant": 1.12,
    "Jpan": 1.12,
    "Kore": 1.1,
    "Hang": 1.1,
}
Align = str


def type_role(element: Element) -> str:
    """The text's level in the type hierarchy: a designed layout's ``level`` attribute (headline,
    subtitle, caption), else the text's role."""
    level = element.attributes.get("level")
    if isinstance(level, str) and level:
        return level
    return element.text.role if element.text is not None else "label"


def alignment(element: Element) -> Align:
    """``start`` | ``center`` | ``end`` from the element's ``align`` attribute (default centre)."""
    value = str(element.attributes.get("align", "center")).lower()
    aliases = {"left": "start", "right": "end", "centre": "center", "middle": "center"}
    value = aliases.get(value, value)
    return value if value in {"start", "center", "end"} else "center"


def _left(align: Align, rtl: bool, slack: float) -> float:
    """Offset of a line inside the available width; overlong lines show their start."""
    if slack < 0:
        return slack if rtl else 0.0
    if align == "center":
        return slack / 2
    at_right = (align == "start") == rtl
    return slack if at_right else 0.0


@dataclass(frozen=True)
class PlacedLine:
    """One horizontal line, shaped into a skia text blob, and where its baseline starts."""

    blob: skia.TextBlob
    left: float
    baseline: float


@dataclass(frozen=True)
class Typeset:
    """A text element laid out in its box: everything about it that does not depend on the pixels
    beneath (those pick its colour). Immutable, so a renderer can keep and share it."""

    box: tuple[float, float, float, float, float]
    """x0, y0, width, height, padding (px; the box may have grown for a headline)."""
    laid: TextLayout
    weight: int
    lang: str
    rtl: bool
    vertical: bool
    #: Horizontal text's lines (vertical columns are shaped when drawn).
    lines: tuple[PlacedLine, ...]
    missing: int
    notes: tuple[str, ...]


def typeset(
    element: Element,
    width: int,
    height: int,
    locale: str | None,
    runs_memo: Lru[tuple[Run, ...]] | None = None,
) -> Typeset | str:
    """Lay out one text element in its box (shaping, wrapping, shrink-to-fit, headline floor);
    the note to give instead when its box is too small."""
    assert element.text is not None
    content, language, _ = _content(element, locale)
    script = element.text.script
    x0 = element.box[0] * width
    y0 = element.box[1] * height
    bw = (element.box[2] - element.box[0]) * width
    bh = (element.box[3] - element.box[1]) * height
    pad = min(bw, bh) * 0.06
    avail_w, avail_h = bw - 2 * pad, bh - 2 * pad
    if avail_w <= 1 or avail_h <= 1:
        return f"text {element.id!r}: box too small to draw text"

    role = type_role(element)
    weight = 700 if role in _HEAVY_ROLES else 500
    rtl = is_rtl(script, content)
    lang = language.split("-")[0] or "en"
    runs = _runs_of(script, rtl, language, runs_memo)

    def em(text: str) -> float:
        return _measure(runs(text), weight, lang, script)

    paragraphs = [tokenize(p, language or "en") for p in content.splitlines()] or [[]]
    measure = {t: em(t) for tokens in paragraphs for t, _ in tokens}
    narrowest = avail_w / MIN_TEXT_PX
    paragraphs = [split_wide(tokens, measure, narrowest) for tokens in paragraphs]
    measure.update({t: em(t) for tokens in paragraphs for t, _ in tokens if t not in measure})
    space = em(" ") or 0.25
    files = {run.file for tokens in paragraphs for t, _ in tokens for run in runs(t)}
    files.add(choose_font_file(content, script, language)[0])
    ascender, line_em = _extents(files, weight)
    factor = _LINE_FACTOR.get(script, 1.0)
    line_em *= factor
    ascender += (factor - 1.0) * line_em / (2 * factor)
    vertical = bool(element.attributes.get("vertical")) and script in VERTICAL_SCRIPTS
    extra: list[str] = []
    if vertical:  # columns top to bottom, right to left: the same fitting with the axes swapped
        down = {t: sum(vertical_em(r.file, weight, r.text, lang) for r in runs(t)) for t in measure}
        laid = layout_text(paragraphs, down, 0.5, COLUMN_EM, avail_h, avail_w)
    else:
        laid = layout_text(paragraphs, measure, space, line_em, avail_w, avail_h)
        floor = HEADLINE_FLOOR * height if role in _FLOOR_ROLES else 0.0
        need = _height_at(paragraphs, measure, space, line_em, avail_w, floor) if laid.size < floor else None
        if need is not None and need + 2 * pad <= height:
            # a headline keeps >= 5 % of the canvas height: its box grows about its centre instead
            grown = need + 2 * pad
            y0 = min(max(0.0, y0 + bh / 2 - grown / 2), height - grown)
            bh, avail_h = grown, need
            laid = layout_text(paragraphs, measure, space, line_em, avail_w, avail_h)
            extra.append(f"text {element.id!r}: box grown to {grown:.0f} px to keep the headline >= 5 %")
    lines: list[PlacedLine] = []
    missing = 0
    if not vertical:
        fonts = {file: _sk_font(file, weight, laid.size) for file in files}
        align = alignment(element)
        block_h = len(laid.lines) * line_em * laid.size
        top = y0 + pad + max(0.0, (avail_h - block_h) / 2)  # clipped text shows its start
        for i, line in enumerate(laid.lines):
            if not line:
                continue
            builder = skia.TextBlobBuilder()
            pen = 0.0
            for run in runs(line):
                font = load_font(run.file, weight)
                shaped = shape(_key(run, weight, lang, script))
                missing += shaped.missing
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
                left = x0 + pad + _left(align, rtl, avail_w - pen)
                lines.append(PlacedLine(blob, left, top + (i * line_em + ascender) * laid.size))
    return Typeset(
        box=(x0, y0, bw, bh, pad),
        laid=laid,
        weight=weight,
        lang=lang,
        rtl=rtl,
        vertical=vertical,
        lines=tuple(lines),
        missing=missing,
        notes=tuple(extra),
    )


def _runs_of(
    script: str, rtl: bool, language: str, memo: Lru[tuple[Run, ...]] | None
) -> Callable[[str], tuple[Run, ...]]:
    """Itemize text of this script, direction and language (through ``memo`` when given)."""

    def runs(text: str) -> tuple[Run, ...]:
        if memo is None:
            return tuple(itemize(text, script, rtl, language))
        make = lambda: tuple(itemize(text, script, rtl, language))  # noqa: E731
        return memo.get((text, script, rtl, language), make)

    return runs


def typeset_key(element: Element, width: int, height: int, locale: str | None) -> tuple[object, ...]:
    """Everything :func:`typeset` reads: equal keys give equal typesetting."""
    assert element.text is not None
    spec = element.text
    attributes = (element.attributes.get("vertical"), element.attributes.get("align"))
    text = (spec.content, spec.language, spec.script, spec.role, tuple(sorted(spec.localized.items())))
    return (element.id, element.box, width, height, locale, type_role(element), attributes, text)


def draw_text(
    canvas: skia.Canvas,
    pixels: npt.NDArray[np.uint8],
    element: Element,
    width: int,
    height: int,
    locale: str | None,
    memo: RenderMemo | None = None,
    glow: RGB | None = None,
) -> list[str]:
    """Draw one text element inside its box; returns notes (shrinking, missing glyphs). Its
    typesetting (and its words' runs) is kept in ``memo`` when given; the colour is always chosen
    from the pixels beneath, except for words lit in a neon sign's ``glow``."""
    if element.text is None:
        return []
    if memo is None:
        done = typeset(element, width, height, locale)
    else:
        key = typeset_key(element, width, height, locale)
        done = memo.typeset.get(key, lambda: typeset(element, width, height, locale, memo.runs))
    if isinstance(done, str):
        return [done]
    x0, y0, bw, bh, pad = done.box
    laid = done.laid
    script = element.text.script
    ix0, iy0 = max(0, int(x0)), max(0, int(y0))
    ix1, iy1 = min(width, int(np.ceil(x0 + bw))), min(height, int(np.ceil(y0 + bh)))
    under = underlay(pixels, (ix0, iy0, ix1, iy1))
    if under.busy:
        # Text over busy art (a sign's scribbles, a pattern): back it with the region's light colour.
        radius = min(bw, bh) * 0.12
        backing = skia.Paint(AntiAlias=True, Color=skia.Color(*under.backing, 235))
        canvas.drawRoundRect(skia.Rect.MakeXYWH(x0, y0, bw, bh), radius, radius, backing)
    beneath = under.backing if under.busy else under.mean
    fixed = element_color(element.attributes)
    color = fixed or (readable_on(beneath) if under.busy else readable_on_all((beneath, *under.extremes)))
    paint = skia.Paint(AntiAlias=True, Color=skia.Color(*color))
    outline: skia.Paint | None = None
    if fixed is not None and needs_outline(fixed, beneath):
        outline = skia.Paint(
            AntiAlias=True,
            Color=skia.Color(*readable_on(fixed)),
            Style=skia.Paint.kStroke_Style,
            StrokeWidth=max(1.0, laid.size * 0.08),
            StrokeJoin=skia.Paint.kRound_Join,
        )
    elif not under.busy and min(contrast_ratio(color, tail) for tail in under.tails) < HALO_BELOW:
        # a few pixels under the text (a moon, a cloud) are too close to its colour: a thin halo
        # of the opposite colour keeps every glyph edge at contrast
        outline = skia.Paint(
            AntiAlias=True,
            Color=skia.Color(*readable_on(color)),
            Style=skia.Paint.kStroke_Style,
            StrokeWidth=max(1.0, laid.size * 0.07),
            StrokeJoin=skia.Paint.kRound_Join,
        )
    outlined = outline is not None and fixed is not None
    if done.vertical:
        _, language, _ = _content(element, locale)
        runs = _runs_of(script, done.rtl, language, memo.runs if memo is not None else None)
        frame = (x0, y0, bw, bh, pad)
        missing = _draw_columns(canvas, laid, frame, runs, done.weight, done.lang, (outline, paint))
        return [*done.notes, *_notes(element, laid, outlined, missing, script)]
    if glow is not None and not done.vertical:
        _draw_lit(canvas, done.lines, glow, laid.size)
        return [*done.notes, *_notes(element, laid, False, done.missing, script)]
    canvas.save()
    canvas.clipRect(skia.Rect.MakeXYWH(x0, y0, bw, bh), skia.ClipOp.kIntersect, True)
    for line in done.lines:
        if outline is not None:
            canvas.drawTextBlob(line.blob, line.left, line.baseline, outline)
        canvas.drawTextBlob(line.blob, line.left, line.baseline, paint)
    canvas.restore()
    return [*done.notes, *_notes(element, laid, outlined, done.missing, script)]


def _draw_lit(canvas: skia.Canvas, lines: Sequence[PlacedLine], rgb: RGB, size: float) -> None:
    """Words as neon tubes: a blurred glow of ``rgb`` under the letters, outlined in ``rgb``, with a
    pale core."""
    from limner.render.builtin.neon import glow_paints

    halo, tube, core = glow_paints(rgb, max(1.0, size * 0.045))
    for paint in (halo, tube):
        for line in lines:
            canvas.drawTextBlob(line.blob, line.left, line.baseline, paint)
    core.setStyle(skia.Paint.kFill_Style)
    for line in lines:
        canvas.drawTextBlob(line.blob, line.left, line.baseline, core)


def _height_at(
    paragraphs: list[list[Token]],
    measure: dict[str, float],
    space: float,
    line_em: float,
    avail_w: float,
    size: float,
) -> float | None:
    """Height (px) of the text wrapped into ``avail_w`` at ``size``; None if a word is too wide."""
    count = 0
    for tokens in paragraphs:
        widths = [measure[t] for t, _ in tokens]
        wrapped = _wrap(tokens, widths, space, avail_w / size) if tokens else [""]
        if wrapped is None:
            return None
        count += len(wrapped)
    return count * line_em * size * 1.001


def _draw_columns(
    canvas: skia.Canvas,
    laid: TextLayout,
    frame: tuple[float, float, float, float, float],
    runs: Callable[[str], Sequence[Run]],
    weight: int,
    lang: str,
    paints: tuple[skia.Paint | None, skia.Paint],
) -> int:
    """Vertical text: each laid-out line is a column, the first at the right; returns missing glyphs."""
    x0, y0, bw, bh, pad = frame
    pitch = COLUMN_EM * laid.size
    block_w = len(laid.lines) * pitch
    right = x0 + bw - pad - max(0.0, (bw - 2 * pad - block_w) / 2)
    missing = 0
    canvas.save()
    canvas.clipRect(skia.Rect.MakeXYWH(x0, y0, bw, bh), skia.ClipOp.kIntersect, True)
    for i, line in enumerate(laid.lines):
        parts = [(run.text, run.file) for run in runs(line)]
        blob, lacking, length = column_blob(
            parts, weight, lang, laid.size, lambda f: _sk_font(f, weight, laid.size)
        )
        missing += lacking
        if blob is None:
            continue
        centre = right - (i + 0.5) * pitch
        top = y0 + pad + max(0.0, (bh - 2 * pad - length) / 2) if len(laid.lines) == 1 else y0 + pad
        for paint in paints:
            if paint is not None:
                canvas.drawTextBlob(blob, centre, top, paint)
    canvas.restore()
    return missing


def _notes(element: Element, laid: TextLayout, outlined: bool, glyphs_missing: int, script: str) -> list[str]:
    notes: list[str] = []
    if laid.clipped:
        notes.append(f"text {element.id!r} did not fit its box even at {laid.size:.0f} px; clipped")
    elif laid.size < laid.preferred * 0.95:
        notes.append(
            f"text {element.id!r} shrunk from {laid.preferred:.0f} px to {laid.size:.0f} px "
            f"in {len(laid.lines)} line(s) to fit its box"
        )
    if outlined:
        notes.append(f"text {element.id!r}: fixed colour below 4.5:1 contrast; outlined")
    if glyphs_missing:
        notes.append(
            f"text {element.id!r}: no installed font draws {glyphs_missing} character(s) of script {script}"
        )
    return notes


__all__ = [
    "MIN_TEXT_PX",
    "PlacedLine",
    "ShapeKey",
    "Shaped",
    "TextLayout",
    "Token",
    "Typeset",
    "Underlay",
    "alignment",
    "draw_text",
    "layout_text",
    "shape",
    "split_wide",
    "tokenize",
    "type_role",
    "typeset",
    "typeset_key",
    "underlay",
]
