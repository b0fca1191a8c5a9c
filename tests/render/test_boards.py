"""Boards one stands on (skateboards, surfboards, snowboards) are drawn in code, flat under their
rider: the skateboard emoji is tilted and a surfboard was drawn as a whole surfer, so "kids
skateboarding" stood in front of giant boards and a surfer stood on a second surfer."""

from __future__ import annotations

import numpy as np
import pytest

from limner.plan.model import Plan
from limner.reason import BuiltinReasoner, ReasonRequest
from limner.render.builtin.boards import DECK_RED, SURF_BLUE
from tests.render.pixels import drawn, extent, near, pixels_of

#: The grey of a standing figure's trousers (the person emoji's legs).
TROUSERS = (150, 150, 150)


def reasoned(prompt: str) -> Plan:
    return BuiltinReasoner().reason(ReasonRequest(prompt=prompt, seed=1, width=400, height=400))


@pytest.mark.parametrize(("noun", "rgb"), [("skateboard", DECK_RED), ("surfboard", SURF_BLUE)])
def test_a_board_in_a_wide_box_lies_flat(noun: str, rgb: tuple[int, int, int]) -> None:
    x0, y0, x1, y1 = extent(near(drawn(noun, size=(400, 100), box=(0.1, 0.3, 0.9, 0.9)), rgb, 60))
    assert x1 - x0 > 3 * (y1 - y0)  # long and low, not a tilted picture


def test_a_board_alone_in_a_tall_box_stands_on_its_tail() -> None:
    x0, y0, x1, y1 = extent(
        near(drawn("surfboard", size=(200, 400), box=(0.3, 0.1, 0.7, 0.9)), SURF_BLUE, 60)
    )
    assert y1 - y0 > 3 * (x1 - x0)


@pytest.mark.parametrize("prompt", ["a boy on a skateboard", "a girl riding a skateboard", "a woman surfing"])
def test_the_rider_stands_on_the_deck(prompt: str) -> None:
    plan = reasoned(prompt)
    rider = next(e for e in plan.elements if e.noun in ("boy", "girl", "woman"))
    board = next(e for e in plan.elements if e.noun in ("skateboard", "surfboard"))
    bx0, by0, bx1, by1 = board.box
    assert bx1 - bx0 > 2.5 * (by1 - by0)  # flat under the rider
    assert by0 <= rider.box[3] <= by0 + 0.5 * (by1 - by0)  # feet on its top
    pixels = pixels_of(plan)
    below = int((rider.box[1] + rider.box[3]) / 2 * 400)  # under the rider's middle (no lips, no shirt)
    deck = near(pixels[below:], DECK_RED if board.noun == "skateboard" else SURF_BLUE, 30)
    _, deck_top, _, deck_bottom = (v + below * (i % 2) for i, v in enumerate(extent(deck)))
    middle = (rider.box[0] + rider.box[2]) / 2 * 400
    columns = slice(int(middle - 25), int(middle + 25))  # both legs
    rows = np.nonzero(near(pixels, TROUSERS, 40)[:, columns].sum(axis=1) >= 2)[0]
    assert rows[rows < deck_top].max() >= deck_top - 0.08 * 400  # the legs come down to the deck …
    assert not np.any((rows > deck_top + 4) & (rows <= deck_bottom))  # … and do not sink through it


def test_several_riders_each_stand_on_their_own_board() -> None:
    plan = reasoned("three kids skateboarding in the park")
    boards = sorted(e.box for e in plan.elements if e.noun == "skateboard")
    kids = sorted(e.box for e in plan.elements if e.noun == "child")
    assert len(boards) == len(kids) == 3
    for kid, board in zip(kids, boards, strict=True):
        assert board[0] <= (kid[0] + kid[2]) / 2 <= board[2]
    assert np.all(np.diff([b[0] for b in boards]) > 0)  # side by side
