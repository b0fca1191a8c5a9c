"""Soft goods and fittings no emoji draws, drawn in code: rugs, carpets and mats lying flat, pillows and
cushions, folded blankets, towels, curtains with folds, napkins, window sills, pipes, stairs, blackboards
serving trays (the only tray emoji is an office in-tray) and window blinds.

Each fills its box in the flat style of the art (a fill and a darker outline from the :class:`Pen`); a
thing others rest on (a rug, a sill, stairs) has its top surface on the box's top edge, like furniture.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

import skia

from limner.render.builtin.backdrop.style import shade
from limner.render.builtin.colors import RGB
from limner.render.builtin.pen import Box, Drawer, Pen, rect

RUG_RED: RGB = (178, 58, 52)
MAT_BLUE: RGB = (62, 104, 168)
COIR: RGB = (160, 118, 70)
COTTON: RGB = (244, 242, 236)
CUSHION_GOLD: RGB = (214, 150, 60)
BLANKET_BLUE: RGB = (86, 124, 184)
CURTAIN_RED: RGB = (170, 48, 58)
PIPE_GREY: RGB = (150, 156, 164)
STONE: RGB = (176, 168, 158)
SLATE_GREEN: RGB = (46, 84, 66)
BOARD_FRAME: RGB = (156, 104, 62)
TRAY_SILVER: RGB = (196, 200, 206)
BLIND_WHITE: RGB = (238, 234, 226)


def _rug(canvas: skia.Canvas, box: Box, pen: Pen) -> None:
    """A rug lying flat, seen from a little above: its far edge on the box's top edge, narrowing away
    from the eye, a thin front edge, a border and a centre medallion in lighter shades."""
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    half = pen.weight / 2
    inset = w * 0.08
    front = max(pen.weight * 1.5, h * 0.08)
    edge = skia.Path()
    edge.moveTo(x0 + half, y1 - front)
    edge.lineTo(x1 - half, y1 - front)
    edge.lineTo(x1 - half, y1 - half)
    edge.lineTo(x0 + half, y1 - half)
    edge.close()
    pen.shape(canvas, edge, shade(pen.rgb, -0.1))
    top = _trapezoid(x0 + inset, x1 - inset, y0 + half, x0 + half, x1 - half, y1 - front)
    pen.shape(canvas, top)
    # the border: the same trapezoid shrunk toward its centre, outlined in a lighter shade
    cx, cy = (x0 + x1) / 2, (y0 + y1 - front) / 2

    def shrunk(t: float) -> skia.Path:
        def px(x: float) -> float:
            return cx + (x - cx) * t

        def py(y: float) -> float:
            return cy + (y - cy) * t

        return _trapezoid(px(x0 + inset), px(x1 - inset), py(y0), px(x0), px(x1), py(y1 - front))

    band = skia.Paint(
        Color=skia.Color(*shade(pen.rgb, 0.16)),
        AntiAlias=True,
        Style=skia.Paint.kStroke_Style,
        StrokeWidth=max(pen.weight * 1.5, h * 0.04),
        StrokeJoin=skia.Paint.kRound_Join,
    )
    canvas.drawPath(shrunk(0.8), band)
    medallion = skia.Path()
    rx, ry = w * 0.14, (y1 - front - y0) * 0.2
    medallion.moveTo(cx - rx, cy)
    medallion.lineTo(cx, cy - ry)
    medallion.lineTo(cx + rx, cy)
    medallion.lineTo(cx, cy + ry)
    medallion.close()
    pen.shape(canvas, medallion, shade(pen.rgb, 0.2))
    tassel = max(pen.weight * 2, w * 0.025)
    count = max(4, round((w - 2 * inset) / max(tassel * 1.6, 1.0)))
    for i in range(count + 1):  # fringe along the near edge's two short ends
        for side in (x0 + half, x1 - half):
            t = i / count
            y = y0 + (y1 - front - y0) * t
            x = side + (inset * (1 - t) if side < cx else -inset * (1 - t))
            direction = -1.0 if side < cx else 1.0
            pen.line(canvas, x, y, x + direction * tassel, y)


def _trapezoid(tl: float, tr: float, ty: float, bl: float, br: float, by: float) -> skia.Path:
    path = skia.Path()
    path.moveTo(tl, ty)
    path.lineTo(tr, ty)
    path.lineTo(br, by)
    path.lineTo(bl, by)
    path.close()
    return path


def _puffy(box: Box, pinch: float) -> skia.Path:
    """A stuffed shape filling ``box``: each edge bows inward by ``pinch`` of the box, the corners
    pointed, like a pillow or a cushion."""
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    dx, dy = w * pinch, h * pinch
    path = skia.Path()
    path.moveTo(x0, y0)
    path.quadTo((x0 + x1) / 2, y0 + dy, x1, y0)
    path.quadTo(x1 - dx, (y0 + y1) / 2, x1, y1)
    path.quadTo((x0 + x1) / 2, y1 - dy, x0, y1)
    path.quadTo(x0 + dx, (y0 + y1) / 2, x0, y0)
    path.close()
    return path


def _pillow(canvas: skia.Canvas, box: Box, pen: Pen) -> None:
    """A plump pillow: puffed edges, pointed corners, a seam around it."""
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    pad = pen.weight
    body = skia.Path()
    x0, y0, x1, y1 = x0 + pad, y0 + pad, x1 - pad, y1 - pad
    # a pillow bulges outward: round the outline with a rounded rectangle under the pointed corners
    body.addRRect(
        skia.RRect.MakeRectXY(
            rect(x0 + w * 0.04, y0 + h * 0.06, x1 - w * 0.04, y1 - h * 0.06), w * 0.2, h * 0.4
        )
    )
    corners = _puffy((x0, y0, x1, y1), 0.12)
    merged = skia.Op(body, corners, skia.PathOp.kUnion_PathOp) or body
    pen.shape(canvas, merged)
    seam = _puffy((x0 + w * 0.08, y0 + h * 0.14, x1 - w * 0.08, y1 - h * 0.14), 0.1)
    canvas.drawPath(
        seam,
        skia.Paint(
            Color=skia.Color(*shade(pen.rgb, -0.08)),
            AntiAlias=True,
            Style=skia.Paint.kStroke_Style,
            StrokeWidth=pen.weight * 0.8,
            PathEffect=skia.DashPathEffect.Make([pen.weight * 2.5, pen.weight * 1.5], 0.0),
        ),
    )


def _cushion(canvas: skia.Canvas, box: Box, pen: Pen) -> None:
    """A square-ish cushion: puffed edges, pointed corners, a tufted button at its centre."""
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    pad = pen.weight
    pen.shape(canvas, _puffy((x0 + pad, y0 + pad, x1 - pad, y1 - pad), 0.1))
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    for dx, dy in ((-1, -1), (1, -1), (1, 1), (-1, 1)):  # creases from the button to the corners
        pen.line(canvas, cx + dx * w * 0.06, cy + dy * h * 0.06, cx + dx * w * 0.2, cy + dy * h * 0.2)
    canvas.drawCircle(
        cx, cy, max(pen.weight * 1.5, min(w, h) * 0.05), skia.Paint(Color=skia.Color(*shade(pen.rgb, -0.2)))
    )


def _blanket(canvas: skia.Canvas, box: Box, pen: Pen) -> None:
    """A folded blanket lying on the box's bottom: a stack of folds, each rolled over at the left end,
    with a satin band and a stripe showing near the right end."""
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    half = pen.weight / 2
    folds = max(2, min(4, round(h / max(w * 0.18, 1.0))))
    layer = (h - pen.weight) / folds
    band = shade(pen.rgb, 0.2)
    for i in range(folds):
        top = y0 + half + layer * i
        inset = w * 0.03 * (folds - 1 - i)  # the lower folds a little wider, like a soft pile
        fold = rect(x0 + half + inset, top, x1 - half - inset, top + layer)
        pen.part(canvas, fold, pen.rgb if i % 2 == 0 else shade(pen.rgb, -0.06), radius=layer * 0.45)
        stripe = rect(fold.right() - w * 0.2, top + layer * 0.12, fold.right() - w * 0.14, top + layer * 0.88)
        canvas.drawRect(stripe, skia.Paint(Color=skia.Color(*band), AntiAlias=True))
        pen.line(
            canvas, fold.left() + layer * 0.45, top + layer * 0.5, fold.right() - w * 0.28, top + layer * 0.5
        )


def _towel(canvas: skia.Canvas, box: Box, pen: Pen) -> None:
    """A towel hanging from a bar: a folded-over top, two bands near the hem and a short fringe."""
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    half = pen.weight / 2
    bar = max(pen.weight * 2, h * 0.05)
    pen.part(canvas, rect(x0 + half, y0 + half, x1 - half, y0 + bar), (150, 150, 156), radius=bar / 2)
    cloth = rect(x0 + w * 0.1, y0 + bar * 0.6, x1 - w * 0.1, y1 - h * 0.06)
    pen.part(canvas, cloth, radius=pen.weight)
    pen.part(canvas, rect(cloth.left(), cloth.top(), cloth.right(), y0 + h * 0.26), shade(pen.rgb, -0.05))
    accent = (70, 130, 190) if sum(pen.rgb) / 3 > 200 else shade(pen.rgb, 0.22)
    for at in (0.7, 0.78):
        pen.part(canvas, rect(cloth.left(), y0 + h * at, cloth.right(), y0 + h * at + h * 0.04), accent)
    tufts = max(4, round(cloth.width() / max(pen.weight * 3, 1.0)))
    for i in range(tufts + 1):
        x = cloth.left() + cloth.width() * i / tufts
        pen.line(canvas, x, cloth.bottom(), x, y1 - half)


def _panel(canvas: skia.Canvas, pen: Pen, left: float, right: float, top: float, bottom: float) -> None:
    """One curtain panel hanging from ``top``: a wavy hem and fold lines running down its length."""
    w = right - left
    folds = max(3, round(w / max((bottom - top) * 0.08, pen.weight * 6)))
    step = w / folds
    path = skia.Path()
    path.moveTo(left, top)
    path.lineTo(right, top)
    path.lineTo(right, bottom - step * 0.2)
    for i in range(folds):
        x = right - step * i
        path.quadTo(x - step / 2, bottom + step * 0.2, x - step, bottom - step * 0.2)
    path.close()
    pen.shape(canvas, path)
    dark = shade(pen.rgb, -0.1)
    fold = skia.Paint(Color=skia.Color(*dark), AntiAlias=True, StrokeWidth=max(pen.weight, step * 0.22))
    for i in range(1, folds):
        x = left + step * i
        canvas.drawLine(x, top + pen.weight * 2, x, bottom - step * 0.3, fold)
        pen.line(canvas, x, top + pen.weight * 2, x, bottom - step * 0.3)


def _rod(canvas: skia.Canvas, box: Box, pen: Pen) -> float:
    """The curtain rod across the box's top; returns where the cloth hangs from."""
    x0, y0, x1, y1 = box
    rod = max(pen.weight * 2, (y1 - y0) * 0.03)
    brass = (176, 140, 72)
    pen.part(
        canvas, rect(x0 + pen.weight / 2, y0 + pen.weight / 2, x1 - pen.weight / 2, y0 + rod), brass, rod / 2
    )
    for x in (x0 + rod, x1 - rod):
        canvas.drawCircle(x, y0 + rod / 2, rod * 0.9, skia.Paint(Color=skia.Color(*brass), AntiAlias=True))
    return y0 + rod * 0.7


def _curtain(canvas: skia.Canvas, box: Box, pen: Pen) -> None:
    """One curtain: a full panel in folds hanging from a rod."""
    x0, _, x1, y1 = box
    top = _rod(canvas, box, pen)
    _panel(canvas, pen, x0 + (x1 - x0) * 0.03, x1 - (x1 - x0) * 0.03, top, y1 - pen.weight / 2)


def _curtains(canvas: skia.Canvas, box: Box, pen: Pen) -> None:
    """A pair of curtains drawn back to either side of a rod, the backdrop showing between them."""
    x0, _, x1, y1 = box
    w = x1 - x0
    top = _rod(canvas, box, pen)
    _panel(canvas, pen, x0 + w * 0.02, x0 + w * 0.34, top, y1 - pen.weight / 2)
    _panel(canvas, pen, x1 - w * 0.34, x1 - w * 0.02, top, y1 - pen.weight / 2)


def _napkin(canvas: skia.Canvas, box: Box, pen: Pen) -> None:
    """A folded napkin: a square folded corner to corner, its top flap in a lighter shade."""
    x0, y0, x1, y1 = box
    half = pen.weight / 2
    pen.part(canvas, rect(x0 + half, y0 + half, x1 - half, y1 - half), radius=pen.weight)
    flap = skia.Path()
    flap.moveTo(x0 + half, y0 + half)
    flap.lineTo(x1 - half, y1 - half)
    flap.lineTo(x0 + half, y1 - half)
    flap.close()
    pen.shape(canvas, flap, shade(pen.rgb, -0.06))


def _pipe(canvas: skia.Canvas, box: Box, pen: Pen) -> None:
    """A pipe along the box's long side: a tube with a highlight and a flanged joint at each end."""
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    across = w < h
    if across:  # an upright pipe: draw it lying down in a turned canvas
        canvas.save()
        canvas.translate(x0 + w, y0)
        canvas.rotate(90)
        x0, y0, x1, y1 = 0.0, 0.0, h, w
        w, h = h, w
    thick = min(h, w * 0.5)
    cy = (y0 + y1) / 2
    tube = rect(x0 + w * 0.05, cy - thick * 0.35, x1 - w * 0.05, cy + thick * 0.35)
    pen.part(canvas, tube)
    glint = skia.Paint(Color=skia.Color(*shade(pen.rgb, 0.18)), AntiAlias=True)
    canvas.drawRect(
        rect(tube.left(), tube.top() + thick * 0.12, tube.right(), tube.top() + thick * 0.24), glint
    )
    flange = max(pen.weight * 3, w * 0.06)
    for fx in (x0 + pen.weight / 2, x1 - pen.weight / 2 - flange):
        pen.part(
            canvas, rect(fx, cy - thick / 2, fx + flange, cy + thick / 2), shade(pen.rgb, -0.08), pen.weight
        )
    if across:
        canvas.restore()


def _stairs(canvas: skia.Canvas, box: Box, pen: Pen) -> None:
    """A flight of stairs seen from the side, rising to the right: the top step on the box's top edge."""
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    half = pen.weight / 2
    steps = max(3, min(8, round(h / max(w, 1e-6) * 5)))
    rise, run = (h - pen.weight) / steps, (w - pen.weight) / steps
    path = skia.Path()
    path.moveTo(x0 + half, y1 - half)
    for i in range(steps):
        x = x0 + half + run * i
        y = y1 - half - rise * (i + 1)
        path.lineTo(x, y)
        path.lineTo(x + run, y)
    path.lineTo(x1 - half, y1 - half)
    path.close()
    pen.shape(canvas, path)
    nosing = shade(pen.rgb, 0.12)
    for i in range(steps):  # each tread a lighter slab
        x = x0 + half + run * i
        y = y1 - half - rise * (i + 1)
        pen.part(canvas, rect(x, y, x + run, y + max(pen.weight * 2, rise * 0.22)), nosing)


def _blackboard(canvas: skia.Canvas, box: Box, pen: Pen) -> None:
    """A blackboard: a dark green slate in a wooden frame, a chalk tray along its foot and a few lines
    of chalk writing."""
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    half = pen.weight / 2
    frame = max(pen.weight * 2.5, min(w, h) * 0.06)
    pen.part(canvas, rect(x0 + half, y0 + half, x1 - half, y1 - frame), BOARD_FRAME, pen.weight)
    slate = rect(x0 + frame, y0 + frame, x1 - frame, y1 - frame * 2)
    pen.part(canvas, slate)
    pen.part(canvas, rect(x0 + w * 0.04, y1 - frame * 1.4, x1 - w * 0.04, y1 - half), BOARD_FRAME, pen.weight)
    chalk = skia.Paint(
        Color=skia.Color(240, 240, 232),
        AntiAlias=True,
        StrokeWidth=max(1.5, pen.weight, h * 0.02),
        StrokeCap=skia.Paint.kRound_Cap,
    )
    for i, length in enumerate((0.6, 0.45, 0.7)):
        y = slate.top() + slate.height() * (0.25 + 0.22 * i)
        canvas.drawLine(
            slate.left() + slate.width() * 0.1, y, slate.left() + slate.width() * (0.1 + length), y, chalk
        )
    canvas.drawRect(
        rect(x1 - w * 0.3, y1 - frame * 1.9, x1 - w * 0.22, y1 - frame * 1.4),
        skia.Paint(Color=skia.Color(240, 240, 232), AntiAlias=True),
    )


def _tray(canvas: skia.Canvas, box: Box, pen: Pen) -> None:
    """A serving tray seen a little from above: a flat oval dish with a raised rim, its carrying
    surface on the box's top edge (what it holds stands there), as thin as a tray is."""
    x0, y0, x1, y1 = box
    w = x1 - x0
    depth = min(y1 - y0, w * 0.22)
    dish = rect(x0 + pen.weight, y0, x1 - pen.weight, y0 + depth)
    rim = shade(pen.rgb, -0.12)
    canvas.drawOval(
        rect(dish.left(), dish.top() + depth * 0.18, dish.right(), dish.bottom()),
        skia.Paint(Color=skia.Color(*rim), AntiAlias=True),
    )
    pen.shape(
        canvas, skia.Path.Oval(rect(dish.left(), dish.top(), dish.right(), dish.bottom() - depth * 0.18))
    )
    inner = rect(
        dish.left() + w * 0.07,
        dish.top() + depth * 0.16,
        dish.right() - w * 0.07,
        dish.bottom() - depth * 0.32,
    )
    canvas.drawOval(inner, skia.Paint(Color=skia.Color(*shade(pen.rgb, 0.08)), AntiAlias=True))


def _blind(canvas: skia.Canvas, box: Box, pen: Pen) -> None:
    """A window blind: a headrail along the box's top, horizontal slats down to a bottom rail, a pull
    cord hanging at one side."""
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    half = pen.weight / 2
    rail = max(pen.weight * 3, h * 0.06)
    body = rect(x0 + w * 0.03, y0 + rail, x1 - w * 0.03, y1 - half)
    pen.part(canvas, body)
    slats = max(4, min(24, round(body.height() / max(pen.weight * 5, h * 0.045))))
    for i in range(1, slats):
        y = body.top() + body.height() * i / slats
        pen.line(canvas, body.left() + pen.weight, y, body.right() - pen.weight, y)
    pen.part(canvas, rect(x0 + half, y0 + half, x1 - half, y0 + rail), shade(pen.rgb, -0.08), pen.weight)
    cord = x1 - w * 0.12
    pen.line(canvas, cord, y0 + rail, cord, y0 + h * 0.7)
    pen.knob(canvas, cord, y0 + h * 0.7, max(pen.weight * 1.5, w * 0.015))


HOUSEHOLD: Mapping[str, Drawer] = MappingProxyType(
    {
        "rug": _rug,
        "carpet": _rug,
        "mat": _rug,
        "doormat": _rug,
        "pillow": _pillow,
        "cushion": _cushion,
        "blanket": _blanket,
        "towel": _towel,
        "curtain": _curtain,
        "curtains": _curtains,
        "drape": _curtain,
        "drapes": _curtains,
        "napkin": _napkin,
        "pipe": _pipe,
        "stairs": _stairs,
        "stair": _stairs,
        "staircase": _stairs,
        "step": _stairs,
        "blackboard": _blackboard,
        "chalkboard": _blackboard,
        "tray": _tray,
        "serving tray": _tray,
        "window blind": _blind,
        "blinds": _blind,
        "venetian blind": _blind,
        "roller blind": _blind,
        "window shade": _blind,
    }
)
HOUSEHOLD_COLORS: Mapping[str, RGB] = MappingProxyType(
    {
        "rug": RUG_RED,
        "carpet": RUG_RED,
        "mat": MAT_BLUE,
        "doormat": COIR,
        "pillow": COTTON,
        "cushion": CUSHION_GOLD,
        "blanket": BLANKET_BLUE,
        "towel": COTTON,
        "curtain": CURTAIN_RED,
        "curtains": CURTAIN_RED,
        "drape": CURTAIN_RED,
        "drapes": CURTAIN_RED,
        "napkin": COTTON,
        "pipe": PIPE_GREY,
        "stairs": STONE,
        "stair": STONE,
        "staircase": STONE,
        "step": STONE,
        "blackboard": SLATE_GREEN,
        "chalkboard": SLATE_GREEN,
        "tray": TRAY_SILVER,
        "serving tray": TRAY_SILVER,
        "window blind": BLIND_WHITE,
        "blinds": BLIND_WHITE,
        "venetian blind": BLIND_WHITE,
        "roller blind": BLIND_WHITE,
        "window shade": BLIND_WHITE,
    }
)

__all__ = ["HOUSEHOLD", "HOUSEHOLD_COLORS"]
