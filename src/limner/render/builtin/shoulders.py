"""A person riding on another's shoulders (a child carried on a dad's shoulders), seen from the front.

The rider sits on the carrier's shoulders behind its head: the rider's upper body rises behind the
carrier's head (drawn again over it, so the carrier's face shows), and the rider's legs come over the
carrier's shoulders, one on each side of the head, knees out, shins down in front of the chest. The
art's heads are large (a fifth of a figure), so the hips go up behind the head, not down at the neck,
or the rider's body would hide behind it. The rider is sized as a child beside the carrier (within
:data:`RIDER_SIZE` of the carrier's height).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

import skia

from limner.assets.anchors import BUST_SHARE
from limner.assets.art import ArtChoice, drawn_whole, resolve_art
from limner.plan.model import Element
from limner.render.builtin.art import Placement, art_noun, paint_art, pixel_box, place
from limner.render.builtin.astride import seated_placement
from limner.render.builtin.dressing import SHOES, STANDING_LEGS, TROUSERS, draw_elder_face, dressed
from limner.render.builtin.elders import STANDING, elder_face
from limner.render.builtin.facing import mirrored
from limner.render.builtin.pen import round_stroke
from limner.render.builtin.scene import Scene
from limner.render.builtin.seated import HIP, Legs
from limner.render.builtin.staging import Staging

Box = tuple[float, float, float, float]

#: Of the carrier's height, from the top of its ink: where its chin is (its head drawn again above)
#: and where the rider's hips go (behind the head); a figure drawn as a bust (a role's head and
#: shoulders over drawn legs) has a larger head.
CHIN = 0.215
HIPS = 0.11
BUST_CHIN = 0.36
BUST_HIPS = 0.2
#: The rider's standing height, a share of the carrier's: at least and at most.
RIDER_SIZE = (0.55, 0.7)
#: Of the carrier's width: half the width of its head (the rider's hips sit inside it, its knees
#: outside), and half the width of the head redrawn over the rider.
HEAD_HALF = 0.3
REDRAWN_HALF = 0.36
#: Of the rider's height: how thick a leg is, how far out and down the knee is from the hip (the
#: thigh over the shoulder), and how far the shin hangs below the knee.
LEG_THICK = 0.09
KNEE_OUT = 0.1
KNEE_DROP = 0.21
SHIN = 0.19


def rider_height(own: float, carrier: float) -> float:
    """The rider's standing height: its own box's, kept within :data:`RIDER_SIZE` of the carrier's."""
    low, high = RIDER_SIZE
    return min(max(own, carrier * low), carrier * high)


def neck_line(top: float, height: float, bust: bool) -> tuple[float, float]:
    """(chin y, the rider's hips y) on a carrier whose figure is ``height`` tall from ``top``."""
    chin, hips = (BUST_CHIN, BUST_HIPS) if bust else (CHIN, HIPS)
    return top + height * chin, top + height * hips


def draw_rider_legs(
    canvas: skia.Canvas, centre: float, hips: float, carrier_width: float, height: float, legs: Legs
) -> Box:
    """The rider's two legs from ``hips`` over the carrier's shoulders, either side of its head
    (centred at ``centre``, the carrier ``carrier_width`` wide): knees out, shins down in front of its
    chest, shoes at the bottom; ``height`` the rider's standing height. Returns the rect they cover."""
    thick = height * LEG_THICK
    hip_x = carrier_width * HEAD_HALF * 0.8
    knee_x = carrier_width * HEAD_HALF + thick * 0.2 + height * KNEE_OUT * 0.2
    knee_y = hips + height * KNEE_DROP
    ankle_y = knee_y + height * SHIN
    shoe_h = thick * 0.7
    paint = round_stroke(legs.trousers, thick)
    shoes = skia.Paint(Color=skia.Color(*legs.shoes), AntiAlias=True)
    for side in (-1.0, 1.0):
        leg = skia.Path()
        leg.moveTo(centre + side * hip_x, hips)
        leg.lineTo(centre + side * knee_x, knee_y)
        leg.lineTo(centre + side * (knee_x - thick * 0.15), ankle_y)
        canvas.drawPath(leg, paint)
        x = centre + side * (knee_x - thick * 0.15)
        shoe = skia.Rect.MakeLTRB(x - thick * 0.62, ankle_y, x + thick * 0.62, ankle_y + shoe_h)
        canvas.drawRRect(skia.RRect.MakeRectXY(shoe, shoe_h * 0.45, shoe_h * 0.45), shoes)
    reach = knee_x + thick * 0.62
    return (centre - reach, hips - thick / 2, centre + reach, ankle_y + shoe_h)


def figure_of(element: Element, choice: ArtChoice, scene: Scene) -> tuple[Box, bool, Placement] | None:
    """Where the standing person ``element`` (drawn with ``choice``) is drawn: its whole figure's
    pixel rect, whether it is a bust over drawn legs, and its art's placement; None when it does not
    stand as itself (it sits, lies, rides or is in a vehicle)."""
    staging = scene.staging.get(element.id, Staging())
    if staging.seat is not None or staging.vehicle is not None or staging.rides or staging.shoulders:
        return None
    art, look = dressed(element, choice, staging, scene)
    mirror = mirrored(element, choice.file, "right" if staging.figure else None)
    x0, y0, x1, y1 = pixel_box(element, scene.width, scene.height)
    if drawn_whole(choice.emoji):
        placement = place(art, (x0, y0, x1, y0 + (y1 - y0) * BUST_SHARE), look, mirror=mirror)
        ix0, iy0, ix1, _ = placement.ink
        return (ix0, iy0, ix1, y1), True, placement
    placement = place(art, (x0, y0, x1, y1), look, mirror=mirror)
    return placement.ink, False, placement


#: Draws one object of the scene (the carrier, drawn again over the rider).
Redraw = Callable[[skia.Canvas, Element, ArtChoice, Scene], None]


def draw_on_shoulders(
    canvas: skia.Canvas, element: Element, choice: ArtChoice, scene: Scene, redraw: Redraw
) -> bool:
    """Draw the person ``element`` riding on its carrier's shoulders, its legs over them (``redraw``
    draws the carrier again, clipped to its head, over the rider's body); False when the carrier is
    not standing (it is drawn as it would be without a carrier then)."""
    staging = scene.staging.get(element.id, Staging())
    carrier = staging.shoulders
    assert carrier is not None
    carrier_choice = resolve_art(art_noun(carrier))
    found = figure_of(carrier, carrier_choice, scene)
    if found is None:
        return False
    (cx0, top, cx1, bottom), bust, _ = found
    centre, width = (cx0 + cx1) / 2, cx1 - cx0
    chin, hips = neck_line(top, bottom - top, bust)
    _, y0, _, y1 = pixel_box(element, scene.width, scene.height)
    tall = rider_height(y1 - y0, bottom - top)
    art, look = dressed(element, choice, staging, scene)
    look = dataclasses.replace(look, stands=True, fill=False, sink=0.0)
    mirror = mirrored(element, choice.file, "right" if staging.figure else None)
    rider_bust = drawn_whole(choice.emoji)
    frame = (centre - tall, hips - tall, centre + tall, hips)
    if rider_bust:
        frame = (centre - tall, hips - tall * BUST_SHARE, centre + tall, hips)
        placement = place(art, frame, look, mirror=mirror)
    else:
        placement = seated_placement(place(art, frame, look, mirror=mirror), HIP, hips, sink=0.0)
    sprites = scene.memo.sprites if scene.memo is not None else None
    paint_art(canvas, art, placement, look, scene.unit, scene.vector, sprites)
    if not rider_bust and (face := elder_face(element)) is not None and choice.emoji.startswith(STANDING):
        ix0, iy0, ix1, _ = placement.ink
        draw_elder_face(canvas, face, (ix0, iy0, ix1, iy0 + tall), placement.mirror, look, scene)
    # the carrier's head, drawn again over the rider's body: the rider sits behind it
    canvas.save()
    half = width * REDRAWN_HALF
    canvas.clipRect(
        skia.Rect.MakeLTRB(centre - half, top - scene.unit * 6, centre + half, chin), doAntiAlias=True
    )
    redraw(canvas, carrier, carrier_choice, scene)
    canvas.restore()
    draw_rider_legs(canvas, centre, hips, width, tall, Legs(TROUSERS, SHOES) if rider_bust else STANDING_LEGS)
    return True


__all__ = [
    "CHIN",
    "HIPS",
    "RIDER_SIZE",
    "Redraw",
    "draw_on_shoulders",
    "draw_rider_legs",
    "figure_of",
    "neck_line",
    "rider_height",
]
