"""Any valid plan renders without error, deterministically, at any size."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from limner.plan.model import Background, Canvas, Element, Plan, TextSpec
from limner.render.base import RenderOptions
from limner.render.builtin import BuiltinRenderer

from .plans import BASIC_COLORS, COCO

RENDERER = BuiltinRenderer()


@st.composite
def boxes(draw: st.DrawFn) -> tuple[float, float, float, float]:
    x0 = draw(st.floats(0, 0.95))
    y0 = draw(st.floats(0, 0.95))
    x1 = draw(st.floats(min(1.0, x0 + 0.001), 1.0))
    y1 = draw(st.floats(min(1.0, y0 + 0.001), 1.0))
    return (x0, y0, x1, y1)


@st.composite
def elements(draw: st.DrawFn, index: int) -> Element:
    box = draw(boxes())
    z = draw(st.integers(-3, 3))
    if draw(st.booleans()):
        content = draw(st.text(min_size=1, max_size=60))
        script = draw(st.sampled_from(["Latn", "Arab", "Deva", "Hani", "Thai", "Hebr", "Zzzz"]))
        return Element(
            id=f"t{index}",
            kind="text",
            noun="text",
            box=box,
            z=z,
            text=TextSpec(content=content, script=script),
        )
    noun = draw(st.one_of(st.sampled_from(COCO), st.text(min_size=1, max_size=30)))
    color = draw(st.one_of(st.none(), st.sampled_from([*BASIC_COLORS, "teal", "light blue", "nope"])))
    return Element(id=f"e{index}", noun=noun, attributes={"color": color} if color else {}, box=box, z=z)


@st.composite
def plans(draw: st.DrawFn) -> Plan:
    count = draw(st.integers(0, 6))
    color = draw(st.sampled_from(["#f4efe6", "#000000", "#ffffff", "#3a7bd5"]))
    return Plan(
        canvas=Canvas(
            width=draw(st.integers(16, 300)),
            height=draw(st.integers(16, 300)),
            background=Background(color=color),
        ),
        elements=[draw(elements(i)) for i in range(count)],
    )


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(plan=plans(), seed=st.integers(0, 2**31), fmt=st.sampled_from(["png", "jpeg", "webp"]))
def test_any_plan_renders_deterministically(plan: Plan, seed: int, fmt: str) -> None:
    options = RenderOptions(seed=seed, output_format=fmt)  # type: ignore[arg-type]
    first = RENDERER.render(plan, options)
    assert (first.width, first.height) == (plan.canvas.width, plan.canvas.height)
    assert first.data == RENDERER.render(plan, options).data
