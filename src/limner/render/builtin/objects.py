"""One object in its scene: shadow first, then furniture or art, standing, mirrored, faded and kept
visible as the staging and the backdrop beneath it ask."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
import skia

from limner.assets.anchors import BUST_SHARE
from limner.assets.art import ArtChoice, drawn_whole, resolve_art
from limner.plan.model import Element, Plan
from limner.render.builtin.art import RIDER_SINK, Art, Look, art_noun, load_art, paint_art, pixel_box, place
from limner.render.builtin.backdrop import Backdrop
from limner.render.builtin.colors import RGB, element_color
from limner.render.builtin.facing import mirrored
from limner.render.builtin.furniture import draw_furniture, furniture_color
from limner.render.builtin.memo import RenderMemo
from limner.render.builtin.occupants import Cab, cab_of, draw_occupant
from limner.render.builtin.seated import (
    Box,
    Figure,
    Legs,
    Move,
    can_sit,
    draw_lying,
    draw_sitting,
    sitting_move,
)
from limner.render.builtin.shadow import AIR_ALPHA, CONTACT_ALPHA, draw_shadow
from limner.render.builtin.staging import Staging, stage_elements
from limner.render.builtin.visibility import Visibility, adapt, mean_under

#: Tallest contact shadow, in line units (wide furniture keeps a thin shadow).
SHADOW_MAX_HEIGHT = 9
#: Steps per unit of atmospheric fade.
FADE_STEPS = 20
#: The legs a half figure (a role emoji: cook, farmer, teacher …) is given to stand whole: trousers
#: and shoes of the standing-person art's family, each leg this share of the bust's ink width.
TROUSERS: RGB = (124, 128, 142)
SHOES: RGB = (84, 64, 110)
LEG_WIDTH = 0.19
LEG_GAP = 0.05
#: The standing-person art's own trousers and shoes (a sitter's legs are drawn apart, from the side).
STANDING_LEGS = Legs(trousers=(155, 155, 155), shoes=(83, 53, 102))


@dataclass(frozen=True)
class Scene:
    """What the object pass knows before drawing any object."""

    backdrop: Backdrop
    staging: dict[str, Staging]
    #: Mean backdrop colours under the upper and lower halves of each object's box.
    under: dict[str, tuple[RGB, RGB]]
    width: int
    height: int
    #: Drawing is recorded for SVG (no pixels to post-process: halos stay skia layer filters).
    vector: bool = False
    #: The renderer's memo tables (haloed art kept between renders), if it keeps any.
    memo: RenderMemo | None = None

    @property
    def unit(self) -> float:
        return max(1.0, 0.004 * min(self.width, self.height))


def prepare_scene(
    plan: Plan,
    backdrop: Backdrop,
    pixels: npt.NDArray[np.uint8],
    width: int,
    height: int,
    vector: bool = False,
    memo: RenderMemo | None = None,
) -> Scene:
    """Stage every object and sample the backdrop under it (``pixels`` hold the finished backdrop)."""
    under = {
        e.id: mean_under(pixels, pixel_box(e, width, height)) for e in plan.elements if e.kind == "object"
    }
    return Scene(
        backdrop=backdrop,
        staging=stage_elements(plan, backdrop, height),
        under=under,
        width=width,
        height=height,
        vector=vector,
        memo=memo,
    )


def _look(staging: Staging, visibility: Visibility, backdrop: Backdrop) -> Look:
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


def _shadows(
    canvas: skia.Canvas, staging: Staging, ink: tuple[float, float, float, float], unit: float
) -> None:
    x0, _, x1, y1 = ink
    w = x1 - x0
    if staging.contact:  # centred a little below the contact line: its upper half hides behind the thing
        height = max(unit * 4, min(w * 0.18, unit * SHADOW_MAX_HEIGHT))
        draw_shadow(canvas, (x0 + x1) / 2, y1 + height * 0.15, w * 1.1, CONTACT_ALPHA, height=height)
    if staging.air_shadow_y is not None:
        draw_shadow(
            canvas, (x0 + x1) / 2, staging.air_shadow_y, w * 0.6, AIR_ALPHA, height=max(unit * 2, w * 0.08)
        )


def _legs(canvas: skia.Canvas, bust: tuple[float, float, float, float], ground: float, unit: float) -> None:
    """Two trouser legs and shoes from just under the bottom of a bust's ``bust`` ink to ``ground``."""
    x0, _, x1, top = bust
    width, mid = x1 - x0, (x0 + x1) / 2
    leg, gap = width * LEG_WIDTH, width * LEG_GAP
    shoe_h = max(unit * 2, (ground - top) * 0.1)
    trousers = skia.Paint(Color=skia.Color(*TROUSERS), AntiAlias=True)
    shoes = skia.Paint(Color=skia.Color(*SHOES), AntiAlias=True)
    for left in (mid - gap / 2 - leg, mid + gap / 2):
        leg_rect = skia.Rect.MakeLTRB(left, top - unit * 4, left + leg, ground - shoe_h * 0.6)
        canvas.drawRRect(skia.RRect.MakeRectXY(leg_rect, leg * 0.2, leg * 0.2), trousers)
        shoe = skia.Rect.MakeLTRB(left - leg * 0.08, ground - shoe_h, left + leg * 1.08, ground)
        canvas.drawRRect(skia.RRect.MakeRectXY(shoe, shoe_h * 0.45, shoe_h * 0.45), shoes)


def _seat_and_figure(
    art: Art, look: Look, box: Box, staging: Staging, bust: bool, scene: Scene, mirror: bool
) -> tuple[Box, Figure]:
    """The pixel seat of a sitter and its figure as placed standing in its pixel ``box``."""
    assert staging.seat is not None
    x0, y0, x1, y1 = staging.seat
    seat = (x0 * scene.width, y0 * scene.height, x1 * scene.width, y1 * scene.height)
    bx0, by0, bx1, by1 = box
    placement = place(art, (bx0, by0, bx1, by0 + (by1 - by0) * BUST_SHARE) if bust else box, look, mirror)
    height = by1 - by0 if bust else placement.ink[3] - placement.ink[1]
    return seat, Figure(art, placement.ink, abs(placement.sy), mirror, height)


def carried_move(carrier: Element, scene: Scene) -> Move | None:
    """How a figure that sits moves what it holds or wears (None when it does not sit): its
    figure placed as its own drawing places it (:func:`_seated`)."""
    staging = scene.staging.get(carrier.id, Staging())
    choice = resolve_art(art_noun(carrier))
    if staging.seat is None or staging.lies or staging.vehicle is not None or not can_sit(choice.emoji):
        return None
    look = Look(stands=staging.stands, fill=staging.fill)
    mirror = mirrored(carrier, choice.file, "right" if staging.figure else None)
    bust = drawn_whole(choice.emoji)
    box = pixel_box(carrier, scene.width, scene.height)
    seat, figure = _seat_and_figure(load_art(choice.file, None), look, box, staging, bust, scene, mirror)
    return sitting_move(figure, seat, bust)


def _seated(
    canvas: skia.Canvas,
    art: Art,
    look: Look,
    box: Box,
    staging: Staging,
    bust: bool,
    scene: Scene,
    mirror: bool,
    forward: float,
) -> None:
    """A person sitting or lying on ``staging.seat``, sized from its own pixel ``box``."""
    seat, figure = _seat_and_figure(art, look, box, staging, bust, scene, mirror)
    if not staging.lies:
        legs = Legs(TROUSERS, SHOES) if bust else STANDING_LEGS
        draw_sitting(canvas, figure, seat, look, scene.unit, legs, bust, forward)
        return
    flat = dataclasses.replace(look, halo=None)  # turned: no cached halo sprite

    def whole(target: skia.Canvas, frame: Box) -> None:
        fx0, fy0, fx1, fy1 = frame
        if not bust:
            paint_art(target, art, place(art, frame, flat, mirror), flat, scene.unit)
            return
        upper = place(art, (fx0, fy0, fx1, fy0 + (fy1 - fy0) * BUST_SHARE), flat, mirror)
        _legs(target, upper.ink, fy1, scene.unit)
        paint_art(target, art, upper, flat, scene.unit)

    draw_lying(canvas, figure, seat, scene.unit, whole)


def _occupant(
    canvas: skia.Canvas, art: Art, look: Look, staging: Staging, cab: Cab, scene: Scene, share: float | None
) -> None:
    """Someone in a vehicle, in its window: the vehicle's ink box found as its drawing found it;
    ``share`` as :func:`draw_occupant` takes it."""
    assert staging.vehicle is not None
    vehicle = staging.vehicle
    file = resolve_art(art_noun(vehicle)).file
    carrier = scene.staging.get(vehicle.id, Staging())
    vehicle_look = Look(stands=carrier.stands, fill=carrier.fill)
    mirror = mirrored(vehicle, file, "right" if carrier.figure else None)
    box = pixel_box(vehicle, scene.width, scene.height)
    ink = place(load_art(file, None), box, vehicle_look, mirror=mirror).ink
    draw_occupant(canvas, art, look, ink, cab, staging.place, mirror, scene.unit, share)


def draw_scene_object(canvas: skia.Canvas, element: Element, scene: Scene) -> ArtChoice:
    """Draw one object element in its scene; returns the art choice (for substitution notes)."""
    choice = resolve_art(art_noun(element))
    staging = scene.staging.get(element.id, Staging())
    under = scene.under.get(element.id, (scene.backdrop.color, scene.backdrop.color))
    color = element_color(element.attributes)
    if element.attributes.get("color_implied") is True and choice.exact:
        color = None  # a colour the reasoner only implied: the art's own (a penguin keeps its white belly)
    box = pixel_box(element, scene.width, scene.height)
    if staging.carrier is not None and (move := carried_move(staging.carrier, scene)) is not None:
        box = move.box(box)  # held or worn by someone sitting down: it comes along
    if choice.furniture is not None:
        visibility = adapt(color or furniture_color(choice.furniture), under)
        _shadows(canvas, staging, box, scene.unit)
        draw_furniture(canvas, choice.furniture, box, color, visibility.outline)
        return choice
    base = load_art(choice.file, color)
    visibility = adapt(color or base.mean, under)
    look = _look(staging, visibility, scene.backdrop)
    art = base
    if visibility.outline is not None or look.fade is not None:
        art = load_art(choice.file, color, visibility.outline, look.fade)
    mirror = mirrored(element, choice.file, "right" if staging.figure else None)
    if staging.vehicle is not None and (cab := cab_of(art_noun(staging.vehicle))) is not None:
        share = BUST_SHARE if drawn_whole(choice.emoji) else 1.0 if can_sit(choice.emoji) else None
        _occupant(canvas, art, look, staging, cab, scene, share)
        return choice
    if staging.seat is not None and can_sit(choice.emoji):
        forward = -1.0 if element.attributes.get("facing") == "left" else 1.0
        _seated(canvas, art, look, box, staging, drawn_whole(choice.emoji), scene, mirror, forward)
        return choice
    if drawn_whole(choice.emoji) and not staging.rides:
        # Drawn whole, as the bust anchors assume: head and shoulders on top, legs below.
        x0, y0, x1, y1 = box
        placement = place(art, (x0, y0, x1, y0 + (y1 - y0) * BUST_SHARE), look, mirror=mirror)
        ix0, _, ix1, iy1 = placement.ink
        inset = (ix1 - ix0) * (0.5 - LEG_WIDTH - LEG_GAP / 2)
        _shadows(canvas, staging, (ix0 + inset, iy1, ix1 - inset, y1), scene.unit)
        _legs(canvas, placement.ink, y1, scene.unit)
    else:
        placement = place(art, box, look, mirror=mirror)
        _shadows(canvas, staging, placement.ink, scene.unit)
    sprites = scene.memo.sprites if scene.memo is not None else None
    paint_art(canvas, art, placement, look, scene.unit, scene.vector, sprites)
    return choice


__all__ = ["FADE_STEPS", "Scene", "carried_move", "draw_scene_object", "prepare_scene"]
