"""Small helpers to render one text element and look at its pixels."""

from __future__ import annotations

import io

import numpy as np
import numpy.typing as npt
from PIL import Image

from limner.plan.model import AttributeValue, Background, Canvas, Element, Plan, TextSpec
from limner.render.base import RenderedImage, RenderOptions
from limner.render.builtin import BuiltinRenderer


def text_plan(
    content: str,
    box: tuple[float, float, float, float] = (0.1, 0.1, 0.9, 0.9),
    *,
    script: str = "Latn",
    language: str = "en",
    background: str = "#ffffff",
    attributes: dict[str, AttributeValue] | None = None,
    width: int = 400,
    height: int = 200,
) -> Plan:
    element = Element(
        id="t1",
        kind="text",
        noun="text",
        box=box,
        attributes=attributes or {},
        text=TextSpec(content=content, language=language, script=script),
    )
    canvas = Canvas(width=width, height=height, background=Background(color=background))
    return Plan(canvas=canvas, elements=[element])


def render(plan: Plan) -> tuple[RenderedImage, npt.NDArray[np.uint8]]:
    image = BuiltinRenderer().render(plan, RenderOptions(seed=1))
    return image, np.asarray(Image.open(io.BytesIO(image.data)).convert("RGB"))


def background_only(plan: Plan) -> npt.NDArray[np.uint8]:
    return render(plan.model_copy(update={"elements": []}))[1]


def ink_mask(plan: Plan) -> npt.NDArray[np.bool_]:
    """Pixels the text changed (compared with the same plan drawn without it)."""
    _, pixels = render(plan)
    diff = np.abs(pixels.astype(int) - background_only(plan).astype(int)).sum(axis=2)
    return np.asarray(diff > 24)


def box_pixels(plan: Plan) -> tuple[int, int, int, int]:
    x0, y0, x1, y1 = plan.elements[0].box
    w, h = plan.canvas.width, plan.canvas.height
    return int(x0 * w), int(y0 * h), int(np.ceil(x1 * w)), int(np.ceil(y1 * h))
