"""A pair in a hold (:mod:`.holds`), their arms drawn in code over their armless art (:mod:`.armless`).

A dance hold: the two side on, facing each other, bodies close; one pair of hands joined at shoulder
height between them (both near arms, bent at the elbow, drawn over both bodies by the one drawn
last), the first's far arm around the other's back (behind the other's body, its hand at the other's
back), the other's far arm up to the first's shoulder (behind the first's body).

Hand in hand: the two facing the viewer side by side, a step apart, their outer arms hanging, their
inner arms reaching down to the hands joined low between them (a child's up to a grown-up's).
"""

from __future__ import annotations

from dataclasses import dataclass

import skia

from limner.render.builtin.armless import Armless
from limner.render.builtin.art import Look, Placement
from limner.render.builtin.limbs import Point, draw_limb, elbow

Box = tuple[float, float, float, float]

#: A side-on (walking) figure, shares of its height: its shoulder's height from the top and its
#: offset ahead of the ink's middle; its chest's and back's offsets; its waist's height.
SIDE_SHOULDER = (0.27, 0.01)
SIDE_CHEST = 0.11
SIDE_BACK = 0.075
SIDE_WAIST = 0.46
#: How far apart the dancers' shoulders are, a share of their height (their chests almost touch).
DANCE_APART = 0.44
#: The joined hands' height above the shoulders, a share of the height.
DANCE_RAISE = 0.1
#: A front-facing (standing) figure: where its arms hang from (in from the ink's sides, a share of
#: its width; down from the top, a share of its height), where its hands hang (of its height).
FRONT_SHOULDER = (0.09, 0.35)
FRONT_HAND = 0.63
#: How far apart two people hand in hand stand (their middles), a share of their mean height.
HANDS_APART = 0.46
#: The arm's upper and lower lengths (a side-on figure's, a front one's: from under its sleeve) and
#: thickness, shares of the figure's height.
UPPER, LOWER, THICK = 0.14, 0.14, 0.048
FRONT_UPPER, FRONT_LOWER = 0.14, 0.14


@dataclass(frozen=True)
class Figure:
    """One of the pair as drawn: its armless art and arm colours, where the art lands (already moved
    to its place in the hold) and the way it faces (+1 right, -1 left; 0 toward the viewer)."""

    armless: Armless
    placement: Placement
    toward: float
    look: Look

    @property
    def ink(self) -> Box:
        return self.placement.ink

    @property
    def tall(self) -> float:
        return self.ink[3] - self.ink[1]

    @property
    def middle(self) -> float:
        return (self.ink[0] + self.ink[2]) / 2


def moved(placement: Placement, dx: float) -> Placement:
    """``placement`` moved ``dx`` pixels across."""
    x0, y0, x1, y1 = placement.ink
    return Placement(
        sx=placement.sx,
        sy=placement.sy,
        dx=placement.dx + dx,
        dy=placement.dy,
        mirror=placement.mirror,
        ink=(x0 + dx, y0, x1 + dx, y1),
        clip_bottom=placement.clip_bottom,
        clip_top=placement.clip_top,
    )


def dance_shift(mine: Box, theirs: Box, toward: float) -> float:
    """How far (pixels) a dancer drawn over ``mine``, turned ``toward`` its partner (drawn over
    ``theirs``), moves so their shoulders stand :data:`DANCE_APART` apart about their middle."""
    mid = (mine[0] + mine[2] + theirs[0] + theirs[2]) / 4
    tall = (mine[3] - mine[1] + theirs[3] - theirs[1]) / 2
    return mid - toward * tall * DANCE_APART / 2 - (mine[0] + mine[2]) / 2


def hands_shift(mine: Box, theirs: Box) -> float:
    """How far (pixels) one of two people hand in hand, drawn over ``mine``, moves so that the two
    stand :data:`HANDS_APART` apart about their middle."""
    mid = (mine[0] + mine[2] + theirs[0] + theirs[2]) / 4
    tall = (mine[3] - mine[1] + theirs[3] - theirs[1]) / 2
    side = 1.0 if mine[0] + mine[2] > theirs[0] + theirs[2] else -1.0
    return mid + side * tall * HANDS_APART / 2 - (mine[0] + mine[2]) / 2


def _shoulder(figure: Figure) -> Point:
    down, ahead = SIDE_SHOULDER
    return (figure.middle + figure.toward * ahead * figure.tall, figure.ink[1] + down * figure.tall)


def draw_arm(canvas: skia.Canvas, figure: Figure, shoulder: Point, hand: Point, bend: float = 1.0) -> None:
    """An arm of ``figure`` from ``shoulder`` to ``hand``, bent at the elbow (:func:`.limbs.elbow`)."""
    tall = figure.tall
    upper, lower = (UPPER, LOWER) if figure.toward else (FRONT_UPPER, FRONT_LOWER)
    bent = elbow(shoulder, hand, upper * tall, lower * tall, bend)
    sleeve = figure.armless.sleeve if figure.toward else None  # a front figure's sleeves are its shirt's
    draw_limb(canvas, (shoulder, bent, hand), THICK * tall, figure.armless.skin, sleeve)


def dance_behind(canvas: skia.Canvas, me: Figure, other: Figure, first: bool) -> None:
    """The far arm of the one of a dancing pair drawn first (``first``; else nothing) that the other's
    body hides, and the other's far arm, hidden by its own: drawn before the first's body... the
    first's far arm goes round the other's back, the other's far arm up to the first's far shoulder."""
    if not first:
        return
    mine, theirs = _shoulder(me), _shoulder(other)
    draw_arm(canvas, other, theirs, (me.middle - me.toward * me.tall * 0.02, mine[1] + me.tall * 0.03))


def dance_around(canvas: skia.Canvas, me: Figure, other: Figure, first: bool) -> None:
    """Drawn after the first's body, before the other's: the first's far arm round the other's back."""
    if not first:
        return
    back = other.middle - other.toward * other.tall * SIDE_BACK
    draw_arm(canvas, me, _shoulder(me), (back, other.ink[1] + other.tall * SIDE_WAIST))


def dance_joined(canvas: skia.Canvas, me: Figure, other: Figure, first: bool) -> None:
    """Drawn by the one drawn last, after both bodies: both near arms up to the hands joined between
    them at shoulder height."""
    if first:
        return
    mine, theirs = _shoulder(me), _shoulder(other)
    tall = (me.tall + other.tall) / 2
    joined = ((mine[0] + theirs[0]) / 2, (mine[1] + theirs[1]) / 2 - tall * DANCE_RAISE)
    draw_arm(canvas, other, theirs, joined)
    draw_arm(canvas, me, mine, joined)


def front_shoulders(figure: Figure) -> tuple[Point, Point]:
    """Where a front-facing figure's arms hang from (under its sleeves): its left one and its right."""
    inset, down = FRONT_SHOULDER
    x0, y0, x1, _ = figure.ink
    y = y0 + down * figure.tall
    return (x0 + inset * (x1 - x0), y), (x1 - inset * (x1 - x0), y)


def hand_in_hand(canvas: skia.Canvas, me: Figure, other: Figure) -> None:
    """The arms of one of two people hand in hand, facing the viewer side by side: the outer arm
    hanging, the inner one reaching to the hands joined low between them."""
    left, right = front_shoulders(me)
    side = 1.0 if other.middle > me.middle else -1.0
    inner, outer = (right, left) if side > 0 else (left, right)
    theirs = front_shoulders(other)[0 if side > 0 else 1]
    mine_low = me.ink[1] + FRONT_HAND * me.tall
    their_low = other.ink[1] + FRONT_HAND * other.tall
    high, low = sorted((mine_low, their_low))
    reach_mine, reach_theirs = me.tall, other.tall
    joined = (
        inner[0] + (theirs[0] - inner[0]) * reach_mine / (reach_mine + reach_theirs),
        high * 0.75 + low * 0.25,
    )
    draw_arm(canvas, me, outer, (outer[0], mine_low))
    draw_arm(canvas, me, inner, joined)


__all__ = [
    "Figure",
    "dance_around",
    "dance_behind",
    "dance_joined",
    "dance_shift",
    "draw_arm",
    "front_shoulders",
    "hand_in_hand",
    "hands_shift",
    "moved",
]
