"""How a thing's art is dressed for its scene: in the plan's colour, outlined or haloed to stay visible
on what lies under it, faded into the distance; the trousers and shoes drawn under a figure; and an
old person's face over a standing figure's head."""

from __future__ import annotations

import dataclasses

import skia

from limner.assets.art import ArtChoice, svg_file_for
from limner.plan.model import Element
from limner.render.builtin.art import RIDER_SINK, Art, Look, load_art, paint_art, place
from limner.render.builtin.backdrop import Backdrop
from limner.render.builtin.colors import RGB, element_color
from limner.render.builtin.elders import face_box
from limner.render.builtin.ownprops import dropped_fills
from limner.render.builtin.scene import Scene
from limner.render.builtin.seated import Legs
from limner.render.builtin.staging import Staging
from limner.render.builtin.tints import has_hue, tint_of
from limner.render.builtin.visibility import Visibility, adapt

Box = tuple[float, float, float, float]

#: Steps per unit of atmospheric fade.
FADE_STEPS = 20
#: The legs a half figure (a role emoji: cook, farmer, teacher …) is given to stand whole: trousers
#: and shoes of the standing-person art's family.
TROUSERS: RGB = (124, 128, 142)
SHOES: RGB = (84, 64, 110)
#: The standing-person art's own trousers and shoes (a sitter's legs are drawn apart from its art).
STANDING_LEGS = Legs(trousers=(155, 155, 155), shoes=(83, 53, 102))


def look_of(staging: Staging, visibility: Visibility, backdrop: Backdrop) -> Look:
    fade = None
    share = round(staging.fade * FADE_STEPS) / FADE_STEPS  # few steps: faded art is cached per step
    if share > 0 and backdrop.haze is not None:
        fade = (backdrop.haze, share)
    return Look(
        stands=staging.stands,
        fill=staging.fill,
        outline=visibility.outline,
        halo=visibility.halo,
        fade=fade,
        sink=RIDER_SINK if staging.rides else 0.0,
    )


def plan_color(element: Element, choice: ArtChoice) -> RGB | None:
    """The colour the plan gives ``element`` (None: the art's own)."""
    if element.attributes.get("color_implied") is True and choice.exact:
        return None  # a colour the reasoner only implied: the art's own (a penguin keeps its white belly)
    color = element_color(element.attributes)
    if color is not None and element.attributes.get("color_implied") is True and has_hue(choice.file, color):
        return None  # implied, and the stand-in art has it already (a potted plant's green leaves)
    return color or (None if choice.exact else tint_of(element.noun))


def dressed(element: Element, choice: ArtChoice, staging: Staging, scene: Scene) -> tuple[Art, Look]:
    """The art of ``element`` in its plan colour, kept visible on its backdrop, and how it is drawn."""
    under = scene.under.get(element.id, (scene.backdrop.color, scene.backdrop.color))
    color = plan_color(element, choice)
    drop = dropped_fills(choice.emoji, scene.props)  # the picture draws its board already
    base = load_art(choice.file, color, None, None, drop) if drop else load_art(choice.file, color)
    visibility = adapt(color or base.mean, under)
    look = look_of(staging, visibility, scene.backdrop)
    if visibility.outline is not None or look.fade is not None:
        return load_art(choice.file, color, visibility.outline, look.fade, drop), look
    return base, look


def draw_elder_face(
    canvas: skia.Canvas,
    face: str,
    ink: Box,
    mirror: bool,
    look: Look,
    scene: Scene,
    target: skia.Canvas | None = None,
) -> None:
    """An old person's face (👴 👵 🧓) over the head of the standing figure whose whole ink is ``ink``
    (on ``target`` when given: a turned canvas, drawn directly)."""
    file = svg_file_for(face)
    if file is None:  # pragma: no cover - OpenMoji ships all three
        return
    art = load_art(file, None, look.outline, look.fade)
    upright = dataclasses.replace(look, stands=True, fill=False, sink=0.0)
    placed = place(art, face_box(ink), upright, mirror=mirror)
    if target is not None:
        paint_art(target, art, placed, dataclasses.replace(look, halo=None), scene.unit)
        return
    sprites = scene.memo.sprites if scene.memo is not None else None
    paint_art(canvas, art, placed, look, scene.unit, scene.vector, sprites)


__all__ = [
    "FADE_STEPS",
    "SHOES",
    "STANDING_LEGS",
    "TROUSERS",
    "draw_elder_face",
    "dressed",
    "look_of",
    "plan_color",
]
