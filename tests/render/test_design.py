"""Designed formats end to end: the reasoner lays a poster, banner, card or sign out; the renderer
sets the type to fill its boxes, at a readable contrast, on the sign's face. Measured on pixels."""

from __future__ import annotations

import numpy as np
import numpy.typing as npt
import pytest

from limner.assets.formats import face_box
from limner.plan.model import Background, Canvas, Element, Plan, TextSpec
from limner.reason.base import ReasonRequest
from limner.reason.pipeline import reason
from limner.render.base import RenderOptions
from limner.render.builtin import BuiltinRenderer
from limner.render.builtin.contrast import contrast_ratio

from .conformance import decode

RGBImage = npt.NDArray[np.uint8]
HEADLINE_60 = "Welcome to the annual community garden festival and plant swap"


def plan_for(prompt: str, width: int, height: int) -> Plan:
    return reason(ReasonRequest(prompt=prompt, width=width, height=height, seed=1))


def render(plan: Plan) -> RGBImage:
    return decode(BuiltinRenderer().render(plan, RenderOptions(seed=1)).data)


def without(plan: Plan, element_id: str) -> Plan:
    return plan.model_copy(update={"elements": [e for e in plan.elements if e.id != element_id]})


def ink(plan: Plan, element_id: str) -> npt.NDArray[np.bool_]:
    """Pixels that the text element changes (its glyphs, and a backing panel if it drew one)."""
    a = render(plan).astype(np.int16)
    b = render(without(plan, element_id)).astype(np.int16)
    return np.abs(a - b).max(axis=2) > 40


def line_runs(mask: npt.NDArray[np.bool_]) -> list[tuple[int, int]]:
    """(first row, rows) of each horizontal band of ink, i.e. each line of text."""
    rows = mask.any(axis=1)
    runs: list[tuple[int, int]] = []
    start = None
    for y, on in enumerate([*rows.tolist(), False]):
        if on and start is None:
            start = y
        elif not on and start is not None:
            runs.append((start, y - start))
            start = None
    return runs


def text_of(plan: Plan, content: str) -> Element:
    return next(e for e in plan.elements if e.text is not None and e.text.content == content)


@pytest.mark.parametrize("size", [(1536, 512), (1024, 768), (1024, 1024)])
def test_a_60_character_banner_headline_wraps_at_5_percent_of_the_height(size: tuple[int, int]) -> None:
    width, height = size
    assert len(HEADLINE_60) >= 60
    plan = plan_for(f"a banner that says '{HEADLINE_60}' with flowers", width, height)
    headline = text_of(plan, HEADLINE_60)
    runs = line_runs(ink(plan, headline.id))
    assert len(runs) >= 2, "the headline wraps instead of shrinking to one thin line"
    tallest = max(rows for _, rows in runs)
    assert tallest >= 0.05 * height, f"headline ink {tallest}px < 5% of {height}px"


def test_a_headline_in_a_small_box_keeps_the_floor_by_growing_its_box() -> None:
    plan = Plan(
        canvas=Canvas(width=800, height=600, background=Background(color="#ffffff")),
        elements=[
            Element(
                id="t1",
                kind="text",
                noun="text",
                box=(0.1, 0.45, 0.9, 0.5),
                text=TextSpec(content=HEADLINE_60, role="headline"),
            )
        ],
    )
    rendered = BuiltinRenderer().render(plan, RenderOptions())
    runs = line_runs(ink(plan, "t1"))
    assert len(runs) >= 2
    assert max(rows for _, rows in runs) >= 0.05 * 600
    assert any("grown" in note for note in rendered.notes)


def test_the_poster_prompt_gives_a_designed_page() -> None:
    plan = plan_for(
        "a poster of a red sneaker with the headline 'Run Further' and the caption 'New spring collection'",
        768,
        1024,
    )
    head = text_of(plan, "Run Further")
    sub = text_of(plan, "New spring collection")
    hero = next(e for e in plan.elements if e.kind == "object" and "panel" not in e.attributes)
    for element in (head, sub, hero):  # margins of at least 5 % on every side
        x0, y0, x1, y1 = element.box
        assert x0 >= 0.049 and y0 >= 0.049 and x1 <= 0.951 and y1 <= 0.951, element
    assert head.box[3] <= sub.box[1] + 1e-6 and sub.box[3] <= hero.box[1] + 1e-6  # headline, sub-line, hero
    hero_area = (hero.box[2] - hero.box[0]) * (hero.box[3] - hero.box[1])
    assert hero_area >= 0.25, "the product is the hero"
    head_rows = max(r for _, r in line_runs(ink(plan, head.id)))
    sub_rows = max(r for _, r in line_runs(ink(plan, sub.id)))
    assert 0.3 <= sub_rows / head_rows <= 0.7, "the sub-line is set at about half the headline"
    assert any("designed poster" in t.message for t in plan.trace)


def test_a_wide_banner_sets_type_left_and_the_hero_right() -> None:
    plan = plan_for("a banner that says 'Fresh Coffee Daily' with a cup", 1536, 512)
    panel = next(e for e in plan.elements if e.attributes.get("panel") == "page")
    head = text_of(plan, "Fresh Coffee Daily")
    hero = next(e for e in plan.elements if e.noun == "cup")
    assert panel.box == (0.0, 0.0, 1.0, 1.0) and panel.z < head.z
    assert head.box[2] <= hero.box[0]
    assert head.attributes.get("align") == "start"


@pytest.mark.parametrize(
    "prompt",
    [
        "a flyer that says 'Yard Sale' with a bicycle and a lamp",
        "an invitation that says 'You are invited' with balloons",
        "a birthday card that says 'Happy Birthday Mia' with a cake",
        "a menu with the title 'Dinner' and a bowl of soup",
    ],
)
def test_other_page_formats_are_laid_out_too(prompt: str) -> None:
    plan = plan_for(prompt, 1024, 1024)
    panels = [e for e in plan.elements if e.attributes.get("panel") in {"page", "card"}]
    assert len(panels) == 1 and panels[0].box == (0.0, 0.0, 1.0, 1.0)
    texts = [e for e in plan.elements if e.kind == "text"]
    assert texts and all(e.box[0] >= 0.049 and e.box[2] <= 0.951 for e in texts)


def test_sign_text_sits_inside_the_sign_face() -> None:
    plan = plan_for("a sign that says 'OPEN' above a brown bench", 1024, 768)
    sign = next(e for e in plan.elements if e.attributes.get("panel") == "board")
    text = text_of(plan, "OPEN")
    fx0, fy0, fx1, fy1 = face_box(sign.box, "board")
    x0, y0, x1, y1 = text.box
    assert fx0 - 1e-6 <= x0 and fy0 - 1e-6 <= y0 and x1 <= fx1 + 1e-6 and y1 <= fy1 + 1e-6
    mask = ink(plan, text.id)
    ys, xs = np.nonzero(mask)
    assert xs.min() >= fx0 * 1024 - 1 and xs.max() <= fx1 * 1024 + 1
    assert ys.min() >= fy0 * 768 - 1 and ys.max() <= fy1 * 768 + 1
    face = render(without(plan, text.id))[int(fy0 * 768) + 3, int((fx0 + fx1) / 2 * 1024)]
    frame = render(without(plan, text.id))[int(sign.box[1] * 768) + 2, int((fx0 + fx1) / 2 * 1024)]
    assert np.abs(face.astype(int) - frame.astype(int)).max() > 40, "the board has a face inside a frame"


def measured_contrast(plan: Plan, element_id: str) -> float:
    """Contrast of the glyphs against the pixels right around them, on the rendered image."""
    image = render(plan)
    changed = ink(plan, element_id)
    flat = image.reshape(-1, 3)
    colors, counts = np.unique(flat[changed.reshape(-1)], axis=0, return_counts=True)
    text_rgb = tuple(int(v) for v in colors[np.argmax(counts)])
    glyph = (np.abs(image.astype(np.int16) - np.array(text_rgb)).max(axis=2) < 60) & changed
    near = dilate(glyph, 1)
    ring = dilate(glyph, 4) & ~near
    x0, y0, x1, y1 = plan.element(element_id).box
    h, w = glyph.shape
    inside = np.zeros_like(glyph)
    inside[int(y0 * h) : int(y1 * h), int(x0 * w) : int(x1 * w)] = True
    under = image[ring & inside]
    assert len(under) > 50
    ratios = sorted(contrast_ratio(text_rgb, (int(r), int(g), int(b))) for r, g, b in under)
    return ratios[len(ratios) // 20]  # the 5th percentile: nearly every pixel beside a glyph


def dilate(mask: npt.NDArray[np.bool_], radius: int) -> npt.NDArray[np.bool_]:
    out = mask.copy()
    for dy in range(-radius, radius + 1):
        for dx in range(-radius, radius + 1):
            out |= np.roll(np.roll(mask, dy, axis=0), dx, axis=1)
    return out


@pytest.mark.parametrize(
    ("prompt", "content"),
    [
        ("a red poster that says 'BIG SALE'", "BIG SALE"),
        ("a dark blue banner that says 'Night Market' with a lantern", "Night Market"),
        ("a yellow sign that says 'SLOW' next to a tree", "SLOW"),
    ],
)
def test_text_contrast_against_the_pixels_under_it(prompt: str, content: str) -> None:
    plan = plan_for(prompt, 768, 512)
    assert measured_contrast(plan, text_of(plan, content).id) >= 4.5


def test_text_over_busy_art_gets_a_backing_with_contrast() -> None:
    plan = Plan(
        canvas=Canvas(width=600, height=600, background=Background(color="#ffffff")),
        elements=[
            Element(id="e1", noun="pizza", box=(0.1, 0.1, 0.9, 0.9)),
            Element(
                id="t1",
                kind="text",
                noun="text",
                z=2,
                box=(0.15, 0.4, 0.85, 0.6),
                text=TextSpec(content="HOT SLICE", role="headline"),
            ),
        ],
    )
    assert measured_contrast(plan, "t1") >= 4.5


def test_a_format_in_a_place_is_a_thing_in_the_scene() -> None:
    plan = plan_for("a poster on the wall of a bedroom that says 'DREAM'", 800, 600)
    poster = next(e for e in plan.elements if e.attributes.get("panel") == "page")
    assert poster.box != (0.0, 0.0, 1.0, 1.0), "the bedroom stays in view"
    text = text_of(plan, "DREAM")
    fx0, fy0, fx1, fy1 = face_box(poster.box, "page")
    assert fx0 - 1e-6 <= text.box[0] and text.box[2] <= fx1 + 1e-6
    assert fy0 - 1e-6 <= text.box[1] and text.box[3] <= fy1 + 1e-6


def test_a_poster_of_a_place_keeps_the_place_and_sets_type_on_top() -> None:
    plan = plan_for("a poster of a beach at sunset that says 'Summer Getaway'", 800, 600)
    assert plan.canvas.background.layers, "the beach is the poster's picture"
    assert not any(e.attributes.get("panel") == "page" for e in plan.elements)
    head = text_of(plan, "Summer Getaway")
    assert head.box[3] <= 0.5 and head.box[1] >= 0.049
    assert measured_contrast(plan, head.id) >= 4.5


def test_words_that_are_not_formats_change_nothing() -> None:
    plan = plan_for("a cat playing with a card", 800, 600)
    assert not any("panel" in e.attributes for e in plan.elements)
    assert not any("designed" in t.message for t in plan.trace)


def test_a_blackboard_is_a_dark_board_on_the_wall_with_light_text() -> None:
    plan = Plan(
        canvas=Canvas(width=400, height=300, background=Background(color="#f4efe6")),
        elements=[
            Element(id="e1", noun="blackboard", label="blackboard", box=(0.2, 0.2, 0.8, 0.8)),
            Element(
                id="t1",
                kind="text",
                noun="text",
                z=1,
                box=face_box((0.2, 0.2, 0.8, 0.8), "wallboard"),
                text=TextSpec(content="Math 101", role="sign"),
            ),
        ],
    )
    image = render(without(plan, "t1"))
    face = image[int(0.25 * 300), 200].astype(int)
    assert face.max() < 110 and face[1] > face[0], "a dark green face"
    low = image[int(0.71 * 300), 200].astype(int)  # below where a standing sign's board ends
    assert low.max() < 110 and low[1] > low[0], "a wall board is all face: no posts"
    assert measured_contrast(plan, "t1") >= 4.5


@pytest.mark.parametrize("size", [(16, 16), (64, 512), (512, 64), (2048, 128)])
def test_designed_formats_survive_extreme_canvases(size: tuple[int, int]) -> None:
    width, height = size
    for prompt in (
        "a poster that says 'SUMMER SALE' with sunglasses, a hat and two cats",
        "a menu with the title 'Dinner', the subtitle 'Tonight', the caption 'Soup' and a bowl",
        "a banner that says '" + "very long words " * 20 + "'",
    ):
        plan = plan_for(prompt, width, height)
        for element in plan.elements:
            x0, y0, x1, y1 = element.box
            assert 0.0 <= x0 < x1 <= 1.0 and 0.0 <= y0 < y1 <= 1.0
        BuiltinRenderer().render(plan, RenderOptions(output_format="svg"))
