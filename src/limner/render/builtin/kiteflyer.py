"""Someone flying a kite (:func:`.flown.raised_flyers`): standing facing the viewer, the arm on the
kite's side raised toward it, the string running from that hand up to the kite (drawn here rather
than from the hanging hand by :mod:`.strings`), the other arm hanging."""

from __future__ import annotations

import math

import skia

from limner.assets.art import ArtChoice
from limner.plan.model import Element
from limner.render.builtin.art import paint_art, pixel_box
from limner.render.builtin.colors import RGB
from limner.render.builtin.couples import FRONT_HAND, FRONT_LOWER, FRONT_UPPER, draw_arm, front_shoulders
from limner.render.builtin.heldpair import Shadows, armless_figure
from limner.render.builtin.scene import Scene
from limner.render.builtin.staging import Staging
from limner.render.builtin.strings import LINE, SAG

Point = tuple[float, float]
Box = tuple[float, float, float, float]

#: How far the raised arm reaches (a share of the whole arm: a little bent at the elbow) and its
#: least lift above the level of the shoulder (radians).
REACH = 0.97
LIFT = math.radians(50)


def raised_hand(shoulder: Point, toward: Point, arm: float) -> Point:
    """The hand of an arm ``arm`` long raised from ``shoulder`` toward the point ``toward``, lifted at
    least :data:`LIFT` above the shoulder's level."""
    dx, dy = toward[0] - shoulder[0], toward[1] - shoulder[1]
    side = 1.0 if dx >= 0 else -1.0
    angle = max(math.atan2(-dy, abs(dx)), LIFT)  # above the level, toward the kite's side
    reach = arm * REACH
    return (shoulder[0] + side * reach * math.cos(angle), shoulder[1] - reach * math.sin(angle))


def _string(canvas: skia.Canvas, hand: Point, kite: Point, unit: float, color: RGB = LINE) -> None:
    """The kite's string from ``hand`` to ``kite``, sagging a little."""
    length = math.hypot(kite[0] - hand[0], kite[1] - hand[1])
    path = skia.Path()
    path.moveTo(*hand)
    path.quadTo((hand[0] + kite[0]) / 2, (hand[1] + kite[1]) / 2 + length * SAG, *kite)
    paint = skia.Paint(Color=skia.Color(*color), AntiAlias=True, Style=skia.Paint.kStroke_Style)
    paint.setStrokeWidth(max(1.0, unit * 0.7))
    paint.setStrokeCap(skia.Paint.kRound_Cap)
    canvas.drawPath(path, paint)


def draw_flyer(
    canvas: skia.Canvas,
    element: Element,
    choice: ArtChoice,
    kite: Element,
    scene: Scene,
    shadows: Shadows,
    box: Box,
) -> bool:
    """Draw ``element`` flying ``kite`` in the pixel ``box``; False (nothing drawn) when its art has
    no armless form."""
    figure = armless_figure(element, choice, 0.0, scene, box)
    if figure is None:
        return False
    shadows(canvas, scene.staging.get(element.id, Staging()), figure.ink, scene.unit)
    sprites = scene.memo.sprites if scene.memo is not None else None
    paint_art(canvas, figure.armless.art, figure.placement, figure.look, scene.unit, scene.vector, sprites)
    x0, _, x1, y1 = pixel_box(kite, scene.width, scene.height)
    tail = ((x0 + x1) / 2, y1)
    left, right = front_shoulders(figure)
    raised, hanging = (right, left) if tail[0] >= figure.middle else (left, right)
    arm = (FRONT_UPPER + FRONT_LOWER) * figure.tall
    hand = raised_hand(raised, tail, arm)
    _string(canvas, hand, tail, scene.unit)
    draw_arm(canvas, figure, hanging, (hanging[0], figure.ink[1] + FRONT_HAND * figure.tall))
    draw_arm(canvas, figure, raised, hand)
    return True


__all__ = ["draw_flyer", "raised_hand"]
