"""One object in its scene: shadow first, then furniture or art, standing, mirrored, faded and kept
visible as the staging and the backdrop beneath it ask."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

import skia

from limner.assets.anchors import BUST_SHARE
from limner.assets.art import ArtChoice, drawn_whole, furniture_kind, ink_aspect, resolve_art, svg_file_for
from limner.plan.model import Element
from limner.render.builtin.actions import draw_wag, wags
from limner.render.builtin.animalbody import body_for, body_ink, head_box, paint_bodied
from limner.render.builtin.arches import ARCHES, arch_kind
from limner.render.builtin.art import (
    Art,
    Look,
    Placement,
    art_noun,
    load_art,
    paint_art,
    pixel_box,
    place,
)
from limner.render.builtin.astride import draw_astride
from limner.render.builtin.backdrop import Backdrop
from limner.render.builtin.bridge import BRIDGES, bridge_kind, spanning
from limner.render.builtin.burning import burning, draw_flames
from limner.render.builtin.candles import cake_top, candle_box
from limner.render.builtin.cart import CARTS, draw_cart, hitch_point, wheels_of
from limner.render.builtin.colors import RGB, element_color
from limner.render.builtin.cyclists import Cyclist
from limner.render.builtin.dining import cloth_rect, draw_clothed_table, draw_places
from limner.render.builtin.dressing import (
    FADE_STEPS,
    SHOES,
    STANDING_LEGS,
    TROUSERS,
    draw_elder_face,
    dressed,
    plan_color,
)
from limner.render.builtin.elders import STANDING, elder_face
from limner.render.builtin.facing import art_facing, mirrored
from limner.render.builtin.furniture import draw_furniture, furniture_color, furniture_pen
from limner.render.builtin.gait import gait_of, head_shift, stride_box
from limner.render.builtin.goods import draw_pile
from limner.render.builtin.gusts import GUSTS, draw_gusts
from limner.render.builtin.hammock import bed as hammock_bed
from limner.render.builtin.hammock import draw_hammock
from limner.render.builtin.hammock import front_clip as hammock_front
from limner.render.builtin.heldpair import draw_held
from limner.render.builtin.hills import HILLS, draw_hill, on_brow
from limner.render.builtin.housed import SANDBOXES, front_board, in_doorway, in_sand
from limner.render.builtin.inbed import bed_seat, tuck_in
from limner.render.builtin.kiteflyer import draw_flyer
from limner.render.builtin.lamps import LAMPS, lamp_kind
from limner.render.builtin.ledges import HUNG
from limner.render.builtin.longtools import held_tool_box, long_tool
from limner.render.builtin.neon import NEON_KINDS, WRITTEN
from limner.render.builtin.occupants import BOATS, Cab, cab_of, draw_occupant
from limner.render.builtin.outdoor import PIERS
from limner.render.builtin.partners import EDGE, SKIN, Partner, apart, draw_arm
from limner.render.builtin.pen import Pen
from limner.render.builtin.profile import PROFILE_BREADTH, PROFILE_HIP, PROFILES, profile_of
from limner.render.builtin.resting import (
    LYING_POSES,
    face_only,
    leg_share,
    lies_down,
    loaf_ink,
    lying_ink,
    paint_face_lying,
    paint_lying,
)
from limner.render.builtin.scene import Scene, prepare_scene
from limner.render.builtin.seated import (
    CHAIRS,
    LAP,
    SEAT_EMOJI,
    SHIN,
    STILL,
    STRETCH_SEATS,
    Box,
    Figure,
    Legs,
    Move,
    can_sit,
    draw_lying,
    draw_sitting,
    fitted_chair,
    seat_top,
    sitting_move,
)
from limner.render.builtin.shadow import AIR_ALPHA, CONTACT_ALPHA, draw_shadow
from limner.render.builtin.shoulders import draw_on_shoulders
from limner.render.builtin.signpost import draw_signpost, plate_box, plate_of, post_box, written_on
from limner.render.builtin.spread import RUGS, spread_area
from limner.render.builtin.stage import draw_curtain
from limner.render.builtin.staging import Staging
from limner.render.builtin.stall import STALLS
from limner.render.builtin.stroller import STROLLERS, stroller_box
from limner.render.builtin.structures import OPENED
from limner.render.builtin.swimming import draw_ripples, waterline
from limner.render.builtin.visibility import adapt
from limner.render.builtin.wallboard import FIXTURE as BOARD_FIXTURE
from limner.render.builtin.wallboard import draw_writing_arm, is_wall_board
from limner.render.builtin.waters import WATERS
from limner.render.builtin.wheelchair import SideSeat, facing, front_clip, seat_box, side_seat

#: Tallest contact shadow, in line units (wide furniture keeps a thin shadow).
SHADOW_MAX_HEIGHT = 9
#: The legs a half figure (a role emoji) is given to stand whole (:data:`.dressing.TROUSERS`): each
#: leg this share of the bust's ink width.
LEG_WIDTH = 0.19
LEG_GAP = 0.05
#: How much taller than the plan's box a boat with people in it may be drawn (its sail rising).
HULL_GROWTH = 1.7
#: Someone lying on a spread blanket is at most this share of its width long.
SPREAD_LENGTH = 0.9


def _code_outline(element: Element, kind: str, color: RGB | None, scene: Scene) -> RGB | None:
    """The outline a thing drawn in code takes to stay visible on what lies beneath it (None: its own)."""
    under = scene.under.get(element.id, (scene.backdrop.color, scene.backdrop.color))
    return adapt(color or furniture_color(kind), under).outline


def _hammock_frame(hammock: Element, scene: Scene) -> tuple[Box, tuple[float, float] | None]:
    """The pixel box a hammock is drawn in and the xs its ropes are tied to: the trunks (box middles)
    of the two things it hangs between, when they stand either side of it, else None (its own posts)."""
    box = pixel_box(hammock, scene.width, scene.height)
    pair = scene.staging.get(hammock.id, Staging()).between
    if pair is None:
        return box, None
    xs = sorted((e.box[0] + e.box[2]) / 2 * scene.width for e in pair)
    middle = (box[0] + box[2]) / 2
    if not xs[0] < middle < xs[1]:
        return box, None
    return (xs[0], box[1], xs[1], box[3]), (xs[0], xs[1])


def _draw_hammock(canvas: skia.Canvas, hammock: Element, scene: Scene, clip: float | None = None) -> Box:
    """Draw ``hammock`` (see :func:`_hammock_frame`); with ``clip``, only its cloth below that y (its
    front lip, over someone lying in it). Returns the box it is drawn in."""
    box, ends = _hammock_frame(hammock, scene)
    color = element_color(hammock.attributes)
    pen = furniture_pen("hammock", box, color, _code_outline(hammock, "hammock", color, scene))
    if clip is None:
        draw_hammock(canvas, box, pen, ends)
        return box
    canvas.save()
    canvas.clipPath(hammock_front(box, clip), doAntiAlias=True)
    draw_hammock(canvas, box, pen, ends)
    canvas.restore()
    return box


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
) -> tuple[Box, Figure, Move]:
    """The pixel seat of a sitter, its figure as placed standing in its pixel ``box`` (resized where
    its seat says how large it is), and the move from the figure in its box to that figure."""
    assert staging.seat is not None
    x0, y0, x1, y1 = staging.seat
    seat = (x0 * scene.width, y0 * scene.height, x1 * scene.width, y1 * scene.height)
    bx0, by0, bx1, by1 = box
    placement = place(art, (bx0, by0, bx1, by0 + (by1 - by0) * BUST_SHARE) if bust else box, look, mirror)
    height = by1 - by0 if bust else placement.ink[3] - placement.ink[1]
    figure = Figure(art, placement.ink, abs(placement.sy), mirror, height)
    resize = STILL
    spread = staging.seat_on is not None and scene.staging.get(staging.seat_on.id, Staging()).spread
    if spread and staging.lies:  # on a spread blanket: no longer than it
        figure, resize = figure.resized(min(1.0, (seat[2] - seat[0]) * SPREAD_LENGTH / max(height, 1e-6)))
    if (chair := _side_seat(staging, scene)) is not None:
        # on a seat drawn from the side (a wheelchair): its seat and footrest, and the size they make
        seat = seat_box(chair.seat, chair.placement.ink, chair.mirror)
        figure, resize = figure.resized((seat[3] - seat[1]) / SHIN / max(height, 1e-6))
    return seat, figure, resize


@dataclass(frozen=True)
class SideSeatArt:
    """A seat drawn from an emoji seen from the side (a wheelchair), as its own drawing draws it."""

    seat: SideSeat
    art: Art
    look: Look
    placement: Placement
    mirror: bool


def _side_seat(staging: Staging, scene: Scene) -> SideSeatArt | None:
    """The side-view seat ``staging`` sits on (a wheelchair), placed as drawn; None for other seats."""
    thing = staging.seat_on
    if thing is None or staging.lies:
        return None
    choice = resolve_art(art_noun(thing))
    seat = side_seat(choice.emoji)
    if seat is None or choice.furniture is not None:
        return None
    own = scene.staging.get(thing.id, Staging())
    art, look = dressed(thing, choice, own, scene)
    mirror = mirrored(thing, choice.file, "right" if own.figure else None)
    placement = place(art, pixel_box(thing, scene.width, scene.height), look, mirror=mirror)
    return SideSeatArt(seat, art, look, placement, mirror)


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
    seat, figure, resize = _seat_and_figure(
        load_art(choice.file, None), look, box, staging, bust, scene, mirror
    )
    return resize.then(sitting_move(figure, seat, bust, _stretched(staging)))


def _stretched(staging: Staging) -> bool:
    """Whether ``staging`` sits with its legs stretched out along its seat (sitting up on a bed)."""
    on = staging.seat_on
    return not staging.lies and on is not None and furniture_kind(art_noun(on)) in STRETCH_SEATS


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
    lap: float = LAP,
    breadth: float | None = None,
    face: str | None = None,
) -> None:
    """A person sitting or lying on ``staging.seat``, sized from its own pixel ``box``; an old
    person's ``face`` (:func:`.elders.elder_face`) over its head when given."""
    seat, figure, _ = _seat_and_figure(art, look, box, staging, bust, scene, mirror)
    if not staging.lies:
        legs = Legs(TROUSERS, SHOES) if bust else STANDING_LEGS
        chair = _side_seat(staging, scene)
        if chair is not None:
            forward = facing(chair.seat, chair.mirror)
        stretched = _stretched(staging)
        forward = 1.0 if stretched else forward  # along a bed, from its pillow at the left
        front = breadth is None and chair is None  # facing the viewer: legs hang down, not sideways
        draw_sitting(
            canvas, figure, seat, look, scene.unit, legs, bust, forward, lap, breadth, stretched, front
        )
        if face is not None and not bust:
            body = sitting_move(figure, seat, bust, stretched).box(figure.ink)
            draw_elder_face(canvas, face, body, mirror, look, scene)
        clip = None if chair is None else front_clip(chair.seat, chair.placement.ink, chair.mirror)
        if chair is not None and clip is not None:  # the chair's near wheel, in front of the hips
            canvas.save()
            canvas.clipPath(clip, doAntiAlias=True)
            paint_art(canvas, chair.art, chair.placement, chair.look, scene.unit)
            canvas.restore()
        return
    flat = dataclasses.replace(look, halo=None)  # turned: no cached halo sprite

    def whole(target: skia.Canvas, frame: Box) -> None:
        fx0, fy0, fx1, fy1 = frame
        if not bust:
            placed = place(art, frame, flat, mirror)
            paint_art(target, art, placed, flat, scene.unit)
            if face is not None:
                draw_elder_face(canvas, face, placed.ink, mirror, flat, scene, target)
            return
        upper = place(art, (fx0, fy0, fx1, fy0 + (fy1 - fy0) * BUST_SHARE), flat, mirror)
        _legs(target, upper.ink, fy1, scene.unit)
        paint_art(target, art, upper, flat, scene.unit)

    thing = staging.seat_on
    if staging.tucked and thing is not None:  # in bed: head on the pillow, under the blanket
        bed = pixel_box(thing, scene.width, scene.height)
        body = draw_lying(canvas, figure, bed_seat(bed, figure.height), scene.unit, whole)
        color = element_color(thing.attributes)
        tuck_in(
            canvas, bed, body, furniture_pen("bed", bed, color, _code_outline(thing, "bed", color, scene))
        )
        return
    thing = staging.seat_on
    if thing is None or resolve_art(art_noun(thing)).furniture != "hammock":
        draw_lying(canvas, figure, seat, scene.unit, whole)
        return
    # along the hammock's cloth, as long as it is; its lip, drawn again, holds the body
    body = draw_lying(
        canvas, figure, hammock_bed(_hammock_frame(thing, scene)[0]), scene.unit, whole, fit=True
    )
    _draw_hammock(canvas, thing, scene, clip=(body[1] + body[3]) / 2)


def _occupant(
    canvas: skia.Canvas, art: Art, look: Look, staging: Staging, cab: Cab, scene: Scene, share: float | None
) -> None:
    """Someone in a vehicle, in its window: the vehicle's ink box found as its drawing found it;
    ``share`` as :func:`draw_occupant` takes it."""
    assert staging.vehicle is not None
    vehicle = staging.vehicle
    choice = resolve_art(art_noun(vehicle))
    carrier = scene.staging.get(vehicle.id, Staging())
    vehicle_look = Look(stands=carrier.stands, fill=carrier.fill)
    box = pixel_box(vehicle, scene.width, scene.height)
    if choice.furniture is not None:  # drawn in code, filling its box (a stroller: its own shape)
        ink, mirror = _code_box(vehicle, choice.furniture, box), _turned(vehicle, choice.furniture)
    else:
        mirror = mirrored(vehicle, choice.file, "right" if carrier.figure else None)
        hull = load_art(choice.file, None)
        ink = place(hull, _boat_box(vehicle, choice, hull, box, scene), vehicle_look, mirror=mirror).ink
    draw_occupant(canvas, art, look, ink, cab, staging.place, mirror, scene.unit, share)


def _boat_box(element: Element, choice: ArtChoice, art: Art, box: Box, scene: Scene) -> Box:
    """The pixel box a boat people are in is drawn in: a long box the plan gave its hull is the
    sailboat's width, its sail rising above (at most :data:`HULL_GROWTH` times the box's height), so
    the people in it keep their size; other things (and empty boats) keep their ``box``."""
    if choice.emoji not in BOATS or not any(
        s.vehicle is not None and s.vehicle.id == element.id for s in scene.staging.values()
    ):
        return box
    x0, y0, x1, y1 = box
    bx0, by0, bx1, by1 = art.bounds
    tall = min((x1 - x0) * (by1 - by0) / max(bx1 - bx0, 1e-6), (y1 - y0) * HULL_GROWTH)
    return box if tall <= y1 - y0 else (x0, y1 - tall, x1, y1)


def _turned(element: Element, kind: str) -> bool:
    """Whether a thing drawn in code facing left (a stroller: its handle) is asked to face right."""
    return kind in STROLLERS and element.attributes.get("facing") == "right"


def _sits_on(staging: Staging, thing: Element) -> bool:
    """Whether ``staging`` is of someone sitting (not lying) on ``thing``."""
    on = staging.seat_on
    return staging.seat is not None and not staging.lies and on is not None and on.id == thing.id


def _fitted(chair: Element, box: Box, scene: Scene) -> Box:
    """The pixel box a chair someone sits on is drawn in: the one its sitter's seat was fitted to
    (:func:`limner.render.builtin.seated.fitted_chair`), else its own ``box``."""
    seat = next((s.seat for s in scene.staging.values() if _sits_on(s, chair)), None)
    top = seat_top(art_noun(chair))
    if seat is None or top is None or top >= 1.0:
        return box
    x0, y0, x1, y1 = seat
    x0, y0, x1, y1 = x0 * scene.width, y0 * scene.height, x1 * scene.width, y1 * scene.height
    return (x0, y1 - (y1 - y0) / (1.0 - top), x1, y1)


def _code_box(element: Element, kind: str, box: Box) -> Box:
    """Where a thing drawn in code goes in its pixel ``box``: all of it, but a stroller keeps its own
    shape (:func:`stroller_box`)."""
    return stroller_box(box, _turned(element, kind)) if kind in STROLLERS else box


def _over_water(box: Box, backdrop: Backdrop) -> bool:
    """Whether the bottom of ``box`` (where a pier's posts stand) lies in one of the setting's water
    layers."""
    low, high = box[3] - (box[3] - box[1]) * 0.3, box[3]
    return any(top < high and low < bottom for top, bottom in backdrop.water)


def _furniture(
    canvas: skia.Canvas, element: Element, kind: str, box: Box, color: RGB | None, scene: Scene
) -> None:
    """Draw a thing drawn in code (:mod:`.furniture`) in its pixel ``box``, as its staging and the
    setting ask: spread low on the ground, slung between what it hangs between, turned, or standing
    in the setting's water."""
    staging = scene.staging.get(element.id, Staging())
    outline = _code_outline(element, kind, color, scene)
    if staging.spread:  # flat on the floor or the ground, no shadow: low, across its box's bottom
        if kind in RUGS:
            draw_furniture(canvas, kind, spread_area(box), color, outline)
            return
        # a blanket on a picnic's grass is checked
        spread = kind if kind != "blanket" else "picnic blanket" if scene.backdrop.haze else "spread blanket"
        draw_furniture(canvas, spread, box, color, outline)
        return
    if kind in GUSTS:  # streaks of wind: no shadow, nothing stands on them
        draw_gusts(canvas, box, color)
        return
    if kind in HILLS:  # a broad rise of the ground, in the ground's colour
        grass = scene.under.get(element.id, (scene.backdrop.color, color or scene.backdrop.color))[1]
        grass = grass if scene.backdrop.grounded or color is None else color
        draw_hill(canvas, box, scene.width, scene.height, scene.backdrop.ground_line, grass)
        return
    if kind == "hammock":
        _shadows(canvas, staging, _hammock_frame(element, scene)[0], scene.unit)
        _draw_hammock(canvas, element, scene)
        return
    box = _code_box(element, kind, box)
    if staging.curtain and scene.backdrop.grounded and scene.backdrop.haze is None:  # indoors: a curtain
        draw_curtain(canvas, box, 0.0)
    if element.id in scene.opened:  # someone is inside: its doors open
        kind = OPENED.get(kind, kind)
    if kind in CHAIRS:
        box = _fitted(element, box, scene)
    if kind in LAMPS:  # on a desk or a table, else standing on the floor
        kind = lamp_kind(kind, not staging.alone)
    if kind in ARCHES:  # a garden arbour, or of stone in a town or a ruin
        kind = arch_kind(kind, element.noun, element.attributes.get("material"), scene.setting)
        if (frame := scene.arches.get(element.id)) is not None:  # around whoever stands under it
            box = (
                frame[0] * scene.width,
                frame[1] * scene.height,
                frame[2] * scene.width,
                frame[3] * scene.height,
            )
    if kind not in WATERS and kind not in HUNG:  # water lies flat, a sill hangs on the wall: no shadow
        _shadows(canvas, staging, box, scene.unit)
    if _turned(element, kind) or element.id in scene.turned:  # a stroller facing right, a can left
        canvas.save()
        canvas.translate(box[0] + box[2], 0.0)
        canvas.scale(-1.0, 1.0)
        draw_furniture(canvas, kind, box, color, outline)
        canvas.restore()
        return
    if kind in BRIDGES:  # stone, timber or steel: by the plan's material or colour, over the water
        kind = bridge_kind(kind, element.attributes.get("material"), color)
        box = spanning(box, scene.backdrop.water, scene.pools)
    if element.id in scene.laid:  # people sit behind it: a cloth hides their laps and chairs
        pen = furniture_pen(kind, box, color, outline)
        draw_clothed_table(canvas, box, pen)
        xs = tuple(x * scene.width for x in scene.places.get(element.id, ()))
        draw_places(canvas, box, xs, pen)  # a plate and a glass before each sitter: a meal
        return
    if kind in CARTS:  # shafts to whoever pulls it, else resting on the ground on its facing side
        _cart(canvas, element, kind, box, furniture_pen(kind, box, color, outline), scene)
        return
    if kind in PIERS and _over_water(box, scene.backdrop):
        kind = "boardwalk"  # the setting's water is its water: a deck on posts, no strip of its own
    draw_furniture(canvas, kind, box, color, outline)


def _cart(canvas: skia.Canvas, cart: Element, kind: str, box: Box, pen: Pen, scene: Scene) -> None:
    """A cart or wagon in its pixel ``box``, its shafts out to the flank of whoever the plan has pull
    it, else resting on the ground on the side it faces (left unless it faces right)."""
    pulling = scene.staging.get(cart.id, Staging()).hitched
    front = 1.0 if cart.attributes.get("facing") == "right" else -1.0
    hitch = None
    if pulling is not None:
        hitch, front = hitch_point(box, pixel_box(pulling, scene.width, scene.height))
    draw_cart(canvas, box, pen, wheels_of(kind), front, hitch)


#: Kinds drawn as the element's noun says even where the plan records a sense.
OWN_KINDS = NEON_KINDS | HUNG


def draw_scene_object(canvas: skia.Canvas, element: Element, scene: Scene) -> ArtChoice:
    """Draw one object element in its scene; returns the art choice (for substitution notes). A
    swimmer in the water shows above its waterline only, ripples around it."""
    # a neon sign or a window ledge is drawn as its noun says, not as the sense's placard or bare ledge
    own = element.kind == "object" and furniture_kind(element.noun) in OWN_KINDS
    choice = resolve_art(element.noun if own else art_noun(element))
    if (cyclist := scene.cyclists.get(element.id)) is not None:  # a bicycle and its rider, as one
        return _draw_cyclist(canvas, element, cyclist, choice, scene)
    if any(c.rider == element.id for c in scene.cyclists.values()):
        return choice  # drawn on its bicycle
    if element.id in scene.shelved or (is_wall_board(element) and BOARD_FIXTURE in scene.backdrop.fixtures):
        return choice  # drawn already: books in their bookcase's rows, the room's wall board
    pile = scene.piles.get(element.id)
    if pile is not None and choice.furniture not in STALLS:  # goods heaped on a stall's counter
        draw_pile(canvas, pile, scene.unit)
        return choice
    if choice.furniture is None and element.attributes.get("pose") == "swimming":
        box = pixel_box(element, scene.width, scene.height)
        swim = waterline(element, choice.emoji, box, scene.backdrop.water, scene.pools)
        if swim is not None:
            line, drop = swim
            under = scene.under.get(element.id, (scene.backdrop.color, scene.backdrop.color))[1]
            draw_ripples(canvas, box, line, under, scene.unit)
            canvas.save()
            canvas.clipRect(skia.Rect.MakeLTRB(0, 0, scene.width, line), doAntiAlias=True)
            canvas.translate(0, drop)
            _draw_object(canvas, element, choice, scene)
            canvas.restore()
            return choice
    if element.id in scene.topped and (top := cake_top(choice.file, choice.emoji)) is not None:
        ink = _art_ink(element, choice, scene)  # its own candles cut away: the plan's stand on it
        canvas.save()
        cut = ink[1] + (ink[3] - ink[1]) * top + scene.unit * 0.5
        canvas.clipRect(skia.Rect.MakeLTRB(0, cut, scene.width, scene.height))
        _draw_object(canvas, element, choice, scene)
        canvas.restore()
        return choice
    _draw_object(canvas, element, choice, scene)
    if pile is not None:  # the goods a stall's name says it sells
        draw_pile(canvas, pile, scene.unit)
    board = scene.writers.get(element.id)
    if board is not None and scene.staging.get(element.id, Staging()).seat is None:
        _writing_arm(canvas, element, choice, board, scene)  # at the wall's board, writing on it
    holder = scene.housed.get(element.id)
    if holder is not None and (kind := furniture_kind(art_noun(holder))) in SANDBOXES:
        canvas.save()  # its feet in the sand: the sandbox's front board over them
        canvas.clipRect(skia.Rect.MakeLTRB(*front_board(pixel_box(holder, scene.width, scene.height))))
        _furniture(canvas, holder, kind, pixel_box(holder, scene.width, scene.height), None, scene)
        canvas.restore()
    if burning(element, choice.emoji):
        draw_flames(canvas, element, choice, scene)
    return choice


def _writing_arm(
    canvas: skia.Canvas, element: Element, choice: ArtChoice, board: Element, scene: Scene
) -> None:
    """The arm of a person at the wall's ``board`` raised to it (:mod:`.wallboard`)."""
    if drawn_whole(choice.emoji):  # a bust on legs: its shoulders low in the bust's ink
        staging = scene.staging.get(element.id, Staging())
        x0, y0, x1, y1 = pixel_box(element, scene.width, scene.height)
        look = Look(stands=staging.stands, fill=staging.fill)
        mirror = mirrored(element, choice.file, "right" if staging.figure else None)
        art = load_art(choice.file, None)
        ink, shoulder = place(art, (x0, y0, x1, y0 + (y1 - y0) * BUST_SHARE), look, mirror).ink, 0.6
    elif can_sit(choice.emoji):  # a standing person
        ink, shoulder = _art_ink(element, choice, scene), 0.24
    else:
        return
    toward = 1.0 if (board.box[0] + board.box[2]) / 2 * scene.width > (ink[0] + ink[2]) / 2 else -1.0
    floor = scene.backdrop.horizon if scene.backdrop.horizon is not None else scene.height * 0.62
    draw_writing_arm(canvas, ink, shoulder, toward, (SKIN, EDGE), floor)


def _art_ink(element: Element, choice: ArtChoice, scene: Scene) -> Box:
    """Where the emoji art of ``element`` is drawn in its box as its staging places it (pixels)."""
    staging = scene.staging.get(element.id, Staging())
    mirror = mirrored(element, choice.file, "right" if staging.figure else None)
    look = Look(stands=staging.stands, fill=staging.fill)
    return place(load_art(choice.file, None), pixel_box(element, scene.width, scene.height), look, mirror).ink


def _on_cake(candle: Element, choice: ArtChoice, scene: Scene) -> Box | None:
    """The pixel box a candle on a cake drawing candles of its own stands in (:mod:`.candles`)."""
    cake, index, count = scene.candles[candle.id]
    cake_choice = resolve_art(art_noun(cake))
    top = cake_top(cake_choice.file, cake_choice.emoji)
    if top is None:
        return None
    x0, y0, x1, y1 = load_art(choice.file, None).bounds
    aspect = (x1 - x0) / max(y1 - y0, 1e-6)
    return candle_box(_art_ink(cake, cake_choice, scene), top, index, count, aspect)


def _draw_cyclist(
    canvas: skia.Canvas, bike: Element, cyclist: Cyclist, choice: ArtChoice, scene: Scene
) -> ArtChoice:
    """A bicycle and its rider drawn as one cyclist (🚴) in the box they take together."""
    file = svg_file_for(cyclist.emoji)
    if file is None:  # pragma: no cover - the art set draws all three
        _draw_object(canvas, bike, choice, scene)
        return choice
    drawn = dataclasses.replace(choice, emoji=cyclist.emoji, file=file)
    art, look = dressed(bike, drawn, scene.staging.get(bike.id, Staging()), scene)
    look = dataclasses.replace(look, stands=True, fill=False, sink=0.0)
    x0, y0, x1, y1 = cyclist.box
    box = (x0 * scene.width, y0 * scene.height, x1 * scene.width, y1 * scene.height)
    placement = place(art, box, look, mirror=mirrored(bike, file))
    _shadows(canvas, scene.staging.get(bike.id, Staging()), placement.ink, scene.unit)
    sprites = scene.memo.sprites if scene.memo is not None else None
    paint_art(canvas, art, placement, look, scene.unit, scene.vector, sprites)
    return choice


def _draw_object(canvas: skia.Canvas, element: Element, choice: ArtChoice, scene: Scene) -> None:
    """Draw ``element`` (its art ``choice``) as its staging asks."""
    staging = scene.staging.get(element.id, Staging())
    color = plan_color(element, choice)
    box = pixel_box(element, scene.width, scene.height)
    if staging.lap is not None:  # on a seated person's lap (:mod:`.laps`)
        x0, y0, x1, y1 = staging.lap.box
        box = (x0 * scene.width, y0 * scene.height, x1 * scene.width, y1 * scene.height)
    if staging.frame is not None:  # drawn in a box of its own (a stage: low, under all on it)
        x0, y0, x1, y1 = staging.frame
        box = (x0 * scene.width, y0 * scene.height, x1 * scene.width, y1 * scene.height)
    if staging.carrier is not None and long_tool(element):  # a broom: about as tall as its holder
        box = held_tool_box(
            box, pixel_box(staging.carrier, scene.width, scene.height), ink_aspect(art_noun(element))
        )
    if staging.carrier is not None and (move := carried_move(staging.carrier, scene)) is not None:
        box = move.box(box)  # held or worn by someone sitting down: it comes along
    elif staging.carrier is not None and (move := _striding_move(staging.carrier, scene)) is not None:
        box = move.box(box)  # … or by someone running or walking: with its head and hands
    elif staging.carrier is not None and (move := _bodied_move(staging.carrier, scene)) is not None:
        box = move.box(box)  # … or by an animal drawn on a body: with its face
    if element.id in scene.candles and (on_cake := _on_cake(element, choice, scene)) is not None:
        box = on_cake  # a candle standing in a cake's frosting
    if (holder := scene.housed.get(element.id)) is not None:  # in a barn's doorway, a sandbox's sand
        held = pixel_box(holder, scene.width, scene.height)
        if furniture_kind(art_noun(holder)) in SANDBOXES:
            box = in_sand(held, box)
        else:
            aspect = (element.box[2] - element.box[0]) * scene.width
            aspect /= max((element.box[3] - element.box[1]) * scene.height, 1e-6)
            box = in_doorway(held, aspect, furniture_kind(art_noun(holder)))
    if staging.drop > 0:  # on a blanket spread on the ground: down onto it
        drop = staging.drop * scene.height
        box = (box[0], box[1] + drop, box[2], box[3] + drop)
    if (hill := scene.hills.get(element.id)) is not None:  # on a hill: on its brow where it stands
        size = (float(scene.width), float(scene.height))
        box = on_brow(box, pixel_box(hill, scene.width, scene.height), size, scene.backdrop.ground_line)
    if element.id in scene.fishbowls:  # a goldfish in a bowl: a glass bowl of water, not a cereal bowl
        _furniture(canvas, element, "fishbowl", box, element_color(element.attributes), scene)
        return
    if choice.furniture in NEON_KINDS and written_on(box, list(scene.texts), scene.width, scene.height):
        _furniture(canvas, element, WRITTEN, box, color, scene)  # the words are its lit tubes
        return
    if choice.furniture is not None:
        _furniture(canvas, element, choice.furniture, box, color, scene)
        return
    art, look = dressed(element, choice, staging, scene)
    mirror = mirrored(element, choice.file, "right" if staging.figure else None)
    if staging.vehicle is not None and (cab := cab_of(art_noun(staging.vehicle))) is not None:
        share = BUST_SHARE if drawn_whole(choice.emoji) else 1.0 if can_sit(choice.emoji) else None
        _occupant(canvas, art, look, staging, cab, scene, share)
        return
    if (
        staging.shoulders is not None
        and can_sit(choice.emoji)
        and draw_on_shoulders(canvas, element, choice, scene, _draw_object)
    ):
        return
    if staging.mount is not None and staging.rides and can_sit(choice.emoji):
        draw_astride(canvas, element, choice, art, look, box, staging, scene)
        return
    if (plate := plate_of(choice.emoji)) is not None and not staging.rides:
        ground = scene.backdrop.ground_line if staging.alone else None
        _shadows(canvas, staging, post_box(box, ground), scene.unit)
        written = written_on(plate_box(box), list(scene.texts), scene.width, scene.height)
        size = (scene.width, scene.height)
        draw_signpost(canvas, art, plate, box, look, size, written, scene.unit, ground)
        return
    if staging.seat is not None and can_sit(choice.emoji):
        if staging.tall is not None:  # under a table or a bed: as large as the room there
            box = _resized(box, staging.tall * scene.height)
        if staging.chair is not None:  # a lap's owner the plan seats on nothing: on a chair drawn here
            _lap_chair(canvas, staging.chair, box, staging, scene)
        forward = -1.0 if element.attributes.get("facing") == "left" else 1.0
        face = elder_face(element) if choice.emoji.startswith(STANDING) else None
        # an old person keeps the front view, where its old face goes
        side = None if staging.lies or face is not None else profile_of(element, choice.emoji)
        if side is not None and (file := svg_file_for(side[0])) is not None:  # side-on, turned its way
            turned = dataclasses.replace(choice, emoji=side[0], file=file)
            art = dressed(element, turned, staging, scene)[0]
            canvas.save()
            for cloth in _cloths_at(staging, scene):  # its knees and hands go under the cloth
                canvas.clipRect(skia.Rect.MakeLTRB(*cloth), skia.ClipOp.kDifference, True)
            _seated(
                canvas, art, look, box, staging, False, scene, side[1], forward, PROFILE_HIP, PROFILE_BREADTH
            )
            canvas.restore()
            return
        bust = drawn_whole(choice.emoji)
        _seated(canvas, art, look, box, staging, bust, scene, mirror, forward, face=face)
        return
    if (partner := scene.partners.get(element.id)) is not None:  # turned to its partner, hand in hand
        _partnered(canvas, element, choice, partner, scene)
        return
    kite = scene.flyers.get(element.id)
    if kite is not None and draw_flyer(canvas, element, choice, kite, scene, _shadows, box):
        return  # flying a kite: an arm raised to its string (:mod:`.kiteflyer`)
    if (gait := gait_of(element, choice.emoji, staging)) is not None:  # running or walking, side on
        _moving(canvas, element, choice, gait, scene)
        return
    if drawn_whole(choice.emoji) and not staging.rides:
        # Drawn whole, as the bust anchors assume: head and shoulders on top, legs below.
        x0, y0, x1, y1 = box
        placement = place(art, (x0, y0, x1, y0 + (y1 - y0) * BUST_SHARE), look, mirror=mirror)
        ix0, _, ix1, iy1 = placement.ink
        inset = (ix1 - ix0) * (0.5 - LEG_WIDTH - LEG_GAP / 2)
        _shadows(canvas, staging, (ix0 + inset, iy1, ix1 - inset, y1), scene.unit)
        _legs(canvas, placement.ink, y1, scene.unit)
    else:
        if choice.emoji in SEAT_EMOJI:  # a chair: fitted to whoever sits on it
            box = _fitted(element, box, scene)
        box = _boat_box(element, choice, art, box, scene)
        placement = place(art, box, look, mirror=mirror)
        pose = element.attributes.get("pose")
        if pose in LYING_POSES and face_only(choice.emoji) and staging.vehicle is None:
            canvas.save()  # a face-only animal lying down: a loaf, its body behind its head
            ink = loaf_ink(box, (art.bounds[2] - art.bounds[0]) / max(art.bounds[3] - art.bounds[1], 1e-6))
            _shadows(canvas, staging, ink, scene.unit)
            paint_face_lying(canvas, art, box, look, scene.unit, mirror)
            canvas.restore()
            return
        if (body := body_for(element, choice.emoji, staging, scene)) is not None:
            posed = str(pose or "")
            _shadows(canvas, staging, body_ink(body, art, box, mirror, posed), scene.unit)  # face on a body
            paint_bodied(canvas, art, body, box, look, scene.unit, mirror, posed)
            return
        if lies_down(element.attributes.get("pose"), choice.emoji) and not can_sit(choice.emoji):
            share = leg_share(art)  # an animal lying down: its legs folded under it
            _shadows(canvas, staging, lying_ink(placement, share), scene.unit)
            paint_lying(canvas, art, placement, look, scene.unit, share)
            return
        _shadows(canvas, staging, placement.ink, scene.unit)
    sprites = scene.memo.sprites if scene.memo is not None else None
    paint_art(canvas, art, placement, look, scene.unit, scene.vector, sprites)
    if wags(element, choice.emoji):  # wagging its tail: strokes beside it
        faces_left = (art_facing(choice.file) == "left") != placement.mirror
        draw_wag(canvas, placement.ink, faces_left, scene.unit)
    if (face := elder_face(element)) is not None and choice.emoji.startswith(STANDING):
        draw_elder_face(canvas, face, placement.ink, placement.mirror, look, scene)


def _lap_chair(canvas: skia.Canvas, kind: str, box: Box, staging: Staging, scene: Scene) -> None:
    """The chair (``kind``) under a sitter whose pixel ``box`` is its standing figure's, its seat at
    the top of ``staging.seat``."""
    assert staging.seat is not None
    seat = (
        staging.seat[0] * scene.width,
        staging.seat[1] * scene.height,
        staging.seat[2] * scene.width,
        staging.seat[3] * scene.height,
    )
    tall = box[3] - box[1]
    if kind in CHAIRS:
        chair = fitted_chair(seat, kind, tall)
    else:  # a bench: a little wider than the sitter
        middle, half = (seat[0] + seat[2]) / 2, tall * 0.45
        chair = (middle - half, seat[1], middle + half, seat[3])
    _shadows(canvas, Staging(contact=True), chair, scene.unit)
    draw_furniture(canvas, kind, chair, None)


def _moving(
    canvas: skia.Canvas, element: Element, choice: ArtChoice, gait: tuple[str, bool], scene: Scene
) -> None:
    """A person running or walking (:mod:`.gait`): its runner or walker art in its box, turned its way."""
    file = svg_file_for(gait[0])
    if file is None:  # pragma: no cover - the art set draws all six
        return
    staging = scene.staging.get(element.id, Staging())
    art, look = dressed(element, dataclasses.replace(choice, emoji=gait[0], file=file), staging, scene)
    placement = _stride(element, art, look, gait[1], scene)
    _shadows(canvas, staging, placement.ink, scene.unit)
    sprites = scene.memo.sprites if scene.memo is not None else None
    paint_art(canvas, art, placement, look, scene.unit, scene.vector, sprites)


def _stride(element: Element, art: Art, look: Look, mirror: bool, scene: Scene) -> Placement:
    """Where the runner or walker ``art`` of ``element`` lands: as tall as its planned box."""
    x0, y0, x1, y1 = art.bounds
    box = stride_box(pixel_box(element, scene.width, scene.height), (x1 - x0) / max(y1 - y0, 1e-6))
    return place(art, box, look, mirror=mirror)


def _striding_move(carrier: Element, scene: Scene) -> Move | None:
    """How a runner or walker moves what it wears or holds (:func:`.gait.head_shift`), else None."""
    staging = scene.staging.get(carrier.id, Staging())
    choice = resolve_art(art_noun(carrier))
    gait = gait_of(carrier, choice.emoji, staging)
    file = svg_file_for(gait[0]) if gait is not None else None
    if gait is None or file is None:
        return None
    look = Look(stands=staging.stands, fill=staging.fill)
    ink = _stride(carrier, load_art(file, None), look, gait[1], scene).ink
    dx, dy = head_shift(pixel_box(carrier, scene.width, scene.height), ink, gait[1])
    return Move(1.0, (0.0, 0.0), (dx, dy))


def _bodied_move(carrier: Element, scene: Scene) -> Move | None:
    """How a face-only animal drawn on a body (:mod:`.animalbody`) moves what it wears or holds:
    from its face placed whole in its box to its face on the body; None for others."""
    staging = scene.staging.get(carrier.id, Staging())
    choice = resolve_art(art_noun(carrier))
    body = body_for(carrier, choice.emoji, staging, scene) if choice.furniture is None else None
    if body is None:
        return None
    box = pixel_box(carrier, scene.width, scene.height)
    art = load_art(choice.file, None)
    mirror = mirrored(carrier, choice.file, "right" if staging.figure else None)
    x0, y0, x1, y1 = place(art, box, Look(stands=staging.stands, fill=staging.fill), mirror).ink
    hx0, hy0, hx1, hy1 = head_box(body, art, box, mirror, str(carrier.attributes.get("pose") or ""))
    scale = (hy1 - hy0) / max(y1 - y0, 1e-6)
    return Move(scale, ((x0 + x1) / 2, (y0 + y1) / 2), ((hx0 + hx1) / 2, (hy0 + hy1) / 2))


def _side_on(element: Element, choice: ArtChoice, toward: float, scene: Scene) -> tuple[Art, Look, Placement]:
    """The person ``element`` drawn side on (its walking profile) in its box, turned ``toward``."""
    staging = scene.staging.get(element.id, Staging())
    side = PROFILES[choice.emoji]
    file = svg_file_for(side)
    turned = choice if file is None else dataclasses.replace(choice, emoji=side, file=file)
    art, look = dressed(element, turned, staging, scene)
    mirror = (toward > 0) == (art_facing(turned.file) == "left")
    return art, look, place(art, pixel_box(element, scene.width, scene.height), look, mirror=mirror)


def _partnered(
    canvas: skia.Canvas, element: Element, choice: ArtChoice, partner: Partner, scene: Scene
) -> None:
    """One of a pair facing each other (:mod:`.partners`): side on, turned to the other, its near
    arm out to where their hands meet."""
    if partner.hold != "face" and draw_held(canvas, element, choice, partner, scene, _shadows):
        return  # in a dance hold or hand in hand (:mod:`.heldpair`)
    art, look, placement = _side_on(element, choice, partner.toward, scene)
    other = partner.other
    _, _, theirs = _side_on(other, resolve_art(art_noun(other)), -partner.toward, scene)
    shift, hands = apart(placement.ink, theirs.ink, partner.toward)
    x0, y0, x1, y1 = placement.ink
    placement = dataclasses.replace(placement, dx=placement.dx + shift, ink=(x0 + shift, y0, x1 + shift, y1))
    _shadows(canvas, scene.staging.get(element.id, Staging()), placement.ink, scene.unit)
    sprites = scene.memo.sprites if scene.memo is not None else None
    paint_art(canvas, art, placement, look, scene.unit, scene.vector, sprites)
    draw_arm(canvas, placement.ink, hands, SKIN, look.outline or EDGE)


def _resized(box: Box, tall: float) -> Box:
    """``box`` made ``tall`` pixels high, its shape kept, on the same bottom middle."""
    x0, y0, x1, y1 = box
    width = (x1 - x0) * tall / max(y1 - y0, 1e-6)
    middle = (x0 + x1) / 2
    return (middle - width / 2, y1 - tall, middle + width / 2, y1)


def _cloths_at(staging: Staging, scene: Scene) -> tuple[Box, ...]:
    """The laid tables' cloths whose table stands on the floor ``staging``'s seat stands on."""
    if staging.seat is None:
        return ()
    floor = staging.seat[3] * scene.height
    slack = scene.height * 0.05
    return tuple(cloth_rect(t) for t in scene.cloths if t[1] < floor <= t[3] + slack)


__all__ = [
    "FADE_STEPS",
    "SHOES",
    "STANDING_LEGS",
    "TROUSERS",
    "Scene",
    "carried_move",
    "draw_scene_object",
    "prepare_scene",
]
