"""Everyday things, fifth round: people at the ends of a table sit side-on facing it, knees under its
cloth, with a plate and a glass laid before each sitter; a lake, river or pond has a near shore that
standing people stand on (boats stay afloat); a surfer rides the sea before a wave; a tent without a
moon, a snowball a white ball, a pigeon a grey bird, a plant implied green keeps its pot; a dog
wagging its tail has motion strokes by it."""

from __future__ import annotations

import numpy as np

from limner.assets.art import resolve_art
from limner.plan.model import Background, Element, Layer, Relation
from limner.render.builtin.actions import STROKE
from limner.render.builtin.cyclists import cyclists
from limner.render.builtin.dining import GLASS, PLATE
from limner.render.builtin.profile import profile_of
from limner.render.builtin.shore import SHORE, SURF_MARGIN, ashore
from tests.render.pixels import ROOM, SKIN, drawn, extent, near, pixels_of, scene

SIDE = 400
HAIR = (245, 159, 0)


def _table_plan(facing: str | None) -> tuple[list[Element], list[Relation]]:
    """Two sitters behind a dining table and one at its left end (``facing`` as given)."""
    end_attrs: dict[str, str] = {"pose": "sitting"} | ({"facing": facing} if facing else {})
    elements = [
        Element(id="a", noun="person", attributes={"pose": "sitting"}, box=(0.3, 0.08, 0.47, 0.48), z=2),
        Element(id="b", noun="person", attributes={"pose": "sitting"}, box=(0.53, 0.08, 0.7, 0.48), z=3),
        Element(id="c", noun="person", attributes=end_attrs, box=(0.04, 0.02, 0.24, 0.49), z=5),
        Element(id="ca", noun="chair", box=(0.28, 0.47, 0.48, 0.755), z=1),
        Element(id="cb", noun="chair", box=(0.52, 0.47, 0.72, 0.755), z=2),
        Element(id="cc", noun="chair", box=(0.02, 0.48, 0.25, 0.815), z=4),
        Element(id="t", noun="dining table", box=(0.27, 0.54, 0.73, 0.815), z=3),
    ]
    relations = [
        Relation(subject="a", predicate="on", object="ca"),
        Relation(subject="b", predicate="on", object="cb"),
        Relation(subject="c", predicate="on", object="cc"),
    ]
    return elements, relations


def _head_offset(pixels: np.ndarray, x0: int, x1: int) -> float:
    """How far right of the hair's middle the face's skin lies, in the columns x0..x1 (top half)."""
    part = pixels[: SIDE // 2, x0:x1]
    skin, hair = near(part, SKIN, 40), near(part, HAIR, 40)
    return float(np.nonzero(skin)[1].mean() - np.nonzero(hair)[1].mean())


# -- people at a table -------------------------------------------------------------------------------


def test_a_sitter_facing_the_table_is_drawn_side_on_turned_to_it() -> None:
    assert profile_of(Element(id="p", noun="person", attributes={"facing": "right"}, box=(0, 0, 1, 1)), "🧍")
    front = pixels_of(scene(ROOM, *_table_plan(None)))
    side = pixels_of(scene(ROOM, *_table_plan("right")))
    # seen from the front the face sits under the hair; turned right, the face is ahead of the hair
    assert abs(_head_offset(front, 0, int(0.27 * SIDE))) < 2.5
    assert _head_offset(side, 0, int(0.27 * SIDE)) > 3.0


def test_a_laid_table_has_a_plate_before_each_sitter() -> None:
    pixels = pixels_of(scene(ROOM, *_table_plan("right")))
    top = int(0.54 * SIDE)
    band = pixels[top - 8 : top + 4]
    plates = near(band, PLATE, 12)
    columns = np.nonzero(plates.sum(axis=0) >= 2)[0]
    assert len(columns)
    # plates before the two behind (x 0.385 and 0.615) and at the left end, none right of the table
    for share in (0.385, 0.615, 0.27 + 0.46 * 0.1):
        assert np.abs(columns - share * SIDE).min() < 6
    assert columns.max() < 0.73 * SIDE
    assert near(band, GLASS, 20).sum() > 10


# -- water settings ------------------------------------------------------------------------------------


def _lake() -> Background:
    return Background(
        color="#87c3ec",
        setting="lake",
        horizon=0.55,
        layers=[
            Layer(kind="sky", color="#87c3ec", span=(0.0, 0.55)),
            Layer(kind="water", color="#4f8fc9", span=(0.55, 1.0)),
        ],
    )


def test_someone_by_a_lake_stands_on_its_near_shore_and_a_boat_stays_afloat() -> None:
    man = Element(id="m", noun="man", box=(0.1, 0.27, 0.34, 0.83), z=1)
    rod = Element(id="r", noun="fishing rod", box=(0.28, 0.5, 0.33, 0.61), z=2)
    boat = Element(id="b", noun="boat", box=(0.55, 0.7, 0.9, 0.95), z=1)
    holds = [Relation(subject="m", predicate="holds", object="r")]
    plan = ashore(scene(_lake(), [man, rod, boat], holds, side=SIDE))
    layers = plan.canvas.background.layers
    assert layers[-1].kind == "ground" and layers[-1].span == (1.0 - SHORE, 1.0)
    moved = {e.id: e.box for e in plan.elements}
    assert 1.0 - SHORE < moved["m"][3] < 1.0  # on the shore
    assert np.isclose(moved["r"][3] - 0.61, moved["m"][3] - 0.83)  # the rod comes along
    assert moved["b"][3] < 1.0 - SHORE  # the boat back on the water, not beached
    pixels = pixels_of(scene(_lake(), [man, rod, boat], holds, side=SIDE))
    shoes = extent(near(pixels[:, : int(0.4 * SIDE)], (83, 53, 102), 30))
    assert shoes[3] > (1.0 - SHORE) * SIDE  # the man's shoes on the grass strip
    bottom = pixels[-4, int(0.45 * SIDE)]
    assert bottom[1] > bottom[2]  # grass along the bottom, not blue water


def test_a_plan_with_no_water_setting_is_left_as_it_is() -> None:
    plan = scene(ROOM, *_table_plan(None))
    assert ashore(plan) is plan


def test_a_surfer_rides_the_sea_before_a_wave() -> None:
    beach = Background(
        color="#87c3ec",
        setting="beach",
        horizon=0.62,
        layers=[
            Layer(kind="sky", color="#87c3ec", span=(0.0, 0.62)),
            Layer(kind="water", color="#4f8fc9", span=(0.5, 0.62)),
            Layer(kind="ground", color="#e8d3a0", material="sand", span=(0.62, 1.0)),
        ],
    )
    man = Element(id="m", noun="man", attributes={"pose": "riding"}, box=(0.38, 0.27, 0.62, 0.84), z=2)
    board = Element(id="s", noun="surfboard", box=(0.3, 0.82, 0.7, 0.86), z=1)
    plan = ashore(scene(beach, [man, board], [Relation(subject="m", predicate="rides", object="s")]))
    water = next(layer for layer in plan.canvas.background.layers if layer.kind == "water")
    boxes = {e.noun: e.box for e in plan.elements}
    assert water.span[0] < boxes["surfboard"][3] == 0.86 < water.span[1] == 0.86 + SURF_MARGIN
    assert boxes["man"] == man.box  # where the plan put them, now on the sea
    assert resolve_art("water wave").emoji == "🌊" and boxes["water wave"][2] > 0.3  # behind them


# -- art -----------------------------------------------------------------------------------------------


def test_a_tent_has_no_moon_and_a_snowball_is_a_white_ball() -> None:
    assert not near(drawn("tent"), (255, 176, 46), 30).any()
    assert resolve_art("snowball").emoji == "⚪"


def test_a_pigeon_is_a_grey_bird_unless_the_plan_colours_it() -> None:
    pigeon = drawn("pigeon")
    grey = (np.abs(pigeon - pigeon.mean(axis=2, keepdims=True)).max(axis=2) < 30) & (pigeon.sum(axis=2) < 600)
    assert grey.sum() > 1500
    assert near(drawn("pigeon", "red"), (255, 0, 0), 200).sum() > 1500


def test_a_plant_implied_green_keeps_its_own_pot() -> None:
    plan = scene(
        {"color": "#ffffff"},
        [
            Element(
                id="p",
                noun="plant",
                attributes={"color": "green", "color_implied": True},
                box=(0.2, 0.1, 0.8, 0.9),
            )
        ],
        [],
        side=200,
    )
    pixels = pixels_of(plan)
    assert near(pixels, (240, 170, 90), 60).sum() > 400  # the pot's terracotta


def test_a_dog_wagging_its_tail_has_motion_strokes() -> None:
    dog = Element(id="d", noun="dog", attributes={"action": "wagging its tail"}, box=(0.2, 0.3, 0.8, 0.8))
    still = Element(id="d", noun="dog", box=(0.2, 0.3, 0.8, 0.8))
    wagging = pixels_of(scene({"color": "#ffffff"}, [dog], [], side=200))
    plain = pixels_of(scene({"color": "#ffffff"}, [still], [], side=200))
    assert near(wagging, STROKE, 30).sum() > 20 and near(plain, STROKE, 30).sum() == 0


def test_fireworks_burst_in_the_sky_without_their_tile() -> None:
    assert not near(drawn("fireworks"), (83, 53, 102), 30).any()  # the dark square behind them


def test_an_armchair_is_a_one_seat_sofa_fitted_to_whoever_sits_in_it() -> None:
    assert resolve_art("armchair").furniture == "armchair"
    woman = Element(id="w", noun="woman", box=(0.38, 0.2, 0.62, 0.77), z=2)
    chair = Element(id="c", noun="armchair", box=(0.22, 0.09, 0.78, 0.89), z=1)
    pixels = pixels_of(scene(ROOM, [woman, chair], [Relation(subject="w", predicate="in", object="c")]))
    hair = extent(near(pixels, HAIR, 40))
    assert hair[1] > 0.1 * SIDE  # her head on the canvas, not pushed off the top by a giant chair


def test_someone_riding_a_bicycle_is_drawn_as_one_cyclist_not_a_figure_in_its_frame() -> None:
    girl = Element(id="g", noun="girl", attributes={"pose": "riding"}, box=(0.43, 0.44, 0.57, 0.76), z=2)
    bike = Element(id="b", noun="bicycle", attributes={"facing": "right"}, box=(0.22, 0.5, 0.78, 0.86), z=1)
    found = cyclists(scene(ROOM, [girl, bike], [Relation(subject="g", predicate="rides", object="b")]))
    assert found["b"].emoji == "🚴\u200d♀️" and found["b"].rider == "g"
    plan = scene({"color": "#ffffff"}, [girl, bike], [Relation(subject="g", predicate="rides", object="b")])
    pixels = pixels_of(plan)
    # no standing figure's grey trousers down through the frame: the cyclist's legs bend to the pedals
    trousers = near(pixels, (155, 155, 155), 12)
    assert trousers[int(0.7 * SIDE) :, :].sum() < 40
    helmet = near(pixels, (0, 166, 237), 40)  # the cyclist's helmet, above the bicycle
    assert helmet.sum() > 100 and extent(helmet)[3] < 0.6 * SIDE


def test_a_picnic_by_a_lake_is_spread_on_a_deeper_shore_with_its_family_on_it() -> None:
    blanket = Element(id="b", noun="picnic blanket", box=(0.2, 0.5, 0.8, 0.83), z=1)
    man = Element(id="m", noun="man", attributes={"pose": "sitting"}, box=(0.37, 0.05, 0.56, 0.51), z=2)
    on = [Relation(subject="m", predicate="on", object="b")]
    plan = ashore(scene(_lake(), [blanket, man], on, side=SIDE))
    shore = plan.canvas.background.layers[-1].span
    boxes = {e.id: e.box for e in plan.elements}
    assert shore[0] < 1.0 - SHORE and boxes["b"][3] > 0.95  # a deeper shore, the blanket along it
    assert np.isclose(boxes["m"][1] - 0.05, boxes["b"][3] - 0.83)  # the family comes along
