"""People sitting on a seat or lying on a bed, drawn from the standing figure's art.

The person art is a standing figure facing the viewer (the standing-person emoji, or a role emoji's
head and shoulders drawn whole with trouser legs, :func:`limner.assets.art.drawn_whole`). A sitter
is that figure's upper body, cut at the lap, with its hips on the seat. Facing the viewer (the
front-view art), its thighs come toward the viewer, foreshortened to a lap ending in knees at the
seat's front edge, and both lower legs hang side by side from there to the floor; on the ground it
sits cross-legged (:mod:`.frontlegs`). Side on (a profile the plan turns left or right, or a seat
drawn from the side such as a wheelchair), its legs are seen from the side: thighs along the seat
toward where it faces, shins down toward the floor, shoes pointing forward, in the art's own trouser
and shoe colours; on the ground its knees are drawn up, feet flat before it.
Someone lying on a bed or a sofa is the whole figure turned on its back along the top, head toward
the left end (a bed's headboard).

The figure's size comes from its box, corrected toward the seat: a sitter's shins reach from the
seat to the floor, so their length says how tall the figure is (within :data:`SIZE_RANGE` of the
box, so a plan's sizes still count).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from types import MappingProxyType

import skia

from limner.assets.art import drawn_whole, furniture_kind, ink_aspect, resolve_art
from limner.render.builtin import frontlegs
from limner.render.builtin.art import Art, Look, Placement, paint_art
from limner.render.builtin.backdrop.style import shade
from limner.render.builtin.colors import RGB
from limner.render.builtin.hammock import SEAT as HAMMOCK_SEAT
from limner.render.builtin.pen import round_stroke
from limner.render.builtin.wheelchair import side_seat

Box = tuple[float, float, float, float]

#: Furniture drawn in code whose top edge is a seat (or a mattress): a person on one sits.
SEATS = frozenset(
    {
        "chair",
        "armchair",
        "folding chair",
        "rocking chair",
        "sofa",
        "couch",
        "bench",
        "stool",
        "bed",
        "baby bed",
        "crib",
        "cot",
        "swing",
        "hammock",
    }
)
#: Seats one sits on with legs stretched out along them (sitting up in bed), not hanging down.
STRETCH_SEATS = frozenset({"bed"})
#: Seats drawn in code whose seat is below their box's top (share of its height, from the top).
SEAT_TOPS: Mapping[str, float] = MappingProxyType({"hammock": HAMMOCK_SEAT})
#: Seat art drawn from an emoji, and where its seat is (share of the box's height, from the top).
SEAT_EMOJI: Mapping[str, float] = MappingProxyType({"🪑": 0.5})
#: The standing person emoji (and its gendered forms): whole figures that can sit or lie down.
STANDING = "🧍"
#: Of a standing figure's height, from its top: where the hips are (put on the seat) …
HIP = 0.56
#: … where the lap and the hands resting on it end (where the upper body is cut) …
LAP = 0.64
#: … and how long thighs and shins (with the shoe) are, and how thick a leg is (share of the
#: figure's width).
THIGH = 0.24
SHIN = 0.27
LEG_SHARE = 0.26
#: Seen from the front: where the art is cut (under its hands, which rest on the thighs) and how far
#: below the seat's top its front edge (the knees) is, shares of the figure's height.
FRONT_CUT = 0.6
FRONT_KNEE = 0.06
#: How far the figure's height may move from its box's toward the one its seat implies.
SIZE_RANGE = (0.75, 1.25)
#: A sitter stays this share of the seat's width away from the seat's ends.
SEAT_MARGIN = 0.18
#: A lying figure's length at most this share of the bed's width; it sinks this share of its
#: thickness into the mattress.
LIE_LENGTH = 0.86
LIE_SINK = 0.3


#: Chairs drawn in code that fit whoever sits on them: no higher than the sitter's shins (times
#: :data:`CHAIR_FIT`, which the figure's size correction takes up) and no wider than
#: :data:`CHAIR_WIDTH` of its height — a plan's tall chair box made a grown-up perch on a high stool.
CHAIRS = frozenset({"chair", "folding chair", "rocking chair", "stool", "armchair"})
CHAIR_FIT = 1.1
CHAIR_WIDTH = 0.5
#: Chairs drawn wider than :data:`CHAIR_WIDTH` (an armchair is a one-seat sofa): share of the height.
CHAIR_WIDTHS: Mapping[str, float] = MappingProxyType({"armchair": 0.75})


def fitted_chair(box: Box, noun: str, sitter_height: float) -> Box:
    """The box (any unit) a chair for ``noun`` in ``box`` is drawn in when someone ``sitter_height``
    tall (standing) sits on it: its seat lowered to the sitter's shins, on the same floor, and
    narrowed (a chair drawn from an emoji keeps its art's shape)."""
    kind = furniture_kind(noun)
    top = 0.0 if kind in CHAIRS else SEAT_EMOJI.get(resolve_art(noun).emoji) if kind is None else None
    x0, y0, x1, y1 = box
    high = SHIN * sitter_height * CHAIR_FIT
    if top is None or (y1 - y0) * (1.0 - top) <= high or high <= 0:
        return box
    tall = high / (1.0 - top)
    share = CHAIR_WIDTHS.get(kind or "", CHAIR_WIDTH)
    width = tall * (ink_aspect(noun) or 1.0) if kind is None else sitter_height * share
    width, middle = min(x1 - x0, width), (x0 + x1) / 2
    return (middle - width / 2, y1 - tall, middle + width / 2, y1)


def seat_top(noun: str) -> float | None:
    """Where one sits on ``noun``'s box (a share of its height from the top), or None when it is not
    a seat (someone on it stands, unless the plan says they sit)."""
    kind = furniture_kind(noun)
    if kind in SEATS:
        return SEAT_TOPS.get(kind, 0.0)
    emoji = resolve_art(noun).emoji
    if (side := side_seat(emoji)) is not None:
        return side.seat  # of the ink, near enough: the renderer seats it on the art as drawn
    return SEAT_EMOJI.get(emoji)


def can_sit(emoji: str) -> bool:
    """Whether a figure drawn with ``emoji`` is drawn sitting or lying when it is on a seat: the
    standing person, and the role people drawn whole (a baby or a family stays as drawn)."""
    return emoji.startswith(STANDING) or drawn_whole(emoji)


@dataclass(frozen=True)
class Figure:
    """A standing figure as placed in its own box: its art, the art's ink rect, the scale, the mirror,
    and the whole figure's height (the ink's, or for a bust, whose legs are drawn apart, the box's)."""

    art: Art
    ink: Box
    scale: float
    mirror: bool
    height: float

    def scaled(self, k: float) -> Figure:
        return Figure(self.art, self.ink, self.scale * k, self.mirror, self.height * k)

    def resized(self, k: float) -> tuple[Figure, Move]:
        """The figure ``k`` times as large, standing where it stood (its ink's top left kept), and
        the move that takes points of the old figure to the new one."""
        x0, y0, x1, y1 = self.ink
        ink = (x0, y0, x0 + (x1 - x0) * k, y0 + (y1 - y0) * k)
        return Figure(self.art, ink, self.scale * k, self.mirror, self.height * k), Move(
            k, (x0, y0), (x0, y0)
        )


def _placement(figure: Figure, ink: Box, sy: float, clip: tuple[float, float] | None) -> Placement:
    """Art placed so that its ink fills ``ink``, with vertical scale ``sy`` (its horizontal scale is
    the figure's, mirrored when the figure is); ``clip`` keeps only the rows between two ys."""
    bx0, by0, _, _ = figure.art.bounds
    left, top, right, _ = ink
    sx = figure.scale
    dx = right + bx0 * sx if figure.mirror else left - bx0 * sx
    return Placement(
        sx=-sx if figure.mirror else sx,
        sy=sy,
        dx=dx,
        dy=top - by0 * sy,
        mirror=figure.mirror,
        ink=ink,
        clip_top=clip[0] if clip else None,
        clip_bottom=clip[1] if clip else None,
    )


def _on_ground(seat: Box) -> bool:
    """A seat with no height is the ground under a figure (sitting or lying on nothing)."""
    return seat[3] - seat[1] < 1.0


def _seat_height(figure: Figure, seat: Box) -> float:
    """The figure's height on ``seat``: its shins (knee to sole) reach from the seat to the floor;
    on the ground (a seat with no height), its own."""
    if _on_ground(seat):
        return figure.height
    wanted = (seat[3] - seat[1]) / SHIN
    low, high = SIZE_RANGE
    return min(max(wanted, figure.height * low), figure.height * high)


def _centre_on(x: float, half: float, seat: Box) -> float:
    """``x`` kept on the seat, away from its ends (the middle of a seat narrower than the figure)."""
    margin = (seat[2] - seat[0]) * SEAT_MARGIN
    low, high = seat[0] + margin + half, seat[2] - margin - half
    return (seat[0] + seat[2]) / 2 if low > high else min(max(x, low), high)


@dataclass(frozen=True)
class Legs:
    """Trousers and shoes of a sitter's legs, seen from the side."""

    trousers: RGB
    shoes: RGB


def _rounded(canvas: skia.Canvas, rect: Box, radius: float, rgb: RGB) -> None:
    paint = skia.Paint(Color=skia.Color(*rgb), AntiAlias=True)
    canvas.drawRRect(skia.RRect.MakeRectXY(skia.Rect.MakeLTRB(*rect), radius, radius), paint)


def _side_legs(
    canvas: skia.Canvas,
    hips: tuple[float, float],
    height: float,
    width: float,
    floor: float,
    forward: float,
    legs: Legs,
    stretched: bool = False,
) -> float:
    """Two legs seen from the side from ``hips`` (x, the seat's y): thighs along the seat toward
    ``forward`` (+1 right, -1 left), shins down toward ``floor``, shoes pointing forward; the far leg
    a shade darker, a little behind. ``stretched`` (sitting up on a bed): the shins go on along the
    seat, soles up at their end. Returns the soles' y."""
    hx, seat_y = hips
    thick = width * LEG_SHARE
    knee = hx + forward * max(height * THIGH, width * 0.5 + thick * 1.5)  # clear of the body
    sole = min(floor, seat_y + height * SHIN)
    shoe = max(thick * 0.55, height * 0.045)
    # the far leg first, a shade darker and a little behind
    tones = ((1.0, shade(legs.trousers, -0.12), shade(legs.shoes, -0.12)), (0.0, legs.trousers, legs.shoes))
    if stretched:
        for step, trousers, shoes in tones:
            back = -forward * thick * 0.35 * step
            lift = thick * 0.3 * step  # the far leg a little higher: behind the near one
            end = knee + back + forward * height * SHIN * 0.85
            x0, x1 = sorted((hx - forward * width * 0.15 + back, end))
            _rounded(canvas, (x0, seat_y - thick - lift, x1, seat_y - lift), thick * 0.45, trousers)
            sx0, sx1 = sorted((end - forward * shoe * 0.2, end + forward * shoe * 1.1))
            _rounded(canvas, (sx0, seat_y - lift - height * 0.085, sx1, seat_y - lift), shoe * 0.45, shoes)
        return seat_y
    if floor - seat_y < thick:  # on the ground: knees drawn up, feet flat before the hips
        for step, trousers, shoes in tones:
            back = -forward * thick * 0.5 * step
            knee_x = hx + back + forward * max(height * 0.26, width * 0.5 + thick)  # past the body
            knee_at = (knee_x, seat_y - height * 0.22)
            foot = knee_x + forward * height * 0.12
            leg = skia.Path()
            leg.moveTo(hx + back, seat_y - thick / 2)
            leg.lineTo(*knee_at)
            leg.lineTo(foot, seat_y - thick / 2)
            paint = round_stroke(trousers, thick)
            canvas.drawPath(leg, paint)
            tx0, tx1 = sorted((foot - forward * thick * 0.6, foot + forward * height * 0.075))
            _rounded(canvas, (tx0, seat_y - shoe, tx1, seat_y), shoe * 0.45, shoes)
        return seat_y
    for step, trousers, shoes in tones:
        back = -forward * thick * 0.35 * step
        kx = knee + back
        x0, x1 = sorted((hx - forward * width * 0.15 + back, kx))
        _rounded(
            canvas, (x0, seat_y - thick, x1 + thick * 0.5 * (forward > 0), seat_y), thick * 0.45, trousers
        )
        sx0, sx1 = (kx - thick, kx) if forward > 0 else (kx, kx + thick)
        _rounded(canvas, (sx0, seat_y - thick * 0.6, sx1, sole - shoe * 0.5), thick * 0.4, trousers)
        tx0, tx1 = sorted((kx - forward * thick * 1.1, kx + forward * height * 0.075))
        _rounded(canvas, (tx0, sole - shoe, tx1, sole), shoe * 0.45, shoes)
    return sole


@dataclass(frozen=True)
class Move:
    """How a standing figure's drawing moves when it sits: a point ``p`` of it goes to
    ``(p - origin) * scale + to`` — what it holds or wears moves with it."""

    scale: float
    origin: tuple[float, float]
    to: tuple[float, float]

    def point(self, x: float, y: float) -> tuple[float, float]:
        return (
            (x - self.origin[0]) * self.scale + self.to[0],
            (y - self.origin[1]) * self.scale + self.to[1],
        )

    def box(self, box: Box) -> Box:
        x0, y0 = self.point(box[0], box[1])
        x1, y1 = self.point(box[2], box[3])
        return (x0, y0, x1, y1)

    def then(self, other: Move) -> Move:
        """This move followed by ``other``, as one move."""
        to = self.to
        return Move(
            self.scale * other.scale,
            self.origin,
            (
                (to[0] - other.origin[0]) * other.scale + other.to[0],
                (to[1] - other.origin[1]) * other.scale + other.to[1],
            ),
        )


#: The move that moves nothing.
STILL = Move(1.0, (0.0, 0.0), (0.0, 0.0))


def sitting_move(figure: Figure, seat: Box, bust: bool = False, stretched: bool = False) -> Move:
    """Where ``figure`` (placed standing) goes to sit on the pixel box ``seat``: its hips on the seat
    (on the ground, its lap), sized by the seat (:func:`_seat_height`), kept on it (away from its
    ends; ``stretched``, legs along a bed, at its head end, the left). With ``bust`` the art is head
    and shoulders, its bottom the hips."""
    x0, y0, x1, y1 = figure.ink
    k = 1.0 if stretched else _seat_height(figure, seat) / figure.height
    height = figure.height * k
    cx = _centre_on(seat[0] if stretched else (x0 + x1) / 2, (x1 - x0) * k / 2, seat)
    if bust:  # the bust's bottom a little over the seat: the lap
        return Move(k, ((x0 + x1) / 2, y1), (cx, seat[1] + height * (LAP - HIP) * 0.5))
    # on the ground the lap rests on it, on a seat the hips do
    hips = seat[1] - height * (LAP - HIP) if _on_ground(seat) else seat[1]
    return Move(k, ((x0 + x1) / 2, y0 + figure.height * HIP), (cx, hips))


def draw_sitting(
    canvas: skia.Canvas,
    figure: Figure,
    seat: Box,
    look: Look,
    unit: float,
    legs: Legs,
    bust: bool = False,
    forward: float = 1.0,
    lap: float = LAP,
    breadth: float | None = None,
    stretched: bool = False,
    front: bool = False,
) -> Box:
    """``figure`` sitting on the top of the pixel box ``seat`` (:func:`sitting_move`), facing the
    viewer with its legs seen from the side, toward ``forward``: thighs along the seat, shins down to
    the seat's bottom (the floor). With ``bust`` the art is head and shoulders only (its bottom the
    hips), else the whole standing figure, cut at ``lap`` (a share of its height: a side-on walking
    figure is cut at its hips, where its legs part; its legs are as thick as a figure ``breadth`` of
    its height wide, not its striding ink); ``stretched``: legs stretched out along the seat (sitting
    up on a bed); ``front``: its legs seen from the front (:mod:`.frontlegs`). Returns the rect the
    figure covers."""
    move = sitting_move(figure, seat, bust, stretched)
    sized = figure.scaled(move.scale)
    body = move.box(figure.ink)
    cx = (body[0] + body[2]) / 2
    if front and not stretched:
        return _sitting_front(canvas, figure, sized, body, seat, look, unit, legs, bust)
    width = body[2] - body[0] if breadth is None else sized.height * breadth
    seat_y, floor = seat[1], seat[3]
    sole = _side_legs(canvas, (cx, seat_y), sized.height, width, floor, forward, legs, stretched)
    if bust:
        paint_art(canvas, figure.art, _placement(sized, body, sized.scale, None), look, unit)
        return (body[0], body[1], body[2], sole)
    clip = (body[1] - unit * 4, body[1] + sized.height * lap)
    paint_art(canvas, figure.art, _placement(sized, body, sized.scale, clip), look, unit)
    return (body[0], body[1], body[2], sole)


def _sitting_front(
    canvas: skia.Canvas,
    figure: Figure,
    sized: Figure,
    body: Box,
    seat: Box,
    look: Look,
    unit: float,
    legs: Legs,
    bust: bool,
) -> Box:
    """:func:`draw_sitting` facing the viewer: the thighs toward the viewer from the hips to the
    seat's front edge, the lower legs hanging from there side by side; on the ground, crossed before
    the lap. A whole figure's art is cut at its hands (:data:`FRONT_CUT`), over the thighs."""
    cx, width = (body[0] + body[2]) / 2, body[2] - body[0]
    ground = _on_ground(seat)
    edge = max(1.0, unit * 0.7)
    colors = (legs.trousers, legs.shoes)
    top = body[3] - unit * 4 if bust else body[1] + sized.height * (HIP - 0.04)
    cover = (cx, body[1], cx, body[3])
    if not ground:
        knee = max(seat[1] + sized.height * FRONT_KNEE, top + unit * 6)
        cover = frontlegs.hanging_legs(
            canvas, cx, (top, knee), seat[3], (sized.height, width), colors, edge, bust
        )
    clip = None if bust else (body[1] - unit * 4, body[1] + sized.height * FRONT_CUT)
    paint_art(canvas, figure.art, _placement(sized, body, sized.scale, clip), look, unit)
    if ground:  # crossed in front of the lap
        cover = frontlegs.crossed_legs(canvas, cx, seat[1], width, colors, edge, bust)
    bottom = body[3] if bust else body[1] + sized.height * FRONT_CUT
    return (min(body[0], cover[0]), body[1], max(body[2], cover[2]), max(cover[3], bottom))


def draw_lying(
    canvas: skia.Canvas, figure: Figure, bed: Box, unit: float, whole: WholeDrawer, fit: bool = False
) -> Box:
    """``figure`` lying on its back along the top of the pixel box ``bed``, head toward its left end;
    returns the rect it covers. ``whole`` draws the standing figure filling a box (in the turned
    canvas). With ``fit`` the figure takes the bed's length (a hammock), else at most that."""
    x0, _, x1, _ = figure.ink
    ground = _on_ground(bed)  # on the ground: its own length, on it (no mattress to sink in)
    k = (bed[2] - bed[0]) * LIE_LENGTH / max(figure.height, 1e-6)
    k = 1.0 if ground else k if fit else min(1.0, k)
    length, thick = figure.height * k, (x1 - x0) * k
    cx = (bed[0] + bed[2]) / 2
    bottom = bed[1] + (0.0 if ground else thick * LIE_SINK)
    canvas.save()
    # turned a quarter counter-clockwise about the body's middle: the head goes left, the feet right
    canvas.translate(cx, bottom - thick / 2)
    canvas.rotate(-90)
    whole(canvas, (-thick / 2, -length / 2, thick / 2, length / 2))
    canvas.restore()
    return (cx - length / 2, bottom - thick, cx + length / 2, bottom)


#: Draws a standing figure filling a pixel box (in whatever frame the canvas is turned to).
WholeDrawer = Callable[[skia.Canvas, Box], None]

__all__ = [
    "CHAIRS",
    "LAP",
    "SEAT_EMOJI",
    "SHIN",
    "STILL",
    "STRETCH_SEATS",
    "Figure",
    "Legs",
    "Move",
    "WholeDrawer",
    "can_sit",
    "draw_lying",
    "draw_sitting",
    "fitted_chair",
    "seat_top",
    "sitting_move",
]
