"""Palettes of ``style`` references: their dominant colours, applied to background and art.

The reference is reduced to at most 256 × 256 pixels and quantized with Pillow's median cut to
:data:`PALETTE_SIZE` colours, ordered by how many pixels each covers. The most common colour
becomes the canvas background; the others colour, in turn, the elements whose plan gives them
no colour of their own (a colour the prompt asked for always wins).
"""

from __future__ import annotations

import io
from functools import lru_cache

import numpy as np
from PIL import Image

from limner.plan.model import Element, Plan
from limner.render.builtin.colors import RGB, to_hex

PALETTE_SIZE = 6
SAMPLE_SIDE = 256


@lru_cache(maxsize=8)
def extract_palette(data: bytes, size: int = PALETTE_SIZE) -> tuple[RGB, ...]:
    """The reference's dominant colours, most common first (transparent pixels ignored)."""
    with Image.open(io.BytesIO(data)) as opened:
        image = opened.convert("RGBA")
    image.thumbnail((SAMPLE_SIDE, SAMPLE_SIDE), Image.Resampling.BILINEAR)
    pixels = np.asarray(image).reshape(-1, 4)
    opaque = np.ascontiguousarray(pixels[pixels[:, 3] >= 128, :3])
    if not len(opaque):
        return ()
    sample = Image.fromarray(opaque.reshape(1, -1, 3), "RGB")
    quantized = sample.quantize(colors=size, method=Image.Quantize.MEDIANCUT)
    flat = [int(v) for v in quantized.getpalette() or []]
    counts: list[tuple[int, int]] = []
    for count, index in quantized.getcolors() or []:
        if isinstance(index, int):
            counts.append((count, index))
    counts.sort(key=lambda c: (-c[0], c[1]))
    out: list[RGB] = []
    for _, index in counts:
        rgb = (flat[3 * index], flat[3 * index + 1], flat[3 * index + 2])
        if rgb not in out:
            out.append(rgb)
    return tuple(out)


def _uncoloured(element: Element) -> bool:
    return element.kind == "object" and "color" not in element.attributes and "hex" not in element.attributes


def apply_palette(plan: Plan, palette: tuple[RGB, ...]) -> Plan:
    """A copy of ``plan`` with the palette's background and art colours (see the module docstring)."""
    if not palette:
        return plan
    background = plan.canvas.background.model_copy(update={"color": to_hex(palette[0])})
    canvas = plan.canvas.model_copy(update={"background": background})
    accents = palette[1:] or palette
    elements: list[Element] = []
    position = 0
    for element in plan.elements:
        if _uncoloured(element) and element.reference_id is None:
            attributes = {**element.attributes, "hex": to_hex(accents[position % len(accents)])}
            element = element.model_copy(update={"attributes": attributes})
            position += 1
        elements.append(element)
    return plan.model_copy(update={"canvas": canvas, "elements": elements})


__all__ = ["PALETTE_SIZE", "apply_palette", "extract_palette"]
