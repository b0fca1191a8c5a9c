"""How each room fixture is drawn (:mod:`.fixtures` says which and where): flat shapes in colours
mixed toward the wall's, so the plan's own things stay the subject."""

from __future__ import annotations

import random
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from types import MappingProxyType

import skia

from limner.render.builtin.backdrop.style import DARK_STEP, LIGHT_STEP, fill, mix, shade, stroke
from limner.render.builtin.colors import RGB, color_from_word, parse_hex

Rect = tuple[float, float, float, float]

#: Festive colours for bunting when the plan names none.
FESTIVE: tuple[RGB, ...] = ((235, 87, 87), (250, 190, 60), (80, 170, 230), (120, 200, 110), (200, 110, 220))


@dataclass(frozen=True)
class Room:
    """What a fixture painter knows of its room."""

    #: The floor line (pixels from the top).
    floor: float
    wall: RGB
    mute: float
    night: bool
    unit: float
    #: The plan's element colours (names or hex): bunting flies them.
    colors: tuple[str, ...] = ()

    def tone(self, rgb: RGB, mute: float | None = None) -> RGB:
        """``rgb`` quietened toward the wall (and darkened at night)."""
        out = mix(rgb, self.wall, self.mute if mute is None else mute)
        return mix(out, (30, 34, 60), 0.35) if self.night else out


Painter = Callable[[skia.Canvas, Rect, Room, random.Random, list[Rect]], None]


def _r(rect: Rect) -> skia.Rect:
    return skia.Rect.MakeLTRB(*rect)


def _rr(canvas: skia.Canvas, rect: Rect, radius: float, rgb: RGB) -> None:
    canvas.drawRRect(skia.RRect.MakeRectXY(_r(rect), radius, radius), fill(rgb))


def _spans(rect: Rect, avoid: list[Rect]) -> list[tuple[float, float]]:
    """The stretches of ``rect``'s width not under any rect of ``avoid`` that it meets vertically."""
    x0, y0, x1, y1 = rect
    cuts = sorted((a[0], a[2]) for a in avoid if a[1] < y1 and y0 < a[3])
    out, x = [], x0
    for c0, c1 in cuts:
        if c0 > x:
            out.append((x, min(c0, x1)))
        x = max(x, c1)
    if x < x1:
        out.append((x, x1))
    return [(a, b) for a, b in out if b - a > 4]


def _tiles(canvas: skia.Canvas, rect: Rect, room: Room, rng: random.Random, avoid: list[Rect]) -> None:
    """Square wall tiles from the floor up, a grout grid over a slightly lighter band."""
    x0, y0, x1, y1 = rect
    canvas.drawRect(_r(rect), fill(room.tone(shade(room.wall, LIGHT_STEP * 0.6), 0.0)))
    side = max(8.0, (y1 - y0) / 5)
    path = skia.Path()
    y = y1 - side
    while y > y0:
        path.moveTo(x0, y)
        path.lineTo(x1, y)
        y -= side
    x = x0 + side
    while x < x1:
        path.moveTo(x, y0)
        path.lineTo(x, y1)
        x += side
    canvas.drawPath(path, stroke(room.tone(shade(room.wall, DARK_STEP * 1.2), 0.2), room.unit * 0.6))
    canvas.drawRect(
        skia.Rect.MakeLTRB(x0, y0, x1, y0 + room.unit * 1.5),
        fill(room.tone(shade(room.wall, DARK_STEP), 0.2)),
    )


def _sink(canvas: skia.Canvas, rect: Rect, room: Room, rng: random.Random, avoid: list[Rect]) -> None:
    """A pedestal sink on the floor line, a mirror on the wall above it."""
    x0, y0, x1, y1 = rect
    w, h = x1 - x0, y1 - y0
    cx = (x0 + x1) / 2
    porcelain = room.tone((252, 253, 253), 0.1)
    shadow = room.tone((175, 188, 195), 0.2)
    mirror = (cx - w * 0.38, y0 - h * 1.15, cx + w * 0.38, y0 - h * 0.2)
    _rr(
        canvas,
        (
            mirror[0] - room.unit * 2,
            mirror[1] - room.unit * 2,
            mirror[2] + room.unit * 2,
            mirror[3] + room.unit * 2,
        ),
        room.unit * 3,
        room.tone((150, 160, 170)),
    )
    _rr(canvas, mirror, room.unit * 2, room.tone((205, 228, 238)))
    glint = skia.Path()
    glint.moveTo(mirror[0] + w * 0.12, mirror[3] - h * 0.15)
    glint.lineTo(mirror[0] + w * 0.4, mirror[1] + h * 0.12)
    canvas.drawPath(glint, stroke(room.tone((245, 250, 252)), room.unit * 2))
    canvas.drawRect(_r((cx - w * 0.14, y0 + h * 0.28, cx + w * 0.14, y1)), fill(shadow))
    _rr(canvas, (x0, y0 + h * 0.12, x1, y0 + h * 0.34), h * 0.08, porcelain)
    canvas.drawRect(_r((cx - room.unit, y0, cx + room.unit, y0 + h * 0.12)), fill(room.tone((150, 160, 170))))
    canvas.drawRect(
        _r((cx - room.unit, y0, cx + w * 0.12, y0 + room.unit * 1.6)), fill(room.tone((150, 160, 170)))
    )


def _tub(canvas: skia.Canvas, rect: Rect, room: Room, rng: random.Random, avoid: list[Rect]) -> None:
    """The rolled edge of a bathtub along the floor line."""
    x0, y0, x1, y1 = rect
    h = y1 - y0
    _rr(canvas, (x0, y0 + h * 0.1, x1, y1), h * 0.25, room.tone((245, 248, 250)))
    _rr(
        canvas,
        (x0 - room.unit * 2, y0, x1 + room.unit * 2, y0 + h * 0.22),
        h * 0.1,
        room.tone((255, 255, 255)),
    )
    canvas.drawRect(_r((x0 + h * 0.2, y1 - h * 0.18, x1 - h * 0.2, y1)), fill(room.tone((200, 208, 214))))


def _bed(canvas: skia.Canvas, rect: Rect, room: Room, rng: random.Random, avoid: list[Rect]) -> None:
    """A bed against the wall, seen from the side: headboard, mattress, a blanket and a pillow."""
    x0, y0, x1, y1 = rect
    w, h = x1 - x0, y1 - y0
    wood = room.tone((150, 105, 70))
    canvas.drawRect(_r((x0, y0, x0 + w * 0.06, y1)), fill(wood))
    canvas.drawRect(_r((x1 - w * 0.05, y0 + h * 0.35, x1, y1)), fill(wood))
    canvas.drawRect(_r((x0, y0 + h * 0.62, x1, y0 + h * 0.8)), fill(shade(wood, DARK_STEP)))
    _rr(
        canvas,
        (x0 + w * 0.06, y0 + h * 0.42, x1 - w * 0.05, y0 + h * 0.64),
        h * 0.06,
        room.tone((245, 245, 240)),
    )
    blanket = room.tone(rng.choice(((110, 150, 200), (200, 120, 130), (130, 180, 140))))
    _rr(canvas, (x0 + w * 0.32, y0 + h * 0.38, x1 - w * 0.03, y0 + h * 0.72), h * 0.08, blanket)
    _rr(
        canvas,
        (x0 + w * 0.09, y0 + h * 0.3, x0 + w * 0.28, y0 + h * 0.45),
        h * 0.07,
        room.tone((255, 255, 255)),
    )


def _bedside_lamp(canvas: skia.Canvas, rect: Rect, room: Room, rng: random.Random, avoid: list[Rect]) -> None:
    """A nightstand with a shaded lamp on it."""
    x0, y0, x1, y1 = rect
    w, h = x1 - x0, y1 - y0
    wood = room.tone((160, 115, 80))
    table_top = y0 + h * 0.52
    canvas.drawRect(_r((x0, table_top, x1, y1)), fill(wood))
    canvas.drawRect(
        _r((x0 + w * 0.12, table_top + h * 0.14, x1 - w * 0.12, table_top + h * 0.16)),
        fill(shade(wood, DARK_STEP)),
    )
    cx = (x0 + x1) / 2
    canvas.drawRect(
        _r((cx - room.unit, y0 + h * 0.26, cx + room.unit, table_top)), fill(room.tone((120, 110, 100)))
    )
    shade_path = skia.Path()
    shade_path.moveTo(cx - w * 0.18, y0)
    shade_path.lineTo(cx + w * 0.18, y0)
    shade_path.lineTo(cx + w * 0.36, y0 + h * 0.26)
    shade_path.lineTo(cx - w * 0.36, y0 + h * 0.26)
    shade_path.close()
    lit = (255, 226, 150) if room.night else (245, 215, 160)
    canvas.drawPath(shade_path, fill(mix(lit, room.wall, 0.2) if room.night else room.tone(lit)))


def _picture(canvas: skia.Canvas, rect: Rect, room: Room, rng: random.Random, avoid: list[Rect]) -> None:
    """A framed landscape: sky, a hill and a sun."""
    x0, y0, x1, y1 = rect
    w, h = x1 - x0, y1 - y0
    canvas.drawRect(_r(rect), fill(room.tone((120, 85, 55))))
    inner = (x0 + w * 0.08, y0 + h * 0.08, x1 - w * 0.08, y1 - h * 0.08)
    canvas.drawRect(_r(inner), fill(room.tone((170, 210, 235))))
    hill = skia.Path()
    hill.moveTo(inner[0], inner[3])
    hill.quadTo(inner[0] + (inner[2] - inner[0]) * 0.4, inner[1] + h * 0.2, inner[2], inner[1] + h * 0.55)
    hill.lineTo(inner[2], inner[3])
    hill.close()
    canvas.drawPath(hill, fill(room.tone((110, 170, 100))))
    canvas.drawCircle(inner[0] + w * 0.24, inner[1] + h * 0.22, h * 0.09, fill(room.tone((250, 210, 90))))


def _floor_lamp(canvas: skia.Canvas, rect: Rect, room: Room, rng: random.Random, avoid: list[Rect]) -> None:
    """A standard lamp: a round foot, a pole and a drum shade."""
    x0, y0, x1, y1 = rect
    w, h = x1 - x0, y1 - y0
    cx = (x0 + x1) / 2
    metal = room.tone((90, 85, 80))
    canvas.drawRect(_r((cx - room.unit * 0.8, y0 + h * 0.2, cx + room.unit * 0.8, y1)), fill(metal))
    canvas.drawOval(_r((cx - w * 0.35, y1 - h * 0.03, cx + w * 0.35, y1 + h * 0.01)), fill(metal))
    lit = (255, 226, 150) if room.night else (240, 220, 180)
    body = skia.Path()
    body.moveTo(cx - w * 0.3, y0)
    body.lineTo(cx + w * 0.3, y0)
    body.lineTo(cx + w * 0.5, y0 + h * 0.2)
    body.lineTo(cx - w * 0.5, y0 + h * 0.2)
    body.close()
    canvas.drawPath(body, fill(mix(lit, room.wall, 0.2) if room.night else room.tone(lit)))


def _sofa_back(canvas: skia.Canvas, rect: Rect, room: Room, rng: random.Random, avoid: list[Rect]) -> None:
    """A sofa against the wall: back, seat and two arms."""
    x0, y0, x1, y1 = rect
    w, h = x1 - x0, y1 - y0
    cloth = room.tone(rng.choice(((120, 140, 170), (170, 120, 100), (120, 150, 120))))
    _rr(canvas, (x0 + w * 0.06, y0, x1 - w * 0.06, y0 + h * 0.6), h * 0.12, cloth)
    _rr(
        canvas,
        (x0 + w * 0.04, y0 + h * 0.45, x1 - w * 0.04, y1 - h * 0.12),
        h * 0.08,
        shade(cloth, LIGHT_STEP),
    )
    for ax in (x0, x1 - w * 0.1):
        _rr(canvas, (ax, y0 + h * 0.3, ax + w * 0.1, y1 - h * 0.1), h * 0.1, shade(cloth, DARK_STEP))
    leg = room.tone((90, 65, 45))
    for lx in (x0 + w * 0.06, x1 - w * 0.09):
        canvas.drawRect(_r((lx, y1 - h * 0.12, lx + w * 0.03, y1)), fill(leg))


def _upper_cabinets(
    canvas: skia.Canvas, rect: Rect, room: Room, rng: random.Random, avoid: list[Rect]
) -> None:
    """A run of wall cupboards along the top of the wall, broken where the window is."""
    _, y0, _, y1 = rect
    wood = room.tone((185, 140, 95), 0.3)
    door = max((y1 - y0) * 0.9, 24.0)
    for a, b in _spans(rect, avoid):
        canvas.drawRect(_r((a, y0, b, y1)), fill(wood))
        canvas.drawRect(_r((a, y1 - room.unit * 1.5, b, y1)), fill(shade(wood, DARK_STEP * 1.5)))
        x = a + door
        while x < b - door * 0.3:
            canvas.drawRect(
                _r((x - room.unit * 0.5, y0, x + room.unit * 0.5, y1)), fill(shade(wood, DARK_STEP * 1.5))
            )
            x += door
        x = a + door
        while x < b + door * 0.5:
            canvas.drawRect(
                _r(
                    (
                        min(x, b) - room.unit * 3,
                        y1 - (y1 - y0) * 0.3,
                        min(x, b) - room.unit * 1.8,
                        y1 - (y1 - y0) * 0.1,
                    )
                ),
                fill(shade(wood, LIGHT_STEP * 2)),
            )
            x += door


def _blackboard(canvas: skia.Canvas, rect: Rect, room: Room, rng: random.Random, avoid: list[Rect]) -> None:
    """A green chalkboard in a wooden frame, a few chalk strokes and a chalk ledge."""
    x0, y0, x1, y1 = rect
    w, h = x1 - x0, y1 - y0
    frame = room.tone((150, 110, 70), 0.25)
    canvas.drawRect(_r(rect), fill(frame))
    board = (x0 + room.unit * 3, y0 + room.unit * 3, x1 - room.unit * 3, y1 - room.unit * 3)
    canvas.drawRect(_r(board), fill(room.tone((50, 92, 72), 0.5)))
    chalk = stroke(room.tone((235, 240, 235), 0.35), room.unit * 1.2)
    path = skia.Path()
    for i in range(3):
        y = board[1] + h * (0.25 + 0.2 * i)
        path.moveTo(board[0] + w * 0.08, y)
        path.lineTo(board[0] + w * rng.uniform(0.35, 0.7), y)
    canvas.drawPath(path, chalk)
    canvas.drawRect(
        _r((x0 - room.unit * 2, y1, x1 + room.unit * 2, y1 + room.unit * 2.5)), fill(shade(frame, DARK_STEP))
    )


def _wall_clock(canvas: skia.Canvas, rect: Rect, room: Room, rng: random.Random, avoid: list[Rect]) -> None:
    """A round wall clock: rim, face and two hands."""
    x0, y0, x1, y1 = rect
    r = min(x1 - x0, y1 - y0) / 2
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    canvas.drawCircle(cx, cy, r, fill(room.tone((70, 70, 75), 0.3)))
    canvas.drawCircle(cx, cy, r * 0.84, fill(room.tone((250, 250, 245), 0.2)))
    hands = skia.Path()
    hands.moveTo(cx, cy - r * 0.6)
    hands.lineTo(cx, cy)
    hands.lineTo(cx + r * 0.42, cy + r * 0.1)
    canvas.drawPath(hands, stroke(room.tone((60, 60, 65), 0.3), room.unit * 1.2))


def _book_rows(canvas: skia.Canvas, rect: Rect, room: Room, rng: random.Random, shelves: int) -> None:
    """A case of ``shelves`` shelves filled with book spines."""
    x0, y0, x1, y1 = rect
    wood = room.tone((150, 108, 72), 0.45)
    canvas.drawRect(_r(rect), fill(wood))
    inner = room.unit * 2.5
    row = (y1 - y0 - inner) / shelves
    spines = ((170, 60, 60), (60, 100, 160), (70, 130, 80), (200, 160, 70), (120, 80, 140), (220, 210, 190))
    for i in range(shelves):
        top = y0 + inner + row * i
        bottom = top + row - inner
        canvas.drawRect(_r((x0 + inner, top, x1 - inner, bottom)), fill(shade(wood, DARK_STEP)))
        x = x0 + inner * 1.4
        while True:
            bw = row * rng.uniform(0.1, 0.17)
            if x + bw > x1 - inner * 1.4:
                break
            bh = (bottom - top) * rng.uniform(0.68, 0.92)
            canvas.drawRect(
                _r((x, bottom - bh, x + bw - room.unit * 0.4, bottom)),
                fill(room.tone(rng.choice(spines), 0.55)),
            )
            x += bw + (row * 0.3 if rng.random() < 0.08 else 0.0)


def _bookcase(canvas: skia.Canvas, rect: Rect, room: Room, rng: random.Random, avoid: list[Rect]) -> None:
    _book_rows(canvas, rect, room, rng, 4)


def _bookshelves(canvas: skia.Canvas, rect: Rect, room: Room, rng: random.Random, avoid: list[Rect]) -> None:
    """Bookcases side by side along the back wall (broken where the window is)."""
    _, y0, _, y1 = rect
    for a, b in _spans(rect, avoid):
        count = max(1, round((b - a) / ((y1 - y0) * 0.45)))
        step = (b - a) / count
        for i in range(count):
            _book_rows(
                canvas, (a + step * i + room.unit, y0, a + step * (i + 1) - room.unit, y1), room, rng, 5
            )


def _filing_cabinet(
    canvas: skia.Canvas, rect: Rect, room: Room, rng: random.Random, avoid: list[Rect]
) -> None:
    """A grey steel filing cabinet: three drawers with handles."""
    x0, y0, x1, y1 = rect
    w, h = x1 - x0, y1 - y0
    steel = room.tone((150, 158, 165), 0.3)
    canvas.drawRect(_r(rect), fill(steel))
    for i in range(3):
        top = y0 + h * (0.04 + 0.32 * i)
        canvas.drawRect(
            _r((x0 + w * 0.08, top, x1 - w * 0.08, top + h * 0.28)), fill(shade(steel, LIGHT_STEP))
        )
        canvas.drawRect(
            _r((x0 + w * 0.35, top + h * 0.06, x1 - w * 0.35, top + h * 0.09)),
            fill(shade(steel, DARK_STEP * 2)),
        )


def _pendant_lamps(
    canvas: skia.Canvas, rect: Rect, room: Room, rng: random.Random, avoid: list[Rect]
) -> None:
    """Two or three lamps hanging on cords from the ceiling."""
    x0, y0, x1, y1 = rect
    h = y1 - y0
    cord = room.tone((60, 60, 60), 0.3)
    metal = room.tone(rng.choice(((40, 40, 45), (60, 110, 100), (190, 120, 60))), 0.25)
    glow = (255, 230, 160)
    spots = (0.25, 0.5, 0.75) if rng.random() < 0.5 else (0.3, 0.7)
    for t in spots:
        cx = x0 + (x1 - x0) * t
        drop = h * rng.uniform(0.6, 0.9)
        canvas.drawRect(_r((cx - room.unit * 0.4, y0, cx + room.unit * 0.4, y0 + drop)), fill(cord))
        bell = skia.Path()
        bw = h * 0.32
        bell.moveTo(cx - bw * 0.25, y0 + drop)
        bell.lineTo(cx + bw * 0.25, y0 + drop)
        bell.lineTo(cx + bw * 0.6, y0 + drop + bw * 0.5)
        bell.lineTo(cx - bw * 0.6, y0 + drop + bw * 0.5)
        bell.close()
        canvas.drawPath(bell, fill(metal))
        canvas.drawOval(
            _r((cx - bw * 0.3, y0 + drop + bw * 0.42, cx + bw * 0.3, y0 + drop + bw * 0.62)), fill(glow, 200)
        )


def _menu_board(canvas: skia.Canvas, rect: Rect, room: Room, rng: random.Random, avoid: list[Rect]) -> None:
    """A dark menu board: a title stroke and priced lines in chalk."""
    x0, y0, x1, y1 = rect
    w, h = x1 - x0, y1 - y0
    canvas.drawRect(_r(rect), fill(room.tone((120, 85, 55), 0.25)))
    board = (x0 + room.unit * 2, y0 + room.unit * 2, x1 - room.unit * 2, y1 - room.unit * 2)
    canvas.drawRect(_r(board), fill(room.tone((45, 45, 48), 0.45)))
    chalk = stroke(room.tone((240, 235, 220), 0.3), room.unit * 1.1)
    path = skia.Path()
    path.moveTo(board[0] + w * 0.28, board[1] + h * 0.16)
    path.lineTo(board[2] - w * 0.28, board[1] + h * 0.16)
    for i in range(4):
        y = board[1] + h * (0.36 + 0.15 * i)
        path.moveTo(board[0] + w * 0.1, y)
        path.lineTo(board[0] + w * rng.uniform(0.4, 0.6), y)
        path.moveTo(board[2] - w * 0.18, y)
        path.lineTo(board[2] - w * 0.08, y)
    canvas.drawPath(path, chalk)


def _wall_stripe(canvas: skia.Canvas, rect: Rect, room: Room, rng: random.Random, avoid: list[Rect]) -> None:
    """A pale-green band along the wall (a hospital corridor's), with a rail above it."""
    x0, y0, x1, _ = rect
    canvas.drawRect(_r((x0, y0, x1, room.floor)), fill(room.tone((170, 215, 190), 0.35)))
    canvas.drawRect(_r((x0, y0 - room.unit * 2, x1, y0)), fill(room.tone((140, 150, 155), 0.3)))


def _curtain(canvas: skia.Canvas, rect: Rect, room: Room, rng: random.Random, avoid: list[Rect]) -> None:
    """A ward curtain hanging in folds from a ceiling rail."""
    x0, y0, x1, y1 = rect
    w = x1 - x0
    canvas.drawRect(
        _r((x0 - w * 0.1, y0, x1 + w * 0.1, y0 + room.unit * 1.6)), fill(room.tone((150, 155, 160), 0.3))
    )
    cloth = room.tone((150, 200, 200), 0.35)
    canvas.drawRect(_r((x0, y0 + room.unit * 1.6, x1, y1)), fill(cloth))
    folds = skia.Path()
    for i in range(1, 6):
        x = x0 + w * i / 6
        folds.moveTo(x, y0 + room.unit * 3)
        folds.lineTo(x, y1)
    canvas.drawPath(folds, stroke(shade(cloth, DARK_STEP), room.unit * 1.2))


def _goods_shelf(canvas: skia.Canvas, rect: Rect, room: Room, rng: random.Random, avoid: list[Rect]) -> None:
    """A shop shelf unit stocked with boxes, jars and tins."""
    x0, y0, x1, y1 = rect
    w, h = x1 - x0, y1 - y0
    frame = room.tone((170, 175, 180), 0.3)
    canvas.drawRect(_r(rect), fill(shade(frame, DARK_STEP * 2)))
    canvas.drawRect(_r((x0, y0, x0 + room.unit * 2, y1)), fill(frame))
    canvas.drawRect(_r((x1 - room.unit * 2, y0, x1, y1)), fill(frame))
    goods = ((220, 90, 70), (240, 190, 70), (90, 160, 210), (110, 180, 110), (230, 230, 225), (180, 110, 170))
    rows = 4
    for i in range(rows):
        board = y0 + h * (i + 1) / rows
        canvas.drawRect(_r((x0, board - room.unit * 1.5, x1, board)), fill(frame))
        x = x0 + room.unit * 3
        floor = board - room.unit * 1.5
        while True:
            gw = w * rng.uniform(0.08, 0.14)
            if x + gw > x1 - room.unit * 3:
                break
            gh = h / rows * rng.uniform(0.4, 0.75)
            rgb = room.tone(rng.choice(goods), 0.35)
            if rng.random() < 0.4:
                _rr(canvas, (x, floor - gh, x + gw, floor), gw * 0.3, rgb)
            else:
                canvas.drawRect(_r((x, floor - gh, x + gw, floor)), fill(rgb))
            x += gw + room.unit * 1.2


def _bunting(canvas: skia.Canvas, rect: Rect, room: Room, rng: random.Random, avoid: list[Rect]) -> None:
    """Strings of triangular flags swagged across the wall (in the plan's colours where it has some),
    and a couple of curled streamers hanging between them."""
    x0, y0, x1, y1 = rect
    w, h = x1 - x0, y1 - y0
    named = [rgb for c in room.colors if (rgb := parse_hex(c) or color_from_word(c)) is not None]
    palette = tuple(named) if len(named) >= 2 else FESTIVE
    string = room.tone((110, 100, 100), 0.3)
    flag = h * 0.22
    for row, (sag, top) in enumerate(((0.3, 0.12), (0.24, 0.02))):
        ya = y0 + h * top
        path = skia.Path()
        path.moveTo(x0, ya)
        path.quadTo((x0 + x1) / 2, ya + h * sag * 2, x1, ya)
        canvas.drawPath(path, stroke(string, room.unit))
        count = max(6, round(w / (flag * 1.5)))
        for i in range(count):
            t = (i + 0.5) / count
            x = x0 + w * t
            y = ya + h * sag * 2 * 2 * t * (1 - t)
            tri = skia.Path()
            tri.moveTo(x - flag * 0.45, y)
            tri.lineTo(x + flag * 0.45, y)
            tri.lineTo(x, y + flag)
            tri.close()
            canvas.drawPath(tri, fill(room.tone(palette[(i + row) % len(palette)], 0.15)))
    for t in (0.18, 0.82):
        cx = x0 + w * t + rng.uniform(-w * 0.04, w * 0.04)
        streamer = skia.Path()
        streamer.moveTo(cx, y0)
        for k in range(1, 7):
            streamer.lineTo(cx + (flag * 0.3 if k % 2 else -flag * 0.3), y0 + h * 0.3 * k)
        canvas.drawPath(
            streamer, stroke(room.tone(palette[rng.randrange(len(palette))], 0.15), room.unit * 1.6)
        )


def _tool_wall(canvas: skia.Canvas, rect: Rect, room: Room, rng: random.Random, avoid: list[Rect]) -> None:
    """A garage's pegboard: a brown board pricked with holes, tools hung on it (a hammer, a wrench,
    a saw, screwdrivers) and a shelf under it."""
    x0, y0, x1, y1 = rect
    w, h = x1 - x0, y1 - y0
    canvas.drawRect(_r(rect), fill(room.tone((186, 150, 108), 0.25)))
    hole = fill(room.tone((120, 92, 64), 0.3))
    for i in range(1, 12):
        for j in range(1, 7):
            canvas.drawCircle(x0 + w * i / 12, y0 + h * j / 7, room.unit * 0.5, hole)
    metal = room.tone((70, 72, 78), 0.15)
    grip = room.tone((200, 60, 50), 0.2)
    tool = stroke(metal, room.unit * 1.6)
    tool.setStrokeCap(skia.Paint.kRound_Cap)
    # a hammer: its handle down from the head
    hx = x0 + w * 0.14
    canvas.drawLine(
        hx, y0 + h * 0.2, hx, y0 + h * 0.78, stroke(room.tone((150, 105, 60), 0.2), room.unit * 2)
    )
    _rr(canvas, (hx - w * 0.06, y0 + h * 0.14, hx + w * 0.06, y0 + h * 0.26), room.unit, metal)
    # a wrench: a bar with a ring at each end
    wx = x0 + w * 0.34
    canvas.drawLine(wx, y0 + h * 0.22, wx, y0 + h * 0.72, tool)
    for y in (y0 + h * 0.2, y0 + h * 0.74):
        canvas.drawCircle(wx, y, w * 0.035, stroke(metal, room.unit * 1.4))
    # a saw: a toothed blade under a handle
    sx = x0 + w * 0.5
    blade = skia.Path()
    blade.moveTo(sx, y0 + h * 0.3)
    blade.lineTo(sx + w * 0.16, y0 + h * 0.3)
    blade.lineTo(sx + w * 0.16, y0 + h * 0.4)
    blade.lineTo(sx, y0 + h * 0.78)
    blade.close()
    canvas.drawPath(blade, fill(room.tone((185, 190, 196), 0.2)))
    _rr(canvas, (sx + w * 0.1, y0 + h * 0.16, sx + w * 0.2, y0 + h * 0.32), room.unit, grip)
    # screwdrivers: coloured grips over thin shafts
    for k in range(3):
        dx = x0 + w * (0.78 + 0.07 * k)
        canvas.drawLine(dx, y0 + h * 0.34, dx, y0 + h * 0.62, stroke(metal, room.unit * 0.9))
        _rr(canvas, (dx - w * 0.018, y0 + h * 0.18, dx + w * 0.018, y0 + h * 0.34), room.unit * 0.6, grip)
    shelf = (x0 - room.unit * 2, y1, x1 + room.unit * 2, y1 + room.unit * 2.5)
    canvas.drawRect(_r(shelf), fill(shade(room.tone((150, 110, 70), 0.25), DARK_STEP)))


PAINTERS: Mapping[str, Painter] = MappingProxyType(
    {
        "tiles": _tiles,
        "sink": _sink,
        "tub": _tub,
        "bed": _bed,
        "bedside lamp": _bedside_lamp,
        "picture": _picture,
        "floor lamp": _floor_lamp,
        "sofa back": _sofa_back,
        "upper cabinets": _upper_cabinets,
        "blackboard": _blackboard,
        "wall clock": _wall_clock,
        "bookcase": _bookcase,
        "bookshelves": _bookshelves,
        "filing cabinet": _filing_cabinet,
        "pendant lamps": _pendant_lamps,
        "menu board": _menu_board,
        "wall stripe": _wall_stripe,
        "curtain": _curtain,
        "goods shelf": _goods_shelf,
        "bunting": _bunting,
        "tool wall": _tool_wall,
    }
)

__all__ = ["FESTIVE", "PAINTERS", "Painter", "Room"]
