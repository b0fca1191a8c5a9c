"""Everyday things, seventh round: someone sitting facing the viewer hangs both shins down from the
seat's front edge (or sits cross-legged on the ground), not one leg sticking out sideways; candles
on a birthday cake stand small on its top; an arch is an arbour or a stone arch framing whoever stands
under it, not a temple; a horse in a barn stands in its open doorway; a couple facing each other
join hands; a dog someone walks has its leash."""

from __future__ import annotations

import numpy as np

from limner.assets.art import resolve_art
from limner.plan.model import Element, Relation
from limner.render.builtin.arches import LEAF, LEAF_DARK, STONE, arch_kind
from limner.render.builtin.objects import STANDING_LEGS
from limner.render.builtin.strings import LEASH, leash_lines
from limner.render.builtin.structures import HAY
from tests.render.pixels import FIELD, ROOM, SKIN, extent, near, pixels_of, scene

SIDE = 240


def _runs(row: np.ndarray) -> int:
    """How many separate runs of True a row holds."""
    padded = np.concatenate(([False], row, [False])).astype(int)
    return int((np.diff(padded) == 1).sum())


# -- sitting facing the viewer -----------------------------------------------------------------------


def test_a_man_on_a_bench_hangs_two_shins_side_by_side_not_one_leg_sideways() -> None:
    bench = Element(id="b", noun="bench", box=(0.2, 0.62, 0.8, 0.86), z=1)
    man = Element(id="m", noun="man", attributes={"pose": "sitting"}, box=(0.42, 0.2, 0.58, 0.66), z=2)
    pixels = pixels_of(scene(FIELD, [bench, man], [Relation(subject="m", predicate="on", object="b")], SIDE))
    skin = extent(near(pixels, SKIN, 20))
    middle = (skin[0] + skin[2]) / 2
    shoes = near(pixels, STANDING_LEGS.shoes, 20)
    sx0, sy0, sx1, _ = extent(shoes)
    # two shoes, side by side under the body: not one, off to a side
    assert _runs(shoes.sum(axis=0) >= 2) == 2
    assert abs((sx0 + sx1) / 2 - middle) < 0.04 * SIDE
    assert sx1 - sx0 < (skin[2] - skin[0]) * 1.4
    # two lower legs hang from the seat's front down to them
    shins = near(pixels, STANDING_LEGS.trousers, 20)[sy0 - 4]
    assert _runs(shins) == 2 and sy0 > 0.66 * SIDE


def test_someone_sitting_on_the_grass_sits_cross_legged() -> None:
    girl = Element(id="g", noun="girl", attributes={"pose": "sitting"}, box=(0.42, 0.3, 0.58, 0.8), z=1)
    pixels = pixels_of(scene(FIELD, [girl], [], SIDE))
    skin = extent(near(pixels, SKIN, 20))
    legs = extent(near(pixels, STANDING_LEGS.trousers, 70))  # the far leg a shade darker
    shoes = extent(near(pixels, STANDING_LEGS.shoes, 40))
    body = skin[2] - skin[0]
    # the knees reach out either side of the body, the shoes tucked near its middle, on the ground
    assert legs[0] < skin[0] + body * 0.05 and legs[2] > skin[2] - body * 0.05
    assert skin[0] < shoes[0] and shoes[2] < skin[2]
    assert 0.74 * SIDE < shoes[3] <= 0.8 * SIDE + 2


# -- candles on a cake -------------------------------------------------------------------------------


def test_candles_on_a_birthday_cake_stand_small_on_its_top() -> None:
    cake = Element(id="c", noun="birthday cake", box=(0.3, 0.52, 0.8, 0.86), z=1)
    candles = [
        Element(id=f"k{i}", noun="candle", box=(0.36 + 0.1 * i, 0.28, 0.46 + 0.1 * i, 0.53), z=2)
        for i in range(3)
    ]
    relations = [Relation(subject=c.id, predicate="on", object="c") for c in candles]
    alone = extent(
        np.abs(pixels_of(scene(ROOM, [cake], [], SIDE)) - pixels_of(scene(ROOM, [], [], SIDE))).sum(2) > 40
    )
    pixels = pixels_of(scene(ROOM, [cake, *candles], relations, SIDE))
    drawn = extent(np.abs(pixels - pixels_of(scene(ROOM, [], [], SIDE))).sum(axis=2) > 40)
    # the candles reach no higher than the cake's own did: they stand on its top, not over it
    assert drawn[1] >= alone[1] - 2
    assert drawn[1] > 0.4 * SIDE  # their boxes began at 0.28: not drawn there


# -- arches ------------------------------------------------------------------------------------------


def test_an_arch_is_an_arbour_or_a_stone_arch_not_a_temple() -> None:
    assert resolve_art("garden arch").furniture == "arch"
    assert arch_kind("arch", "arch", None, "garden") == "arch"
    assert arch_kind("arch", "stone arch", None, None) == "stone arch"
    assert arch_kind("arch", "arch", "brick", None) == "stone arch"
    assert arch_kind("arch", "arch", None, "city") == "stone arch"
    arch = Element(id="a", noun="arch", box=(0.2, 0.2, 0.8, 0.86), z=1)
    pixels = pixels_of(scene(FIELD, [arch], [], SIDE))
    leaves = near(pixels, LEAF, 30) | near(pixels, LEAF_DARK, 30)
    assert leaves.sum() > 300  # greenery wound on it
    # its opening is clear: the backdrop shows through its middle
    assert (
        np.abs(pixels[int(0.5 * SIDE), int(0.5 * SIDE)] - pixels_of(scene(FIELD, [], [], SIDE))[120, 120]) < 8
    ).all()
    stone = Element(id="a", noun="arch", attributes={"material": "stone"}, box=(0.2, 0.2, 0.8, 0.86), z=1)
    assert near(pixels_of(scene(FIELD, [stone], [], SIDE)), STONE, 30).sum() > 300


def test_an_arch_over_a_couple_stands_around_them() -> None:
    arch = Element(id="a", noun="arch", box=(0.42, 0.03, 0.58, 0.19), z=1)  # floating over their heads
    man = Element(id="m", noun="man", box=(0.3, 0.35, 0.48, 0.9), z=2)
    woman = Element(id="w", noun="woman", box=(0.52, 0.35, 0.7, 0.9), z=2)
    relations = [Relation(subject=p, predicate="under", object="a") for p in ("m", "w")]
    pixels = pixels_of(scene(FIELD, [arch, man, woman], relations, SIDE))
    leaves = extent(near(pixels, LEAF, 30) | near(pixels, LEAF_DARK, 30))
    assert leaves[0] < 0.3 * SIDE and leaves[2] > 0.7 * SIDE  # wider than the two of them
    assert leaves[1] < 0.35 * SIDE < 0.6 * SIDE < leaves[3]  # over their heads and down their sides


# -- a horse in a barn -------------------------------------------------------------------------------


def test_a_horse_inside_a_barn_stands_in_its_open_doorway() -> None:
    barn = Element(id="b", noun="barn", box=(0.2, 0.3, 0.8, 0.86), z=1)
    horse = Element(id="h", noun="horse", box=(0.3, 0.45, 0.7, 0.75), z=2)
    inside = pixels_of(
        scene(FIELD, [barn, horse], [Relation(subject="h", predicate="inside", object="b")], SIDE)
    )
    before = pixels_of(scene(FIELD, [barn, horse], [], SIDE))
    assert near(inside, HAY, 20).sum() > 20 and near(before, HAY, 20).sum() == 0  # the doors open on hay
    # the horse (painted blue to find it) within the doorway: not over the barn's front above it
    blue = horse.model_copy(update={"attributes": {"color": "blue"}})
    inside = pixels_of(
        scene(FIELD, [barn, blue], [Relation(subject="h", predicate="inside", object="b")], SIDE)
    )
    horse_at = extent((inside[:, :, 2] > 150) & (inside[:, :, 0] < 120))
    door_top = (0.86 - 0.56 * 0.52) * SIDE
    assert horse_at[1] >= door_top - 2 and horse_at[3] <= 0.86 * SIDE + 2
    assert (
        horse_at[0] >= 0.5 * SIDE - 0.22 * 0.6 * SIDE - 2
        and horse_at[2] <= 0.5 * SIDE + 0.22 * 0.6 * SIDE + 2
    )


# -- couples and dogs --------------------------------------------------------------------------------


def test_a_couple_facing_each_other_join_hands_between_them() -> None:
    man = Element(id="m", noun="man", attributes={"facing": "right"}, box=(0.28, 0.2, 0.54, 0.84), z=1)
    woman = Element(id="w", noun="woman", attributes={"facing": "left"}, box=(0.46, 0.2, 0.72, 0.84), z=2)
    touching = [Relation(subject="m", predicate="touches", object="w")]
    pixels = pixels_of(scene(ROOM, [man, woman], touching, SIDE))
    column = int(0.5 * SIDE)
    # skin (their joined hands and arms) at the middle between them at hand height …
    rows = slice(int(0.35 * SIDE), int(0.6 * SIDE))
    assert near(pixels[rows, column - 3 : column + 3], SKIN, 20).sum() > 3
    # … while they stand apart, a reach between them: no trousers or shoes at the middle
    legs = pixels[int(0.66 * SIDE) : int(0.84 * SIDE), column - 2 : column + 2]  # below the skirting
    assert not near(legs, STANDING_LEGS.trousers, 40).any() and not near(legs, STANDING_LEGS.shoes, 40).any()


def test_a_dog_someone_walks_has_a_leash_though_the_plan_names_none() -> None:
    woman = Element(
        id="w", noun="woman", attributes={"pose": "walking", "facing": "right"}, box=(0.15, 0.3, 0.4, 0.86)
    )
    dog = Element(id="d", noun="dog", attributes={"facing": "right"}, box=(0.45, 0.55, 0.85, 0.86))
    walking = scene(ROOM, [woman, dog], [Relation(subject="w", predicate="follows", object="d")], SIDE)
    [((x0, _, x1, _), color)] = leash_lines(walking, SIDE, SIDE)
    assert color == LEASH and x0 < 0.4 * SIDE < x1
    cat = dog.model_copy(update={"noun": "cat"})
    following = scene(ROOM, [woman, cat], [Relation(subject="w", predicate="follows", object="d")], SIDE)
    assert leash_lines(following, SIDE, SIDE) == []  # a cat is not walked on a leash


# -- sandboxes and pianos (round 12's own prompts) ---------------------------------------------------


def test_children_in_a_sandbox_stand_in_its_sand_not_on_a_tall_chest() -> None:
    box = Element(id="s", noun="sandbox", box=(0.14, 0.05, 0.86, 0.86), z=1)  # a plan's tall box
    child = Element(id="c", noun="child", box=(0.42, 0.24, 0.58, 0.66), z=2)
    inside = [Relation(subject="c", predicate="inside", object="s")]
    empty = pixels_of(scene(FIELD, [], [], SIDE))
    sandbox = extent(np.abs(pixels_of(scene(FIELD, [box], [], SIDE)) - empty).sum(axis=2) > 40)
    assert sandbox[1] > 0.55 * SIDE  # low: no taller than a third of its width
    pixels = pixels_of(scene(FIELD, [box, child], inside, SIDE))
    shirt = extent(np.abs(pixels - pixels_of(scene(FIELD, [box], [], SIDE))).sum(axis=2) > 60)
    assert shirt[3] <= 0.86 * SIDE + 2 and shirt[1] > 0.24 * SIDE  # moved down into it, feet hidden
    assert not near(pixels, STANDING_LEGS.shoes, 30).any()  # its feet behind the front board


def test_a_piano_is_an_upright_piano_not_the_keyboard_tile() -> None:
    assert resolve_art("piano").furniture == "piano"
    assert resolve_art("white piano").furniture == "piano"
    pixels = pixels_of(scene(ROOM, [Element(id="p", noun="piano", box=(0.2, 0.3, 0.8, 0.86))], [], SIDE))
    ivory = near(pixels, (250, 248, 240), 12)
    ivory[: int(0.3 * SIDE)] = False  # the window's white frame is no key
    keys = extent(ivory)
    assert keys[2] - keys[0] > 0.5 * SIDE  # a keyboard across its width …
    assert keys[3] - keys[1] < 0.3 * SIDE  # … on a shelf, under a dark cabinet
    assert (pixels[int(0.4 * SIDE), int(0.3 * SIDE)] < 90).all()
