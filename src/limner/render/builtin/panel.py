"""Panels: a poster's page, a card, a sign's board on its posts, a label — flat, with a face for text.

An object element is a panel when ``attributes.panel`` names a style (``page``, ``card``, ``board``,
``label``; the reasoner's design stage sets it) or its noun is a board format ("sign"). The face —
where the reasoner put the text — lies where ``assets/formats.py`` says, so text set on the face
is on the face in the picture. The face takes the element's colour (a stated colour wins); the
frame is a darker shade of it.
"""

from __future__ import annotations

import skia

from limner.assets.formats import (
    BOARD_HEIGHT,
    DEFAULT_COLORS,
    FACES,
    WORD_COLORS,
    face_box,
    format_style,
    own_sign_art,
)
from limner.plan.model import Element
from limner.render.builtin.art import art_noun
from limner.render.builtin.colors import RGB, element_color, luminance, parse_hex

STYLES = frozenset(FACES)


def panel_style(element: Element) -> str | None:
    """The panel style an object element is drawn in, or None for ordinary art."""
    if element.kind != "object":
        return None
    style = element.attributes.get("panel")
    if isinstance(style, str) and style in STYLES:
        return style
    noun_style = format_style(element.noun)
    if noun_style not in {"board", "wallboard"}:
        return None
    return None if own_sign_art(art_noun(element)) else noun_style


def _shade(rgb: RGB, factor: float) -> RGB:
    r, g, b = rgb
    if factor < 1:
        return (round(r * factor), round(g * factor), round(b * factor))
    return (
        round(r + (255 - r) * (factor - 1)),
        round(g + (255 - g) * (factor - 1)),
        round(b + (255 - b) * (factor - 1)),
    )


def panel_colors(element: Element, style: str) -> tuple[RGB, RGB]:
    """(face, frame): the element's colour and a darker shade of it, or the style's defaults."""
    face = element_color(element.attributes)
    default_face, default_frame = DEFAULT_COLORS[style]
    for word in (element.attributes.get("format"), element.label, element.noun):
        if isinstance(word, str) and word.lower() in WORD_COLORS:
            default_face, default_frame = WORD_COLORS[word.lower()]
            break
    if face is None:
        return parse_hex(default_face) or (250, 246, 236), parse_hex(default_frame) or (138, 90, 53)
    frame = _shade(face, 0.62 if luminance(face) > 0.08 else 1.6)
    return face, frame


def _paint(rgb: RGB, alpha: int = 255) -> skia.Paint:
    return skia.Paint(AntiAlias=True, Color=skia.Color(*rgb, alpha))


def draw_panel(
    canvas: skia.Canvas, element: Element, style: str, width: int, height: int, foot: float | None = None
) -> None:
    """Draw ``element`` as a panel of ``style`` in its box; a board's posts end at ``foot`` (pixels)
    when given, else at the box's bottom."""
    x0, y0, x1, y1 = element.box
    box = skia.Rect.MakeLTRB(x0 * width, y0 * height, x1 * width, y1 * height)
    face_rgb, frame_rgb = panel_colors(element, style)
    fx0, fy0, fx1, fy1 = face_box(element.box, style)
    face = skia.Rect.MakeLTRB(fx0 * width, fy0 * height, fx1 * width, fy1 * height)
    short = min(box.width(), box.height())
    if style == "board":
        _board(canvas, box, face, face_rgb, frame_rgb, box.bottom() if foot is None else foot)
    elif style == "wallboard":
        radius = short * 0.03
        canvas.drawRoundRect(box, radius, radius, _paint(frame_rgb))
        canvas.drawRoundRect(face, radius * 0.5, radius * 0.5, _paint(face_rgb))
    elif style == "label":
        radius = short * 0.12
        canvas.drawRoundRect(box, radius, radius, _paint(frame_rgb))
        inner = box.makeInset(short * 0.035, short * 0.035)
        canvas.drawRoundRect(inner, radius * 0.8, radius * 0.8, _paint(face_rgb))
    else:
        canvas.drawRect(box, _paint(face_rgb))
        rule = skia.Paint(
            AntiAlias=True,
            Color=skia.Color(*frame_rgb),
            Style=skia.Paint.kStroke_Style,
            StrokeWidth=max(1.0, short * 0.006),
        )
        inset = short * (0.028 if style == "page" else 0.035)
        inner = box.makeInset(inset, inset)
        if style == "card":
            canvas.drawRoundRect(inner, short * 0.02, short * 0.02, rule)
            rule.setStrokeWidth(max(1.0, short * 0.003))
            inner2 = inner.makeInset(short * 0.012, short * 0.012)
            canvas.drawRoundRect(inner2, short * 0.015, short * 0.015, rule)
        else:
            canvas.drawRect(inner, rule)


def _board(
    canvas: skia.Canvas, box: skia.Rect, face: skia.Rect, face_rgb: RGB, frame_rgb: RGB, foot: float
) -> None:
    """A board on two posts down to ``foot``: posts, then the board (frame colour), then its face."""
    board = skia.Rect.MakeLTRB(box.left(), box.top(), box.right(), box.top() + box.height() * BOARD_HEIGHT)
    post_w = max(2.0, box.width() * 0.06)
    post_rgb = _shade(frame_rgb, 0.8)
    for centre in (0.24, 0.76):
        cx = box.left() + box.width() * centre
        canvas.drawRect(
            skia.Rect.MakeLTRB(cx - post_w / 2, board.bottom() - 2, cx + post_w / 2, foot),
            _paint(post_rgb),
        )
    radius = min(board.width(), board.height()) * 0.06
    canvas.drawRoundRect(board, radius, radius, _paint(frame_rgb))
    canvas.drawRoundRect(face, radius * 0.5, radius * 0.5, _paint(face_rgb))


__all__ = ["STYLES", "draw_panel", "panel_colors", "panel_style"]
