"""Every object is drawn in its box and shows the colour the plan asks for."""

from __future__ import annotations

import pytest

from limner.plan.model import Background, Canvas, Element, Plan
from limner.render.base import RenderOptions
from limner.render.builtin import BuiltinRenderer

from .conformance import CLASSES, assert_conforms, check_plan, classify, decode
from .plans import BASIC_COLORS, COCO, NEUTRAL_BG, grid_plan


@pytest.fixture(scope="module")
def renderer() -> BuiltinRenderer:
    return BuiltinRenderer()


def test_basic_colors_each_show(renderer: BuiltinRenderer) -> None:
    nouns = ["apple", "car", "umbrella", "cup", "dog", "chair", "book", "kite", "vase", "bus", "teddy bear"]
    plan = grid_plan(list(zip(nouns, BASIC_COLORS, strict=True)), columns=4)
    results = assert_conforms(renderer.render(plan, RenderOptions()).data, plan)
    assert [r.dominant for r in results] == BASIC_COLORS


@pytest.mark.parametrize("chunk", range(4))
def test_all_coco_nouns_drawn_in_colour(renderer: BuiltinRenderer, chunk: int) -> None:
    nouns = COCO[chunk * 20 : (chunk + 1) * 20]
    colors = [BASIC_COLORS[(chunk * 20 + i) % len(BASIC_COLORS)] for i in range(len(nouns))]
    plan = grid_plan(list(zip(nouns, colors, strict=True)), columns=5, width=800, height=800)
    assert_conforms(renderer.render(plan, RenderOptions()).data, plan)


def test_default_background_and_jpeg(renderer: BuiltinRenderer) -> None:
    items = [("pizza", "red"), ("bicycle", "blue"), ("giraffe", "purple"), ("laptop", "black")]
    plan = grid_plan(items, columns=2, background="#f4efe6")
    image = renderer.render(plan, RenderOptions(output_format="jpeg", quality=85))
    assert_conforms(image.data, plan)


def test_hex_wins_over_word(renderer: BuiltinRenderer) -> None:
    plan = Plan(
        canvas=Canvas(width=256, height=256, background=Background(color=NEUTRAL_BG)),
        elements=[
            Element(id="e1", noun="car", attributes={"color": "red", "hex": "#1e88e5"}, box=(0, 0, 1, 1))
        ],
    )
    (result,) = check_plan(renderer.render(plan, RenderOptions()).data, plan)
    assert result.dominant == "blue"


def test_uncoloured_objects_keep_their_own_colours(renderer: BuiltinRenderer) -> None:
    plan = grid_plan([("banana", None), ("broccoli", None)], columns=2, width=512, height=256)
    image = decode(renderer.render(plan, RenderOptions()).data)
    banana, broccoli = classify(image[:, :256]), classify(image[:, 256:])
    assert (banana == CLASSES.index("yellow")).mean() > 0.03
    assert (broccoli == CLASSES.index("green")).mean() > 0.1
    assert (broccoli == CLASSES.index("yellow")).mean() < 0.01


def test_z_order_later_draws_on_top(renderer: BuiltinRenderer) -> None:
    box = (0.1, 0.1, 0.9, 0.9)
    low = Element(id="a", noun="stop sign", attributes={"color": "red"}, box=box, z=0)
    high = Element(id="b", noun="stop sign", attributes={"color": "blue"}, box=box, z=1)
    for elements in ([low, high], [high, low]):  # list order must not matter, z does
        plan = Plan(
            canvas=Canvas(width=256, height=256, background=Background(color=NEUTRAL_BG)), elements=elements
        )
        results = check_plan(renderer.render(plan, RenderOptions()).data, plan)
        by_id = {r.element_id: r for r in results}
        assert by_id["b"].dominant == "blue" and by_id["b"].ok


def test_conformance_check_can_fail(renderer: BuiltinRenderer) -> None:
    plan = grid_plan([("apple", "red")], columns=1, width=256, height=256)
    data = renderer.render(plan, RenderOptions()).data
    wrong = plan.model_copy(
        update={"elements": [plan.elements[0].model_copy(update={"attributes": {"color": "green"}})]}
    )
    (result,) = check_plan(data, wrong)
    assert not result.ok and result.dominant == "red"
    empty = grid_plan([("apple", "red")], columns=1, width=256, height=256).model_copy(
        update={"elements": []}
    )
    blank = renderer.render(empty, RenderOptions()).data
    (missing,) = check_plan(blank, plan)
    assert not missing.ok and missing.coverage < 0.01
