"""``POST /v1/images/variations``: what a variation means for Limner, and its form fields.

Limner draws plans, and it does not read what a picture shows. A variation therefore keeps the
uploaded picture exactly (its pixels, as an ``object`` reference of the plan) and re-stages it:
variation ``i`` (seed ``i``) places it at a seeded scale (55–90 % of the largest box of its aspect
ratio that fits) and position, on a backdrop tinted with the ``i``-th dominant colour of the picture
itself. The plan reasoned for the request is stored; each image's plan is
:func:`restage` ``(plan, seed)``: the same request gives the same bytes.
"""

from __future__ import annotations

import random
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from limner.plan.model import Plan
from limner.render.builtin.colors import RGB, to_hex

#: The reasoner's prompt for a variation: the (only) reference image, as an object.
VARIATION_PROMPT = "the first image"
#: Default size of a variation (OpenAI's).
DEFAULT_SIZE = (1024, 1024)
#: How much of the backdrop tint is white (a pale page in the picture's colour).
TINT_WHITE = 0.72
SCALES = (0.55, 0.9)


class ImagesVariationsFields(BaseModel):
    """The form fields of ``POST /v1/images/variations`` (besides the ``image`` file)."""

    model_config = ConfigDict(extra="forbid")

    model: str | None = Field(default=None, max_length=128)
    n: int | None = Field(default=None, ge=1, le=10, description="1–10 variations.")
    size: str | None = Field(default=None, description="'auto' (1024x1024) or 'WxH' (64–4096 a side).")
    response_format: Literal["b64_json", "url"] | None = Field(default=None, description="url by default.")
    output_format: Literal["png", "jpeg", "webp"] | None = Field(default=None, description="png by default.")
    user: str | None = Field(default=None, max_length=256)


def tint(rgb: RGB, white: float = TINT_WHITE) -> RGB:
    r, g, b = (round(c + (255 - c) * white) for c in rgb)
    return r, g, b


def restage(plan: Plan, seed: int, reference_id: str, aspect: float, palette: tuple[RGB, ...]) -> Plan:
    """``plan`` with the element showing ``reference_id`` re-placed and the backdrop re-tinted for
    ``seed`` (the plan unchanged when no element shows it)."""
    target = next((e for e in plan.elements if e.reference_id == reference_id), None)
    if target is None:
        return plan
    rng = random.Random(f"limner-variation:{seed}")
    width, height = plan.canvas.width, plan.canvas.height
    # The largest box of the picture's aspect ratio that fits the canvas, scaled down (normalized).
    fit_w = min(1.0, aspect * height / width)
    fit_h = min(1.0, width / (aspect * height))
    scale = rng.uniform(*SCALES)
    box_w, box_h = fit_w * scale, fit_h * scale
    x0 = rng.uniform(0.0, 1.0 - box_w)
    y0 = rng.uniform(0.0, 1.0 - box_h)
    moved = target.model_copy(update={"box": [x0, y0, x0 + box_w, y0 + box_h]})
    elements = [moved if e.id == target.id else e for e in plan.elements]
    canvas = plan.canvas
    if palette:
        color = to_hex(tint(palette[seed % len(palette)]))
        canvas = canvas.model_copy(
            update={"background": canvas.background.model_copy(update={"color": color})}
        )
    return plan.model_copy(update={"elements": elements, "canvas": canvas})


__all__ = [
    "DEFAULT_SIZE",
    "VARIATION_PROMPT",
    "ImagesVariationsFields",
    "restage",
    "tint",
]
