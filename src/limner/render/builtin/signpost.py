"""Road signs whose emoji is only the sign's plate (the stop sign's red octagon, 🛑): drawn on a post,
with the word the plate carries set in white by the renderer's own text path (shaped, wrapped and
sized to the plate like any text element), unless the plan already writes text on the plate."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

import skia

from limner.plan.model import Element, TextSpec
from limner.render.builtin.art import Art, Look, paint_art, place
from limner.render.builtin.backdrop.style import shade
from limner.render.builtin.colors import RGB
from limner.render.builtin.text import typeset

Box = tuple[float, float, float, float]


@dataclass(frozen=True)
class Plate:
    """A sign plate drawn on a post: the word on it, and where the word goes (shares of the plate's
    ink box: x0, y0, x1, y1)."""

    word: str
    face: Box


#: Sign emoji that draw the plate only, keyed by emoji.
PLATES: Mapping[str, Plate] = MappingProxyType({"🛑": Plate(word="STOP", face=(0.13, 0.33, 0.87, 0.67))})
#: Of the sign's box, the most of its height the plate takes (the post takes the rest).
PLATE_SHARE = 0.62
#: The post's width, a share of the plate's.
POST_SHARE = 0.08
#: How far below its box (share of the box's height) a sign's posts reach down to the ground line.
POST_REACH = 0.6
POST_GREY: RGB = (150, 156, 164)
WORD_WHITE: RGB = (255, 255, 255)


def plate_of(emoji: str) -> Plate | None:
    """The plate an emoji draws (the stop sign's octagon), or None for other art."""
    return PLATES.get(emoji)


def plate_box(box: Box) -> Box:
    """Where the plate's ink goes in the sign's pixel ``box``: a square at its top, centred."""
    x0, y0, x1, y1 = box
    side = min(x1 - x0, (y1 - y0) * PLATE_SHARE)
    cx = (x0 + x1) / 2
    return (cx - side / 2, y0, cx + side / 2, y0 + side)


def post_foot(box: Box, ground: float | None) -> float:
    """Where the posts of a sign standing alone in pixel ``box`` end: on the ``ground`` line (the
    horizon, a plain fill's floor band) when it lies a little below the box, else at its bottom."""
    bottom = box[3]
    if ground is not None and bottom < ground <= bottom + (box[3] - box[1]) * POST_REACH:
        return ground
    return bottom


def post_box(box: Box, ground: float | None = None) -> Box:
    """The post under the plate, from the plate's middle to the box's bottom (or the ``ground``
    line a sign standing alone reaches: :func:`post_foot`)."""
    px0, py0, px1, py1 = plate_box(box)
    half = (px1 - px0) * POST_SHARE / 2
    cx = (px0 + px1) / 2
    return (cx - half, (py0 + py1) / 2, cx + half, post_foot(box, ground))


def written_on(plate: Box, texts: list[Element], width: int, height: int) -> bool:
    """Whether one of the plan's text elements has its centre on the plate (it writes the plate)."""
    x0, y0, x1, y1 = plate
    for text in texts:
        cx = (text.box[0] + text.box[2]) / 2 * width
        cy = (text.box[1] + text.box[3]) / 2 * height
        if x0 <= cx <= x1 and y0 <= cy <= y1:
            return True
    return False


def _word(canvas: skia.Canvas, plate: Plate, ink: Box, width: int, height: int) -> None:
    """The plate's word in white on its face, typeset as a sign's text element would be."""
    fx0, fy0, fx1, fy1 = plate.face
    x0, y0, x1, y1 = ink
    w, h = x1 - x0, y1 - y0
    face = (
        min(max((x0 + fx0 * w) / width, 0.0), 1.0),
        min(max((y0 + fy0 * h) / height, 0.0), 1.0),
        min(max((x0 + fx1 * w) / width, 0.0), 1.0),
        min(max((y0 + fy1 * h) / height, 0.0), 1.0),
    )
    if face[2] - face[0] <= 0 or face[3] - face[1] <= 0:
        return
    element = Element(
        id="plate", kind="text", noun="text", box=face, text=TextSpec(content=plate.word, role="sign")
    )
    done = typeset(element, width, height, None)
    if isinstance(done, str):
        return  # too small for any text
    paint = skia.Paint(AntiAlias=True, Color=skia.Color(*WORD_WHITE))
    for line in done.lines:
        canvas.drawTextBlob(line.blob, line.left, line.baseline, paint)


def draw_signpost(
    canvas: skia.Canvas,
    art: Art,
    plate: Plate,
    box: Box,
    look: Look,
    size: tuple[int, int],
    written: bool,
    unit: float,
    ground: float | None = None,
) -> Box:
    """The sign in pixel ``box``: a post, the plate ``art`` on it, the plate's word on its face (unless
    ``written``: the plan's own text goes there); the post reaches ``ground`` (:func:`post_foot`).
    Returns the post's rect (where it stands)."""
    post = post_box(box, ground)
    grey = POST_GREY if look.fade is None else shade(POST_GREY, look.fade[1] * 0.5)
    rect = skia.Rect.MakeLTRB(*post)
    canvas.drawRect(rect, skia.Paint(AntiAlias=True, Color=skia.Color(*grey)))
    canvas.drawRect(
        skia.Rect.MakeLTRB(post[0], post[1], post[0] + (post[2] - post[0]) * 0.3, post[3]),
        skia.Paint(AntiAlias=True, Color=skia.Color(*shade(grey, 0.12))),
    )
    placement = place(art, plate_box(box), Look(outline=look.outline, halo=look.halo, fade=look.fade))
    paint_art(canvas, art, placement, look, unit)
    if not written:
        _word(canvas, plate, placement.ink, *size)
    return post


__all__ = [
    "PLATES",
    "Plate",
    "draw_signpost",
    "plate_box",
    "plate_of",
    "post_box",
    "post_foot",
    "written_on",
]
