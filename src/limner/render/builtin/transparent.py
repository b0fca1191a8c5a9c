"""A transparent canvas for the built-in renderer: no backdrop is painted, the objects and text are.

The objects still choose colours and contrast as if they stood on the plan's background colour
(what an opaque render would show), so the cut-out composites well onto a similar page.
"""

from __future__ import annotations

import skia

from limner.plan.model import Plan
from limner.render.builtin.backdrop import Backdrop
from limner.render.builtin.background import DEFAULT_BACKGROUND
from limner.render.builtin.colors import parse_hex


def clear_background(canvas: skia.Canvas, plan: Plan) -> Backdrop:
    """Clear to fully transparent; the backdrop the object pass assumes is the plan's colour."""
    canvas.clear(skia.ColorTRANSPARENT)
    return Backdrop(color=parse_hex(plan.canvas.background.color) or DEFAULT_BACKGROUND)


__all__ = ["clear_background"]
