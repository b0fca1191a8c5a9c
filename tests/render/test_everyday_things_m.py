"""Everyday things, round 17: things a person pushes or works at are drawn in code, at their own
size: a push lawn mower (it was a giant hammer and wrench, the art of its far ancestor "tool") low on
the ground with its handle rising to a walker's hands; an ironing board (it was a placard) a long
flat board at hip height on crossed legs."""

from __future__ import annotations

from tests.render.pixels import drawn, extent, near

SIDE = 240
MOWER_RED = (200, 62, 48)
WHITE = (255, 255, 255)
COVER_BLUE = (120, 170, 220)
LEG_GREY = (120, 124, 132)


def test_a_lawn_mower_is_a_low_red_deck_with_a_handle_not_a_tall_tool_box() -> None:
    pixels = drawn("lawn mower", size=(SIDE, SIDE), box=(0.1, 0.1, 0.9, 0.9))
    x0, y0, x1, y1 = extent(near(pixels, MOWER_RED, 40))
    assert y0 > 0.6 * SIDE and y1 < 0.92 * SIDE  # the deck sits low in its box, on its floor
    assert x1 - x0 > 0.4 * SIDE  # a long deck, not a small tool
    ink = ~near(pixels, WHITE, 12)
    _, top, _, bottom = extent(ink)
    assert top > 0.4 * SIDE and bottom > 0.85 * SIDE  # the grip no higher than half its length


def test_an_ironing_board_is_a_flat_board_on_legs_not_a_placard() -> None:
    pixels = drawn("ironing board", size=(SIDE, SIDE), box=(0.1, 0.1, 0.9, 0.9))
    x0, y0, x1, y1 = extent(near(pixels, COVER_BLUE, 40))
    assert x1 - x0 > 0.6 * SIDE and y1 - y0 < 0.1 * SIDE  # long and thin: a board, not a sign's face
    assert y0 > 0.3 * SIDE  # at hip height on its legs, not filling the box's top
    _, _, _, feet = extent(near(pixels, LEG_GREY, 40))
    assert feet > 0.85 * SIDE  # the legs reach the floor
