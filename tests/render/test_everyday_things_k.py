"""Everyday things, eleventh round: a couple dancing stands close in a dance hold (bent arms, hands joined
between them, no straight sticks); two people holding hands stand side by side facing the viewer, the
inner hands joined low; a flown kite is large and high above its flyer, its string from a raised hand;
a microphone on a stage stands on its stand, and a singer's microphone is the one in the singer's hand."""

from __future__ import annotations

import numpy as np

from limner.plan.model import Element, Plan, Relation, Sentence
from limner.render.builtin.micstand import STEEL
from limner.render.builtin.partners import EDGE
from tests.render.pixels import FIELD, ROOM, SKIN, extent, near, pixels_of, scene

SIDE = 240
MAN_SHIRT = (0, 166, 237)
WOMAN_SHIRT = (139, 98, 191)
#: The walking (side-on) figure's far leg: a front-facing figure has none.
FAR_LEG = (99, 99, 99)
KITE_RED = (248, 49, 47)
MIC_PURPLE = (83, 53, 102)
#: The microphone the singer art holds.
SINGERS_MIC = (50, 27, 65)


def _said(text: str, elements: list[Element], relations: list[Relation]) -> Plan:
    """A plan of ``elements`` that the sentence ``text`` brought."""
    said = [e.model_copy(update={"sentence": 0}) for e in elements]
    plan = scene(ROOM, said, relations, SIDE)
    return plan.model_copy(update={"sentences": [Sentence(index=0, text=text, action="create")]})


def _pair(facing: bool = True) -> list[Element]:
    man = Element(
        id="m", noun="man", attributes={"facing": "right"} if facing else {}, box=(0.28, 0.19, 0.55, 0.81)
    )
    woman = Element(
        id="w",
        noun="woman",
        attributes={"facing": "left"} if facing else {},
        box=(0.47, 0.19, 0.73, 0.81),
        z=1,
    )
    return [man, woman]


TOUCH = [
    Relation(subject="m", predicate="touches", object="w"),
    Relation(subject="w", predicate="touches", object="m"),
]


def test_a_couple_dancing_stand_close_in_a_hold_with_bent_arms() -> None:
    pixels = pixels_of(_said("a man and a woman dancing in the living room", _pair(), TOUCH))
    mx0, my0, mx1, _ = extent(near(pixels, MAN_SHIRT, 12))
    wx0, _, wx1, _ = extent(near(pixels, WOMAN_SHIRT, 12))
    assert mx1 < wx1 and mx0 < wx0  # he on the left, she on the right …
    assert (wx0 + wx1) / 2 - (mx0 + mx1) / 2 < 0.3 * SIDE  # … close together
    # their joined hands between them, about the shoulders' height
    between = pixels[my0 - int(0.04 * SIDE) : my0 + int(0.12 * SIDE), (mx0 + mx1) // 2 : (wx0 + wx1) // 2]
    assert near(between, SKIN, 20).sum() > 20
    # flat-style arms: none of the straight outlined sticks the pair once reached out with
    assert near(pixels[:, int(0.3 * SIDE) : int(0.7 * SIDE)], EDGE, 30).sum() < 5


def test_two_people_holding_hands_stand_side_by_side_facing_the_viewer() -> None:
    pixels = pixels_of(_said("two people holding hands", _pair(), TOUCH[:1]))
    assert not near(pixels, FAR_LEG, 10).any()  # front on: no side-on walker's far leg
    _, my0, mx1, my1 = extent(near(pixels, MAN_SHIRT, 12))
    wx0, _, _, _ = extent(near(pixels, WOMAN_SHIRT, 12))
    assert mx1 < wx0  # side by side, a step apart
    third = (wx0 - mx1) // 3
    skin = near(pixels[:, mx1 + third : wx0 - third], SKIN, 20)  # the middle of the gap between them
    rows = np.nonzero(skin.any(axis=1))[0]
    assert rows.size and rows.max() > my1  # their inner hands joined low, below the shirts …
    assert skin[: my0 + (my1 - my0) // 2].sum() < 4  # … the arms reaching down to them, not out at the chest


def test_a_flown_kite_is_large_and_high_above_its_flyer_who_raises_an_arm() -> None:
    boy = Element(id="b", noun="boy", box=(0.42, 0.22, 0.58, 0.6))
    kite = Element(id="k", noun="kite", box=(0.58, 0.19, 0.62, 0.23), z=2)  # a speck at his hand
    pixels = pixels_of(
        scene(FIELD, [boy, kite], [Relation(subject="b", predicate="holds", object="k")], SIDE)
    )
    kx0, ky0, kx1, ky1 = extent(near(pixels, KITE_RED, 20))
    skin = near(pixels, SKIN, 6)  # his skin exactly (not the kite's yellow quarter)
    top = extent(skin)[1]
    assert ky1 < top + 0.05 * SIDE  # up in the sky, beside or above his head
    assert kx1 - kx0 > 0.05 * SIDE and ky1 - ky0 > 0.05 * SIDE  # its red quarter alone a clear patch
    head = np.nonzero(skin[top : top + int(0.04 * SIDE)].any(axis=0))[0].mean()
    reach = np.nonzero(skin[top : top + int(0.12 * SIDE)].any(axis=0))[0].max()
    assert reach - head > 0.08 * SIDE  # a hand raised out toward the kite beside his head


def test_a_microphone_on_a_stage_stands_on_its_stand_a_singers_is_in_hand() -> None:
    mic = Element(id="m", noun="microphone", box=(0.37, 0.07, 0.63, 0.32), z=2)
    stage = Element(id="s", noun="stage", box=(0.22, 0.3, 0.78, 0.86), z=1)
    pixels = pixels_of(scene(ROOM, [mic, stage], [Relation(subject="m", predicate="on", object="s")], SIDE))
    assert not near(pixels, MIC_PURPLE, 12).any()  # no giant microphone lying on the boards …
    sx0, sy0, sx1, sy1 = extent(near(pixels, STEEL, 10))
    assert sy1 - sy0 > 0.25 * SIDE and sx1 - sx0 < 0.15 * SIDE  # … a tall thin stand
    singer = Element(id="p", noun="singer", box=(0.24, 0.3, 0.55, 0.86))
    loose = Element(id="m", noun="microphone", box=(0.58, 0.68, 0.76, 0.86), z=2)
    pixels = pixels_of(scene(ROOM, [singer, loose], [], SIDE))
    assert (
        near(pixels, SINGERS_MIC, 12).any() and not near(pixels, MIC_PURPLE, 12).any()
    )  # the one in hand only
