"""Draws one of a pair in a dance hold or hand in hand (:mod:`.couples`): both figures' armless art
placed where the hold puts them (each of the pair works out the other's place the same way), its
shadow, its body and the arms drawn on its turn."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

import skia

from limner.assets.art import ArtChoice, resolve_art, svg_file_for
from limner.plan.model import Element
from limner.render.builtin.armless import armless_art
from limner.render.builtin.art import art_noun, paint_art, pixel_box, place
from limner.render.builtin.couples import (
    Figure,
    dance_around,
    dance_behind,
    dance_joined,
    dance_shift,
    hand_in_hand,
    hands_shift,
    moved,
)
from limner.render.builtin.dressing import dressed, plan_color
from limner.render.builtin.facing import art_facing
from limner.render.builtin.partners import Partner
from limner.render.builtin.profile import PROFILES
from limner.render.builtin.scene import Scene
from limner.render.builtin.staging import Staging

Box = tuple[float, float, float, float]
Shadows = Callable[[skia.Canvas, Staging, Box, float], None]


def armless_figure(
    element: Element, choice: ArtChoice, toward: float, scene: Scene, box: Box | None = None
) -> Figure | None:
    """``element`` armless in its box (``box`` in pixels where it is drawn elsewhere): side on (its
    walking art) turned ``toward``, or (``toward`` 0) its standing art facing the viewer; None when
    its art has no armless form."""
    staging = scene.staging.get(element.id, Staging())
    emoji = PROFILES.get(choice.emoji) if toward else choice.emoji
    file = svg_file_for(emoji) if emoji is not None else None
    if emoji is None or file is None:
        return None
    turned = dataclasses.replace(choice, emoji=emoji, file=file)
    look = dressed(element, turned, staging, scene)[1]
    armless = armless_art(file, plan_color(element, turned), look.outline, look.fade)
    if armless is None:
        return None
    mirror = bool(toward) and (toward > 0) == (art_facing(file) == "left")
    where = pixel_box(element, scene.width, scene.height) if box is None else box
    placement = place(armless.art, where, look, mirror=mirror)
    return Figure(armless, placement, toward, look)


def draw_held(
    canvas: skia.Canvas, element: Element, choice: ArtChoice, partner: Partner, scene: Scene, shadows: Shadows
) -> bool:
    """Draw ``element``, one of a pair in a dance hold or hand in hand; False (nothing drawn) when
    either's art has no armless form."""
    dance = partner.hold == "dance"
    other = partner.other
    me = armless_figure(element, choice, partner.toward if dance else 0.0, scene)
    them = armless_figure(other, resolve_art(art_noun(other)), -partner.toward if dance else 0.0, scene)
    if me is None or them is None:
        return False
    if dance:
        me_dx, them_dx = dance_shift(me.ink, them.ink, me.toward), dance_shift(them.ink, me.ink, them.toward)
    else:
        me_dx, them_dx = hands_shift(me.ink, them.ink), hands_shift(them.ink, me.ink)
    me = dataclasses.replace(me, placement=moved(me.placement, me_dx))
    them = dataclasses.replace(them, placement=moved(them.placement, them_dx))
    shadows(canvas, scene.staging.get(element.id, Staging()), me.ink, scene.unit)
    if dance:
        dance_behind(canvas, me, them, partner.first)
    sprites = scene.memo.sprites if scene.memo is not None else None
    paint_art(canvas, me.armless.art, me.placement, me.look, scene.unit, scene.vector, sprites)
    if dance:
        dance_around(canvas, me, them, partner.first)
        dance_joined(canvas, me, them, partner.first)
    else:
        hand_in_hand(canvas, me, them)
    return True


__all__ = ["armless_figure", "draw_held"]
