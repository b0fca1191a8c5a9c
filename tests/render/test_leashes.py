"""A leash is drawn as a line from the walker's hand to the animal's neck, not as a picture."""

from __future__ import annotations

import io

import numpy as np
from PIL import Image

from limner.plan.model import Element, Plan, Relation
from limner.render.base import RenderOptions
from limner.render.builtin import BuiltinRenderer
from limner.render.builtin.strings import leash_ids, leash_lines


def _plan(walker: bool, color: str | None = None) -> Plan:
    elements = [
        Element(id="e2", noun="dog", box=(0.45, 0.55, 0.85, 0.86), attributes={"facing": "right"}),
        Element(
            id="e3", noun="leash", box=(0.47, 0.61, 0.77, 0.78), attributes={"color": color} if color else {}
        ),
    ]
    relations = [Relation(subject="e2", predicate="wears", object="e3")]
    if walker:
        elements.insert(0, Element(id="e1", noun="girl", box=(0.16, 0.3, 0.4, 0.86)))
        relations.append(Relation(subject="e1", predicate="follows", object="e2"))
    return Plan(
        prompt="a dog on a leash",
        canvas={"width": 256, "height": 256, "background": {"color": "#ffffff"}},
        elements=elements,
        relations=relations,
    )


def _reddish(pixels: np.ndarray) -> int:
    return int(((pixels[..., 0] - pixels[..., 1] > 50) & (pixels[..., 0] - pixels[..., 2] > 50)).sum())


def _pixels(plan: Plan) -> np.ndarray:
    png = BuiltinRenderer().render(plan, RenderOptions(width=256, height=256, seed=1))
    return np.asarray(Image.open(io.BytesIO(png.data)).convert("RGB")).astype(int)


def test_a_walked_dogs_leash_runs_from_the_hand_to_its_neck() -> None:
    plan = _plan(walker=True)
    [((x0, y0, x1, y1), color)] = leash_lines(plan, 256, 256)
    assert color == (150, 44, 40)  # no colour in the plan: a red-brown leash
    assert x0 < 0.4 * 256 < 0.45 * 256 < x1  # from the girl's side to the dog
    assert 0.3 * 256 < y0 < 0.86 * 256 and 0.55 * 256 < y1 < 0.75 * 256  # her hand, its neck
    assert leash_ids(plan) == {"e3"}
    pixels = _pixels(plan)
    between = pixels[int(min(y0, y1)) - 6 : int(max(y0, y1)) + 14, int(0.4 * 256) + 2 : int(0.45 * 256)]
    assert _reddish(between) > 3  # the line crosses the gap between them


def test_a_leash_is_never_drawn_as_a_picture_and_takes_its_colour() -> None:
    alone = _plan(walker=False, color="#2050d0")
    [((x0, y0, _, _), color)] = leash_lines(alone, 256, 256)
    assert color == (32, 80, 208)
    assert x0 > 0.85 * 256 and y0 >= 0.85 * 256  # trailing to the ground in front of the dog
    pixels = _pixels(alone)
    white_square = (pixels == 255).all(axis=2)[
        int(0.62 * 256) : int(0.76 * 256), int(0.5 * 256) : int(0.74 * 256)
    ]
    assert white_square.mean() < 0.5  # no neutral square where the leash's box is: the dog is there
    bluish = (pixels[..., 2] - pixels[..., 0] > 60) & (pixels[..., 2] - pixels[..., 1] > 40)
    assert bluish.sum() > 10  # the line, in the leash's colour
