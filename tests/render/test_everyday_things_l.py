"""Everyday things, round 16b: an animal whose art is only its face (a fox) stands on a body drawn in
its own colours in a scene, a sticker keeps the face; jars on a shelf stand on its boards; a fruit
stand heaps fruit on its counter; a classroom's "board" is its wall board, the teacher writing on it,
not a second sign in the middle of the room."""

from __future__ import annotations

from limner.plan.model import Background, Element, Layer, Relation
from limner.render.builtin.goods import FRUIT
from tests.render.pixels import FIELD, ROOM, SKIN, extent, near, pixels_of, scene

SIDE = 240
FOX = (255, 130, 45)
FOX_SOCKS = (33, 33, 33)
JAR_GLASS = (174, 221, 255)
#: The fruit art's main colours: a red apple, a lemon, an orange, a pear.
FRUIT_COLOURS = ((248, 49, 47), (252, 213, 63), (255, 130, 45), (195, 239, 60))
SLATE = (146, 163, 144)
SIGN_POST = (243, 173, 97)
CLASSROOM = Background(
    color="#f1ead8",
    setting="classroom",
    description="classroom",
    horizon=0.7,
    layers=[
        Layer(kind="wall", color="#f1ead8", span=(0.0, 0.7)),
        Layer(kind="floor", color="#c9a77a", material="wood", span=(0.7, 1.0)),
    ],
)


def test_a_fox_in_a_field_stands_on_a_body_a_fox_sticker_keeps_its_face() -> None:
    fox = Element(id="f", noun="fox", box=(0.2, 0.45, 0.8, 0.85))
    field, sticker = (pixels_of(scene(bg, [fox], [], SIDE)) for bg in (FIELD, ROOM))
    x0, _, x1, _ = extent(near(field, FOX, 30))
    assert x1 - x0 > 0.5 * SIDE  # head and trunk side by side, longer than tall
    _, _, _, feet = extent(near(field, FOX_SOCKS, 20))
    assert feet > 0.8 * SIDE  # four dark-socked legs down to the ground
    x0, _, x1, _ = extent(near(sticker, FOX, 30))
    assert x1 - x0 < 0.42 * SIDE  # the plain default stage: the face alone


def test_jars_on_a_shelf_stand_on_its_boards() -> None:
    shelf = Element(id="s", noun="shelf", box=(0.2, 0.43, 0.8, 0.86), z=1)
    jars = [
        Element(id=f"j{i}", noun="jar", box=(0.23 + 0.19 * i, 0.2, 0.4 + 0.19 * i, 0.44), z=2)
        for i in range(3)
    ]
    relations = [Relation(subject=j.id, predicate="on top of", object="s") for j in jars]
    pixels = pixels_of(scene(ROOM, [shelf, *jars], relations, SIDE))
    glass = near(pixels, JAR_GLASS, 20)
    _, top, _, bottom = extent(glass)
    assert top > 0.43 * SIDE and bottom < 0.86 * SIDE  # inside the unit, not hanging above it
    middle = int(0.645 * SIDE)
    assert glass[:middle].sum() > 100 and glass[middle:].sum() > 100  # spread over both rows


def test_a_fruit_stand_heaps_fruit_on_its_counter() -> None:
    assert "🍎" in FRUIT
    stand = Element(id="st", noun="fruit stand", box=(0.1, 0.39, 0.9, 1.0))
    pixels = pixels_of(scene(FIELD, [stand], [], SIDE))
    counter = (0.39 + 0.61 * 0.6) * SIDE
    shown = [c for c in FRUIT_COLOURS if near(pixels, c, 12).sum() > 30]
    assert len(shown) >= 3  # mixed fruit, not one piece
    _, top, _, bottom = extent(near(pixels, FRUIT_COLOURS[0], 12))
    assert counter - 0.04 * SIDE < bottom < counter + 0.03 * SIDE  # resting on the counter
    assert top > (0.39 + 0.61 * 0.26) * SIDE  # under the awning


def test_a_teacher_writes_on_the_classroom_wall_board_no_second_board() -> None:
    teacher = Element(
        id="t", noun="teacher", attributes={"facing": "right"}, box=(0.15, 0.25, 0.46, 0.86), z=1
    )
    board = Element(id="b", noun="board", box=(0.37, 0.43, 0.8, 0.86), z=2)
    relations = [Relation(subject="t", predicate="touches", object="b")]
    pixels = pixels_of(scene(CLASSROOM, [teacher, board], relations, SIDE))
    assert not near(pixels, SIGN_POST, 12).any()  # no sign on a post in the room
    sx0, _, sx1, sy1 = extent(near(pixels, SLATE, 10))
    assert sy1 < 0.45 * SIDE and sx1 - sx0 > 0.3 * SIDE  # one board, on the wall
    _, _, hand, _ = extent(near(pixels, SKIN, 12))
    assert sx0 < hand < sx1 and hand > 0.46 * SIDE  # a hand raised to it, past the teacher's side
