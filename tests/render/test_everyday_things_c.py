"""Everyday things, third round: a farm cart or a wagon is a wooden bed on spoked wheels with shafts to
whoever pulls it (a shopping cart keeps the trolley), an easel holds a canvas on three legs, water
held toward something is a jet (a watering can showers what its holder faces), people sitting
behind a table are hidden from the lap down by its cloth, swimmers show above the water only, and
a fishbowl, a fish tank, a pool, toy blocks and hoops are drawn in code (their nearest art read as
a cereal bowl, a square, an 8 ball, a pig and a skull)."""

from __future__ import annotations

import numpy as np
import pytest

from limner.assets.art import furniture_kind, resolve_art
from limner.plan.model import Background, Element, Relation
from limner.render.builtin.cart import RIM
from limner.render.builtin.dining import HEM, TABLECLOTH
from limner.render.builtin.easel import CANVAS_SKY, EASEL_WOOD, LEDGE
from limner.render.builtin.objects import STANDING_LEGS
from limner.render.builtin.spray import WATER_JET, flows, jet_ids
from limner.render.builtin.strings import strings
from limner.render.builtin.tanks import GLASS_WATER, GRAVEL
from limner.render.builtin.toys import BLOCK_COLORS, HOOP_PINK, RIM_ORANGE
from limner.render.builtin.waters import COPING, POOL_BLUE
from tests.render.pixels import drawn, extent, near, pixels_of, scene
from tests.render.scenes import kitchen_background, outdoor

SIDE = 400
#: The blue of the water-drop art (💧).
DROP_BLUE = (38, 201, 252)
#: The grey frame of the shopping-cart art (🛒).
TROLLEY_GREY = (154, 154, 154)


def _field() -> Background:
    return outdoor("farm", "#a9d6f5", "#8cc46a", "grass", horizon=0.5)


# -- carts and wagons ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("noun", "kind"),
    [
        ("cart", "cart"),
        ("donkey cart", "cart"),  # a kind of cart, by its sense
        ("oxcart", "cart"),
        ("wooden cart", "cart"),  # the head word names it
        ("wagon", "wagon"),
        ("hay wagon", "wagon"),
        ("covered wagon", "wagon"),
    ],
)
def test_a_cart_or_wagon_is_drawn_in_code_not_the_shopping_trolley(noun: str, kind: str) -> None:
    assert furniture_kind(noun) == kind
    assert resolve_art(noun).emoji != "🛒"


@pytest.mark.parametrize("noun", ["shopping cart", "trolley", "shopping trolley", "handcart"])
def test_a_shopping_cart_keeps_the_trolley_art(noun: str) -> None:
    assert furniture_kind(noun) is None
    assert resolve_art(noun).emoji == "🛒"


@pytest.mark.parametrize("noun", ["station wagon", "streetcar", "baby bottle"])
def test_things_only_named_like_a_drawn_kind_keep_their_own_art(noun: str) -> None:
    assert furniture_kind(noun) is None
    assert resolve_art(noun).emoji not in ("🛒", "⬜")


def _wheel_columns(pixels: np.ndarray) -> list[int]:
    """The runs of columns holding the iron rim of a spoked wheel: one run per wheel."""
    cols = near(pixels, RIM, 12).sum(axis=0) >= 3
    runs, inside = [], False
    for x, on in enumerate(cols):
        if on and not inside:
            runs.append(x)
        inside = bool(on)
    return runs


def test_a_cart_has_one_spoked_wheel_a_wagon_two_under_a_wooden_bed() -> None:
    for noun, wheels in (("cart", 1), ("hay wagon", 2)):
        pixels = drawn(noun, size=(300, 200), box=(0.1, 0.2, 0.9, 0.9))
        rim = near(pixels, RIM, 12)
        assert rim.sum() > 100
        # a wheel is round: its rim spans about as many rows as columns
        x0, y0, x1, y1 = extent(rim)
        if wheels == 1:
            assert 0.75 < (y1 - y0) / (x1 - x0) < 1.3
        # count wheels by the rim's separate column runs (the spokes sit inside each)
        runs = [r for r in _wheel_columns(pixels)]
        assert len(runs) >= wheels
        assert (near(pixels, (255, 255, 255), 3).sum()) > 0.4 * pixels.shape[0] * pixels.shape[1]
        bed = pixels[round(200 * 0.45), 60:240]
        assert ((bed[:, 0] > bed[:, 2] + 40) & (bed[:, 0] < 200)).mean() > 0.7  # brown planks across


def test_a_cart_pulled_by_a_horse_reaches_its_shafts_to_the_horses_flank() -> None:
    horse = Element(id="h", noun="horse", box=(0.05, 0.45, 0.45, 0.8), z=1)
    cart = Element(id="c", noun="cart", box=(0.55, 0.55, 0.95, 0.8), z=2)
    alone = pixels_of(scene(_field(), [horse, cart], []))
    pulled = pixels_of(
        scene(_field(), [horse, cart], [Relation(subject="h", predicate="touches", object="c")])
    )
    changed = np.abs(pulled - alone).sum(axis=2) > 40
    x0, _, x1, _ = extent(changed)
    # the shafts cross the gap between them and reach over the horse's body to its middle
    assert x0 < 0.3 * SIDE and x1 > 0.5 * SIDE
    row = round(0.45 * SIDE + 0.35 * SIDE * 0.55)  # the horse's flank, where they end
    assert changed[row - 12 : row + 12, round(0.22 * SIDE) : round(0.3 * SIDE)].any()
    # alone, the shafts rest on the ground inside the cart's own box
    left = np.abs(alone - pixels_of(scene(_field(), [horse], []))).sum(axis=2) > 40
    assert extent(left)[0] >= 0.55 * SIDE - 4


def test_a_cart_pulled_from_its_right_turns_its_shafts_that_way() -> None:
    cart = Element(id="c", noun="cart", box=(0.1, 0.55, 0.5, 0.8), z=2)
    man = Element(id="m", noun="man", box=(0.65, 0.35, 0.85, 0.85), z=1)
    alone = pixels_of(scene(_field(), [man, cart], []))
    pulled = pixels_of(scene(_field(), [man, cart], [Relation(subject="m", predicate="touches", object="c")]))
    changed = np.abs(pulled - alone).sum(axis=2) > 40
    assert extent(changed)[2] > 0.7 * SIDE  # toward the man, on the right


# -- easels ---------------------------------------------------------------------------------------------


def test_an_easel_stands_on_legs_under_a_canvas_with_a_little_landscape() -> None:
    assert furniture_kind("easel") == "easel"
    pixels = drawn("easel", size=(200, 300), box=(0.1, 0.1, 0.9, 0.9))
    sky = near(pixels, CANVAS_SKY, 12)
    assert sky.sum() > 500  # the painted sky on the canvas, not a neutral square
    sy1 = extent(sky)[3]
    ledge = 300 * (0.1 + 0.8 * LEDGE)
    assert sy1 < ledge  # the canvas rests on the ledge
    legs = near(pixels, EASEL_WOOD, 30)
    below = legs[round(ledge) + 20 :, :]
    cols = np.nonzero(below.sum(axis=0) > 0)[0]
    assert cols.max() - cols.min() > 80  # splayed legs, wide apart at the floor


# -- water --------------------------------------------------------------------------------------------


def _firefighting(relations: list[Relation]) -> tuple[np.ndarray, list[Element]]:
    fighter = Element(
        id="f", noun="firefighter", box=(0.05, 0.35, 0.3, 0.9), z=2, attributes={"facing": "right"}
    )
    water = Element(id="w", noun="water", box=(0.35, 0.7, 0.45, 0.85), z=3)
    house = Element(id="h", noun="house", box=(0.5, 0.35, 0.95, 0.9), z=1)
    elements = [fighter, water, house]
    return pixels_of(scene(_field(), elements, relations)), elements


def test_water_held_toward_a_house_is_a_jet_from_the_hand_to_it_not_a_drop() -> None:
    holds = Relation(subject="f", predicate="holds", object="w")
    pixels, elements = _firefighting([holds, Relation(subject="w", predicate="on", object="h")])
    plan = scene(_field(), elements, [holds, Relation(subject="w", predicate="on", object="h")])
    assert jet_ids(plan) == {"w"}
    assert strings(plan, SIDE, SIDE, skip=jet_ids(plan)) == []  # no kite string to the water
    jet = near(pixels, WATER_JET, 20)
    x0, _, x1, y1 = extent(jet)
    assert x0 < 0.3 * SIDE and x1 > 0.5 * SIDE  # from the firefighter's hand over to the house
    assert y1 < 0.7 * SIDE  # an arc in the air, not on the ground
    assert (
        near(pixels, DROP_BLUE, 25)[round(0.7 * SIDE) :, round(0.35 * SIDE) : round(0.45 * SIDE)].sum() < 20
    )


def test_water_aimed_through_its_holder_facing_lands_on_what_they_face() -> None:
    relations = [
        Relation(subject="f", predicate="holds", object="w"),
        Relation(subject="f", predicate="faces", object="h"),
    ]
    _, elements = _firefighting(relations)
    (flow,) = flows(scene(_field(), elements, relations), SIDE, SIDE)
    assert not flow.shower
    assert 0.5 * SIDE < flow.end[0] < 0.95 * SIDE and 0.35 * SIDE < flow.end[1] < 0.9 * SIDE


def test_water_between_someone_and_a_house_is_their_jet_onto_it() -> None:
    relations = [Relation(subject="w", predicate="between", object="f", object2="h")]
    pixels, elements = _firefighting(relations)
    plan = scene(_field(), elements, relations)
    assert jet_ids(plan) == {"w"}
    (flow,) = flows(plan, SIDE, SIDE)
    assert flow.start[0] < 0.3 * SIDE and flow.end[0] > 0.5 * SIDE
    assert near(pixels, WATER_JET, 20).sum() > 100
    # between two things that hold nothing (two rocks) it stays a drop
    rocks = [e.model_copy(update={"noun": "rock"}) if e.id != "w" else e for e in elements]
    assert jet_ids(scene(_field(), rocks, relations)) == frozenset()


def test_water_nobody_holds_stays_a_drop() -> None:
    pixels, elements = _firefighting([])
    assert jet_ids(scene(_field(), elements, [])) == frozenset()
    assert near(pixels, DROP_BLUE, 25).sum() > 100
    assert near(pixels, WATER_JET, 12).sum() == 0


def test_a_watering_can_held_by_someone_facing_flowers_showers_them() -> None:
    girl = Element(id="g", noun="girl", box=(0.55, 0.35, 0.8, 0.9), z=2, attributes={"facing": "left"})
    can = Element(id="c", noun="watering can", box=(0.45, 0.55, 0.6, 0.68), z=3)
    flower = Element(id="fl", noun="flower", box=(0.1, 0.65, 0.3, 0.9), z=1)
    holds = Relation(subject="g", predicate="holds", object="c")
    faces = Relation(subject="g", predicate="faces", object="fl")
    showered = pixels_of(scene(_field(), [girl, can, flower], [holds, faces]))
    dry = pixels_of(scene(_field(), [girl, can, flower], [holds]))
    drops = near(showered, WATER_JET, 20) & ~near(dry, WATER_JET, 20)
    assert drops.sum() > 60
    x0, _, x1, y1 = extent(drops)
    assert x0 < 0.3 * SIDE and x1 < 0.5 * SIDE  # from the can's rose, turned left, to the flower
    assert y1 <= 0.7 * SIDE


# -- sitting behind a table ----------------------------------------------------------------------------


def _dinner(behind: bool) -> tuple[np.ndarray, tuple[float, float, float, float]]:
    table = (0.2, 0.55, 0.8, 0.88)
    elements = [Element(id="t", noun="dining table", box=table, z=3)]
    relations = []
    for i, x in enumerate((0.22, 0.38, 0.54)):
        z = 1 if behind else 4
        elements.append(Element(id=f"c{i}", noun="chair", box=(x, 0.55, x + 0.16, 0.8), z=z))
        elements.append(
            Element(
                id=f"p{i}",
                noun="person",
                box=(x, 0.3, x + 0.16, 0.75),
                z=z + 1,
                attributes={"pose": "sitting"},
            )
        )
        relations.append(Relation(subject=f"p{i}", predicate="on", object=f"c{i}"))
    return pixels_of(scene(kitchen_background(), elements, relations)), table


def test_people_sitting_behind_a_table_show_above_its_cloth_their_legs_hidden() -> None:
    pixels, (x0, y0, x1, y1) = _dinner(behind=True)
    shoes = near(pixels, STANDING_LEGS.shoes, 20)
    assert shoes.sum() == 0  # feet under the cloth
    top = round(y0 * SIDE) + 8
    cloth = near(pixels, TABLECLOTH, 12)[
        top : round((y0 + (y1 - y0) * HEM) * SIDE) - 12, round(x0 * SIDE) + 8 : round(x1 * SIDE) - 8
    ]
    assert cloth.mean() > 0.7
    assert near(pixels, (255, 125, 39), 60)[: top - 8].sum() > 200  # their shirts above the table


def test_people_sitting_in_front_of_a_table_keep_their_legs_and_it_lays_no_cloth() -> None:
    pixels, _ = _dinner(behind=False)
    assert near(pixels, STANDING_LEGS.shoes, 20).sum() > 50
    assert near(pixels, TABLECLOTH, 6).sum() < 200


# -- swimmers -------------------------------------------------------------------------------------------

SEA = "#3a78b0"
#: The standing man's shirt in the art set.
SHIRT = (10, 169, 237)


def _sea() -> Background:
    return outdoor("ocean", "#a9d6f5", SEA, "water", horizon=0.5, ground_kind="water")


@pytest.mark.parametrize("box", [(0.35, 0.4, 0.6, 0.95), (0.35, 0.25, 0.6, 0.8)])
def test_a_swimmer_shows_above_the_waterline_only(box: tuple[float, float, float, float]) -> None:
    man = Element(id="m", noun="man", box=box, z=1, attributes={"pose": "swimming"})
    standing = Element(id="m", noun="man", box=box, z=1)
    swims = pixels_of(scene(_sea(), [man], []))
    stands = pixels_of(scene(_sea(), [standing], []))
    assert near(stands, STANDING_LEGS.shoes, 20).sum() > 30
    assert near(swims, STANDING_LEGS.shoes, 20).sum() == 0  # legs under the water
    shirt = near(swims, SHIRT, 30)
    assert shirt.sum() > 30  # shoulders out of it
    _, top, _, cut = extent(shirt)
    _, shirt_top, _, shirt_bottom = extent(near(stands, SHIRT, 30))
    assert cut - top < 0.6 * (shirt_bottom - shirt_top)  # cut at the chest
    # the head stays above the sea's surface (a box standing on the horizon goes down into it)
    assert cut >= 0.5 * SIDE


def test_a_swimming_duck_floats_as_drawn_and_a_swimmer_on_dry_land_stays_whole() -> None:
    duck = Element(id="d", noun="duck", box=(0.3, 0.6, 0.6, 0.9), z=1, attributes={"pose": "swimming"})
    floats = pixels_of(scene(_sea(), [duck], []))
    still = pixels_of(scene(_sea(), [duck.model_copy(update={"attributes": {}})], []))
    assert np.abs(floats - still).sum() == 0
    man = Element(id="m", noun="man", box=(0.35, 0.4, 0.6, 0.95), z=1, attributes={"pose": "swimming"})
    assert near(pixels_of(scene(_field(), [man], [])), STANDING_LEGS.shoes, 20).sum() > 30


# -- glass, pools and toys drawn in code ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("noun", "kind"),
    [
        ("fishbowl", "fishbowl"),
        ("fish tank", "fish tank"),
        ("swimming pool", "swimming pool"),
        ("building blocks", "building blocks"),
        ("blocks", "blocks"),
        ("hula hoop", "hula hoop"),
        ("basketball hoop", "basketball hoop"),
        ("stable", "stable"),
        ("market", "market"),
        ("mud", "mud"),
    ],
)
def test_things_whose_nearest_art_reads_as_something_else_are_drawn_in_code(noun: str, kind: str) -> None:
    # a block was a pig, building blocks a headstone, a hoop a skull, a pool an 8 ball
    assert furniture_kind(noun) == kind
    assert resolve_art(noun).emoji not in ("🐖", "🪦", "💀", "🎱", "🥣", "🏠")


def test_a_goldfish_in_a_bowl_swims_in_a_glass_bowl_of_water() -> None:
    bowl = Element(id="b", noun="bowl", box=(0.25, 0.5, 0.75, 0.9), z=1)
    fish = Element(id="f", noun="goldfish", box=(0.35, 0.6, 0.6, 0.8), z=2)
    inside = pixels_of(
        scene(kitchen_background(), [bowl, fish], [Relation(subject="f", predicate="inside", object="b")])
    )
    cereal = pixels_of(scene(kitchen_background(), [bowl], []))
    water = near(inside, GLASS_WATER, 12)
    assert water.sum() > 800  # a bowl of pale water around the fish
    assert near(cereal, GLASS_WATER, 12).sum() < 50  # a bowl alone stays the food bowl
    assert near(inside, GRAVEL, 12).sum() > 50


def test_a_swimming_pool_lies_flat_in_blue_water_inside_a_pale_edge() -> None:
    pixels = drawn("swimming pool", size=(300, 200), box=(0.1, 0.2, 0.9, 0.9))
    water = near(pixels, POOL_BLUE, 12)
    x0, y0, x1, y1 = extent(water)
    assert (x1 - x0) > 2.5 * (y1 - y0)  # seen from above-ish: wide and shallow
    assert near(pixels, COPING, 8)[y0 - 4 : y1 + 4, x0 - 8 : x1 + 8].sum() > 100


def test_toy_blocks_are_cubes_in_several_colours_and_a_hoop_is_a_ring() -> None:
    blocks = drawn("blocks", size=(240, 200), box=(0.2, 0.2, 0.8, 0.9))
    assert sum(near(blocks, rgb, 12).sum() > 50 for rgb in BLOCK_COLORS) >= 3
    hoop = near(drawn("hula hoop", size=(200, 200), box=(0.2, 0.2, 0.8, 0.8)), HOOP_PINK, 20)
    x0, y0, x1, y1 = extent(hoop)
    assert abs((x1 - x0) - (y1 - y0)) < 8
    assert not hoop[(y0 + y1) // 2, (x0 + x1) // 2]  # a ring: empty in the middle
    assert near(drawn("basketball hoop", size=(200, 240)), RIM_ORANGE, 20).sum() > 50
