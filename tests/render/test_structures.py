"""Barns, fireplaces and waterfalls are drawn in code (render/builtin/structures.py): they were an emoji
house, the fire emoji burning on the floor and a square picture tile."""

from __future__ import annotations

import numpy as np
import pytest

from limner.assets.art import resolve_art
from tests.render.pixels import drawn, near


def _drawn(noun: str, color: str | None = None) -> np.ndarray:
    """``noun`` alone filling most of a white 200² canvas, as RGB pixels (box 0.1–0.9)."""
    return drawn(noun, color, size=(200, 200), box=(0.1, 0.1, 0.9, 0.9))


def _share(pixels: np.ndarray, rgb: tuple[int, int, int], tolerance: int = 40) -> float:
    return float(near(pixels, rgb, tolerance).mean())


@pytest.mark.parametrize("noun", ["barn", "red barn", "fireplace", "stone fireplace", "waterfall"])
def test_structures_are_drawn_in_code(noun: str) -> None:
    assert resolve_art(noun).furniture is not None


def test_a_barn_is_red_with_a_white_cross_braced_door() -> None:
    pixels = _drawn("barn")
    assert _share(pixels, (172, 52, 44)) > 0.15  # red walls
    door = pixels[125:175, 70:130]  # the lower middle: the door's white braces cross it
    assert _share(door, (244, 240, 232)) > 0.05
    blue = _drawn("barn", "#3060c0")
    assert _share(blue, (172, 52, 44)) < 0.01  # a stated colour paints the walls


def test_a_fireplace_has_a_fire_in_a_dark_opening_under_a_mantel() -> None:
    pixels = _drawn("fireplace")
    opening = pixels[100:175, 70:130]
    assert _share(opening, (46, 36, 34)) > 0.1  # the dark hearth
    assert _share(opening, (246, 140, 44), 60) > 0.03  # flames in it
    assert _share(pixels[20:40], (126, 86, 56)) > 0.1  # the mantel shelf on top


def test_a_waterfall_pours_down_the_middle_of_a_rock() -> None:
    pixels = _drawn("waterfall")
    middle, side = pixels[40:140, 90:110], pixels[40:140, 30:50]
    assert _share(middle, (140, 200, 236), 60) > 0.5  # falling water
    assert _share(side, (122, 116, 110)) > 0.5  # rock beside it


def test_a_campfire_is_a_fire_on_crossed_logs_in_a_ring_of_stones() -> None:
    pixels = _drawn("campfire")
    assert resolve_art("campfire").furniture == "campfire"
    assert _share(pixels[40:150, 70:130], (246, 140, 44), 60) > 0.2  # the fire
    assert _share(pixels[158:180], (150, 146, 140)) > 0.15  # grey stones along the bottom
    blue = _drawn("campfire", "#3080e0")  # a stated colour is the fire's
    assert _share(blue[40:150, 70:130], (48, 128, 224), 60) > 0.2


@pytest.mark.parametrize(
    ("noun", "emoji"),
    [("dice", "🎲"), ("garden gnome", "🧙"), ("swim trunks", "🩳"), ("paint roller", "🖌️")],
)
def test_nouns_that_were_a_neutral_square_or_another_thing_get_a_stand_in(noun: str, emoji: str) -> None:
    assert resolve_art(noun).emoji == emoji


def test_a_dinner_table_is_drawn_as_a_table() -> None:
    """WordNet files it under "dining table", a kind name no drawer has: it was a cabinet."""
    assert resolve_art("dinner table").furniture == "table"
