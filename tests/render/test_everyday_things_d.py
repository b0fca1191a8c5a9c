"""Everyday things, fourth round: rooms say which room they are (a sink and tiles in a bathroom, a bed
in a bedroom, a blackboard in a classroom, bunting at a party), muted and clear of the plan's own
things; old people wear the old-person face; chess is a board, not a giant pawn; neon signs glow,
their words lit; a windowsill is a window in a wall with its sill."""

from __future__ import annotations

import itertools

import numpy as np
import pytest

from limner.assets.art import furniture_kind, resolve_art
from limner.plan.model import Background, Element, Layer, TextSpec
from limner.render.builtin.backdrop.fixtures import ROOMS, placed_fixtures
from limner.render.builtin.backdrop.interior import window_pane
from limner.render.builtin.backdrop.stage import Stage
from limner.render.builtin.elders import elder_face
from limner.render.builtin.games import DARK_SQUARE, LIGHT_SQUARE
from limner.render.builtin.ledges import GLASS
from tests.render.pixels import drawn, extent, near, pixels_of, scene

SIDE = 400
WALL = "#eeeae4"


def _room(setting: str | None, time_of_day: str = "day") -> Background:
    return Background(
        color=WALL,
        setting=setting,
        time_of_day=time_of_day,  # type: ignore[arg-type]
        horizon=0.7,
        layers=[
            Layer(kind="wall", color=WALL, span=(0.0, 0.7)),
            Layer(kind="floor", color="#b08760", material="wood", span=(0.7, 1.0)),
        ],
    )


def _person(noun: str = "woman", box: tuple[float, float, float, float] = (0.4, 0.3, 0.6, 0.88)) -> Element:
    return Element(id="p", noun=noun, box=box, z=2)


def _fixture_pixels(setting: str, elements: list[Element], seed: int = 1) -> np.ndarray:
    """Where the room's fixtures changed the picture (against the same plan with no setting)."""
    bare = pixels_of(scene(_room(None), elements, []), seed)
    room = pixels_of(scene(_room(setting), elements, []), seed)
    return np.abs(room - bare).sum(axis=2) > 24


def _placed(setting: str, elements: list[Element], seed: int = 1) -> list[tuple[str, tuple[float, ...]]]:
    plan = scene(_room(setting), elements, [])
    stage = Stage(width=SIDE, height=SIDE, seed=seed, background=plan.canvas.background)
    wall = stage.rect(plan.canvas.background.layers[0])
    return [(f.name, r) for f, r in placed_fixtures(plan, stage, window_pane(wall, stage))]


# -- rooms ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("setting", "fixture"),
    [
        ("bathroom", "sink"),
        ("bathroom", "tiles"),
        ("bedroom", "bed"),
        ("living room", "picture"),
        ("kitchen", "upper cabinets"),
        ("classroom", "blackboard"),
        ("office", "wall clock"),
        ("cafe", "menu board"),
        ("restaurant", "pendant lamps"),
        ("library", "bookshelves"),
        ("hospital", "curtain"),
        ("store", "goods shelf"),
        ("party", "bunting"),
    ],
)
def test_each_room_setting_has_its_own_fixtures(setting: str, fixture: str) -> None:
    names = [name for name, _ in _placed(setting, [_person()])]
    assert fixture in names
    changed = _fixture_pixels(setting, [_person()])
    assert changed.sum() > 0.01 * SIDE * SIDE  # drawn, not only planned


def test_rooms_differ_from_each_other() -> None:
    person = [_person()]
    pictures = {
        s: pixels_of(scene(_room(s), person, [])) for s in ("bathroom", "bedroom", "classroom", "office")
    }
    keys = sorted(pictures)
    for i, a in enumerate(keys):
        for b in keys[i + 1 :]:
            assert (np.abs(pictures[a] - pictures[b]).sum(axis=2) > 24).mean() > 0.02, (a, b)


def test_floor_fixtures_keep_clear_of_the_plans_elements_and_the_window() -> None:
    for setting in ("bathroom", "bedroom", "living room", "office", "store"):
        for seed in (1, 2, 3):
            people = [
                _person(box=(0.05, 0.3, 0.3, 0.88)),
                Element(id="q", noun="man", box=(0.62, 0.3, 0.82, 0.88)),
            ]
            for name, (x0, y0, x1, y1) in _placed(setting, people, seed):
                fixture = next(f for f in ROOMS[setting] if f.name == name)
                if fixture.behind:
                    continue
                for e in people:
                    ex0, ey0, ex1, ey1 = (v * SIDE for v in e.box)
                    w, h = ex1 - ex0, ey1 - ey0
                    overlap = min(x1, ex1 - 0.08 * w) - max(x0, ex0 + 0.08 * w)
                    assert overlap <= 0 or min(y1, ey1 - 0.04 * h) <= max(y0, ey0 + 0.04 * h), (setting, name)


def test_fixtures_the_plan_draws_itself_are_not_duplicated() -> None:
    bed = Element(id="b", noun="bed", box=(0.55, 0.55, 0.95, 0.85), z=1)
    assert "bed" in [n for n, _ in _placed("bedroom", [_person(box=(0.3, 0.3, 0.45, 0.88))])]
    assert "bed" not in [n for n, _ in _placed("bedroom", [_person(box=(0.3, 0.3, 0.45, 0.88)), bed])]
    board = Element(id="k", noun="blackboard", box=(0.3, 0.1, 0.7, 0.4), z=1)
    assert "blackboard" not in [n for n, _ in _placed("classroom", [board])]


def test_fixtures_are_muted_next_to_the_plans_things() -> None:
    wall = np.array([0xEE, 0xEA, 0xE4])
    for setting in ("bedroom", "office", "classroom", "library"):
        changed = _fixture_pixels(setting, [_person(box=(0.42, 0.3, 0.58, 0.88))])
        pixels = pixels_of(scene(_room(setting), [_person(box=(0.42, 0.3, 0.58, 0.88))], []))
        fixture = np.abs(pixels[changed] - wall).sum(axis=1)
        person = pixels[round(0.45 * SIDE) : round(0.6 * SIDE), round(0.44 * SIDE) : round(0.56 * SIDE)]
        assert np.median(fixture) < np.median(np.abs(person - wall).sum(axis=2)), setting


def test_fixtures_are_deterministic_per_seed_and_absent_outdoors_and_on_plain_fills() -> None:
    plan = scene(_room("office"), [_person()], [])
    assert np.array_equal(pixels_of(plan, 4), pixels_of(plan, 4))
    sides = {tuple(round(r[0]) for _, r in _placed("bathroom", [_person()], seed)) for seed in range(1, 9)}
    assert len(sides) > 1  # the seed picks the side
    assert _placed("park", [_person()]) == []
    assert not _fixture_pixels("park", [_person()]).any()


def test_a_party_hangs_bunting_in_the_plans_colours_across_the_wall() -> None:
    balloons = [
        Element(id="b1", noun="balloon", attributes={"color": "red"}, box=(0.42, 0.3, 0.5, 0.45), z=2),
        Element(id="b2", noun="balloon", attributes={"color": "blue"}, box=(0.5, 0.3, 0.58, 0.45), z=2),
    ]
    pixels = pixels_of(scene(_room("party"), balloons, []))
    top = pixels[: round(0.2 * SIDE)]
    reddish = (top[..., 0] > top[..., 1] + 50) & (top[..., 0] > top[..., 2] + 50)
    bluish = (top[..., 2] > top[..., 0] + 50) & (top[..., 2] > top[..., 1] + 20)
    # flags of both colours, spread across the wall's width
    assert reddish.sum() > 150 and bluish.sum() > 150
    assert extent(reddish | bluish)[2] - extent(reddish | bluish)[0] > 0.7 * SIDE
    plain = pixels_of(scene(_room("living room"), balloons, []))[: round(0.2 * SIDE)]
    assert ((plain[..., 0] > plain[..., 1] + 50) & (plain[..., 0] > plain[..., 2] + 50)).sum() < 20


# -- old people ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("noun", "attributes", "face"),
    [
        ("grandma", {}, "👵"),
        ("grandfather", {}, "👴"),
        ("old man", {}, "👴"),
        ("elderly person", {}, "🧓"),
        ("man", {"age": "old"}, "👴"),
        ("woman", {"age": "elderly"}, "👵"),
        ("man", {}, None),
        ("grandson", {}, None),
    ],
)
def test_old_people_are_read_from_the_noun_or_a_recorded_age(
    noun: str, attributes: dict[str, str], face: str | None
) -> None:
    assert elder_face(Element(id="e", noun=noun, attributes=attributes, box=(0, 0, 1, 1))) == face


def _grey_hair(pixels: np.ndarray) -> int:
    """Light grey pixels (white hair) in the top of a standing figure's box."""
    head = pixels[round(0.2 * SIDE) : round(0.38 * SIDE), round(0.35 * SIDE) : round(0.65 * SIDE)]
    spread = head.max(axis=2) - head.min(axis=2)
    return int(((spread < 18) & (head.min(axis=2) > 140) & (head.max(axis=2) < 235)).sum())


@pytest.mark.parametrize(("old", "young"), [("grandpa", "man"), ("grandmother", "woman")])
def test_an_old_person_wears_white_hair_over_the_standing_figure(old: str, young: str) -> None:
    background = {"color": "#2a5a8a"}
    box = (0.35, 0.2, 0.65, 0.9)
    aged = pixels_of(scene(background, [Element(id="e", noun=old, box=box)], []))
    plain = pixels_of(scene(background, [Element(id="e", noun=young, box=box)], []))
    assert _grey_hair(aged) > 150 > _grey_hair(plain)
    # the body is the same standing figure: legs and feet unchanged
    legs = slice(round(0.6 * SIDE), round(0.9 * SIDE))
    assert (np.abs(aged[legs] - plain[legs]).sum(axis=2) > 40).mean() < 0.01


# -- board games -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("noun", ["chess", "chessboard", "chess set", "checkers"])
def test_chess_and_checkers_are_boards_drawn_in_code(noun: str) -> None:
    assert furniture_kind(noun) is not None
    assert resolve_art(noun).emoji != "♟️"


@pytest.mark.parametrize("noun", ["chess piece", "pawn"])
def test_a_chess_piece_keeps_the_pawn(noun: str) -> None:
    assert resolve_art(noun).emoji == "♟️"


def test_a_chessboard_has_alternating_squares_and_pieces() -> None:
    pixels = drawn("chess", size=(320, 240), box=(0.1, 0.2, 0.9, 0.9))
    light, dark = near(pixels, LIGHT_SQUARE, 12), near(pixels, DARK_SQUARE, 12)
    assert light.sum() > 1500 and dark.sum() > 1500
    # along a row through the board the squares alternate: several light/dark changes
    y = (extent(light)[1] + extent(light)[3]) // 2
    row = np.where(light[y], 1, np.where(dark[y], 2, 0))
    squares = [v for v in row if v]
    changes = sum(1 for a, b in itertools.pairwise(squares) if a != b)
    assert changes >= 6
    # it is wider than tall (a board lying down), not a tall pawn
    x0, y0, x1, y1 = extent(light | dark)
    assert x1 - x0 > 2 * (y1 - y0)
    # pieces stand on it: near-black and near-white ink rising above the board's far edge
    above = pixels[: y0 + 2]
    assert (near(above, (48, 44, 44), 30).sum() + near(above, (248, 246, 240), 12).sum()) > 20


# -- neon signs -----------------------------------------------------------------------------------------


def test_a_neon_sign_glows_on_a_dark_panel_not_a_wooden_board() -> None:
    sign = Element(
        id="s", noun="neon sign", attributes={"panel": "board", "sense": "sign"}, box=(0.2, 0.3, 0.8, 0.7)
    )
    pixels = pixels_of(scene({"color": "#f3efe8"}, [sign], []))
    inside = pixels[round(0.34 * SIDE) : round(0.66 * SIDE), round(0.24 * SIDE) : round(0.76 * SIDE)]
    assert (inside.max(axis=2) < 90).mean() > 0.3  # the dark backing
    spread = inside.max(axis=2) - inside.min(axis=2)
    assert (spread > 150).sum() > 400  # saturated tube light
    wood = (inside[..., 0] > inside[..., 2] + 40) & (inside[..., 0] < 170) & (inside[..., 1] < 120)
    assert wood.mean() < 0.02


def test_words_on_a_neon_sign_are_lit_in_its_colour() -> None:
    sign = Element(
        id="s", noun="neon sign", attributes={"color": "pink", "sense": "sign"}, box=(0.1, 0.3, 0.9, 0.7)
    )
    words = Element(
        id="t",
        kind="text",
        noun="text",
        box=(0.15, 0.35, 0.85, 0.65),
        text=TextSpec(content="OPEN", role="sign"),
    )
    pixels = pixels_of(scene({"color": "#f3efe8"}, [sign, words], []))
    inside = pixels[round(0.38 * SIDE) : round(0.62 * SIDE), round(0.2 * SIDE) : round(0.8 * SIDE)]
    pinkish = (
        (inside[..., 0] > 180)
        & (inside[..., 0] > inside[..., 1] + 50)
        & (inside[..., 2] > inside[..., 1] + 20)
    )
    assert pinkish.sum() > 800  # the letters and their glow, in the sign's pink
    assert near(inside, (0, 0, 0), 60).sum() < 50 and near(inside, (255, 255, 255), 10).sum() < 200


# -- windowsills and ledges -------------------------------------------------------------------------------


@pytest.mark.parametrize("noun", ["windowsill", "window ledge", "window sill"])
def test_a_windowsill_is_a_window_with_its_sill_and_no_floor_shadow(noun: str) -> None:
    assert furniture_kind(noun) in {"windowsill", "window ledge", "window sill"}
    sill = Element(id="w", noun=noun, attributes={"sense": "ledge"}, box=(0.25, 0.5, 0.75, 0.9))
    pixels = pixels_of(scene(_room(None), [sill], []))
    glass = near(pixels, GLASS, 16)
    _, gy0, _, gy1 = extent(glass[:, round(0.3 * SIDE) : round(0.7 * SIDE)])
    assert gy1 <= 0.5 * SIDE + 2 and gy0 < 0.35 * SIDE  # the panes rise above the sill's top
    # it hangs on the wall: nothing drawn down at the box's bottom (no legs, no shadow on the floor)
    bare = pixels_of(scene(_room(None), [], []))
    low = slice(round(0.75 * SIDE), round(0.9 * SIDE))
    assert (np.abs(pixels[low] - bare[low]).sum(axis=2) > 30).mean() < 0.005


# -- from the contact sheets: shops named otherwise, and vegetables drawn as carrots ----------------------


@pytest.mark.parametrize(
    ("setting", "fixture"),
    [
        ("supermarket", "goods shelf"),
        ("bakery", "goods shelf"),
        ("barbershop", "sink"),
        ("hair salon", "sink"),
    ],
)
def test_a_shop_of_another_name_is_furnished_as_the_room_it_is_a_kind_of(setting: str, fixture: str) -> None:
    assert fixture in [name for name, _ in _placed(setting, [_person(box=(0.42, 0.3, 0.58, 0.88))])]


def test_shop_shelves_may_rise_behind_a_counter_not_behind_a_person() -> None:
    counter = Element(id="c", noun="checkout", box=(0.05, 0.6, 0.95, 0.88), z=2)
    names = [name for name, _ in _placed("store", [counter])]
    assert "goods shelf" in names
    people = [_person(box=(0.0, 0.3, 0.48, 0.88)), Element(id="q", noun="man", box=(0.52, 0.3, 1.0, 0.88))]
    assert "goods shelf" not in [name for name, _ in _placed("store", people)]


@pytest.mark.parametrize(
    ("noun", "emoji"), [("pumpkin", "🎃"), ("zucchini", "🥒"), ("lettuce", "🥬"), ("bean", "🫘")]
)
def test_vegetables_are_not_drawn_as_carrots(noun: str, emoji: str) -> None:
    assert resolve_art(noun).emoji == emoji
