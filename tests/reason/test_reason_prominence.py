"""Prominence: small subjects on big supports are framed closer (or, bounded, enlarged) so they show."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from PIL import Image

from limner.assets.art import resolve_art
from limner.config import Settings
from limner.plan.geometry import rests_on, violated_relations
from limner.plan.model import Element, Plan
from limner.platform.service import LimnerService
from limner.reason import BuiltinReasoner, ReasonRequest
from limner.reason.prominence import MAX_EXAGGERATION, MIN_SHARE
from limner.render.builtin.art import pixel_box
from limner.render.registry import default_registry
from limner.server.app import create_app

REASONER = BuiltinReasoner()
WIDTH, HEIGHT = 960, 640

#: (prompt, subject noun, support noun): everyday small things on furniture many times their size.
SMALL_ON_BIG = (
    ("a ring on a table", "ring", "table"),
    ("a phone on a bed", "cell phone", "bed"),
    ("a red apple on a table", "apple", "table"),
    ("a candle on a table", "candle", "table"),
    ("a mouse on a sofa", "mouse", "couch"),
    ("a watch on a bed", "watch", "bed"),
    ("a lemon on a counter", "lemon", "counter"),
    ("a yellow pear on a wooden table", "pear", "table"),
    ("a gold ring on a desk", "ring", "desk"),
    ("a cupcake on a table", "cupcake", "table"),
    ("a phone on a sofa", "cell phone", "couch"),
    ("a green bottle on a desk", "bottle", "desk"),
)


def plan_of(prompt: str, width: int = WIDTH, height: int = HEIGHT) -> Plan:
    return REASONER.reason(ReasonRequest(prompt=prompt, seed=3, width=width, height=height))


def share(element: Element, plan: Plan) -> float:
    """The element's longest side as a share of the canvas's shorter side."""
    w = (element.box[2] - element.box[0]) * plan.canvas.width
    h = (element.box[3] - element.box[1]) * plan.canvas.height
    return max(w, h) / min(plan.canvas.width, plan.canvas.height)


def one(plan: Plan, noun: str) -> Element:
    found = [e for e in plan.elements if e.noun == noun]
    assert len(found) == 1, f"{noun}: {[e.noun for e in plan.elements]}"
    return found[0]


def layout_notes(plan: Plan) -> list[str]:
    return [t.message for t in plan.trace if t.stage == "layout"]


@pytest.mark.parametrize(("prompt", "subject", "support"), SMALL_ON_BIG)
def test_a_small_subject_on_a_big_support_is_prominent(prompt: str, subject: str, support: str) -> None:
    plan = plan_of(prompt)
    thing, under = one(plan, subject), one(plan, support)
    assert share(thing, plan) >= MIN_SHARE - 0.005, f"{subject} is a speck: {share(thing, plan):.3f}"
    assert rests_on(thing.box, under.box), "the subject still stands on its support"
    assert [(r.subject, r.predicate, r.object) for r in plan.relations] == [(thing.id, "on", under.id)]
    assert violated_relations(plan) == []
    assert not plan.warnings
    assert under.box[1] < 0.85, "the support's top surface stays in view"
    assert any("framed closer" in note for note in layout_notes(plan))


def test_the_close_up_cuts_the_support_at_the_bottom_edge_and_says_how_much() -> None:
    plan = plan_of("a ring on a table")
    table = one(plan, "table")
    crop = table.attributes.get("crop_bottom")
    assert isinstance(crop, float) and 0.0 < crop < 0.9
    assert table.box[3] == 1.0
    x0, _, x1, y1 = pixel_box(table, WIDTH, HEIGHT)  # drawn whole, the canvas cuts it
    assert y1 > HEIGHT + 1 and x1 - x0 < WIDTH
    assert any("runs past the bottom edge" in note for note in layout_notes(plan))


def test_without_room_to_frame_the_subject_is_enlarged_within_a_bound() -> None:
    plan = plan_of("a ring on a table next to a lamp")  # a lamp too: a close-up would cut it
    ring, table = one(plan, "ring"), one(plan, "table")
    assert share(ring, plan) >= MIN_SHARE - 0.005
    assert rests_on(ring.box, table.box) and violated_relations(plan) == []
    said = [n for n in layout_notes(plan) if "exaggerated" in n]
    assert len(said) == 1 and said[0].startswith(f"{ring.id} (ring) drawn ×")
    factor = float(said[0].split("×")[1].split()[0])
    assert 1.0 < factor <= MAX_EXAGGERATION
    assert not any("framed closer" in n for n in layout_notes(plan))
    assert not any("crop_bottom" in e.attributes for e in plan.elements)


def test_a_thing_the_prompt_calls_small_is_never_exaggerated() -> None:
    plan = plan_of("a tiny ring on a table next to a lamp")
    assert not any("exaggerated" in note for note in layout_notes(plan))
    assert share(one(plan, "ring"), plan) < MIN_SHARE


@pytest.mark.parametrize("prompt", ["a cat sitting on a laptop in an office", "a butterfly on a flower"])
def test_subjects_already_prominent_are_left_alone(prompt: str) -> None:
    plan = plan_of(prompt)
    notes = layout_notes(plan)
    assert not any("framed closer" in n or "exaggerated" in n for n in notes)
    assert not any("crop_bottom" in e.attributes for e in plan.elements)


def test_a_stack_of_like_things_is_not_reframed() -> None:
    plan = plan_of("three books stacked")
    assert not any("framed closer" in n for n in layout_notes(plan))


def test_framing_is_deterministic_and_follows_the_canvas() -> None:
    assert plan_of("a phone on a bed").model_dump() == plan_of("a phone on a bed").model_dump()
    tall = plan_of("a phone on a bed", width=640, height=960)
    assert share(one(tall, "cell phone"), tall) >= MIN_SHARE - 0.005
    assert violated_relations(tall) == []


def test_a_plain_bottle_is_an_upright_bottle_not_the_popping_cork() -> None:
    choice = resolve_art("bottle")
    assert choice.furniture == "bottle" and choice.emoji != "🍾"
    plan = plan_of("a green bottle on a wooden table")
    assert any("bottle" in t.message and "drawn from the side" in t.message for t in plan.trace)


@pytest.fixture
def client(tmp_path: Path) -> Iterator[TestClient]:
    settings = Settings(data_dir=tmp_path / "data", database_url=None)
    service = LimnerService.open(settings, reasoner=REASONER, renderers=default_registry())
    with service, TestClient(create_app(settings, service), raise_server_exceptions=False) as test_client:
        yield test_client


def test_the_served_picture_shows_the_support_cut_by_the_bottom_edge(client: TestClient) -> None:
    body = {"prompt": "a ring on a table", "size": "640x448", "seed": 5, "output_format": "png"}
    response = client.post("/v1/generate", json=body)
    assert response.status_code == 200, response.text
    generation = response.json()
    plan = Plan.model_validate(client.get(f"/v1/plans/{generation['plan_id']}").json())
    table = one(plan, "table")
    image = client.get(generation["images"][0]["url"])
    assert image.status_code == 200
    with Image.open(io.BytesIO(image.content)) as picture:
        rgb = picture.convert("RGB")
        x0, _, x1, _ = pixel_box(table, 640, 448)
        legs = [rgb.getpixel((round(x0 + (x1 - x0) * f), 447)) for f in (0.09, 0.91)]
        floor = rgb.getpixel((4, 447))
    # the table's legs run into the bottom edge, darker than the floor around them
    assert all(isinstance(p, tuple) and isinstance(floor, tuple) and sum(p) < sum(floor) - 120 for p in legs)
