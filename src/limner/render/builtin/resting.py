"""Animals posed lying down (a cat asleep on a sofa, a dog on a rug): their standing art with its legs
folded under the body — the lowest share of the ink squashed flat, the body brought down onto what
it lies on. People lie turned on their backs instead (:func:`.seated.draw_lying`)."""

from __future__ import annotations

import dataclasses
import unicodedata

import skia

from limner.render.builtin.art import Art, Look, Placement, paint_art

#: Poses drawn lying down.
LYING_POSES = frozenset({"lying", "sleeping", "resting", "lying down"})
#: The share of an animal's ink height its legs take, and how much of their height stays when folded.
LEGS = 0.3
FOLDED = 0.3


def lies_down(pose: object, emoji: str) -> bool:
    """Whether art ``emoji`` posed ``pose`` is drawn lying down: an animal's whole body (a head alone,
    the lion's face, has no legs to fold)."""
    if pose not in LYING_POSES or not emoji:
        return False
    return "FACE" not in unicodedata.name(emoji[0], "")


def lying_ink(placement: Placement) -> tuple[float, float, float, float]:
    """The ink box of an animal placed standing at ``placement`` once it lies down."""
    x0, y0, x1, y1 = placement.ink
    return (x0, y0 + (y1 - y0) * LEGS * (1.0 - FOLDED), x1, y1)


def paint_lying(canvas: skia.Canvas, art: Art, placement: Placement, look: Look, unit: float) -> None:
    """Paint ``art`` placed standing at ``placement`` lying down: the body above its legs lowered by
    what the legs lose, the legs squashed to :data:`FOLDED` of their height, feet where they stood."""
    x0, y0, x1, y1 = placement.ink
    legs = (y1 - y0) * LEGS
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


__all__ = ["LEGS", "LYING_POSES", "lies_down", "lying_ink", "paint_lying"]
