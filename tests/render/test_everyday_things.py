"""Everyday things people use, drawn as they are used: someone in a wheelchair sits in it, a hammock is a
cloth slung between two ends that holds who lies in it, a blanket on the ground is spread flat, a stop
sign has its post and its word, a pier over a lake stands in the lake's water."""

from __future__ import annotations

import numpy as np
import pytest

from limner.assets.art import furniture_kind, resolve_art
from limner.plan.model import Background, Element, Layer, Plan, Relation
from limner.render.builtin.backdrop import Backdrop
from limner.render.builtin.furniture import HAMMOCK_RED, furniture_drawer
from limner.render.builtin.household import RUG_RED
from limner.render.builtin.objects import STANDING_LEGS
from limner.render.builtin.outdoor import WATER
from limner.render.builtin.seated import seat_top
from limner.render.builtin.signpost import POST_GREY
from limner.render.builtin.spread import CHECK_WHITE, PICNIC_RED, TOWEL_TEAL
from limner.render.builtin.staging import stage_elements
from limner.render.builtin.stroller import RIM as STROLLER_RIM
from limner.render.builtin.stroller import STROLLER_BLUE, TYRE
from tests.render.pixels import extent as _extent
from tests.render.pixels import near as _near
from tests.render.pixels import pixels_of as _pixels
from tests.render.pixels import scene as _plan
from tests.render.scenes import outdoor

SIDE = 400
SHOES = STANDING_LEGS.shoes
#: The wheelchair's red frame and the standing man's shirt in the art set.
CHAIR_RED = (249, 47, 96)
#: A hammock's own posts.
POST_WOOD = (128, 88, 56)
SHIRT = (10, 169, 237)


# -- someone in a wheelchair --------------------------------------------------------------------------

CHAIR = (0.3, 0.45, 0.7, 0.85)


def _wheelchair(predicate: str, pose: str | None) -> Plan:
    attributes = {"pose": pose} if pose else {}
    return _plan(
        {"color": "#d8e4f0"},
        [
            Element(id="c", noun="wheelchair", box=CHAIR, z=1),
            Element(id="m", noun="man", box=(0.44, 0.52, 0.56, 0.8), z=2, attributes=attributes),
        ],
        [Relation(subject="m", predicate=predicate, object="c")],
    )


@pytest.mark.parametrize(("predicate", "pose"), [("in", "sitting"), ("inside", None), ("on", None)])
def test_someone_in_a_wheelchair_sits_in_it(predicate: str, pose: str | None) -> None:
    pixels = _pixels(_wheelchair(predicate, pose))
    cx0, cy0, cx1, cy1 = _extent(_near(pixels, CHAIR_RED))
    _, _, sx1, sy1 = _extent(_near(pixels, SHOES))
    # the feet rest on the footrest: low in the chair, toward its front (the emoji faces left)
    assert cy0 + (cy1 - cy0) * 0.55 < sy1 <= cy1
    assert sx1 < (cx0 + cx1) / 2
    # the body is in the seat, not standing beside it or pasted above it: the shirt reaches down into
    # the chair's upper half and lies across it
    bx0, _, bx1, by1 = _extent(_near(pixels, SHIRT))
    assert by1 > cy0 + (cy1 - cy0) * 0.15
    assert cx0 < (bx0 + bx1) / 2 < cx1


def test_the_wheelchairs_wheel_is_in_front_of_the_sitter() -> None:
    pixels = _pixels(_wheelchair("in", "sitting"))
    # the wheel's hub (near black) and its grey rim stay visible at the back of the chair
    x0, y0, x1, y1 = (round(v * SIDE) for v in CHAIR)
    back = pixels[y0 + (y1 - y0) // 2 : y1, x0 + (x1 - x0) // 2 : x1]
    assert _near(back, (155, 155, 155)).sum() > 150
    assert not _near(back, SHIRT).any()


# -- hammocks ---------------------------------------------------------------------------------------


def test_a_hammock_is_no_bed() -> None:
    assert furniture_kind("hammock") == "hammock"
    assert resolve_art("hammock").furniture == "hammock"


def _park(*elements: Element, relations: list[Relation] | None = None) -> Plan:
    background = outdoor("park", "#8ec5ec", "#6aa84f", "grass")
    return _plan(background, list(elements), relations or [])


def _cloth_tops(mask: np.ndarray) -> dict[int, int]:
    """Topmost row of ``mask`` in each column that has it."""
    return {x: int(np.argmax(mask[:, x])) for x in range(mask.shape[1]) if mask[:, x].any()}


def test_a_hammock_sags_between_its_own_posts() -> None:
    pixels = _pixels(_park(Element(id="h", noun="hammock", box=(0.2, 0.5, 0.8, 0.85), z=1)))
    cloth = _near(pixels, HAMMOCK_RED, 30)
    x0, _, x1, _ = _extent(cloth)
    tops = _cloth_tops(cloth)
    middle = tops[(x0 + x1) // 2]
    near_ends = (tops[x0 + 3], tops[x1 - 3])
    assert all(middle > end + 20 for end in near_ends), (middle, near_ends)  # a curve, not a mattress
    # two posts of its own, standing on the ground at the box's ends
    wood = _near(pixels, POST_WOOD, 12)
    left, right = wood[:, : SIDE // 2], wood[:, SIDE // 2 :]
    assert left.sum() > 100 and right.sum() > 100
    assert _extent(wood)[3] > 0.8 * SIDE


def test_a_hammock_between_two_trees_reaches_their_trunks_and_has_no_posts() -> None:
    trees = [
        Element(id="t1", noun="tree", box=(0.02, 0.35, 0.3, 0.85), z=2),
        Element(id="t2", noun="tree", box=(0.7, 0.35, 0.98, 0.85), z=3),
    ]
    hammock = Element(id="h", noun="hammock", box=(0.32, 0.55, 0.68, 0.85), z=1)
    pixels = _pixels(
        _park(
            hammock, *trees, relations=[Relation(subject="h", predicate="between", object="t1", object2="t2")]
        )
    )
    cloth = _near(pixels, HAMMOCK_RED, 30)
    x0, _, x1, _ = _extent(cloth)
    assert x0 < 0.3 * SIDE and x1 > 0.7 * SIDE  # wider than its box: slung from trunk to trunk
    assert _near(pixels, POST_WOOD, 12).sum() < 20


def test_someone_lying_in_a_hammock_lies_along_it_held_by_its_lip() -> None:
    hammock = Element(id="h", noun="hammock", box=(0.2, 0.5, 0.8, 0.85), z=1)
    man = Element(id="m", noun="man", box=(0.45, 0.4, 0.55, 0.7), z=2, attributes={"pose": "lying"})
    pixels = _pixels(_park(hammock, man, relations=[Relation(subject="m", predicate="in", object="h")]))
    cloth = _near(pixels, HAMMOCK_RED, 30)
    hx0, hy0, hx1, hy1 = _extent(cloth)
    shirt = _near(pixels, SHIRT)
    bx0, by0, bx1, by1 = _extent(shirt)
    assert hy0 < by1 < hy1  # in the cloth, not on a mattress above it
    # lying along it: the body (shirt to shoes) is long across the hammock
    shoes = _extent(_near(pixels, SHOES, 30))
    assert max(bx1, shoes[2]) - min(bx0, shoes[0]) > 0.3 * (hx1 - hx0)
    # the cloth's lip is drawn over the lower half of the body
    column = (bx0 + bx1) // 2
    assert cloth[by0:hy1, column].any() and cloth[(by0 + by1) // 2 : by1 + 2, column].any()


# -- blankets -----------------------------------------------------------------------------------------


def test_a_blanket_someone_lies_on_in_the_park_is_spread_flat_and_checked() -> None:
    blanket = Element(id="b", noun="blanket", box=(0.25, 0.55, 0.75, 0.9), z=1)
    girl = Element(id="g", noun="woman", box=(0.42, 0.1, 0.58, 0.56), z=2, attributes={"pose": "lying"})
    pixels = _pixels(_park(blanket, girl, relations=[Relation(subject="g", predicate="on", object="b")]))
    red = _near(pixels, PICNIC_RED, 30)
    white = _near(pixels, CHECK_WHITE, 24)
    x0, y0, x1, y1 = _extent(red)
    assert (y1 - y0) < 0.45 * (x1 - x0)  # a wide low quadrilateral, not a folded pile
    assert y0 > 0.55 * SIDE + 0.15 * (x1 - x0)  # lying at the bottom of its box, on the ground
    assert white[y0:y1, x0:x1].sum() > 0.2 * red[y0:y1, x0:x1].sum()  # checked
    # the woman lies on it: her shoes over the blanket's rows, level with her body
    sy1 = _extent(_near(pixels, SHOES))[3]
    assert y0 - 0.1 * SIDE < sy1 < y1


def test_a_blanket_on_a_bed_stays_folded() -> None:
    bed = Element(id="b", noun="bed", box=(0.2, 0.6, 0.8, 0.9), z=1)
    blanket = Element(id="k", noun="blanket", box=(0.35, 0.4, 0.65, 0.6), z=2)
    pixels = _pixels(_park(bed, blanket, relations=[Relation(subject="k", predicate="on", object="b")]))
    assert not _near(pixels, PICNIC_RED, 30).any()
    assert _near(pixels, (86, 124, 184), 30).sum() > 500


def test_a_thing_on_a_spread_blanket_comes_down_onto_it() -> None:
    blanket = Element(id="b", noun="blanket", box=(0.2, 0.5, 0.8, 0.9), z=1)
    ball = Element(id="x", noun="ball", box=(0.45, 0.4, 0.55, 0.5), z=2, attributes={"color": "blue"})
    pixels = _pixels(_park(blanket, ball, relations=[Relation(subject="x", predicate="on", object="b")]))
    _, ry0, _, ry1 = _extent(_near(pixels, PICNIC_RED, 30) | _near(pixels, CHECK_WHITE, 24))
    _, _, _, by1 = _extent(_near(pixels, (30, 136, 229), 40))
    assert ry0 < by1 < ry1


# -- stop signs ---------------------------------------------------------------------------------------


def test_a_stop_sign_has_a_post_and_white_stop_on_its_octagon() -> None:
    sign = Element(id="s", noun="stop sign", box=(0.3, 0.2, 0.7, 0.85), z=1)
    pixels = _pixels(_park(sign))
    red = _near(pixels, (248, 49, 47), 30)
    x0, y0, x1, y1 = _extent(red)
    face = pixels[y0 + (y1 - y0) // 3 : y1 - (y1 - y0) // 3, x0 + (x1 - x0) // 8 : x1 - (x1 - x0) // 8]
    white = _near(face, (255, 255, 255), 12)
    assert white.sum() > 0.1 * face.shape[0] * face.shape[1]  # the word, in white
    wx0, _, wx1, _ = _extent(white)
    assert wx1 - wx0 > 0.5 * face.shape[1]  # four letters across the face
    post = _near(pixels, POST_GREY, 12)
    px0, py0, px1, py1 = _extent(post)
    assert py0 >= y1 - 2 and py1 > 0.8 * SIDE  # under the octagon, down to the ground
    assert px1 - px0 < (x1 - x0) * 0.2


def test_a_road_sign_keeps_its_board() -> None:
    pixels = _pixels(_park(Element(id="s", noun="sign", box=(0.3, 0.2, 0.7, 0.85), z=1)))
    assert not _near(pixels, POST_GREY, 6).any()


# -- piers --------------------------------------------------------------------------------------------


def _pier(layers: list[Layer]) -> Plan:
    background = Background(color="#8ec5ec", setting="lake", horizon=0.5, layers=layers)
    return _plan(background, [Element(id="p", noun="pier", box=(0.2, 0.55, 0.8, 0.8), z=1)], [])


def test_a_pier_on_a_lake_stands_in_the_lakes_water() -> None:
    lake = [
        Layer(kind="sky", color="#8ec5ec", span=(0.0, 0.5)),
        Layer(kind="water", color="#3a78b0", span=(0.5, 1.0)),
    ]
    land = [
        Layer(kind="sky", color="#8ec5ec", span=(0.0, 0.5)),
        Layer(kind="ground", color="#6aa84f", material="grass", span=(0.5, 1.0)),
    ]
    assert _near(_pixels(_pier(land)), WATER, 8).sum() > 500  # on land it brings its own water
    assert _near(_pixels(_pier(lake)), WATER, 8).sum() < 50  # on the lake the lake's water is its water


def test_a_beach_towel_is_spread_on_the_sand_and_holds_who_lies_on_it() -> None:
    towel = Element(id="t", noun="beach towel", box=(0.3, 0.5, 0.7, 0.9), z=1)
    woman = Element(id="w", noun="woman", box=(0.4, 0.1, 0.6, 0.52), z=2, attributes={"pose": "lying"})
    background = outdoor("beach", "#8ec5ec", "#ecd9a0", "sand")
    pixels = _pixels(_plan(background, [towel, woman], [Relation(subject="w", predicate="on", object="t")]))
    x0, y0, x1, y1 = _extent(_near(pixels, TOWEL_TEAL, 30))
    assert (y1 - y0) < 0.45 * (x1 - x0)  # flat on the sand, not hung from a bar
    assert y0 > 0.75 * SIDE
    # she lies on it, no longer than it is: her shoes and her hair within its width, level with it
    sx0, _, sx1, sy1 = _extent(_near(pixels, SHOES, 30))
    assert x0 <= sx0 and sx1 <= x1
    assert y0 - 0.08 * SIDE < sy1 < y1


# -- boats and chairs ---------------------------------------------------------------------------------


def test_someone_on_a_boat_is_aboard_it() -> None:
    boat = Element(id="b", noun="canoe", box=(0.2, 0.55, 0.8, 0.8), z=1)
    man = Element(id="m", noun="man", box=(0.4, 0.05, 0.6, 0.56), z=2)
    background = outdoor("lake", "#8ec5ec", "#3a78b0", "water", ground_kind="water")
    pixels = _pixels(_plan(background, [boat, man], [Relation(subject="m", predicate="on", object="b")]))
    # in the canoe, seen over its side: his shirt shows, his shoes do not, and nothing of him stands
    # above the boat as tall as the plan's box
    assert _near(pixels, SHIRT).sum() > 30
    assert not _near(pixels, SHOES).any()
    _, top, _, _ = _extent(_near(pixels, SHIRT) | _near(pixels, (255, 200, 61), 40))
    assert top > 0.3 * SIDE


def test_folding_chairs_are_chairs_one_sits_on() -> None:
    assert seat_top("deck chair") == 0.0
    assert furniture_drawer("folding chair") is furniture_drawer("chair")


# -- strollers ----------------------------------------------------------------------------------------


def test_a_stroller_is_drawn_as_a_pram_not_a_car() -> None:
    for noun in ("stroller", "baby stroller", "pram", "baby carriage", "pushchair"):
        assert resolve_art(noun).furniture == noun
    pixels = _pixels(_park(Element(id="s", noun="stroller", box=(0.2, 0.4, 0.8, 0.8), z=1)))
    x0, _, _, y1 = _extent(_near(pixels, STROLLER_BLUE, 30))
    # a bassinet high on wheels, with a hood: blue from the hood's top down to the bassinet's bottom,
    # nothing blue at the handle's end (left) or under the bassinet (the wheels)
    assert x0 > 0.2 * SIDE + 0.2 * 0.6 * SIDE and y1 < 0.8 * SIDE - 0.15 * 0.4 * SIDE
    assert _near(pixels, TYRE, 12)[int(0.7 * SIDE) :].sum() > 200  # two wheels


def _handle_side(attributes: dict[str, str]) -> str:
    """Where the stroller's handle (dark, above the bassinet's rim) is: "left" or "right"."""
    stroller = Element(id="s", noun="stroller", box=(0.2, 0.4, 0.8, 0.8), z=1, attributes=attributes)
    dark = _near(_pixels(_park(stroller)), TYRE, 12)[int(0.4 * SIDE) : int(0.5 * SIDE)]
    left, right = dark[:, : SIDE // 2].sum(), dark[:, SIDE // 2 :].sum()
    assert max(left, right) > 20
    return "left" if left > right else "right"


def test_a_stroller_faces_whoever_pushes_it() -> None:
    assert _handle_side({}) == "left"
    assert _handle_side({"facing": "left"}) == "left"
    assert _handle_side({"facing": "right"}) == "right"


def test_a_baby_in_a_stroller_looks_out_over_its_rim() -> None:
    stroller = Element(id="s", noun="stroller", box=(0.2, 0.4, 0.8, 0.8), z=1)
    baby = Element(id="b", noun="baby", box=(0.4, 0.1, 0.6, 0.4), z=2)
    pixels = _pixels(_park(stroller, baby, relations=[Relation(subject="b", predicate="in", object="s")]))
    rim = 0.4 * SIDE + 0.4 * SIDE * STROLLER_RIM
    skin = _near(pixels, (255, 200, 61), 40)
    _, sy0, _, sy1 = _extent(skin)
    assert sy1 <= rim + 3  # cut at the rim: only its head shows
    assert sy0 > 0.4 * SIDE - 5  # in the stroller, not where the plan's box floated above it


# -- mounts and cribs ---------------------------------------------------------------------------------


def test_someone_sitting_on_a_horse_rides_it_astride() -> None:
    horse = Element(id="h", noun="horse", box=(0.2, 0.45, 0.8, 0.85), z=1)
    girl = Element(id="g", noun="woman", box=(0.41, 0.05, 0.59, 0.47), z=2, attributes={"pose": "sitting"})
    plan = _park(horse, girl, relations=[Relation(subject="g", predicate="on", object="h")])
    staged = stage_elements(plan, Backdrop(color=(216, 228, 240)), SIDE)
    assert staged["g"].rides and staged["g"].seat is None and staged["g"].drop > 0
    pixels = _pixels(plan)
    # astride: no side legs sticking out over the horse's back (one leg down its flank), hips down on it
    shoes = _near(pixels, SHOES, 30)
    assert shoes.sum() < 10 or _extent(shoes)[1] > 0.45 * SIDE + 0.3 * 0.4 * SIDE
    _, _, _, bottom = _extent(_near(pixels, (155, 155, 155), 8))
    assert bottom > 0.45 * SIDE + 0.3 * 0.4 * SIDE


def test_a_child_lies_in_a_crib_and_a_baby_looks_out_of_it() -> None:
    assert seat_top("crib") == 0.0
    crib = Element(id="c", noun="crib", box=(0.2, 0.5, 0.8, 0.85), z=1)
    child = Element(id="k", noun="child", box=(0.4, 0.3, 0.6, 0.8), z=2, attributes={"pose": "lying"})
    relation = [Relation(subject="k", predicate="in", object="c")]
    staged = stage_elements(_park(crib, child, relations=relation), Backdrop(color=(216, 228, 240)), SIDE)
    assert staged["k"].lies and staged["k"].vehicle is None
    baby = Element(id="k", noun="baby", box=(0.4, 0.3, 0.6, 0.8), z=2)
    pixels = _pixels(_park(crib, baby, relations=relation))
    _, top, _, bottom = _extent(_near(pixels, (255, 200, 61), 40))
    mattress = 0.5 * SIDE + 0.35 * SIDE * 0.17
    assert bottom <= mattress + 3 and top > 0.5 * SIDE - 0.35 * SIDE * 0.45 - 5


def test_a_rug_lies_low_on_the_floor_and_what_is_on_it_stands_on_it() -> None:
    rug = Element(id="r", noun="rug", box=(0.2, 0.4, 0.8, 0.85), z=1)
    ball = Element(id="x", noun="ball", box=(0.45, 0.3, 0.55, 0.4), z=2, attributes={"color": "blue"})
    pixels = _pixels(
        _plan({"color": "#e8e2d8"}, [rug, ball], [Relation(subject="x", predicate="on", object="r")])
    )
    x0, y0, x1, y1 = _extent(_near(pixels, RUG_RED, 30))
    assert (y1 - y0) < 0.45 * (x1 - x0) and y0 > 0.6 * SIDE  # not a board standing on end
    _, _, _, by1 = _extent(_near(pixels, (30, 136, 229), 40))
    assert y0 < by1 < y1


def test_someone_on_a_rug_stands_unless_posed_sitting() -> None:
    rug = Element(id="r", noun="rug", box=(0.2, 0.6, 0.8, 0.85), z=1)
    relation = [Relation(subject="m", predicate="on", object="r")]
    man = Element(id="m", noun="man", box=(0.4, 0.1, 0.6, 0.6), z=2)
    staged = stage_elements(_park(rug, man, relations=relation), Backdrop(color=(216, 228, 240)), SIDE)
    assert staged["m"].seat is None and staged["m"].drop > 0
    sitting = Element(id="m", noun="man", box=(0.4, 0.1, 0.6, 0.6), z=2, attributes={"pose": "sitting"})
    staged = stage_elements(_park(rug, sitting, relations=relation), Backdrop(color=(216, 228, 240)), SIDE)
    assert staged["m"].seat is not None and staged["m"].seat[1] == staged["m"].seat[3]  # on the floor
