"""Furniture seen from the side, drawn in code: tables, desks, counters, shelves, stoves, benches,
beds, sofas, chairs and cabinets — and a lighthouse, which no emoji draws (the nearest, Tokyo Tower, is a
landmark of its own), an upright bottle (the only bottle emoji, 🍾, pops a cork and lies tilted), and
the boundaries no emoji draws (fences, gates, railings, hedges, brick walls: :mod:`.boundaries`).

Each piece fills its box, its top surface on the box's top edge (for seats and beds, the sitting
surface: their back or headboard rises above the box, behind whatever sits on them), in
the plan's colour — wood, white or a fabric shade by default — outlined, like the flat art, in a
darker shade of its own fill.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

import skia

from limner.render.builtin.arches import ARCH_COLORS, ARCHES
from limner.render.builtin.backdrop.style import shade
from limner.render.builtin.bakeware import BAKEWARE, BAKEWARE_COLORS
from limner.render.builtin.boards import BOARD_COLORS, BOARDS
from limner.render.builtin.boundaries import BOUNDARIES, BOUNDARY_COLORS, LINEN
from limner.render.builtin.bridge import BRIDGE_COLORS, BRIDGES
from limner.render.builtin.cart import CARTS
from limner.render.builtin.colors import RGB
from limner.render.builtin.easel import EASEL_COLORS, EASELS
from limner.render.builtin.games import GAME_COLORS, GAMES
from limner.render.builtin.garage import GARAGE_COLORS, GARAGE_DRAWERS
from limner.render.builtin.hammock import draw_hammock
from limner.render.builtin.hay import HAY_COLORS, HAY_DRAWERS
from limner.render.builtin.household import HOUSEHOLD, HOUSEHOLD_COLORS
from limner.render.builtin.ironingboard import IRONING_BOARD_COLORS, IRONING_BOARDS
from limner.render.builtin.kitchen import KITCHEN, KITCHEN_COLORS
from limner.render.builtin.lamps import LAMP_COLORS, LAMP_DRAWERS
from limner.render.builtin.ledges import LEDGE_COLORS, LEDGES
from limner.render.builtin.micstand import MIC_STAND_COLORS, MIC_STAND_DRAWERS
from limner.render.builtin.mower import MOWER_COLORS, MOWERS
from limner.render.builtin.neon import NEON, NEON_COLORS
from limner.render.builtin.outdoor import OUTDOOR, OUTDOOR_COLORS
from limner.render.builtin.pen import Box, Drawer, Pen, rect
from limner.render.builtin.piano import PIANO_COLORS, PIANOS
from limner.render.builtin.shelved import shelf_levels
from limner.render.builtin.spread import SPREAD, SPREAD_COLORS
from limner.render.builtin.stage import STAGE_COLORS, STAGE_DRAWERS
from limner.render.builtin.stall import STALL_COLORS, STALLS
from limner.render.builtin.stroller import STROLLER_COLORS, STROLLERS
from limner.render.builtin.structures import STRUCTURE_COLORS, STRUCTURES
from limner.render.builtin.tanks import TANK_COLORS, TANKS
from limner.render.builtin.toys import TOY_COLORS, TOYS
from limner.render.builtin.waters import WATER_COLORS, WATERS
from limner.render.builtin.windmill import WINDMILL_COLORS, WINDMILL_DRAWERS
from limner.render.builtin.yard import YARD, YARD_COLORS

WOOD: RGB = (156, 104, 62)
ENAMEL: RGB = (232, 234, 236)
FABRIC: RGB = (84, 128, 150)
#: Lightness step from a piece's fill to its outline.
OUTLINE_STEP = -0.22
#: How far a back or headboard rises above its seat (share of the piece's box height).
BACK_RISE = 0.5
LIGHTHOUSE_RED: RGB = (204, 62, 52)
LAMP_GLOW: RGB = (255, 214, 102)
BOTTLE_GLASS: RGB = (74, 138, 96)
HAMMOCK_RED: RGB = (206, 92, 70)
CRIB_WHITE: RGB = (236, 230, 220)
#: How far a crib's slatted sides rise above its mattress (share of its box's height).
CRIB_RISE = 0.45
BOOKS: tuple[RGB, ...] = ((198, 64, 56), (62, 110, 168), (232, 180, 60), (74, 140, 92), (130, 84, 150))


def _table(canvas: skia.Canvas, box: Box, pen: Pen) -> None:
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    top = max(pen.weight * 3, h * 0.12)
    leg = max(pen.weight * 2.5, w * 0.055)
    dark = shade(pen.rgb, -0.1)
    for lx in (x0 + w * 0.06, x1 - w * 0.06 - leg):
        pen.part(canvas, rect(lx, y0 + top, lx + leg, y1 - pen.weight / 2), dark)
    pen.part(
        canvas,
        rect(x0 + pen.weight / 2, y0 + pen.weight / 2, x1 - pen.weight / 2, y0 + top),
        radius=pen.weight,
    )
    apron = rect(x0 + w * 0.06, y0 + top, x1 - w * 0.06, y0 + top + h * 0.08)
    pen.part(canvas, apron, dark)


def _desk(canvas: skia.Canvas, box: Box, pen: Pen) -> None:
    _table(canvas, box, pen)
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    top = max(pen.weight * 3, h * 0.12)
    block = rect(x1 - w * 0.4, y0 + top, x1 - w * 0.06, y1 - pen.weight / 2)
    pen.part(canvas, block)
    for i in range(1, 3):
        y = block.top() + block.height() * i / 3
        pen.line(canvas, block.left(), y, block.right(), y)
    for i in range(3):
        y = block.top() + block.height() * (i + 0.5) / 3
        pen.knob(canvas, block.centerX(), y, pen.weight * 1.2)


def _cabinet(canvas: skia.Canvas, box: Box, pen: Pen, drawers: bool = False) -> None:
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    half = pen.weight / 2
    top = max(pen.weight * 3, h * 0.08)
    body = rect(x0 + w * 0.02, y0 + top, x1 - w * 0.02, y1 - h * 0.04)
    pen.part(canvas, body)
    pen.part(canvas, rect(x0 + w * 0.06, body.bottom(), x1 - w * 0.06, y1 - half), shade(pen.rgb, -0.14))
    pen.part(canvas, rect(x0 + half, y0 + half, x1 - half, y0 + top), shade(pen.rgb, 0.08), radius=pen.weight)
    if drawers:
        rows = 3
        for i in range(1, rows):
            y = body.top() + body.height() * i / rows
            pen.line(canvas, body.left(), y, body.right(), y)
        for i in range(rows):
            pen.knob(canvas, body.centerX(), body.top() + body.height() * (i + 0.5) / rows, pen.weight * 1.2)
        return
    doors = max(1, min(5, round(w / max(h, 1e-6) * 1.4)))
    for i in range(1, doors):
        x = body.left() + body.width() * i / doors
        pen.line(canvas, x, body.top(), x, body.bottom())
    for i in range(doors):
        side = 0.8 if i % 2 == 0 else 0.2
        x = body.left() + body.width() * (i + side) / doors
        pen.part(
            canvas,
            rect(
                x - pen.weight * 0.7,
                body.top() + body.height() * 0.12,
                x + pen.weight * 0.7,
                body.top() + body.height() * 0.3,
            ),
            pen.outline,
        )


def _dresser(canvas: skia.Canvas, box: Box, pen: Pen) -> None:
    _cabinet(canvas, box, pen, drawers=True)


def _shelf(canvas: skia.Canvas, box: Box, pen: Pen, books: bool = False) -> None:
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    half = pen.weight / 2
    board = max(pen.weight * 2, h * 0.05)
    pen.part(canvas, rect(x0 + half, y0 + half, x1 - half, y1 - half), shade(pen.rgb, -0.18))
    levels = shelf_levels(w, h)
    for i in range(levels + 1):
        y = y0 + (h - board) * i / levels
        pen.part(canvas, rect(x0 + half, y, x1 - half, y + board))
        if books and i < levels:
            bottom = y0 + (h - board) * (i + 1) / levels
            _books(canvas, pen, x0 + w * 0.06, x1 - w * 0.06, y + board, bottom, i)
    for sx in (x0 + half, x1 - half - board):
        pen.part(canvas, rect(sx, y0 + half, sx + board, y1 - half))


def _books(
    canvas: skia.Canvas, pen: Pen, left: float, right: float, top: float, bottom: float, row: int
) -> None:
    x = left
    i = row * 2
    space = bottom - top
    while x < right - space * 0.2:
        bw = space * (0.16 + 0.06 * ((i * 7) % 3))
        bh = space * (0.62 + 0.1 * ((i * 5) % 4))
        if x + bw > right:
            break
        pen.part(canvas, rect(x, bottom - bh, x + bw, bottom), BOOKS[i % len(BOOKS)])
        x += bw + pen.weight * 0.3
        i += 1
        if i % 6 == 5:
            x += space * 0.35


def _bookshelf(canvas: skia.Canvas, box: Box, pen: Pen) -> None:
    _shelf(canvas, box, pen, books=True)


def _stove(canvas: skia.Canvas, box: Box, pen: Pen) -> None:
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    half = pen.weight / 2
    panel = h * 0.16
    pen.part(canvas, rect(x0 + half, y0 + half, x1 - half, y1 - half), radius=pen.weight)
    pen.part(
        canvas, rect(x0 + half, y0 + half, x1 - half, y0 + panel), shade(pen.rgb, -0.08), radius=pen.weight
    )
    for i in range(4):
        pen.knob(canvas, x0 + w * (0.2 + 0.2 * i), y0 + panel / 2, max(pen.weight, panel * 0.18))
    door = rect(x0 + w * 0.1, y0 + panel + h * 0.1, x1 - w * 0.1, y1 - h * 0.1)
    pen.part(canvas, door, shade(pen.rgb, -0.04), radius=pen.weight)
    window = rect(
        door.left() + door.width() * 0.15,
        door.top() + door.height() * 0.3,
        door.right() - door.width() * 0.15,
        door.bottom() - door.height() * 0.15,
    )
    pen.part(canvas, window, (58, 52, 50), radius=pen.weight)
    handle = rect(
        door.left() + door.width() * 0.15,
        door.top() + door.height() * 0.08,
        door.right() - door.width() * 0.15,
        door.top() + door.height() * 0.08 + pen.weight * 1.6,
    )
    pen.part(canvas, handle, shade(pen.rgb, -0.25), radius=pen.weight)


def _lighthouse(canvas: skia.Canvas, box: Box, pen: Pen) -> None:
    """A tapering striped tower on the box's bottom, a gallery, a lit lamp room and a domed cap."""
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    cx = (x0 + x1) / 2
    top_y, gallery_y = y0 + h * 0.3, y0 + h * 0.26
    base_half, top_half = w * 0.36, w * 0.22
    light = sum(pen.rgb) / 3 > 150
    stripe = LIGHTHOUSE_RED if light else LINEN
    body = skia.Path()
    body.moveTo(cx - base_half, y1)
    body.lineTo(cx - top_half, top_y)
    body.lineTo(cx + top_half, top_y)
    body.lineTo(cx + base_half, y1)
    body.close()
    canvas.drawPath(body, skia.Paint(Color=skia.Color(*pen.rgb), AntiAlias=True))
    canvas.save()
    canvas.clipPath(body, doAntiAlias=True)
    bands = 4
    for i in range(1, bands * 2, 2):  # every other band, from the top
        band_top = top_y + (y1 - top_y) * i / (bands * 2)
        band = rect(x0, band_top, x1, band_top + (y1 - top_y) / (bands * 2))
        canvas.drawRect(band, skia.Paint(Color=skia.Color(*stripe), AntiAlias=True))
    canvas.restore()
    outline = pen.stroke()
    canvas.drawPath(body, outline)
    pen.part(canvas, rect(cx - top_half * 0.7, y0 + h * 0.12, cx + top_half * 0.7, gallery_y), LAMP_GLOW)
    pen.line(canvas, cx, y0 + h * 0.12, cx, gallery_y)
    pen.part(canvas, rect(cx - top_half * 1.25, gallery_y, cx + top_half * 1.25, top_y), radius=pen.weight)
    cap = skia.Path()
    cap.moveTo(cx - top_half * 0.95, y0 + h * 0.125)
    cap.quadTo(cx, y0 - h * 0.02, cx + top_half * 0.95, y0 + h * 0.125)
    cap.close()
    canvas.drawPath(cap, skia.Paint(Color=skia.Color(*stripe), AntiAlias=True))
    canvas.drawPath(cap, outline)
    door_w = w * 0.12
    pen.part(canvas, rect(cx - door_w / 2, y1 - h * 0.12, cx + door_w / 2, y1), (58, 52, 50), pen.weight)


def _bench(canvas: skia.Canvas, box: Box, pen: Pen) -> None:
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    seat = max(pen.weight * 3, h * 0.2)
    leg = max(pen.weight * 2.5, w * 0.05)
    dark = shade(pen.rgb, -0.12)
    for lx in (x0 + w * 0.1, x1 - w * 0.1 - leg):
        pen.part(canvas, rect(lx, y0 + seat, lx + leg, y1 - pen.weight / 2), dark)
    pen.part(
        canvas,
        rect(
            x0 + w * 0.1,
            y0 + seat + (h - seat) * 0.45,
            x1 - w * 0.1,
            y0 + seat + (h - seat) * 0.45 + pen.weight * 2,
        ),
        dark,
    )
    pen.part(
        canvas,
        rect(x0 + pen.weight / 2, y0 + pen.weight / 2, x1 - pen.weight / 2, y0 + seat),
        radius=pen.weight,
    )
    pen.line(canvas, x0 + w * 0.03, y0 + seat * 0.5, x1 - w * 0.03, y0 + seat * 0.5)


def _bed(canvas: skia.Canvas, box: Box, pen: Pen) -> None:
    """The mattress top on the box's top edge; the headboard rises above the box at the left end."""
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    half = pen.weight / 2
    frame = shade(pen.rgb, -0.18)
    pen.part(
        canvas, rect(x0 + half, y0 - h * BACK_RISE * 0.6, x0 + w * 0.07, y1 - half), frame, pen.weight * 2
    )
    pen.part(canvas, rect(x1 - w * 0.05, y0 + h * 0.2, x1 - half, y1 - half), frame, pen.weight * 2)
    pen.part(canvas, rect(x0 + w * 0.07, y0 + h * 0.55, x1 - w * 0.05, y1 - h * 0.2), frame)
    pen.part(canvas, rect(x0 + w * 0.07, y0 + half, x1 - w * 0.05, y0 + h * 0.58), LINEN, pen.weight * 2)
    pen.part(canvas, rect(x0 + w * 0.09, y0 - h * 0.12, x0 + w * 0.28, y0 + h * 0.16), LINEN, h * 0.08)
    pen.part(canvas, rect(x0 + w * 0.32, y0 + half, x1 - w * 0.03, y0 + h * 0.64), radius=pen.weight * 3)


def _crib(canvas: skia.Canvas, box: Box, pen: Pen) -> None:
    """A baby's crib: the mattress on the box's top edge (who lies in it lies there), corner posts,
    and slatted sides rising above it to a rail (the far side, behind the baby) and below it."""
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    half = pen.weight / 2
    post = max(pen.weight * 2.5, w * 0.035)
    rail = y0 - h * CRIB_RISE
    dark = shade(pen.rgb, -0.1)
    pen.part(canvas, rect(x0 + post, rail, x1 - post, rail + post), dark, post / 2)
    slats = max(4, round(w / max(h * 0.12, 1.0)))
    bar = max(pen.weight * 1.2, w * 0.012)
    for i in range(1, slats):  # the far side's slats, above the mattress and below it
        x = x0 + post + (w - 2 * post) * i / slats - bar / 2
        pen.part(canvas, rect(x, rail + post, x + bar, y0 + h * 0.2), dark)
    pen.part(canvas, rect(x0 + post, y0 + h * 0.16, x1 - post, y0 + h * 0.5), radius=pen.weight)
    for i in range(1, slats):
        x = x0 + post + (w - 2 * post) * i / slats - bar / 2
        pen.line(canvas, x + bar / 2, y0 + h * 0.2, x + bar / 2, y0 + h * 0.46)
    pen.part(canvas, rect(x0 + post, y0 + half, x1 - post, y0 + h * 0.16), LINEN, pen.weight * 2)
    for px in (x0 + half, x1 - half - post):
        pen.part(canvas, rect(px, rail - h * 0.06, px + post, y1 - half), radius=post / 2)


def _sofa(canvas: skia.Canvas, box: Box, pen: Pen) -> None:
    """The seat cushions on the box's top edge; the back and arms rise above it."""
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    half = pen.weight / 2
    dark = shade(pen.rgb, -0.1)
    back = rect(x0 + w * 0.06, y0 - h * BACK_RISE, x1 - w * 0.06, y0 + h * 0.2)
    pen.part(canvas, back, dark, h * 0.12)
    pen.part(canvas, rect(x0 + w * 0.08, y0 + half, x1 - w * 0.08, y1 - h * 0.18), radius=h * 0.08)
    cushions = max(1, min(4, round(w / max(h, 1e-6) * 0.8)))
    for i in range(1, cushions):
        x = x0 + w * 0.08 + (w * 0.84) * i / cushions
        pen.line(canvas, x, y0 + pen.weight, x, y0 + h * 0.35)
    for ax in (x0 + half, x1 - w * 0.12):
        pen.part(canvas, rect(ax, y0 - h * 0.12, ax + w * 0.12 - half, y1 - h * 0.16), radius=h * 0.1)
    for lx in (x0 + w * 0.1, x1 - w * 0.14):
        pen.part(canvas, rect(lx, y1 - h * 0.18, lx + w * 0.04, y1 - half), (70, 52, 40))


def _chair(canvas: skia.Canvas, box: Box, pen: Pen) -> None:
    """The seat on the box's top edge, legs below, the back rising above it."""
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    half = pen.weight / 2
    dark = shade(pen.rgb, -0.12)
    leg = max(pen.weight * 2, w * 0.09)
    for lx in (x0 + w * 0.1, x1 - w * 0.1 - leg):
        pen.part(canvas, rect(lx, y0, lx + leg, y1 - half), dark)
    pen.part(canvas, rect(x0 + w * 0.1, y0 - h * BACK_RISE, x0 + w * 0.1 + leg, y0), dark)
    pen.part(
        canvas, rect(x0 + w * 0.1, y0 - h * BACK_RISE, x0 + w * 0.5, y0 - h * BACK_RISE * 0.75), pen.rgb, 2
    )
    pen.part(
        canvas, rect(x0 + w * 0.04, y0 + half, x1 - w * 0.04, y0 + max(pen.weight * 3, h * 0.14)), radius=2
    )


def _rocking_chair(canvas: skia.Canvas, box: Box, pen: Pen) -> None:
    """The seat on the box's top edge, legs standing on a curved rocker, a tall slatted back."""
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    dark = shade(pen.rgb, -0.12)
    leg = max(pen.weight * 2, w * 0.08)
    rocker_h = max(pen.weight * 2, h * 0.12)
    rocker = skia.Path()
    rocker.moveTo(x0 - w * 0.08, y1 - rocker_h * 2.2)
    rocker.quadTo((x0 + x1) / 2, y1 + rocker_h * 1.6, x1 + w * 0.08, y1 - rocker_h * 2.2)
    paint = pen.stroke(rocker_h)
    paint.setColor(skia.Color(*pen.outline))
    paint.setStrokeCap(skia.Paint.kRound_Cap)
    canvas.drawPath(rocker, paint)
    paint.setStrokeWidth(max(1.0, rocker_h - pen.weight * 2))
    paint.setColor(skia.Color(*dark))
    canvas.drawPath(rocker, paint)
    for lx in (x0 + w * 0.1, x1 - w * 0.1 - leg):
        pen.part(canvas, rect(lx, y0, lx + leg, y1 - rocker_h * 0.9), dark)
    rise = h * BACK_RISE * 2.2
    back = rect(x0 + w * 0.02, y0 - rise, x0 + w * 0.1 + leg, y0)
    pen.part(canvas, back, dark)
    top = rect(x0 - w * 0.02, y0 - rise - pen.weight * 2, x0 + w * 0.16 + leg, y0 - rise + h * 0.1)
    pen.part(canvas, top)
    pen.part(canvas, rect(x0 + w * 0.04, y0, x1 - w * 0.04, y0 + max(pen.weight * 3, h * 0.14)), radius=2)


def _bottle(canvas: skia.Canvas, box: Box, pen: Pen) -> None:
    """An upright bottle filling the box: a rounded body, sloping shoulders, a neck, a lip and a glint
    (the only bottle emoji, 🍾, pops a cork and lies tilted)."""
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    cx = (x0 + x1) / 2
    half = pen.weight / 2
    body_top, neck_top = y0 + h * 0.42, y0 + h * 0.1
    neck = w * 0.19
    r = min(w * 0.22, h * 0.08)
    outline = skia.Path()
    outline.moveTo(cx - neck, neck_top)
    outline.lineTo(cx - neck, y0 + h * 0.26)
    outline.cubicTo(cx - neck, y0 + h * 0.34, x0 + half, y0 + h * 0.34, x0 + half, body_top)
    outline.lineTo(x0 + half, y1 - half - r)
    outline.quadTo(x0 + half, y1 - half, x0 + half + r, y1 - half)
    outline.lineTo(x1 - half - r, y1 - half)
    outline.quadTo(x1 - half, y1 - half, x1 - half, y1 - half - r)
    outline.lineTo(x1 - half, body_top)
    outline.cubicTo(x1 - half, y0 + h * 0.34, cx + neck, y0 + h * 0.34, cx + neck, y0 + h * 0.26)
    outline.lineTo(cx + neck, neck_top)
    outline.close()
    pen.shape(canvas, outline)
    glint = rect(x0 + w * 0.2, body_top + h * 0.06, x0 + w * 0.32, y1 - h * 0.12)
    canvas.drawRRect(
        skia.RRect.MakeRectXY(glint, w * 0.06, w * 0.06),
        skia.Paint(Color=skia.Color(*shade(pen.rgb, 0.22)), AntiAlias=True),
    )
    pen.part(canvas, rect(cx - neck * 1.3, y0 + half, cx + neck * 1.3, neck_top), radius=pen.weight)


DRAWERS: Mapping[str, Drawer] = MappingProxyType(
    {
        "table": _table,
        "desk": _desk,
        "workbench": _table,
        "counter": _cabinet,
        "cabinet": _cabinet,
        "cupboard": _cabinet,
        "sideboard": _cabinet,
        "wardrobe": _cabinet,
        "dresser": _dresser,
        "nightstand": _dresser,
        "shelf": _shelf,
        "bookshelf": _bookshelf,
        "bookcase": _bookshelf,
        "stove": _stove,
        "oven": _stove,
        "range": _stove,
        "bench": _bench,
        "stool": _bench,
        "bed": _bed,
        "baby bed": _crib,
        "crib": _crib,
        "cot": _crib,
        "sofa": _sofa,
        "couch": _sofa,
        "chair": _chair,
        "armchair": _sofa,
        "folding chair": _chair,
        "rocking chair": _rocking_chair,
        "lighthouse": _lighthouse,
        "bottle": _bottle,
        "hammock": draw_hammock,
        **BOUNDARIES,
        **HOUSEHOLD,
        **OUTDOOR,
        **SPREAD,
        **STROLLERS,
        **STRUCTURES,
        **ARCHES,
        **PIANOS,
        **STALLS,
        **BRIDGES,
        **CARTS,
        **EASELS,
        **MIC_STAND_DRAWERS,
        **BOARDS,
        **TANKS,
        **TOYS,
        **GAMES,
        **NEON,
        **LEDGES,
        **YARD,
        **MOWERS,
        **IRONING_BOARDS,
        **KITCHEN,
        **WATERS,
        **LAMP_DRAWERS,
        **GARAGE_DRAWERS,
        **WINDMILL_DRAWERS,
        **STAGE_DRAWERS,
        **HAY_DRAWERS,
        **BAKEWARE,
    }
)
DEFAULT_COLORS: Mapping[str, RGB] = MappingProxyType(
    {
        "stove": ENAMEL,
        "oven": ENAMEL,
        "range": ENAMEL,
        "sofa": FABRIC,
        "couch": FABRIC,
        "armchair": FABRIC,
        "bed": FABRIC,
        "baby bed": CRIB_WHITE,
        "crib": CRIB_WHITE,
        "cot": CRIB_WHITE,
        "lighthouse": LINEN,
        "bottle": BOTTLE_GLASS,
        "hammock": HAMMOCK_RED,
        **BOUNDARY_COLORS,
        **HOUSEHOLD_COLORS,
        **OUTDOOR_COLORS,
        **SPREAD_COLORS,
        **STROLLER_COLORS,
        **STRUCTURE_COLORS,
        **ARCH_COLORS,
        **PIANO_COLORS,
        **STALL_COLORS,
        **BRIDGE_COLORS,
        **EASEL_COLORS,
        **MIC_STAND_COLORS,
        **BOARD_COLORS,
        **TANK_COLORS,
        **TOY_COLORS,
        **GAME_COLORS,
        **NEON_COLORS,
        **LEDGE_COLORS,
        **YARD_COLORS,
        **MOWER_COLORS,
        **IRONING_BOARD_COLORS,
        **KITCHEN_COLORS,
        **WATER_COLORS,
        **LAMP_COLORS,
        **GARAGE_COLORS,
        **WINDMILL_COLORS,
        **STAGE_COLORS,
        **HAY_COLORS,
        **BAKEWARE_COLORS,
    }
)


def furniture_drawer(kind: str) -> Drawer:
    """The drawer for a furniture kind; a cabinet for kinds without their own."""
    return DRAWERS.get(kind, _cabinet)


def furniture_color(kind: str) -> RGB:
    """The colour a piece takes when the plan gives none: wood, enamel or fabric."""
    return DEFAULT_COLORS.get(kind, WOOD)


def furniture_pen(kind: str, box: Box, color: RGB | None, outline: RGB | None = None) -> Pen:
    """The pen ``kind`` is drawn with in the pixel ``box``, in ``color`` (or its default material)."""
    x0, y0, x1, y1 = box
    weight = max(1.0, min(x1 - x0, y1 - y0) * 0.014)
    rgb = color or furniture_color(kind)
    line = outline or shade(rgb, OUTLINE_STEP)  # flat style: a darker shade of the fill, never black
    return Pen(rgb=rgb, outline=line, weight=weight)


def draw_furniture(
    canvas: skia.Canvas, kind: str, box: Box, color: RGB | None, outline: RGB | None = None
) -> None:
    """Draw ``kind`` filling the pixel ``box``, in ``color`` (or its default material)."""
    furniture_drawer(kind)(canvas, box, furniture_pen(kind, box, color, outline))


__all__ = ["DRAWERS", "draw_furniture", "furniture_color", "furniture_drawer", "furniture_pen"]
