"""People sitting behind a table: the plan puts them higher on the canvas (further back) and draws
them before it (lower z, or the same z and earlier in its list), and the table, drawn after them,
hides their laps, legs and chairs under a cloth that hangs from its top toward the floor, so that
only their upper bodies show above it (side-view legs would otherwise show between the table's legs
and read as a row of people beside it).
"""

from __future__ import annotations

from collections.abc import Mapping

import skia

from limner.assets.art import furniture_kind
from limner.plan.model import Element, Plan
from limner.render.builtin.art import art_noun
from limner.render.builtin.backdrop.style import shade
from limner.render.builtin.colors import RGB
from limner.render.builtin.pen import Box, Pen, rect
from limner.render.builtin.staging import Staging

TABLECLOTH: RGB = (246, 242, 232)
#: Tables a cloth is laid on when people sit behind them.
LAID = frozenset({"table"})
#: How far down the table's box the cloth hangs (the legs show below it).
HEM = 0.86
#: How much of a sitter's seat must lie within the table's width for them to sit at it.
OVERLAP = 0.3
#: A plate for a sitter at an end lies this share of the table's width in from that end.
END_PLACE = 0.1
#: How far below a table's floor (canvas share) the seat of someone at its end may stand.
END_SLACK = 0.05
PLATE: RGB = (252, 252, 250)
GLASS: RGB = (190, 222, 240)


def _behind(sitter: Element, staging: Staging, table: Element, before: bool) -> bool:
    """Whether ``sitter`` sits behind ``table``: drawn ``before`` it, its floor above the table's
    (and below its top), and its seat at least :data:`OVERLAP` within the table's width."""
    if staging.seat is None or staging.lies or not before:
        return False
    sx0, _, sx1, floor = staging.seat
    x0, y0, x1, y1 = table.box
    inside = min(sx1, x1) - max(sx0, x0)
    return y0 < floor < y1 and inside >= OVERLAP * max(sx1 - sx0, 1e-6)


def laid_tables(plan: Plan, staging: Mapping[str, Staging]) -> frozenset[str]:
    """The tables of ``plan`` someone sits behind (a cloth is laid on them)."""
    order = {e.id: (e.z, i) for i, e in enumerate(plan.elements)}  # the renderer's draw order
    tables = [e for e in plan.elements if e.kind == "object" and furniture_kind(art_noun(e)) in LAID]
    if not tables:
        return frozenset()
    sitters = [e for e in plan.elements if e.id in staging and staging[e.id].seat is not None]
    return frozenset(
        t.id for t in tables if any(_behind(s, staging[s.id], t, order[s.id] < order[t.id]) for s in sitters)
    )


def places(plan: Plan, staging: Mapping[str, Staging], table: Element) -> tuple[float, ...]:
    """Where along ``table`` (shares of the canvas width) a plate is laid: before each sitter behind
    it, and at the end each sitter beside it (its seat off the table's end, on its floor) faces."""
    order = {e.id: (e.z, i) for i, e in enumerate(plan.elements)}
    x0, y0, x1, y1 = table.box
    inset = (x1 - x0) * END_PLACE
    xs: list[float] = []
    for sitter in plan.elements:
        seat = staging[sitter.id].seat if sitter.id in staging else None
        if seat is None or staging[sitter.id].lies:
            continue
        middle = (seat[0] + seat[2]) / 2
        if _behind(sitter, staging[sitter.id], table, order[sitter.id] < order[table.id]):
            xs.append(min(max(middle, x0 + inset), x1 - inset))
        elif y0 < seat[3] <= y1 + END_SLACK and sitter.attributes.get("facing") in ("left", "right"):
            if middle < x0 and x0 - middle < (x1 - x0) * 0.5:
                xs.append(x0 + inset)
            elif middle > x1 and middle - x1 < (x1 - x0) * 0.5:
                xs.append(x1 - inset)
    return tuple(sorted(xs))


def draw_places(canvas: skia.Canvas, box: Box, xs: tuple[float, ...], pen: Pen) -> None:
    """A plate and a glass on the top of the table in pixel ``box`` at each pixel x of ``xs``."""
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    half = min(w * 0.07, h * 0.2)
    rim = max(pen.weight, half * 0.22)
    plate = skia.Paint(Color=skia.Color(*PLATE), AntiAlias=True)
    edge = skia.Paint(
        Color=skia.Color(*shade(PLATE, -0.25)),
        AntiAlias=True,
        Style=skia.Paint.kStroke_Style,
        StrokeWidth=max(1.0, pen.weight * 0.6),
    )
    glass = skia.Paint(Color=skia.Color(*GLASS), AntiAlias=True)
    for i, x in enumerate(xs):
        oval = skia.Rect.MakeLTRB(x - half, y0 - rim * 1.4, x + half, y0 + rim * 0.6)
        canvas.drawOval(oval, plate)
        canvas.drawOval(oval, edge)
        gx = x + half * (1.35 if i % 2 == 0 else -1.35)
        gw, gh = half * 0.28, half * 0.75
        canvas.drawRRect(
            skia.RRect.MakeRectXY(
                skia.Rect.MakeLTRB(gx - gw, y0 - gh, gx + gw, y0 + rim * 0.3), gw * 0.3, gw * 0.3
            ),
            glass,
        )


def cloth_rect(box: Box) -> Box:
    """The pixel rect a laid table's top and cloth cover (what sits behind it there is hidden)."""
    x0, y0, x1, y1 = box
    w = x1 - x0
    return (x0 - w * 0.01, y0, x1 + w * 0.01, y0 + (y1 - y0) * HEM)


def draw_clothed_table(canvas: skia.Canvas, box: Box, pen: Pen) -> None:
    """A table under a cloth: its top, a cloth hanging from it to :data:`HEM` with folds, the feet of
    its legs below."""
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    leg = max(pen.weight * 2.5, w * 0.055)
    dark = shade(pen.rgb, -0.1)
    for lx in (x0 + w * 0.06, x1 - w * 0.06 - leg):
        pen.part(canvas, rect(lx, y0 + h * 0.5, lx + leg, y1 - pen.weight / 2), dark)
    top = max(pen.weight * 3, h * 0.12)
    pen.part(
        canvas,
        rect(x0 + pen.weight / 2, y0 + pen.weight / 2, x1 - pen.weight / 2, y0 + top),
        radius=pen.weight,
    )
    cloth = rect(x0 - w * 0.01, y0 + top * 0.5, x1 + w * 0.01, y0 + h * HEM)
    hem = shade(TABLECLOTH, -0.12)
    canvas.drawRect(cloth, skia.Paint(Color=skia.Color(*TABLECLOTH), AntiAlias=True))
    fold = skia.Paint(
        Color=skia.Color(*shade(TABLECLOTH, -0.05)), AntiAlias=True, StrokeWidth=max(1.0, pen.weight)
    )
    folds = max(2, round(w / max(h * 0.35, 1.0)))
    for i in range(1, folds):
        x = cloth.left() + cloth.width() * i / folds
        canvas.drawLine(x, cloth.top() + h * 0.12, x, cloth.bottom(), fold)
    edge = skia.Paint(
        Color=skia.Color(*hem), AntiAlias=True, Style=skia.Paint.kStroke_Style, StrokeWidth=pen.weight
    )
    canvas.drawRect(cloth, edge)
    band = max(pen.weight * 2, h * 0.04)
    canvas.drawRect(
        rect(cloth.left(), cloth.bottom() - band * 2.2, cloth.right(), cloth.bottom() - band * 1.2),
        skia.Paint(Color=skia.Color(*shade(pen.rgb, 0.1))),
    )


__all__ = [
    "HEM",
    "LAID",
    "TABLECLOTH",
    "cloth_rect",
    "draw_clothed_table",
    "draw_places",
    "laid_tables",
    "places",
]
