"""Everyday things, second round: a market stall is a counter under a striped awning with its goods on
the counter, a bridge is a deck on arches (stone, timber or steel) spanning the water, a stroller and
a chair keep a size that fits the people with them, an animal asleep lies down, and a sign standing
alone reaches the ground with its posts."""

from __future__ import annotations

import random

import numpy as np
import pytest

from limner.assets.art import furniture_kind, resolve_art
from limner.plan.model import Background, Element, Layer, Plan, Relation
from limner.render.builtin.backdrop import Backdrop
from limner.render.builtin.backdrop.style import shade
from limner.render.builtin.bridge import STEEL, STONE, TIMBER, bridge_kind
from limner.render.builtin.furniture import DRAWERS
from limner.render.builtin.kitchen import APPLIANCE_WHITE, FREEZER, GLASS, SUDS
from limner.render.builtin.objects import STANDING_LEGS
from limner.render.builtin.seated import SEAT_EMOJI, SHIN, fitted_chair
from limner.render.builtin.signpost import POST_GREY
from limner.render.builtin.staging import stage_elements
from limner.render.builtin.stall import AWNING, AWNING_RED, COUNTER
from limner.render.builtin.stroller import ASPECT, STROLLER_BLUE
from limner.render.builtin.waters import WATER_BLUE, surface
from limner.render.builtin.yard import BARROW_GREEN, CAGE_GOLD, MAT_BLACK, TYRE, ZEBRA_WHITE
from tests.render.pixels import extent as _extent
from tests.render.pixels import near as _near
from tests.render.pixels import pixels_of as _pixels
from tests.render.pixels import scene as _plan
from tests.render.scenes import outdoor

SIDE = 400
SHOES = STANDING_LEGS.shoes
#: The yellow of the banana art, and the orange of the cat art.
BANANA = (252, 213, 63)
CAT = (241, 176, 102)
RIVER = "#3a78b0"


def _street() -> Background:
    return outdoor("street", "#a9d6f5", "#a3a3a3", "road", horizon=0.5)


# -- market stalls ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "noun", ["stall", "market stall", "food stall", "fruit stall", "kiosk", "lemonade stand", "booth"]
)
def test_a_stall_is_drawn_in_code_not_a_neutral_square(noun: str) -> None:
    choice = resolve_art(noun)
    assert choice.furniture is not None and choice.emoji == "⬜"  # the square only names no art
    assert furniture_kind(noun) == choice.furniture


STALL = (0.2, 0.3, 0.8, 0.85)


def test_a_stall_has_a_striped_awning_in_its_colour_over_a_counter() -> None:
    for color, rgb in ((None, AWNING_RED), ("blue", None)):
        attributes = {"color": color} if color else {}
        stall = Element(id="s", noun="market stall", box=STALL, z=1, attributes=attributes)
        pixels = _pixels(_plan(_street(), [stall], []))
        x0, y0, x1, y1 = (round(v * SIDE) for v in STALL)
        row = pixels[y0 + round((y1 - y0) * AWNING * 0.6), x0:x1]
        if rgb is None:  # the plan's colour paints the stripes: blue, not red
            assert (row[:, 2] > row[:, 0] + 60).sum() > 0.3 * len(row)
            assert _near(pixels, AWNING_RED, 30).sum() == 0
            continue
        red = _near(row[None], rgb, 30)[0]
        # stripes: red and pale in turn, many times across the awning
        assert np.count_nonzero(np.diff(red.astype(int)) != 0) >= 8
        assert 0.3 < red.mean() < 0.7
        counter = y0 + round((y1 - y0) * COUNTER)
        front = pixels[counter + 10 : y1 - 4, (x0 + x1) // 2]
        assert (front[:, 0] > front[:, 2] + 30).all()  # a wooden counter below


def test_goods_on_a_stall_sit_on_its_counter_under_the_awning() -> None:
    stall = Element(id="s", noun="fruit stall", box=STALL, z=1)
    # the plan leaves the bananas on the stall's box top; the counter is lower
    banana = Element(id="b", noun="banana", box=(0.4, 0.18, 0.55, 0.3), z=2)
    pixels = _pixels(_plan(_street(), [stall, banana], [Relation(subject="b", predicate="on", object="s")]))
    _, top, _, bottom = _extent(_near(pixels, BANANA, 40))
    counter = (STALL[1] + (STALL[3] - STALL[1]) * COUNTER) * SIDE
    awning = (STALL[1] + (STALL[3] - STALL[1]) * AWNING) * SIDE
    assert abs(bottom - counter) < 8
    assert top > awning


# -- bridges ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("noun", ["bridge", "stone bridge", "footbridge", "viaduct"])
def test_a_bridge_is_drawn_in_code_not_a_night_scene_tile(noun: str) -> None:
    choice = resolve_art(noun)
    assert choice.emoji != "🌉"
    assert choice.furniture is not None


def test_a_bridges_look_follows_its_material_or_colour() -> None:
    assert bridge_kind("bridge", None, None) == "bridge"  # stone by default
    assert bridge_kind("bridge", "wooden", None) == "wooden bridge"
    assert bridge_kind("bridge", "iron", None) == "steel bridge"
    assert bridge_kind("bridge", None, (200, 40, 40)) == "steel bridge"  # a painted bridge
    assert bridge_kind("bridge", None, (110, 70, 40)) == "wooden bridge"  # brown
    assert bridge_kind("bridge", None, (128, 128, 128)) == "bridge"


BRIDGE = (0.15, 0.4, 0.85, 0.8)


def _river(*elements: Element, relations: list[Relation] | None = None) -> Plan:
    layers = [
        Layer(kind="sky", color="#a9d6f5", span=(0.0, 0.5)),
        Layer(kind="ground", color="#86b560", material="grass", span=(0.5, 1.0)),
        Layer(kind="water", color=RIVER, material="water", span=(0.7, 0.9)),
    ]
    background = Background(color="#a9d6f5", setting="river", horizon=0.5, layers=layers)
    return _plan(background, list(elements), relations or [])


@pytest.mark.parametrize(("material", "rgb"), [(None, STONE), ("wooden", TIMBER), ("steel", STEEL)])
def test_a_bridge_over_a_river_spans_it_on_arches_or_posts_in_its_material(
    material: str | None, rgb: tuple[int, int, int]
) -> None:
    attributes = {"material": material} if material else {}
    pixels = _pixels(_river(Element(id="b", noun="bridge", box=BRIDGE, z=1, attributes=attributes)))
    x0, y0, x1, y1 = (round(v * SIDE) for v in BRIDGE)
    body = _near(pixels, rgb, 40) | _near(pixels, shade(rgb, -0.14), 40) | _near(pixels, shade(rgb, 0.08), 40)
    assert body[y0 : y1 + 1, x0 : x1 + 1].sum() > 0.03 * (x1 - x0) * (y1 - y0)
    assert body.sum() - body[y0 - 80 : y1 + 1, x0 : x1 + 1].sum() < 50  # all of it in its box
    # the deck runs across the box's top, the river shows beneath it between the feet
    deck = body[y0 + 2 : y0 + 12, x0 + 6 : x1 - 6]
    assert deck.any(axis=0).mean() > 0.8
    river = _near(pixels, (58, 120, 176), 30)
    assert river[round(0.75 * SIDE) : y1, x0:x1].sum() > 0.1 * (x1 - x0) * (y1 - round(0.75 * SIDE))


def test_a_car_on_a_bridge_stands_on_its_deck() -> None:
    bridge = Element(id="b", noun="bridge", box=BRIDGE, z=1)
    car = Element(id="c", noun="car", box=(0.35, 0.2, 0.65, 0.41), z=2, attributes={"color": "red"})
    pixels = _pixels(_river(bridge, car, relations=[Relation(subject="c", predicate="on", object="b")]))
    _, _, _, bottom = _extent(_near(pixels, (50, 50, 60), 60)[: round(BRIDGE[1] * SIDE) + 6])  # its tyres
    assert abs(bottom - BRIDGE[1] * SIDE) < 6


# -- proportions -------------------------------------------------------------------------------------


def test_a_stroller_keeps_its_own_shape_in_a_long_box_handle_by_its_pusher() -> None:
    box = (0.15, 0.45, 0.85, 0.8)
    stroller = Element(id="s", noun="stroller", box=box, z=1)
    pixels = _pixels(_plan(outdoor("park", "#a9d6f5", "#86b560", "grass"), [stroller], []))
    x0, _, x1, _ = _extent(_near(pixels, STROLLER_BLUE, 30))
    height = (box[3] - box[1]) * SIDE
    assert (x1 - x0) < ASPECT * height  # not as long as its box
    assert x0 < (box[0] + 0.4 * (box[2] - box[0])) * SIDE  # at its handle's end (the left)


def test_someone_on_a_tall_chair_box_sits_with_feet_on_the_floor() -> None:
    assert furniture_kind("rocking chair") == "rocking chair"
    chair_box = (0.35, 0.4, 0.65, 0.85)
    woman = Element(id="w", noun="woman", box=(0.42, 0.45, 0.58, 0.82), z=2, attributes={"pose": "sitting"})
    for noun in ("chair", "rocking chair"):
        chair = Element(id="c", noun=noun, box=chair_box, z=1)
        plan = _plan(
            {"color": "#f4efe6"}, [chair, woman], [Relation(subject="w", predicate="on", object="c")]
        )
        _, _, _, shoes = _extent(_near(_pixels(plan), SHOES, 30))
        assert shoes > chair_box[3] * SIDE - 8  # on the floor, not dangling from a high seat
    fitted = fitted_chair(chair_box, "rocking chair", 0.37)
    assert fitted[3] == chair_box[3] and fitted[3] - fitted[1] == pytest.approx(SHIN * 0.37 * 1.1)
    fitted = fitted_chair(chair_box, "chair", 0.37)  # 🪑: its seat halfway up its art
    assert (fitted[3] - fitted[1]) / 2 == pytest.approx(SHIN * 0.37 * 1.1)
    assert fitted_chair(chair_box, "sofa", 0.37) == chair_box  # only chairs fit their sitter


# -- animals lying down ----------------------------------------------------------------------------


def _cat_on_sofa(pose: str | None) -> tuple[int, int, int, int]:
    sofa = Element(id="s", noun="sofa", box=(0.2, 0.6, 0.8, 0.85), z=1)
    attributes = {"pose": pose} if pose else {}
    cat = Element(id="c", noun="cat", box=(0.35, 0.35, 0.65, 0.6), z=2, attributes=attributes)
    plan = _plan({"color": "#f4efe6"}, [sofa, cat], [Relation(subject="c", predicate="on", object="s")])
    return _extent(_near(_pixels(plan), CAT, 30))


@pytest.mark.parametrize("pose", ["lying", "sleeping"])
def test_a_cat_asleep_on_a_sofa_lies_down_on_it(pose: str) -> None:
    x0, y0, x1, y1 = _cat_on_sofa(None)
    lx0, ly0, lx1, ly1 = _cat_on_sofa(pose)
    assert abs(ly1 - y1) <= 3  # still on the seat
    assert (ly1 - ly0) < 0.85 * (y1 - y0)  # lower: its legs folded under it
    assert abs((lx1 - lx0) - (x1 - x0)) <= 3  # as long as it was


# -- signs standing alone ----------------------------------------------------------------------------


def test_a_signs_posts_reach_the_floor_line_of_a_plain_backdrop() -> None:
    box = (0.2, 0.3, 0.8, 0.6)
    sign = Element(id="s", noun="sign", box=box, z=1, attributes={"panel": "board"})
    for seed in (1, 2, 3):
        pixels = _pixels(_plan({"color": "#f4efe6"}, [sign], []), seed)
        floor = round(SIDE * random.Random(f"limner-floor:{seed}").uniform(0.64, 0.76))
        post_x = round((box[0] + (box[2] - box[0]) * 0.24) * SIDE)
        ground = pixels[floor + 3, 5]
        assert np.abs(pixels[floor - 3, post_x] - ground).sum() > 30  # a post, down to the floor line
        assert np.abs(pixels[floor + 6, post_x] - ground).sum() < 6  # and no further


def test_a_stop_sign_in_the_air_above_the_horizon_stands_on_it_a_sign_on_a_wall_does_not() -> None:
    box = (0.35, 0.2, 0.65, 0.55)
    background = outdoor("street", "#a9d6f5", "#a3a3a3", "road", horizon=0.62)
    sign = Element(id="s", noun="stop sign", box=box, z=1)
    pixels = _pixels(_plan(background, [sign], []))
    _, _, _, bottom = _extent(_near(pixels, POST_GREY, 12))
    assert abs(bottom - 0.62 * SIDE) < 4
    wall = Element(id="w", noun="brick wall", box=(0.1, 0.55, 0.9, 0.9), z=0)
    on_wall = _pixels(_plan(background, [wall, sign], [Relation(subject="s", predicate="on", object="w")]))
    _, _, _, bottom = _extent(_near(on_wall, POST_GREY, 12))
    assert bottom < 0.56 * SIDE


def test_a_cat_on_a_chair_sits_on_its_seat_not_on_top_of_its_back() -> None:
    chair_box = (0.35, 0.45, 0.65, 0.85)
    chair = Element(id="c", noun="chair", box=chair_box, z=1)
    cat = Element(id="k", noun="cat", box=(0.38, 0.25, 0.62, 0.45), z=2)
    plan = _plan({"color": "#f4efe6"}, [chair, cat], [Relation(subject="k", predicate="on", object="c")])
    _, _, _, bottom = _extent(_near(_pixels(plan), CAT, 30))
    seat = (chair_box[1] + (chair_box[3] - chair_box[1]) * SEAT_EMOJI["🪑"]) * SIDE
    assert abs(bottom - seat) < 8


# -- everyday things that were an ice cube or a neutral square ----------------------------------------


@pytest.mark.parametrize(
    ("noun", "kind"),
    [
        ("fridge", "fridge"),
        ("refrigerator", "refrigerator"),
        ("barbecue grill", "barbecue grill"),
        ("birdcage", "birdcage"),
        ("crosswalk", "crosswalk"),
        ("zebra crossing", "zebra crossing"),
        ("microwave", "microwave"),
        ("toaster", "toaster"),
        ("kitchen sink", "kitchen sink"),
        ("washing machine", "washing machine"),
        ("dishwasher", "dishwasher"),
        ("trampoline", "trampoline"),
        ("wheelbarrow", "wheelbarrow"),
    ],
)
def test_everyday_things_without_art_are_drawn_in_code(noun: str, kind: str) -> None:
    assert resolve_art(noun).furniture == kind
    assert kind in DRAWERS


def _alone(noun: str, box: tuple[float, float, float, float]) -> np.ndarray:
    background = outdoor("street", "#a9d6f5", "#86b560", "grass", horizon=0.5)
    return _pixels(_plan(background, [Element(id="t", noun=noun, box=box, z=1)], []))


def test_a_fridge_is_a_tall_white_cabinet_with_a_freezer_door() -> None:
    box = (0.35, 0.2, 0.65, 0.85)
    pixels = _pixels(_plan({"color": "#c8b8a0"}, [Element(id="f", noun="fridge", box=box, z=1)], []))
    x0, y0, x1, y1 = _extent(_near(pixels, APPLIANCE_WHITE, 12))
    assert (y1 - y0) > 1.8 * (x1 - x0)  # tall, filling its box
    assert abs(y0 - box[1] * SIDE) < 6
    column = pixels[y0 + 4 : y1 - 12, (x0 + x1) // 2 + 10]
    seams = np.nonzero(np.abs(column - np.array(APPLIANCE_WHITE)).sum(axis=1) > 40)[0] + y0 + 4
    split = box[1] + (box[3] - box[1]) * FREEZER
    assert any(abs(s - split * SIDE) < 4 for s in seams)  # the freezer door's seam


def test_a_crosswalk_lies_flat_in_white_stripes() -> None:
    box = (0.2, 0.55, 0.8, 0.9)
    pixels = _alone("crosswalk", box)
    x0, y0, x1, y1 = _extent(_near(pixels, ZEBRA_WHITE, 12))
    assert (y1 - y0) < 0.35 * (x1 - x0)  # flat on the ground
    row = _near(pixels[(y0 + y1) // 2, x0 : x1 + 1][None], ZEBRA_WHITE, 12)[0]
    assert np.count_nonzero(np.diff(row.astype(int)) != 0) >= 8  # stripes


def test_a_birdcage_has_bars_and_its_bird_shows_inside() -> None:
    box = (0.3, 0.3, 0.7, 0.85)
    cage = Element(id="c", noun="birdcage", box=box, z=1)
    bird = Element(id="b", noun="parrot", box=(0.44, 0.5, 0.56, 0.65), z=2)
    pixels = _pixels(
        _plan({"color": "#f4efe6"}, [cage, bird], [Relation(subject="b", predicate="in", object="c")])
    )
    row = _near(pixels[round(0.75 * SIDE), round(box[0] * SIDE) : round(box[2] * SIDE)][None], CAGE_GOLD, 40)[
        0
    ]
    assert np.count_nonzero(np.diff(row.astype(int)) == 1) >= 6  # bars
    bird_ink = (
        np.abs(
            pixels[round(0.5 * SIDE) : round(0.65 * SIDE), round(0.44 * SIDE) : round(0.56 * SIDE)]
            - np.array([244, 239, 230])
        ).sum(axis=2)
        > 60
    )
    assert bird_ink.mean() > 0.2


def test_a_bridge_standing_short_of_the_river_reaches_down_into_it() -> None:
    box = (0.15, 0.35, 0.85, 0.62)  # its feet on the bank, above the river (0.7 to 0.9)
    pixels = _pixels(_river(Element(id="b", noun="bridge", box=box, z=1)))
    stone = _near(pixels, STONE, 40) | _near(pixels, shade(STONE, 0.08), 40)
    _, top, _, bottom = _extent(stone)
    assert abs(top - box[1] * SIDE) < 4
    assert 0.75 * SIDE < bottom <= 0.81 * SIDE  # into the water, to its middle


def test_a_microwave_has_its_dark_glass_door_left_of_its_keypad() -> None:
    box = (0.25, 0.45, 0.75, 0.75)
    pixels = _pixels(_plan({"color": "#c8b8a0"}, [Element(id="m", noun="microwave", box=box, z=1)], []))
    glass = _near(pixels, GLASS, 12)
    x0, _, x1, _ = _extent(glass)
    assert x0 < (box[0] + 0.1 * (box[2] - box[0])) * SIDE  # the door, at the left
    assert (x1 - x0) > 0.5 * (box[2] - box[0]) * SIDE
    assert _near(pixels, APPLIANCE_WHITE, 12).sum() > 0.1 * (box[2] - box[0]) * (box[3] - box[1]) * SIDE**2


def test_a_washing_machine_has_a_round_door_full_of_suds() -> None:
    box = (0.3, 0.4, 0.7, 0.85)
    pixels = _pixels(_plan({"color": "#c8b8a0"}, [Element(id="w", noun="washing machine", box=box, z=1)], []))
    x0, y0, x1, y1 = _extent(_near(pixels, SUDS, 12))
    assert abs((x0 + x1) / 2 - (box[0] + box[2]) / 2 * SIDE) < 4  # in the middle of its front
    assert (y1 - y0) < 0.7 * (x1 - x0)  # the lower half of the round door


def test_a_wheelbarrow_is_a_tray_on_a_front_wheel_and_a_trampoline_a_dark_mat_on_legs() -> None:
    box = (0.2, 0.5, 0.8, 0.85)
    pixels = _alone("wheelbarrow", box)
    tx0, ty0, tx1, _ = _extent(_near(pixels, BARROW_GREEN, 30))
    low = round(0.7 * SIDE)  # below the handles' grips
    wx0, wy0, _, wy1 = _extent(_near(pixels[low:], TYRE, 12))
    assert ty0 < wy0 + low and wx0 > (tx0 + tx1) / 2  # the wheel under the tray's front
    assert abs(wy1 + low - box[3] * SIDE) < 4
    pixels = _alone("trampoline", box)
    mx0, my0, mx1, my1 = _extent(_near(pixels, MAT_BLACK, 12))
    assert (mx1 - mx0) > 3 * (my1 - my0)  # a flat oval seen from a little above
    assert abs(my0 - box[1] * SIDE) < 0.12 * (box[2] - box[0]) * SIDE  # at the top of its box


def test_a_boat_people_are_in_is_drawn_as_long_as_its_hull_box_so_they_keep_their_size() -> None:
    box = (0.2, 0.55, 0.8, 0.85)
    ground = np.array([244, 239, 230])

    def ink(people: int) -> tuple[int, int, int, int]:
        boat = Element(id="b", noun="boat", box=box, z=1)
        crew = [
            Element(id=f"p{i}", noun="person", box=(0.4 + 0.1 * i, 0.5, 0.5 + 0.1 * i, 0.8), z=2)
            for i in range(people)
        ]
        relations = [Relation(subject=p.id, predicate="in", object="b") for p in crew]
        pixels = _pixels(_plan({"color": "#f4efe6"}, [boat, *crew], relations))
        top = round(0.4 * SIDE)  # below the floor band's top, above the sail
        return _extent(np.abs(pixels[top:] - ground).sum(axis=2) > 40)

    empty, manned = ink(0), ink(2)
    assert (empty[2] - empty[0]) < 0.7 * (box[2] - box[0]) * SIDE  # a sailboat fits the box's height
    assert (manned[2] - manned[0]) > 0.8 * (box[2] - box[0]) * SIDE  # as long as the hull box


def test_a_stream_and_a_pond_lie_flat_in_water_blue_and_a_bridge_just_above_reaches_the_stream() -> None:
    assert resolve_art("stream").furniture == "stream" and resolve_art("pond").furniture == "pond"
    stream_box = (0.1, 0.6, 0.9, 0.95)
    bridge = Element(id="b", noun="bridge", box=(0.2, 0.3, 0.8, 0.62), z=1)
    stream = Element(id="s", noun="stream", box=stream_box, z=2)
    pixels = _pixels(_plan({"color": "#f4efe6"}, [bridge, stream], []))
    x0, y0, x1, y1 = _extent(_near(pixels, WATER_BLUE, 12))
    assert (y1 - y0) < 0.3 * (x1 - x0)  # flat on the ground, across its box's bottom
    assert y1 > 0.9 * SIDE
    water_top, water_bottom = surface("stream", stream_box)[1::2]
    stone = _near(pixels, STONE, 40) | _near(pixels, shade(STONE, 0.08), 40)
    _, _, _, bottom = _extent(stone)
    assert bottom > water_top * SIDE  # its feet in the stream
    assert bottom <= (water_top + water_bottom) / 2 * SIDE + 2


def test_ducks_on_a_pond_float_on_its_water() -> None:
    pond = Element(id="p", noun="pond", box=(0.1, 0.5, 0.9, 0.9), z=1)
    duck = Element(id="d", noun="duck", box=(0.4, 0.3, 0.6, 0.5), z=2)
    plan = _plan({"color": "#f4efe6"}, [pond, duck], [Relation(subject="d", predicate="on", object="p")])
    staging = stage_elements(plan, Backdrop(color=(244, 239, 230)), SIDE, SIDE)
    _, top, _, bottom = surface("pond", pond.box)
    assert duck.box[3] + staging["d"].drop == pytest.approx((top + bottom) / 2, abs=1e-3)


@pytest.mark.parametrize(
    ("noun", "kind"),
    [
        ("suspension bridge", "bridge"),
        ("covered bridge", "bridge"),
        ("coffee stall", "stall"),
        ("fishpond", "pond"),
    ],
)
def test_kinds_of_things_drawn_in_code_are_drawn_as_them(noun: str, kind: str) -> None:
    assert furniture_kind(noun) == kind
