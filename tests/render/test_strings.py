"""A kite flown above its flyer hangs on a string from the flyer's hand; things held at the hand don't."""

from __future__ import annotations

import io

import numpy as np
from PIL import Image

from limner.plan.model import Element, Plan, Relation
from limner.reason import BuiltinReasoner, ReasonRequest
from limner.render.base import RenderOptions
from limner.render.builtin import BuiltinRenderer
from limner.render.builtin.flown import raised_flyers
from limner.render.builtin.strings import LINE, strings


def _plan(kite_box: tuple[float, float, float, float]) -> Plan:
    return Plan(
        prompt="a boy flying a kite",
        canvas={"width": 400, "height": 400, "background": {"color": "#ffffff"}},
        elements=[
            Element(id="e1", noun="boy", box=(0.1, 0.4, 0.35, 0.95)),
            Element(id="e2", noun="kite", box=kite_box),
        ],
        relations=[Relation(subject="e1", predicate="holds", object="e2")],
    )


def test_a_kite_in_the_sky_gets_a_string_from_the_hand() -> None:
    plan = _plan((0.6, 0.05, 0.85, 0.3))
    boy, kite = plan.elements
    sitting = boy.model_copy(update={"attributes": {"pose": "sitting"}})
    seated = plan.model_copy(update={"elements": [sitting, kite]})
    (line,) = strings(seated, 400, 400)  # one sitting down: from the hand at its side
    x0, y0, x1, y1 = line
    assert 0.1 * 400 < x0 < 0.4 * 400 and 0.55 * 400 < y0 < 0.75 * 400  # the hand, at the figure's side
    assert x1 == (0.6 + 0.85) / 2 * 400 and y1 == 0.3 * 400  # the kite's lowest point
    # standing, he raises his arm: the string runs from that hand (kiteflyer.py), not from here
    assert strings(plan, 400, 400) == []
    png = BuiltinRenderer().render(plan, RenderOptions(width=400, height=400, seed=1)).data
    pixels = np.asarray(Image.open(io.BytesIO(png)).convert("RGB")).astype(int)
    # between his raised hand and the kite, the line darkens the white backdrop
    window = pixels[int(0.3 * 400) : int(0.5 * 400), int(0.4 * 400) : int(0.6 * 400)]
    assert (np.abs(window - np.array(LINE)).sum(axis=2) < 200).any()


def test_a_thing_held_at_the_hand_has_no_string() -> None:
    assert strings(_plan((0.25, 0.6, 0.4, 0.75)), 400, 400) == []


def test_the_reasoner_flies_kites_on_strings() -> None:
    plan = BuiltinReasoner().reason(ReasonRequest(prompt="a girl flying a kite in a park", seed=1))
    drawn = strings(plan, plan.canvas.width, plan.canvas.height)
    assert len(drawn) + len(raised_flyers(plan)) == 1  # from her hand, raised when she stands
