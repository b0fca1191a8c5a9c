"""Animals posed lying down (a cat asleep on a sofa, a dog on a rug): their standing art with its legs
folded under the body — the rows under the belly squashed flat, the body brought down onto what it
lies on. Where the belly is is read off the art (:func:`leg_share`): the lowest row whose ink runs on
unbroken across a good part of the body; below it the ink is legs (a cat's legs are a third of its
height, a cow's more). An animal whose art is only its face (a lion, a fox, a bear) lies as a loaf
(:func:`paint_face_lying`): a body in the art's colour stretched out behind its head, paws before it.
People lie turned on their backs instead (:func:`.seated.draw_lying`)."""

from __future__ import annotations

import dataclasses
import unicodedata

import numpy as np
import skia

from limner.render.builtin.art import Art, Look, Placement, paint_art, place
from limner.render.builtin.backdrop.style import shade

#: Poses drawn lying down.
LYING_POSES = frozenset({"lying", "sleeping", "resting", "lying down"})
#: The share of an animal's ink height its legs take where the art says nothing clearer, the least
#: and most read off an art, and how much of their height stays when folded (paws tucked under).
LEGS = 0.3
LEG_RANGE = (0.12, 0.5)
FOLDED = 0.15
#: The belly: the lowest row whose longest unbroken run of ink is this share of the ink's width.
BELLY_RUN = 0.42
#: Rows the art is probed at (its ink's height), to find the belly.
PROBE_ROWS = 64


#: A face-only animal lying: the body's length and height, and the head's height, in shares of the
#: group's height; the body's colour is the art's mean, this much darker.
LOAF_BODY = (1.45, 0.58)
LOAF_HEAD = 0.9
LOAF_SHADE = -0.08


def face_only(emoji: str) -> bool:
    """Whether art ``emoji`` is an animal's face alone (no legs to fold)."""
    return bool(emoji) and "FACE" in unicodedata.name(emoji[0], "")


def loaf_ink(box: tuple[float, float, float, float], aspect: float) -> tuple[float, float, float, float]:
    """The ink of a face-only animal (its face ``aspect`` wide per unit of height) lying as a loaf
    in the pixel ``box``: on its bottom, centred."""
    x0, y0, x1, y1 = box
    wide = aspect * LOAF_HEAD * 0.75 + LOAF_BODY[0]
    tall = min(y1 - y0, (x1 - x0) / wide)
    middle = (x0 + x1) / 2
    return (middle - tall * wide / 2, y1 - tall, middle + tall * wide / 2, y1)


def paint_face_lying(
    canvas: skia.Canvas,
    art: Art,
    box: tuple[float, float, float, float],
    look: Look,
    unit: float,
    mirror: bool,
) -> tuple[float, float, float, float]:
    """Paint the face-only ``art`` lying as a loaf in the pixel ``box``: its body (the art's mean
    colour) stretched out behind the head (to the right, left when ``mirror``), front paws under the
    head, the head at the front end. Returns the ink it covers."""
    bx0, by0, bx1, by1 = art.bounds
    aspect = (bx1 - bx0) / max(by1 - by0, 1e-6)
    x0, y0, x1, y1 = loaf_ink(box, aspect)
    tall = y1 - y0
    head_h = tall * LOAF_HEAD
    head_w = head_h * aspect
    body_w, body_h = tall * LOAF_BODY[0], tall * LOAF_BODY[1]
    rgb = shade(art.mean, LOAF_SHADE)
    paint = skia.Paint(Color=skia.Color(*rgb), AntiAlias=True)
    dark = skia.Paint(Color=skia.Color(*shade(rgb, -0.15)), AntiAlias=True)
    head_x = x1 - head_w if mirror else x0
    body_x = x0 if mirror else x1 - body_w
    tail_x = body_x if mirror else body_x + body_w
    side = -1.0 if mirror else 1.0
    tail = skia.Path()
    tail.moveTo(tail_x - side * body_h * 0.3, y1 - body_h * 0.35)
    tail.quadTo(
        tail_x + side * body_h * 0.55, y1 - body_h * 0.2, tail_x + side * body_h * 0.35, y1 - body_h * 0.02
    )
    canvas.drawPath(
        tail,
        skia.Paint(
            Color=skia.Color(*shade(rgb, -0.15)),
            AntiAlias=True,
            Style=skia.Paint.kStroke_Style,
            StrokeWidth=body_h * 0.16,
            StrokeCap=skia.Paint.kRound_Cap,
        ),
    )
    body = skia.Rect.MakeLTRB(body_x, y1 - body_h, body_x + body_w, y1)
    canvas.drawRRect(skia.RRect.MakeRectXY(body, body_h * 0.5, body_h * 0.5), paint)
    for step in (0.25, 0.6):  # front paws, before the chest
        px = head_x + head_w * step
        paw = skia.Rect.MakeLTRB(px - head_w * 0.16, y1 - body_h * 0.22, px + head_w * 0.16, y1)
        canvas.drawRRect(skia.RRect.MakeRectXY(paw, body_h * 0.11, body_h * 0.11), dark)
    head = (head_x, y1 - body_h * 0.12 - head_h, head_x + head_w, y1 - body_h * 0.12)
    placement = place(art, head, dataclasses.replace(look, fill=False, sink=0.0), mirror)
    paint_art(canvas, art, placement, look, unit)
    return (min(x0, head[0]), head[1], max(x1, head[2]), y1)


def lies_down(pose: object, emoji: str) -> bool:
    """Whether art ``emoji`` posed ``pose`` is drawn lying down: an animal's whole body (a head alone,
    the lion's face, has no legs to fold)."""
    if pose not in LYING_POSES or not emoji:
        return False
    return "FACE" not in unicodedata.name(emoji[0], "")


def _longest_run(row: np.ndarray) -> int:
    """The length of the longest run of True in ``row``."""
    if not row.any():
        return 0
    padded = np.concatenate(([0], row.astype(np.int8), [0]))
    edges = np.flatnonzero(np.diff(padded))
    return int((edges[1::2] - edges[0::2]).max())


def leg_share(art: Art) -> float:
    """The share of ``art``'s ink height, from the bottom, that its legs take: the rows under the
    lowest one whose ink runs unbroken across :data:`BELLY_RUN` of its width (:data:`LEGS` when no
    row does), kept within :data:`LEG_RANGE`."""
    bx0, by0, bx1, by1 = art.bounds
    scale = PROBE_ROWS / max(by1 - by0, 1e-6)
    width = max(1, int((bx1 - bx0) * scale + 0.5))
    surface = skia.Surface(width, PROBE_ROWS)
    canvas = surface.getCanvas()
    canvas.clear(skia.ColorTRANSPARENT)
    canvas.scale(scale, scale)
    canvas.translate(-bx0, -by0)
    canvas.drawPicture(art.picture)
    alpha = surface.makeImageSnapshot().toarray()[:, :, 3] > 96
    for row in range(PROBE_ROWS - 1, -1, -1):
        if _longest_run(alpha[row]) >= BELLY_RUN * width:
            low, high = LEG_RANGE
            return min(max((PROBE_ROWS - 1 - row) / PROBE_ROWS, low), high)
    return LEGS


def lying_ink(placement: Placement, legs: float = LEGS) -> tuple[float, float, float, float]:
    """The ink box of an animal placed standing at ``placement`` once it lies down (its legs
    ``legs`` of its height)."""
    x0, y0, x1, y1 = placement.ink
    return (x0, y0 + (y1 - y0) * legs * (1.0 - FOLDED), x1, y1)


def paint_lying(
    canvas: skia.Canvas, art: Art, placement: Placement, look: Look, unit: float, share: float = LEGS
) -> None:
    """Paint ``art`` placed standing at ``placement`` lying down: the body above its legs (``share``
    of its height) lowered by what the legs lose, the legs squashed to :data:`FOLDED` of their
    height, feet where they stood."""
    x0, y0, x1, y1 = placement.ink
    legs = (y1 - y0) * share
    cut = y1 - legs
    drop = legs * (1.0 - FOLDED)
    pad = unit * 8 + (x1 - x0) * 0.1
    # the placement's own clips stay off: the two halves clip themselves at the fold
    flat = dataclasses.replace(placement, clip_bottom=None, clip_top=None)
    canvas.save()
    canvas.translate(0.0, drop)
    canvas.clipRect(skia.Rect.MakeLTRB(x0 - pad, y0 - pad, x1 + pad, cut), doAntiAlias=False)
    paint_art(canvas, art, flat, look, unit, vector=True)
    canvas.restore()
    canvas.save()
    canvas.translate(0.0, cut + drop)
    canvas.scale(1.0, FOLDED)
    canvas.translate(0.0, -cut)
    canvas.clipRect(skia.Rect.MakeLTRB(x0 - pad, cut, x1 + pad, y1 + pad), doAntiAlias=False)
    paint_art(canvas, art, flat, look, unit, vector=True)
    canvas.restore()


__all__ = [
    "LEGS",
    "LYING_POSES",
    "face_only",
    "leg_share",
    "lies_down",
    "loaf_ink",
    "lying_ink",
    "paint_face_lying",
    "paint_lying",
]
