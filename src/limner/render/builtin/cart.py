"""Carts and wagons drawn in code (the only cart emoji, 🛒, is a supermarket trolley): a wooden bed
with plank sides on spoked wheels, one big near wheel under a cart, two under a wagon, and shafts
(a cart) or a pole (a wagon) out in front.

A cart the plan ties to whoever pulls it (a horse, a donkey, a farmer: any relation but riding or
sitting in it) reaches its shafts to that puller's flank, on the side it stands; alone, its shafts
rest on the ground in front, on the side its ``facing`` names (left unless it says right).
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from types import MappingProxyType

import skia

from limner.plan.model import Element, Plan
from limner.render.builtin.backdrop.style import shade
from limner.render.builtin.colors import RGB
from limner.render.builtin.pen import Box, Drawer, Pen, rect

#: The iron tyre of a wooden wheel.
RIM: RGB = (66, 56, 50)
#: Kinds drawn here: a cart on one near wheel, a wagon on two.
CART_KINDS = frozenset({"cart"})
WAGON_KINDS = frozenset({"wagon"})
#: Relations that do not hitch a cart to its subject: someone riding or sitting in it, leaning on it,
#: looking at it or chasing it.
NOT_PULLING = frozenset(
    {
        "on",
        "in",
        "inside",
        "rides",
        "stacked_on",
        "wears",
        "leans_on",
        "hangs_on",
        "looks_at",
        "chases",
        "flies_over",
    }
)
#: The puller's flank: this share of its box's height down from its top.
FLANK = 0.55
SPOKES = 8


def _wheel(canvas: skia.Canvas, cx: float, cy: float, r: float, pen: Pen) -> None:
    """A spoked wooden wheel: an iron tyre, a wooden felloe, spokes and a hub."""
    tyre = max(1.5, r * 0.14)
    canvas.drawCircle(cx, cy, r, skia.Paint(Color=skia.Color(*RIM), AntiAlias=True))
    canvas.drawCircle(cx, cy, r - tyre, skia.Paint(Color=skia.Color(*shade(pen.rgb, -0.08)), AntiAlias=True))
    inner = r - tyre * 2.0
    canvas.drawCircle(cx, cy, inner, skia.Paint(Color=skia.Color(*shade(pen.rgb, 0.28)), AntiAlias=True))
    spoke = pen.stroke(max(1.0, r * 0.09))
    spoke.setColor(skia.Color(*shade(pen.rgb, -0.12)))
    for i in range(SPOKES):
        angle = math.pi * 2 * i / SPOKES
        canvas.drawLine(cx, cy, cx + math.cos(angle) * inner, cy + math.sin(angle) * inner, spoke)
    canvas.drawCircle(cx, cy, max(1.5, r * 0.2), skia.Paint(Color=skia.Color(*RIM), AntiAlias=True))


def _shafts(
    canvas: skia.Canvas, start: tuple[float, float], end: tuple[float, float], pen: Pen, thick: float
) -> None:
    """Two shafts (the far one a little higher and darker) from ``start`` on the bed to ``end``."""
    paint = pen.stroke(thick)
    paint.setStrokeCap(skia.Paint.kRound_Cap)
    (sx, sy), (ex, ey) = start, end
    lift = thick * 1.6
    paint.setColor(skia.Color(*shade(pen.rgb, -0.22)))
    canvas.drawLine(sx, sy - lift, ex, ey - lift, paint)
    paint.setColor(skia.Color(*pen.outline))
    canvas.drawLine(sx, sy, ex, ey, paint)
    paint.setStrokeWidth(max(1.0, thick - pen.weight * 2))
    paint.setColor(skia.Color(*pen.rgb))
    canvas.drawLine(sx, sy, ex, ey, paint)


def draw_cart(
    canvas: skia.Canvas,
    box: Box,
    pen: Pen,
    wheels: int = 1,
    front: float = -1.0,
    hitch: tuple[float, float] | None = None,
) -> None:
    """A cart (``wheels`` 1: one big near wheel) or a wagon (2) in ``box``, its shafts out in ``front``
    (-1: to the left) to the ``hitch`` point (pixels), else down to the ground inside its box."""
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    reach = 0.0 if hitch is not None else w * 0.22  # room in front for shafts resting on the ground
    bx0, bx1 = (x0 + reach, x1 - w * 0.02) if front < 0 else (x0 + w * 0.02, x1 - reach)
    top, bottom = y0 + h * 0.2, y0 + h * 0.52
    thick = max(2.0, h * 0.06)
    nose = (bx0 + w * 0.02, bottom - thick) if front < 0 else (bx1 - w * 0.02, bottom - thick)
    end = (
        hitch
        if hitch is not None
        else ((x0 + w * 0.02, y1 - thick) if front < 0 else (x1 - w * 0.02, y1 - thick))
    )
    _shafts(canvas, nose, end, pen, thick)
    # the bed: plank sides between corner stakes that stand a little above them
    stake = max(pen.weight * 2, w * 0.035)
    for sx in (bx0 + w * 0.03, bx1 - w * 0.03 - stake):
        pen.part(canvas, rect(sx, y0 + pen.weight, sx + stake, bottom), shade(pen.rgb, -0.1))
    pen.part(canvas, rect(bx0, top, bx1, bottom), radius=pen.weight)
    seam = pen.stroke(max(1.0, pen.weight * 0.8))
    for i in (1, 2):
        y = top + (bottom - top) * i / 3
        canvas.drawLine(bx0 + pen.weight, y, bx1 - pen.weight, y, seam)
    pen.part(
        canvas, rect(bx0 - w * 0.01, top - pen.weight, bx1 + w * 0.01, top + h * 0.05), shade(pen.rgb, 0.1)
    )
    pen.part(canvas, rect(bx0, bottom - pen.weight, bx1, bottom + h * 0.05), shade(pen.rgb, -0.15))
    if wheels <= 1:
        r = min(h * 0.36, (bx1 - bx0) * 0.3)
        _wheel(canvas, (bx0 + bx1) / 2, y1 - r, r, pen)
        return
    r = min(h * 0.3, (bx1 - bx0) * 0.17)
    for cx in (bx0 + r * 1.15, bx1 - r * 1.15):
        _wheel(canvas, cx, y1 - r, r, pen)


def _cart(canvas: skia.Canvas, box: Box, pen: Pen) -> None:
    draw_cart(canvas, box, pen, 1)


def _wagon(canvas: skia.Canvas, box: Box, pen: Pen) -> None:
    draw_cart(canvas, box, pen, 2)


def wheels_of(kind: str) -> int:
    """How many wheels the side view of ``kind`` shows."""
    return 2 if kind in WAGON_KINDS else 1


def puller(plan: Plan, cart: Element, is_puller: Mapping[str, bool]) -> Element | None:
    """The first element the plan relates to ``cart`` (either way round) that ``is_puller`` marks
    (an animal or a person), unless it rides or sits in it; None when none."""
    by_id = {e.id: e for e in plan.elements}
    for rel in plan.relations:
        if rel.predicate in NOT_PULLING:
            continue
        other = str(rel.object) if rel.subject == cart.id else rel.subject if rel.object == cart.id else None
        if other is not None and is_puller.get(other, False):
            return by_id[other]
    return None


def hitch_point(cart: Box, pulling: Box) -> tuple[tuple[float, float], float]:
    """Where a cart in the pixel ``cart`` box is hitched to whoever pulls it (``pulling``): the middle
    of its flank, and the side (-1: left) that lies on."""
    px0, py0, px1, py1 = pulling
    front = -1.0 if (px0 + px1) < (cart[0] + cart[2]) else 1.0
    return ((px0 + px1) / 2, py0 + (py1 - py0) * FLANK), front


CARTS: Mapping[str, Drawer] = MappingProxyType({"cart": _cart, "wagon": _wagon})

__all__ = ["CARTS", "CART_KINDS", "RIM", "WAGON_KINDS", "draw_cart", "hitch_point", "puller", "wheels_of"]
