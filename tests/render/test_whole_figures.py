"""Role people whose art is a half figure (cook, doctor, farmer …) stand whole beside everyone else:
the reasoner gives them a standing figure's box and the renderer adds trouser legs under the bust."""

from __future__ import annotations

import io

import numpy as np
import pytest
from PIL import Image

from limner.assets.anchors import BUST_SHARE, anchor_box, body_kind
from limner.assets.art import drawn_whole, resolve_art
from limner.plan.model import Element, Plan
from limner.reason import BuiltinReasoner, ReasonRequest
from limner.render.base import RenderOptions
from limner.render.builtin import BuiltinRenderer
from limner.render.builtin.objects import SHOES, TROUSERS


def _boxes(prompt: str) -> dict[str, tuple[float, float, float, float]]:
    plan = BuiltinReasoner().reason(ReasonRequest(prompt=prompt, seed=1, width=1024, height=1024))
    return {e.noun: e.box for e in plan.elements}


@pytest.mark.parametrize("role", ["chef", "doctor", "farmer", "police officer", "teacher"])
def test_a_role_person_stands_as_tall_as_a_standing_person(role: str) -> None:
    assert drawn_whole(resolve_art(role).emoji) and body_kind("person", role) == "bust"
    boxes = _boxes(f"a {role} next to a waiter")
    role_box, waiter = boxes[role], boxes["waiter"]
    role_h, waiter_h = role_box[3] - role_box[1], waiter[3] - waiter[1]
    assert abs(role_h - waiter_h) / waiter_h < 0.12  # was about two thirds of the waiter
    assert role_box[3] == pytest.approx(waiter[3], abs=0.02)  # on the same ground line


def test_a_baby_stays_a_half_figure() -> None:
    assert not drawn_whole(resolve_art("baby").emoji)
    assert body_kind("person", "baby") == "half"


def _near(pixels: np.ndarray, rgb: tuple[int, int, int]) -> np.ndarray:
    return np.abs(pixels - np.array(rgb)).sum(axis=2) < 24


def test_the_bust_is_drawn_on_top_and_legs_below() -> None:
    plan = Plan(
        prompt="a chef",
        canvas={"width": 200, "height": 400, "background": {"color": "#ffffff"}},
        elements=[Element(id="e1", noun="chef", box=(0.2, 0.1, 0.8, 0.95))],
    )
    png = BuiltinRenderer().render(plan, RenderOptions(width=200, height=400, seed=1))
    pixels = np.asarray(Image.open(io.BytesIO(png.data)).convert("RGB")).astype(int)
    top, bottom = 40, 380
    split = top + (bottom - top) * BUST_SHARE
    legs = _near(pixels, TROUSERS)
    rows = legs.any(axis=1)
    assert not rows[: int(split) - 25].any()  # none in the bust (the legs tuck a little under it)
    assert rows[int(split) + 5 : bottom - 20].mean() > 0.95  # trousers all the way down
    assert _near(pixels, SHOES)[int(bottom - 40) : bottom + 2].any()  # shoes on the ground line
    # the head: the art's skin yellow in the top quarter of the box, nowhere in the legs' half
    skin = (pixels[..., 0] > 200) & (pixels[..., 1] > 150) & (pixels[..., 2] < 90)
    assert skin[top : int(top + (bottom - top) * 0.3)].any() and not skin[int(split) + 20 : bottom].any()
    # a worn hat's anchor is that head
    head = anchor_box((0.2, 0.1, 0.8, 0.95), "bust", "head")
    assert head[1] == pytest.approx(0.1) and head[3] < 0.1 + 0.85 * BUST_SHARE


def test_a_mermaid_and_a_fairy_are_drawn_whole_already() -> None:
    """The art set draws them with a tail and wings: trouser legs under them were a second body."""
    for noun in ("mermaid", "fairy"):
        emoji = resolve_art(noun).emoji
        assert emoji[0] in "🧜🧚" and not drawn_whole(emoji), noun
    assert drawn_whole(resolve_art("wizard").emoji)  # a wizard's bust still gets legs
