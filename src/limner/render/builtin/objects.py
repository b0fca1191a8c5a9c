"""One object in its scene: shadow first, then furniture or art, standing, mirrored, faded and kept
visible as the staging and the backdrop beneath it ask."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
import skia

from limner.assets.anchors import BUST_SHARE
from limner.assets.art import ArtChoice, drawn_whole, furniture_kind, resolve_art, svg_file_for
from limner.plan.model import Element, Plan
from limner.render.builtin.actions import draw_wag, wags
from limner.render.builtin.art import (
    RIDER_SINK,
    Art,
    Look,
    Placement,
    art_noun,
    load_art,
    paint_art,
    pixel_box,
    place,
)
from limner.render.builtin.astride import draw_near_leg, seated_placement
from limner.render.builtin.backdrop import Backdrop
from limner.render.builtin.bridge import BRIDGES, bridge_kind, spanning
from limner.render.builtin.burning import burning, flame_boxes
from limner.render.builtin.cart import CARTS, draw_cart, hitch_point, wheels_of
from limner.render.builtin.colors import RGB, element_color
from limner.render.builtin.cyclists import Cyclist, cyclists
from limner.render.builtin.dining import cloth_rect, draw_clothed_table, draw_places, laid_tables, places
from limner.render.builtin.elders import STANDING, elder_face, face_box
from limner.render.builtin.facing import art_facing, mirrored
from limner.render.builtin.furniture import draw_furniture, furniture_color, furniture_pen
from limner.render.builtin.hammock import bed as hammock_bed
from limner.render.builtin.hammock import draw_hammock
from limner.render.builtin.hammock import front_clip as hammock_front
from limner.render.builtin.ledges import HUNG
from limner.render.builtin.memo import RenderMemo
from limner.render.builtin.neon import NEON_KINDS, WRITTEN
from limner.render.builtin.occupants import BOATS, Cab, cab_of, draw_occupant
from limner.render.builtin.outdoor import PIERS
from limner.render.builtin.ownprops import dropped_fills
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
from limner.render.builtin.seated import (
    CHAIRS,
    HIP,
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
    seat_top,
    sitting_move,
)
from limner.render.builtin.shadow import AIR_ALPHA, CONTACT_ALPHA, draw_shadow
from limner.render.builtin.shoulders import REDRAWN_HALF, draw_rider_legs, neck_line, rider_height
from limner.render.builtin.signpost import draw_signpost, plate_box, plate_of, post_box, written_on
from limner.render.builtin.spray import turned_cans
from limner.render.builtin.spread import RUGS, spread_area
from limner.render.builtin.staging import Staging, stage_elements
from limner.render.builtin.stroller import STROLLERS, stroller_box
from limner.render.builtin.swimming import draw_ripples, waterline
from limner.render.builtin.tanks import fishbowls
from limner.render.builtin.tints import has_hue, tint_of
from limner.render.builtin.visibility import Visibility, adapt, mean_under
from limner.render.builtin.waters import WATERS, surface
from limner.render.builtin.wheelchair import SideSeat, facing, front_clip, seat_box, side_seat

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
#: How much taller than the plan's box a boat with people in it may be drawn (its sail rising).
HULL_GROWTH = 1.7
#: Someone lying on a spread blanket is at most this share of its width long.
SPREAD_LENGTH = 0.9


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
    #: The plan's text elements (a sign's plate the plan writes on carries no word of its own).
    texts: tuple[Element, ...] = ()
    #: Where the water of the streams and ponds the plan draws lies (pixels): a bridge reaches it.
    pools: tuple[Box, ...] = ()
    #: The watering cans turned to shower what lies on their left (:func:`.spray.turned_cans`).
    turned: frozenset[str] = frozenset()
    #: The tables someone sits behind: a cloth hides their laps and chairs (:func:`.dining.laid_tables`).
    laid: frozenset[str] = frozenset()
    #: The laid tables' pixel boxes (a sitter side-on at an end tucks its knees in under the cloth).
    cloths: tuple[Box, ...] = ()
    #: The bicycles someone rides, drawn as one cyclist (:func:`.cyclists.cyclists`), by bicycle id.
    cyclists: dict[str, Cyclist] = dataclasses.field(default_factory=dict)
    #: Where (canvas shares) a plate is laid on each laid table, by its id (:func:`.dining.places`).
    places: dict[str, tuple[float, ...]] = dataclasses.field(default_factory=dict)
    #: The food bowls the plan puts an animal in: drawn as fishbowls (:func:`.tanks.fishbowls`).
    fishbowls: frozenset[str] = frozenset()
    #: The backdrop's fixtures and the furniture kinds the plan draws (a blackboard): art that brings
    #: one of its own leaves it out (:func:`.ownprops.dropped_fills`).
    props: frozenset[str] = frozenset()

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
    staging = stage_elements(plan, backdrop, height, width)
    laid = laid_tables(plan, staging)
    return Scene(
        backdrop=backdrop,
        staging=staging,
        under=under,
        width=width,
        height=height,
        vector=vector,
        memo=memo,
        texts=tuple(e for e in plan.elements if e.kind == "text"),
        pools=tuple(
            surface(kind, pixel_box(e, width, height))
            for e in plan.elements
            if e.kind == "object" and (kind := furniture_kind(art_noun(e)) or "") in WATERS
        ),
        turned=turned_cans(plan),
        laid=laid,
        cloths=tuple(pixel_box(e, width, height) for e in plan.elements if e.id in laid),
        places={e.id: places(plan, staging, e) for e in plan.elements if e.id in laid},
        cyclists=cyclists(plan),
        fishbowls=fishbowls(plan),
        props=backdrop.fixtures | _kinds(plan),
    )


def _kinds(plan: Plan) -> frozenset[str]:
    """The furniture kinds of the plan's things (the things drawn in code)."""
    kinds = (furniture_kind(art_noun(e)) for e in plan.elements if e.kind == "object")
    return frozenset(kind for kind in kinds if kind is not None)


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
    art, look = _dressed(thing, choice, own, scene)
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
        draw_sitting(canvas, figure, seat, look, scene.unit, legs, bust, forward, lap, breadth, stretched)
        if face is not None and not bust:
            body = sitting_move(figure, seat, bust, stretched).box(figure.ink)
            _elder_face(canvas, face, body, mirror, look, scene)
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
                _elder_face(canvas, face, placed.ink, mirror, flat, scene, target)
            return
        upper = place(art, (fx0, fy0, fx1, fy0 + (fy1 - fy0) * BUST_SHARE), flat, mirror)
        _legs(target, upper.ink, fy1, scene.unit)
        paint_art(target, art, upper, flat, scene.unit)

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


def _plan_color(element: Element, choice: ArtChoice) -> RGB | None:
    """The colour the plan gives ``element`` (None: the art's own)."""
    if element.attributes.get("color_implied") is True and choice.exact:
        return None  # a colour the reasoner only implied: the art's own (a penguin keeps its white belly)
    color = element_color(element.attributes)
    if color is not None and element.attributes.get("color_implied") is True and has_hue(choice.file, color):
        return None  # implied, and the stand-in art has it already (a potted plant's green leaves)
    return color or (None if choice.exact else tint_of(element.noun))


def _dressed(element: Element, choice: ArtChoice, staging: Staging, scene: Scene) -> tuple[Art, Look]:
    """The art of ``element`` in its plan colour, kept visible on its backdrop, and how it is drawn."""
    under = scene.under.get(element.id, (scene.backdrop.color, scene.backdrop.color))
    color = _plan_color(element, choice)
    drop = dropped_fills(choice.emoji, scene.props)  # the picture draws its board already
    base = load_art(choice.file, color, None, None, drop) if drop else load_art(choice.file, color)
    visibility = adapt(color or base.mean, under)
    look = _look(staging, visibility, scene.backdrop)
    if visibility.outline is not None or look.fade is not None:
        return load_art(choice.file, color, visibility.outline, look.fade, drop), look
    return base, look


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
    if kind == "hammock":
        _shadows(canvas, staging, _hammock_frame(element, scene)[0], scene.unit)
        _draw_hammock(canvas, element, scene)
        return
    box = _code_box(element, kind, box)
    if kind in CHAIRS:
        box = _fitted(element, box, scene)
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
    _draw_object(canvas, element, choice, scene)
    if burning(element, choice.emoji):
        _flames(canvas, element, choice, scene)
    return choice


def _flames(canvas: skia.Canvas, element: Element, choice: ArtChoice, scene: Scene) -> None:
    """Flames (🔥) rising from the top of ``element``'s drawing (:mod:`.burning`)."""
    file = svg_file_for("🔥")
    if file is None:  # pragma: no cover - the art set draws fire
        return
    box = pixel_box(element, scene.width, scene.height)
    ink = box
    if choice.furniture is None:
        staging = scene.staging.get(element.id, Staging())
        mirror = mirrored(element, choice.file, "right" if staging.figure else None)
        ink = place(
            load_art(choice.file, None), box, Look(stands=staging.stands, fill=staging.fill), mirror
        ).ink
    fire = load_art(file, None)
    upright = Look(stands=True)
    for flame in flame_boxes(ink):
        paint_art(canvas, fire, place(fire, flame, upright), upright, scene.unit)


def _draw_cyclist(
    canvas: skia.Canvas, bike: Element, cyclist: Cyclist, choice: ArtChoice, scene: Scene
) -> ArtChoice:
    """A bicycle and its rider drawn as one cyclist (🚴) in the box they take together."""
    file = svg_file_for(cyclist.emoji)
    if file is None:  # pragma: no cover - the art set draws all three
        _draw_object(canvas, bike, choice, scene)
        return choice
    drawn = dataclasses.replace(choice, emoji=cyclist.emoji, file=file)
    art, look = _dressed(bike, drawn, scene.staging.get(bike.id, Staging()), scene)
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
    color = _plan_color(element, choice)
    box = pixel_box(element, scene.width, scene.height)
    if staging.carrier is not None and (move := carried_move(staging.carrier, scene)) is not None:
        box = move.box(box)  # held or worn by someone sitting down: it comes along
    if staging.drop > 0:  # on a blanket spread on the ground: down onto it
        drop = staging.drop * scene.height
        box = (box[0], box[1] + drop, box[2], box[3] + drop)
    if element.id in scene.fishbowls:  # a goldfish in a bowl: a glass bowl of water, not a cereal bowl
        _furniture(canvas, element, "fishbowl", box, element_color(element.attributes), scene)
        return
    if choice.furniture in NEON_KINDS and written_on(box, list(scene.texts), scene.width, scene.height):
        _furniture(canvas, element, WRITTEN, box, color, scene)  # the words are its lit tubes
        return
    if choice.furniture is not None:
        _furniture(canvas, element, choice.furniture, box, color, scene)
        return
    art, look = _dressed(element, choice, staging, scene)
    mirror = mirrored(element, choice.file, "right" if staging.figure else None)
    if staging.vehicle is not None and (cab := cab_of(art_noun(staging.vehicle))) is not None:
        share = BUST_SHARE if drawn_whole(choice.emoji) else 1.0 if can_sit(choice.emoji) else None
        _occupant(canvas, art, look, staging, cab, scene, share)
        return
    if (
        staging.shoulders is not None
        and can_sit(choice.emoji)
        and _on_shoulders(canvas, element, choice, scene)
    ):
        return
    if staging.mount is not None and staging.rides and can_sit(choice.emoji):
        _astride(canvas, element, choice, art, look, box, staging, scene)
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
        forward = -1.0 if element.attributes.get("facing") == "left" else 1.0
        face = elder_face(element) if choice.emoji.startswith(STANDING) else None
        # an old person keeps the front view, where its old face goes
        side = None if staging.lies or face is not None else profile_of(element, choice.emoji)
        if side is not None and (file := svg_file_for(side[0])) is not None:  # side-on, turned its way
            turned = dataclasses.replace(choice, emoji=side[0], file=file)
            art = _dressed(element, turned, staging, scene)[0]
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
        _elder_face(canvas, face, placement.ink, placement.mirror, look, scene)


def _figure_of(element: Element, choice: ArtChoice, scene: Scene) -> tuple[Box, bool, Placement] | None:
    """Where the standing person ``element`` (drawn with ``choice``) is drawn: its whole figure's
    pixel rect, whether it is a bust over drawn legs, and its art's placement; None when it does not
    stand as itself (it sits, lies, rides or is in a vehicle)."""
    staging = scene.staging.get(element.id, Staging())
    if staging.seat is not None or staging.vehicle is not None or staging.rides or staging.shoulders:
        return None
    art, look = _dressed(element, choice, staging, scene)
    mirror = mirrored(element, choice.file, "right" if staging.figure else None)
    x0, y0, x1, y1 = pixel_box(element, scene.width, scene.height)
    if drawn_whole(choice.emoji):
        placement = place(art, (x0, y0, x1, y0 + (y1 - y0) * BUST_SHARE), look, mirror=mirror)
        ix0, iy0, ix1, _ = placement.ink
        return (ix0, iy0, ix1, y1), True, placement
    placement = place(art, (x0, y0, x1, y1), look, mirror=mirror)
    return placement.ink, False, placement


def _on_shoulders(canvas: skia.Canvas, element: Element, choice: ArtChoice, scene: Scene) -> bool:
    """Draw the person ``element`` riding on its carrier's shoulders (:mod:`.shoulders`); False when
    the carrier is not standing (it is drawn as it would be without a carrier then)."""
    staging = scene.staging.get(element.id, Staging())
    carrier = staging.shoulders
    assert carrier is not None
    carrier_choice = resolve_art(art_noun(carrier))
    found = _figure_of(carrier, carrier_choice, scene)
    if found is None:
        return False
    (cx0, top, cx1, bottom), bust, _ = found
    centre, width = (cx0 + cx1) / 2, cx1 - cx0
    chin, hips = neck_line(top, bottom - top, bust)
    _, y0, _, y1 = pixel_box(element, scene.width, scene.height)
    tall = rider_height(y1 - y0, bottom - top)
    art, look = _dressed(element, choice, staging, scene)
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
        _elder_face(canvas, face, (ix0, iy0, ix1, iy0 + tall), placement.mirror, look, scene)
    # the carrier's head, drawn again over the rider's body: the rider sits behind it
    canvas.save()
    half = width * REDRAWN_HALF
    canvas.clipRect(
        skia.Rect.MakeLTRB(centre - half, top - scene.unit * 6, centre + half, chin), doAntiAlias=True
    )
    _draw_object(canvas, carrier, carrier_choice, scene)
    canvas.restore()
    draw_rider_legs(canvas, centre, hips, width, tall, Legs(TROUSERS, SHOES) if rider_bust else STANDING_LEGS)
    return True


def _astride(
    canvas: skia.Canvas,
    element: Element,
    choice: ArtChoice,
    art: Art,
    look: Look,
    box: Box,
    staging: Staging,
    scene: Scene,
) -> None:
    """A person riding an animal astride (:mod:`.astride`): its upper body on the mount's back (the
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
            art = _dressed(element, turned, staging, scene)[0]
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
        _elder_face(canvas, face, (ix0, iy0, ix1, iy0 + tall), placement.mirror, upright, scene)
    hip_y = placement.ink[1] + tall * (0.97 * BUST_SHARE if bust else HIP)
    draw_near_leg(canvas, (hip_x, hip_y), tall, forward, legs)


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


def _elder_face(
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


__all__ = ["FADE_STEPS", "Scene", "carried_move", "draw_scene_object", "prepare_scene"]
