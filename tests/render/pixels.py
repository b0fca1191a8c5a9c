"""Helpers the render tests share: a square scene plan, a plan drawn to RGB pixels, one noun drawn
alone, where a colour is drawn and how far it reaches."""

from __future__ import annotations

import io

import numpy as np
from PIL import Image

from limner.plan.model import Background, Element, Layer, Plan, Relation
from limner.render.base import RenderOptions
from limner.render.builtin import BuiltinRenderer

#: The everyday-things tests' backdrops: a room (wall and wooden floor) and a field (sky and grass).
WALL = "#eeeae4"
ROOM = Background(
    color=WALL,
    horizon=0.62,
    layers=[
        Layer(kind="wall", color=WALL, span=(0.0, 0.62)),
        Layer(kind="floor", color="#dccbb2", material="wood", span=(0.62, 1.0)),
    ],
)
FIELD = Background(
    color="#cfe6f5",
    horizon=0.62,
    layers=[
        Layer(kind="sky", color="#cfe6f5", span=(0.0, 0.62)),
        Layer(kind="ground", color="#b4d19a", material="grass", span=(0.62, 1.0)),
    ],
)
#: The standing figure's yellow skin.
SKIN = (255, 200, 61)


def scene(
    background: Background | dict[str, str],
    elements: list[Element],
    relations: list[Relation],
    side: int = 400,
) -> Plan:
    """A square plan of ``side`` pixels: ``elements`` and ``relations`` over ``background``."""
    return Plan(
        prompt="everyday",
        canvas={"width": side, "height": side, "background": background},
        elements=elements,
        relations=relations,
    )


def pixels_of(plan: Plan, seed: int = 1) -> np.ndarray:
    """``plan`` drawn at its canvas size by the built-in renderer, as RGB pixels (ints)."""
    width, height = plan.canvas.width, plan.canvas.height
    png = BuiltinRenderer().render(plan, RenderOptions(width=width, height=height, seed=seed))
    return np.asarray(Image.open(io.BytesIO(png.data)).convert("RGB")).astype(int)


def drawn(
    noun: str,
    color: str | None = None,
    size: tuple[int, int] = (240, 120),
    box: tuple[float, float, float, float] = (0.1, 0.2, 0.9, 0.9),
) -> np.ndarray:
    """``noun`` alone in ``box`` of a white canvas (240×120 by default), as RGB pixels."""
    width, height = size
    plan = Plan(
        prompt=noun,
        canvas={"width": width, "height": height, "background": {"color": "#ffffff"}},
        elements=[Element(id="e1", noun=noun, attributes={"color": color} if color else {}, box=box)],
    )
    return pixels_of(plan)


def near(pixels: np.ndarray, rgb: tuple[int, int, int], tolerance: int = 20) -> np.ndarray:
    """A mask of the RGB ``pixels`` within ``tolerance`` (summed over channels) of ``rgb``."""
    return np.abs(pixels - np.array(rgb)).sum(axis=2) < tolerance


def extent(mask: np.ndarray) -> tuple[int, int, int, int]:
    """Columns and rows holding at least 2 pixels of ``mask``: x0, y0, x1, y1."""
    ys, xs = np.nonzero(mask.sum(axis=1) >= 2)[0], np.nonzero(mask.sum(axis=0) >= 2)[0]
    assert len(xs) and len(ys), "colour not drawn"
    return int(xs.min()), int(ys.min()), int(xs.max()), int(ys.max())
