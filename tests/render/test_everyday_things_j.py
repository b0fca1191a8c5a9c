"""Everyday things, tenth round: someone on a seated person's lap sits on the thighs in front of the
torso, and an owner the plan seats on nothing gets a chair; a baking tray is a metal sheet its cookies
rest on (not two forks); a child in bed lies under the blanket, head on the pillow; a broom is about
as tall as whoever holds it; a stage is low and broad under its band, a curtain behind it indoors."""

from __future__ import annotations

from limner.assets.art import resolve_art
from limner.plan.model import Element, Relation
from limner.render.builtin.bakeware import STEEL
from limner.render.builtin.furniture import FABRIC
from limner.render.builtin.stage import CURTAIN, DECK
from tests.render.pixels import ROOM, SKIN, extent, near, pixels_of, scene

SIDE = 240
TROUSERS = (155, 155, 155)
GIRL_SHIRT = (139, 98, 191)
COOKIE = (243, 173, 97)
BRISTLES = (255, 176, 46)
HANDLE = (125, 69, 51)


def test_a_girl_on_her_grandfathers_lap_sits_on_it_and_he_sits_in_an_armchair() -> None:
    # as the reasoner plans it (reason/on_lap.py): both posed sitting, the girl small, at his lap
    girl = Element(id="g", noun="girl", attributes={"pose": "sitting"}, box=(0.49, 0.65, 0.57, 0.83), z=2)
    grandpa = Element(id="o", noun="man", attributes={"pose": "sitting"}, box=(0.38, 0.3, 0.62, 0.86), z=1)
    pixels = pixels_of(
        scene(ROOM, [girl, grandpa], [Relation(subject="g", predicate="on", object="o")], SIDE)
    )
    cx0, cy0, cx1, cy1 = extent(near(pixels, FABRIC, 12))  # an armchair under him, on the floor
    assert cy1 > 0.8 * SIDE and cx1 - cx0 > 0.1 * SIDE
    gx0, gy0, gx1, gy1 = extent(near(pixels, GIRL_SHIRT, 12))
    _, skin_top, _, _ = extent(near(pixels, SKIN, 12))
    assert gx0 > 0.38 * SIDE and gx1 < 0.62 * SIDE  # in front of him …
    assert skin_top < gy0 < 0.65 * SIDE  # … her shirt below his face, above the seat: not high above him
    assert gy1 < cy0 + 0.05 * SIDE  # sitting on his thighs, at the chair's seat, not standing
    assert (gy1 - gy0) > 0.06 * SIDE  # a child's size beside him, not a speck


def test_a_baking_tray_is_a_metal_sheet_its_cookies_rest_on() -> None:
    assert resolve_art("baking tray").furniture == "baking tray"
    tray = Element(id="t", noun="baking tray", box=(0.35, 0.45, 0.65, 0.62), z=1)
    cookie = Element(id="c", noun="cookie", box=(0.44, 0.3, 0.56, 0.4), z=2)
    pixels = pixels_of(scene(ROOM, [tray, cookie], [Relation(subject="c", predicate="on", object="t")], SIDE))
    sx0, sy0, sx1, sy1 = extent(near(pixels, STEEL, 14))
    assert sx1 - sx0 > 0.3 * SIDE and sy1 - sy0 < 0.12 * SIDE  # broad and flat, at the box's foot
    assert sy1 > 0.58 * SIDE
    _, _, _, cy1 = extent(near(pixels, COOKIE, 12))
    assert sy0 < cy1 < sy1  # the cookie down on the sheet
    assert not near(pixels[: int(0.4 * SIDE)], COOKIE, 12).any()  # not left floating above it


def test_a_child_in_bed_lies_under_the_blanket_one_on_it_lies_on_top() -> None:
    bed = Element(id="b", noun="bed", box=(0.2, 0.55, 0.9, 0.9), z=1)
    boy = Element(id="s", noun="boy", attributes={"pose": "lying"}, box=(0.5, 0.55, 0.6, 0.85), z=2)
    under, over = (
        pixels_of(scene(ROOM, [bed, boy], [Relation(subject="s", predicate=p, object="b")], SIDE))
        for p in ("inside", "on")
    )
    assert near(over, TROUSERS, 12).sum() > 40  # on the bed: the whole body shows
    assert near(under, TROUSERS, 12).sum() < 10  # in bed: its legs under the blanket …
    _, _, hx1, _ = extent(near(under, SKIN, 12))
    assert hx1 < (0.2 + 0.35 * 0.7) * SIDE  # … only its head shows, on the pillow by the headboard


def test_a_broom_someone_holds_is_about_as_tall_as_they_are() -> None:
    girl = Element(id="g", noun="girl", box=(0.38, 0.3, 0.62, 0.86), z=1)
    broom = Element(id="b", noun="broom", box=(0.56, 0.53, 0.61, 0.64), z=2)
    pixels = pixels_of(
        scene(ROOM, [girl, broom], [Relation(subject="g", predicate="holds", object="b")], SIDE)
    )
    ink = near(pixels, BRISTLES, 14) | near(pixels, HANDLE, 14)
    _, by0, _, by1 = extent(ink)
    assert by1 - by0 > 0.3 * SIDE  # not a twig in her fist
    assert by1 > 0.78 * SIDE  # its bristles down at the floor


def test_a_band_stands_on_a_low_broad_stage_before_a_curtain() -> None:
    players = [
        Element(id=f"p{i}", noun="man", box=(0.27 + 0.17 * i, 0.05, 0.42 + 0.17 * i, 0.37), z=2)
        for i in range(3)
    ]
    stage = Element(id="s", noun="stage", box=(0.25, 0.35, 0.75, 0.86), z=1)
    relations = [Relation(subject=p.id, predicate="on", object="s") for p in players]
    pixels = pixels_of(scene(ROOM, [*players, stage], relations, SIDE))
    dx0, dy0, dx1, dy1 = extent(near(pixels, DECK, 20))
    assert dx1 - dx0 > 0.6 * SIDE  # as wide as the band on it
    assert dy1 - dy0 < 0.2 * SIDE  # low: not a crate as tall as its box
    assert abs(extent(near(pixels, TROUSERS, 12))[3] - dy0) < 0.05 * SIDE  # the band stands on its deck
    cx0, cy0, cx1, cy1 = extent(near(pixels, CURTAIN, 30))
    assert cy0 < 0.1 * SIDE and cy1 <= dy0 + 2 and cx1 - cx0 > 0.6 * SIDE  # a curtain behind them, indoors
    assert near(pixels, SKIN, 12).sum() > 100  # the band in front of it
