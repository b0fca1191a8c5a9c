"""Everyday things, sixth round: a child on a dad's shoulders sits behind his head, legs down either side
of it; a rider sits astride a horse, one leg down its flank; old people keep their old faces seated and
lying; a teacher in a classroom stands before the wall's blackboard, not one of its own as well;
animals lying down fold their legs (one drawn as a face lies as a loaf); someone under a table or a
bed is as large as the room there; someone sitting on a bed sits up with legs along it; a storm has
lightning; a burning house burns."""

from __future__ import annotations

import numpy as np

from limner.assets.art import resolve_art
from limner.plan.model import Background, Element, Relation
from limner.render.builtin.art import load_art
from limner.render.builtin.backdrop import Backdrop
from limner.render.builtin.backdrop.weather import BOLT
from limner.render.builtin.objects import STANDING_LEGS
from limner.render.builtin.resting import FOLDED, leg_share
from limner.render.builtin.staging import stage_elements
from tests.render.pixels import FIELD, ROOM, SKIN, extent, near, pixels_of, scene

SIDE = 240
PLAIN = Background(color="#ffffff")
GREY = STANDING_LEGS.trousers  # the standing figure's trousers, and an old face's grey hair


def _columns(mask: np.ndarray) -> np.ndarray:
    return np.nonzero(mask.sum(axis=0) >= 2)[0]


# -- a child on a dad's shoulders --------------------------------------------------------------------


def _shoulders() -> tuple[list[Element], list[Relation]]:
    dad = Element(id="d", noun="man", box=(0.38, 0.3, 0.62, 0.86), z=1)
    girl = Element(id="g", noun="girl", attributes={"pose": "sitting"}, box=(0.42, 0.09, 0.58, 0.46), z=2)
    return [dad, girl], [Relation(subject="g", predicate="on", object="d")]


def test_a_child_on_shoulders_is_staged_on_the_carrier_not_seated_on_its_head() -> None:
    elements, relations = _shoulders()
    staging = stage_elements(scene(ROOM, elements, relations, SIDE), _backdrop(), SIDE, SIDE)
    assert staging["g"].shoulders is not None and staging["g"].shoulders.id == "d"
    assert staging["g"].seat is None


def test_a_child_on_shoulders_has_legs_either_side_of_the_carriers_visible_head() -> None:
    pixels = pixels_of(scene(ROOM, *_shoulders(), SIDE))
    top, tall = int(0.3 * SIDE), 0.56 * SIDE
    middle = SIDE // 2
    # the child's trousers hang in front of the dad's upper chest, on both sides of his head
    band = near(pixels[top + int(tall * 0.15) : top + int(tall * 0.42)], GREY, 20)
    cols = _columns(band)
    assert (cols < middle - 4).any() and (cols > middle + 4).any()
    # his face shows between them, and the child's head is above his
    face = near(pixels[top + int(tall * 0.05) : top + int(tall * 0.2), middle - 8 : middle + 8], SKIN, 40)
    assert face.sum() > 30
    assert near(pixels[: top - 2], SKIN, 40).sum() > 30


# -- riding astride ----------------------------------------------------------------------------------


def test_a_rider_sits_astride_with_one_leg_forward_down_the_flank() -> None:
    horse = Element(id="h", noun="horse", attributes={"facing": "right"}, box=(0.22, 0.42, 0.78, 0.86), z=1)
    woman = Element(
        id="w",
        noun="woman",
        attributes={"pose": "riding", "facing": "right"},
        box=(0.39, 0.19, 0.55, 0.58),
        z=2,
    )
    plan = scene(FIELD, [horse, woman], [Relation(subject="w", predicate="rides", object="h")], SIDE)
    staging = stage_elements(plan, _backdrop(), SIDE, SIDE)
    assert staging["w"].mount is not None and staging["w"].rides
    pixels = pixels_of(plan)
    back = int(0.58 * SIDE)
    shoes = near(pixels, STANDING_LEGS.shoes, 20)
    x0, y0, x1, _ = extent(shoes)
    # one shoe, below the back on the flank, ahead of the hips (she faces right)
    assert y0 > back and x1 - x0 < SIDE * 0.1
    assert (x0 + x1) / 2 > 0.47 * SIDE
    # no trousers standing down to the ground in front of the horse
    assert near(pixels[int(0.75 * SIDE) :], GREY, 20).sum() < 10


# -- old people sitting and lying ---------------------------------------------------------------------


def _sitter(attributes: dict[str, str], noun: str = "man") -> np.ndarray:
    bench = Element(id="b", noun="bench", box=(0.2, 0.6, 0.8, 0.86), z=1)
    man = Element(id="m", noun=noun, attributes=attributes, box=(0.38, 0.05, 0.62, 0.61), z=2)
    return pixels_of(scene(PLAIN, [bench, man], [Relation(subject="m", predicate="on", object="b")], SIDE))


def test_an_old_man_sitting_keeps_his_old_face() -> None:
    old = _sitter({"pose": "sitting", "age": "old"})
    young = _sitter({"pose": "sitting"})
    _, head, _, _ = extent(near(young, SKIN, 40))
    rows = slice(max(0, head - 6), head + int(SIDE * 0.06))
    assert near(old[rows], GREY, 12).sum() > 20  # grey hair
    assert near(young[rows], GREY, 12).sum() < 5


def test_a_grandmother_lying_keeps_her_old_face() -> None:
    bed = Element(id="b", noun="bed", box=(0.1, 0.55, 0.9, 0.86), z=1)
    granny = Element(id="g", noun="grandmother", attributes={"pose": "lying"}, box=(0.4, 0.1, 0.6, 0.56), z=2)
    plan = scene(PLAIN, [bed, granny], [Relation(subject="g", predicate="on", object="b")], SIDE)
    lying = pixels_of(plan)
    # lying with her head at the left end: the old face's grey hair is there, above the mattress
    part = lying[: int(0.6 * SIDE), : int(0.4 * SIDE)]
    assert near(part, GREY, 12).sum() > 15


# -- one blackboard ----------------------------------------------------------------------------------


def test_a_teacher_in_a_classroom_draws_no_board_of_its_own() -> None:
    slate = (0x44, 0x91, 0x1B)  # the teacher art's green slate
    teacher = Element(id="t", noun="teacher", box=(0.36, 0.33, 0.64, 0.89))
    classroom = ROOM.model_copy(update={"setting": "classroom"})
    assert near(pixels_of(scene(ROOM, [teacher], [], SIDE)), slate, 20).sum() > 50
    assert near(pixels_of(scene(classroom, [teacher], [], SIDE)), slate, 20).sum() == 0


# -- animals lying down ------------------------------------------------------------------------------


def _longest_run(row: np.ndarray) -> int:
    padded = np.concatenate(([0], row.astype(np.int8), [0]))
    edges = np.flatnonzero(np.diff(padded))
    return int((edges[1::2] - edges[0::2]).max()) if len(edges) else 0


def test_an_animal_lying_down_folds_its_legs_under_it() -> None:
    cat = load_art(resolve_art("cat").file, None)
    share = leg_share(cat)
    assert 0.18 <= share <= 0.4  # read off the art: the rows under its belly

    def ink(pose: str | None) -> np.ndarray:
        element = Element(
            id="c", noun="cat", attributes={"pose": pose} if pose else {}, box=(0.2, 0.2, 0.8, 0.8)
        )
        mask: np.ndarray = np.abs(pixels_of(scene(PLAIN, [element], [], SIDE)) - 255).sum(axis=2) > 60
        return mask

    standing, lying = ink(None), ink("lying")
    _, top, _, bottom = extent(standing)
    x0, _, x1, low = extent(lying)
    belly = max(y for y in range(low + 1) if _longest_run(lying[y]) >= 0.42 * (x1 - x0))
    # the legs are folded flat: little more than paws shows under the belly
    assert low - belly <= (bottom - top) * share * FOLDED + 3
    assert low - belly < (bottom - top) * 0.08


def test_an_animal_drawn_as_a_face_lies_as_a_loaf_with_its_body_behind_it() -> None:
    def ink(pose: str | None) -> tuple[int, int, int, int]:
        attributes = {"pose": pose} if pose else {}
        element = Element(id="l", noun="lion", attributes=attributes, box=(0.1, 0.4, 0.9, 0.9))
        return extent(np.abs(pixels_of(scene(PLAIN, [element], [], SIDE)) - 255).sum(axis=2) > 60)

    fx0, fy0, fx1, fy1 = ink(None)
    lx0, ly0, lx1, ly1 = ink("lying")
    assert (fx1 - fx0) / (fy1 - fy0) < 1.3  # a face
    assert (lx1 - lx0) / (ly1 - ly0) > 1.8  # a body stretched out behind it


# -- under a table or a bed --------------------------------------------------------------------------


def _under(piece: str) -> np.ndarray:
    thing = Element(id="f", noun=piece, box=(0.19, 0.3, 0.81, 0.7), z=1)
    boy = Element(id="b", noun="boy", box=(0.47, 0.56, 0.53, 0.7), z=1)
    return pixels_of(scene(ROOM, [boy, thing], [Relation(subject="b", predicate="under", object="f")], SIDE))


def test_someone_under_a_table_sits_there_as_large_as_the_room_under_it() -> None:
    _, y0, _, y1 = extent(near(_under("table"), SKIN, 40))
    assert y1 - y0 > 0.16 * SIDE  # face to hands: a sitter a fifth of the canvas tall, not a doll
    assert y0 > 0.3 * SIDE + 0.1 * 0.4 * SIDE  # under the table top


def test_someone_under_a_bed_lies_on_the_floor_under_it() -> None:
    gap = int(0.7 * SIDE - 0.2 * 0.4 * SIDE)  # under the bed's side rail, down to the floor
    pixels = _under("bed")
    body = near(pixels, SKIN, 40) | near(pixels, STANDING_LEGS.shoes, 20)  # head and hands to feet
    x0, _, x1, y1 = extent(body[gap - 2 :])
    assert x1 - x0 > 0.15 * SIDE  # lying along the floor, longer than the standing doll was tall
    assert y1 + gap - 2 <= 0.7 * SIDE + 2  # on the floor
    assert near(pixels[: gap - 2], SKIN, 40).sum() == 0  # all of it in the gap


# -- sitting up on a bed -----------------------------------------------------------------------------


def test_someone_sitting_on_a_bed_has_legs_along_it() -> None:
    bed = Element(id="b", noun="bed", box=(0.15, 0.52, 0.85, 0.88), z=1)
    girl = Element(id="g", noun="girl", attributes={"pose": "sitting"}, box=(0.42, 0.08, 0.58, 0.53), z=2)
    pixels = pixels_of(scene(ROOM, [bed, girl], [Relation(subject="g", predicate="on", object="b")], SIDE))
    _, _, _, sole = extent(near(pixels, STANDING_LEGS.shoes, 20))
    assert sole <= 0.52 * SIDE + 3  # the feet rest on the mattress, not hanging down its side


# -- storms and fires --------------------------------------------------------------------------------


def test_a_storm_has_lightning_and_rain_has_none() -> None:
    storm = FIELD.model_copy(update={"weather": "storm", "color": "#4b5563"})
    rain = FIELD.model_copy(update={"weather": "rain", "color": "#4b5563"})
    assert near(pixels_of(scene(storm, [], [], SIDE)), BOLT, 20).sum() > 40
    assert near(pixels_of(scene(rain, [], [], SIDE)), BOLT, 20).sum() == 0


def test_a_burning_house_has_flames_on_it() -> None:
    flame = (0xFF, 0x67, 0x23)

    def house(noun: str, **state: str) -> np.ndarray:
        attributes = {"sense": "house", **state}
        element = Element(id="h", noun=noun, attributes=attributes, box=(0.3, 0.4, 0.7, 0.86))
        return pixels_of(scene(FIELD, [element], [], SIDE))

    assert near(house("burning house"), flame, 30).sum() > 80
    assert near(house("house", state="burning"), flame, 30).sum() > 80  # "a house on fire"
    assert near(house("house"), flame, 30).sum() < 10


def _backdrop() -> Backdrop:
    return Backdrop(color=(238, 234, 228), horizon=0.62 * SIDE, grounded=True)
