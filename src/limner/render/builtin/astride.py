"""People riding an animal astride (a horse, a pony, a camel, a donkey, an elephant), seated on its back.

The rider's upper body is cut at the hips, which sit on the mount's back (the bottom of the rider's
box: the staging brings it there); below them the near leg hangs down the mount's flank, seen from
the side: the thigh forward and down, the shin back under the knee, the shoe pointing where the
mount goes. The far leg is hidden by the mount. Drawn whole and standing, the rider read as someone
standing in front of the animal.
"""

from __future__ import annotations

import dataclasses

import skia

from limner.assets.anchors import BUST_SHARE
from limner.assets.art import ArtChoice, drawn_whole, resolve_art, svg_file_for
from limner.plan.model import Element
from limner.render.builtin.art import Art, Look, Placement, art_noun, paint_art, place
from limner.render.builtin.dressing import SHOES, STANDING_LEGS, TROUSERS, draw_elder_face, dressed
from limner.render.builtin.elders import STANDING, elder_face
from limner.render.builtin.facing import art_facing, mirrored
from limner.render.builtin.pen import round_stroke
from limner.render.builtin.profile import PROFILE_HIP, PROFILES
from limner.render.builtin.scene import Scene
from limner.render.builtin.seated import HIP, Legs
from limner.render.builtin.staging import Staging

Box = tuple[float, float, float, float]

#: Of the rider's height (its standing figure's): how far the thigh reaches forward and down to the
#: knee, how far the shin drops, how thick the leg is, and how long the shoe is.
THIGH_FORWARD = 0.13
THIGH_DROP = 0.1
SHIN_DROP = 0.2
LEG_THICK = 0.085
SHOE_LENGTH = 0.085
#: How far the hips sink into the mount's back (share of the rider's height): contact, not a gap.
HIP_SINK = 0.02


def seated_placement(standing: Placement, hip: float, back: float, sink: float = HIP_SINK) -> Placement:
    """``standing`` (a figure placed standing) moved so that its hips (``hip``: share of its ink
    height from the top) sit on the y ``back``, cut below the hips."""
    x0, y0, x1, y1 = standing.ink
    height = y1 - y0
    shift = back + height * sink - (y0 + height * hip)
    ink = (x0, y0 + shift, x1, y1 + shift)
    cut = y0 + shift + height * hip + height * 0.03
    return dataclasses.replace(standing, dy=standing.dy + shift, ink=ink, clip_bottom=cut, clip_top=None)


def draw_near_leg(
    canvas: skia.Canvas, hips: tuple[float, float], height: float, forward: float, legs: Legs
) -> Box:
    """The rider's near leg from ``hips`` (x, y) down the mount's flank toward ``forward`` (+1 right,
    -1 left), ``height`` the rider's standing height; returns the rect it covers."""
    hx, hy = hips
    thick = height * LEG_THICK
    knee = (hx + forward * height * THIGH_FORWARD, hy + height * THIGH_DROP)
    ankle = (knee[0] - forward * height * 0.025, knee[1] + height * SHIN_DROP)
    leg = skia.Path()
    leg.moveTo(hx, hy - thick * 0.3)
    leg.lineTo(*knee)
    leg.lineTo(*ankle)
    paint = round_stroke(legs.trousers, thick)
    canvas.drawPath(leg, paint)
    shoe_h = thick * 0.75
    sx0, sx1 = sorted((ankle[0] - forward * thick * 0.55, ankle[0] + forward * height * SHOE_LENGTH))
    sole = ankle[1] + shoe_h * 0.5
    rect = skia.RRect.MakeRectXY(
        skia.Rect.MakeLTRB(sx0, sole - shoe_h, sx1, sole), shoe_h * 0.45, shoe_h * 0.45
    )
    canvas.drawRRect(rect, skia.Paint(Color=skia.Color(*legs.shoes), AntiAlias=True))
    xs = (hx - thick, knee[0] + thick, sx0, sx1)
    return (min(xs), hy - thick, max(xs), sole)


def draw_astride(
    canvas: skia.Canvas,
    element: Element,
    choice: ArtChoice,
    art: Art,
    look: Look,
    box: Box,
    staging: Staging,
    scene: Scene,
) -> None:
    """A person riding an animal astride: its upper body on the mount's back (the
    bottom of its ``box``), its near leg down the mount's flank, facing the way the mount goes (seen
    side on where the art has a profile; an old person keeps the front view, and its old face)."""
    mount = staging.mount
    assert mount is not None
    mount_choice = resolve_art(art_noun(mount))
    mount_staging = scene.staging.get(mount.id, Staging())
    mount_mirror = mirrored(mount, mount_choice.file, "right" if mount_staging.figure else None)
    forward = -1.0 if (art_facing(mount_choice.file) == "left") != mount_mirror else 1.0
    upright = dataclasses.replace(look, stands=True, fill=False, sink=0.0)
    x0, y0, x1, y1 = box
    bust = drawn_whole(choice.emoji)
    face = None if bust or not choice.emoji.startswith(STANDING) else elder_face(element)
    if bust:
        tall = y1 - y0
        placement = place(art, (x0, y0, x1, y0 + tall * BUST_SHARE), upright)
        placement = seated_placement(placement, 0.97, y1)
        hip_x = (placement.ink[0] + placement.ink[2]) / 2
        legs = Legs(TROUSERS, SHOES)
    else:
        standing = place(art, box, upright)
        tall = standing.ink[3] - standing.ink[1]
        side = PROFILES.get(choice.emoji) if face is None else None
        file = svg_file_for(side) if side is not None else None
        hip = HIP
        if side is not None and file is not None:  # side on, turned the way the mount goes
            turned = dataclasses.replace(choice, emoji=side, file=file)
            art = dressed(element, turned, staging, scene)[0]
            middle = (standing.ink[0] + standing.ink[2]) / 2
            frame = (middle - tall, standing.ink[1], middle + tall, standing.ink[3])
            standing = place(art, frame, upright, mirror=(forward > 0) == (art_facing(file) == "left"))
            hip = PROFILE_HIP
        else:
            standing = place(art, box, upright, mirror=forward < 0)
        placement = seated_placement(standing, hip, y1)
        hip_x = (placement.ink[0] + placement.ink[2]) / 2
        legs = STANDING_LEGS
    sprites = scene.memo.sprites if scene.memo is not None else None
    paint_art(canvas, art, placement, upright, scene.unit, scene.vector, sprites)
    if face is not None:
        ix0, iy0, ix1, _ = placement.ink
        draw_elder_face(canvas, face, (ix0, iy0, ix1, iy0 + tall), placement.mirror, upright, scene)
    hip_y = placement.ink[1] + tall * (0.97 * BUST_SHARE if bust else HIP)
    draw_near_leg(canvas, (hip_x, hip_y), tall, forward, legs)


__all__ = ["HIP_SINK", "draw_astride", "draw_near_leg", "seated_placement"]
