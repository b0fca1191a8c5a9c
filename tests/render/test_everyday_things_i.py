"""Everyday things, ninth round: a kid is a child unless the plan reads it as a goat; a windmill is a
tower with four sails (not a gear); a stage is a raised platform whoever is on it stands on; ice is a
flat sheet skaters stand on (not an ice cube); a fire station is a red hall with a roll-up door (not a
train station); hay is straw, not a package; everyday nouns the art tables drew as a neutral square
or the wrong thing."""

from __future__ import annotations

from limner.assets.art import furniture_kind, resolve_art
from limner.plan.model import Element, Relation
from limner.render.builtin.art import art_noun
from limner.render.builtin.garage import FIRE_RED
from limner.render.builtin.hay import STRAW
from limner.render.builtin.stage import DECK, FOOTLIGHT
from limner.render.builtin.waters import ICE_BLUE
from limner.render.builtin.windmill import SAIL, TOWER
from tests.render.pixels import ROOM, SKIN, drawn, extent, near, pixels_of, scene

SIDE = 240
TROUSERS = (155, 155, 155)


def test_a_kid_is_a_child_unless_the_plan_reads_it_as_a_goat() -> None:
    for noun in ("kid", "kids", "little kid"):
        assert resolve_art(noun).emoji == resolve_art("child").emoji, noun
    goat = Element(id="g", noun="kid", attributes={"sense": "goat"}, box=(0.2, 0.5, 0.6, 0.9))
    assert resolve_art(art_noun(goat)).emoji == "🐐"
    pixels = drawn("kid", size=(120, 160), box=(0.3, 0.1, 0.7, 0.9))
    assert near(pixels, SKIN).sum() > 40  # a child's face and hands …
    assert near(pixels, TROUSERS, 12).sum() > 40  # … and legs: no goat


def test_a_windmill_is_a_tower_under_four_sails_not_a_gear() -> None:
    assert resolve_art("windmill").furniture == "windmill"
    pixels = drawn("windmill", size=(200, 200), box=(0.1, 0.1, 0.9, 0.95))
    tx0, ty0, tx1, ty1 = extent(near(pixels, TOWER, 12))
    sails = near(pixels, SAIL, 8) & ~near(pixels, (255, 255, 255), 6)
    sx0, sy0, sx1, _ = extent(sails)
    assert ty1 > 0.9 * 200  # the tower stands on the box's foot
    assert sx0 < tx0 and sx1 > tx1  # sails reach past the tower on both sides …
    assert sy0 < ty0 - 0.15 * 200  # … and well above its top
    assert sails[:ty0, : (tx0 + tx1) // 2].sum() > 10 and sails[:ty0, (tx0 + tx1) // 2 :].sum() > 10


def test_a_stage_is_a_platform_and_a_drum_set_on_it_is_a_drum() -> None:
    player = Element(id="p", noun="player", box=(0.4, 0.05, 0.6, 0.53))
    stage = Element(id="s", noun="stage", box=(0.3, 0.52, 0.7, 0.86))
    pixels = pixels_of(
        scene(ROOM, [player, stage], [Relation(subject="p", predicate="on", object="s")], SIDE)
    )
    dx0, dy0, dx1, _ = extent(near(pixels, DECK, 20))
    assert dx1 - dx0 > 0.4 * SIDE  # broad: wider than its box
    assert 0.1 * SIDE < 0.86 * SIDE - dy0 < 0.22 * SIDE  # its deck low, about hip high to the player …
    assert abs(extent(near(pixels, TROUSERS, 12))[3] - dy0) < 0.08 * SIDE  # … where the player stands
    assert near(pixels, FOOTLIGHT, 20).sum() > 10
    drums = Element(id="d", noun="drum set", attributes={"sense": "set"}, box=(0.4, 0.3, 0.6, 0.5))
    assert resolve_art(art_noun(drums)).emoji == "🥁"  # the compound's own art, not the bare head's
    mouse = Element(id="m", noun="mouse", attributes={"sense": "mouse animal"}, box=(0.4, 0.3, 0.6, 0.5))
    assert art_noun(mouse) == "mouse animal"


def test_a_hockey_player_stands_on_the_ice_not_above_an_ice_cube() -> None:
    assert resolve_art("ice").furniture == "ice" and resolve_art("ice rink").furniture == "ice rink"
    assert resolve_art("ice cube").emoji == "🧊"
    player = Element(id="p", noun="hockey player", box=(0.4, 0.05, 0.6, 0.53))
    ice = Element(id="i", noun="ice", box=(0.33, 0.52, 0.67, 0.86))
    pixels = pixels_of(scene(ROOM, [player, ice], [Relation(subject="p", predicate="on", object="i")], SIDE))
    sheet = near(pixels, ICE_BLUE, 30)
    sheet[: SIDE // 2] = False  # the window's sky is pale blue too
    ix0, iy0, ix1, iy1 = extent(sheet)
    assert ix1 - ix0 > 2.0 * (iy1 - iy0)  # a flat sheet, not a cube
    legs = extent(near(pixels, TROUSERS, 12))
    assert legs[3] > iy0 - 0.06 * SIDE  # brought down onto the ice, not left above it
    assert ix0 < legs[0] and legs[2] < ix1


def test_a_fire_station_is_a_red_hall_and_a_watering_hole_a_pond() -> None:
    assert resolve_art("fire station").furniture == "fire station"
    pixels = drawn("fire station", size=(160, 160), box=(0.1, 0.2, 0.9, 0.9))
    assert near(pixels, FIRE_RED, 20).sum() > 0.1 * 160 * 160
    assert furniture_kind("watering hole") == "watering hole"
    pond = drawn("watering hole", size=(160, 120), box=(0.1, 0.4, 0.9, 0.9))
    assert near(pond, (86, 150, 210), 30).sum() > 0.15 * 160 * 120  # water, not a dark hole


def test_everyday_nouns_are_drawn_as_themselves() -> None:
    expected = {
        "drum set": "🥁",
        "pancake": "🥞",
        "syrup": "🍯",
        "easter egg": "🥚",
        "noodles": "🍜",
        "stocking": "🧦",
        "subway": "🚇",
        "dartboard": "🎯",
        "van": "🚐",
    }
    found = {noun: resolve_art(noun).emoji for noun in expected}
    assert found == expected
    assert resolve_art("hay bale").furniture == "hay bale"  # was a cardboard package
    bale = drawn("hay bale", size=(120, 120), box=(0.1, 0.1, 0.9, 0.9))
    assert near(bale, STRAW, 24).sum() > 0.3 * 120 * 120
    for noun in (
        "stage",
        "windmill",
        "pumpkin patch",
        "haystack",
    ):  # drawn in code, or real art: never a blank square
        choice = resolve_art(noun)
        assert choice.furniture is not None or choice.emoji != "⬜", noun
