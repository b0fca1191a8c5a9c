"""What a generative renderer shares: the layout guide, exact overlays and the paint mask.

A generative renderer paints over the built-in renderer's picture of the plan (the *layout
guide*: backdrop and every object in its box and colour). Afterwards the plan's text elements and
its product, character and object reference elements are copied back from the guide, exactly:

- what they drew is found by drawing the plan a second time without them (their *ink*: every
  pixel the two pictures differ in, inside the element's box);
- a text's ink is grown by a halo of the guide's own backdrop (about an eighth of the text's
  height), so the letters keep the contrast the built-in renderer chose; a reference's by 1 px;
- those pixels are the built-in renderer's (alpha 1); over ``feather`` pixels around them the
  guide fades linearly into the generated picture, so no seam or box shows.

Everything here is numpy on H × W × 3 ``uint8`` arrays.
"""

from __future__ import annotations

import dataclasses
import io
import math
from collections.abc import Sequence

import numpy as np
import numpy.typing as npt
from PIL import Image

from limner.plan.model import Element, Plan
from limner.render.base import RenderedImage, RenderOptions
from limner.render.encode import encode

U8 = npt.NDArray[np.uint8]
F32 = npt.NDArray[np.float32]
Rect = tuple[int, int, int, int]
Box = tuple[float, float, float, float]

#: Reference roles whose elements are drawn from the supplied picture, so they are overlaid exactly.
EXACT_ROLES = frozenset({"product", "character", "object"})
#: Pixels over which an overlay fades into the generated picture (outside its box).
DEFAULT_FEATHER = 6


@dataclasses.dataclass(frozen=True)
class Guide:
    """The built-in renderer's picture of a plan and the pixels to copy back from it exactly."""

    pixels: U8
    #: H × W, True where the generated picture must keep the guide's pixels (text and references).
    exact: npt.NDArray[np.bool_]
    notes: tuple[str, ...]

    @property
    def width(self) -> int:
        return int(self.pixels.shape[1])

    @property
    def height(self) -> int:
        return int(self.pixels.shape[0])


def decode_rgb(data: bytes) -> U8:
    """File bytes → H × W × 3 ``uint8``."""
    with Image.open(io.BytesIO(data)) as image:
        return np.ascontiguousarray(np.asarray(image.convert("RGB"), dtype=np.uint8))


def png_bytes(rgb: U8) -> bytes:
    buffer = io.BytesIO()
    Image.fromarray(rgb, "RGB").save(buffer, format="PNG")
    return buffer.getvalue()


def target_size(plan: Plan, options: RenderOptions) -> tuple[int, int]:
    return options.width or plan.canvas.width, options.height or plan.canvas.height


def exact_elements(plan: Plan, options: RenderOptions) -> list[Element]:
    """Text elements, and reference elements whose picture was supplied (product, character, object)."""
    roles = {ref.id: ref.role for ref in plan.references}
    chosen: list[Element] = []
    for element in plan.elements:
        if element.kind == "text" or (
            element.reference_id is not None
            and element.reference_id in options.references
            and roles.get(element.reference_id, "object") in EXACT_ROLES
        ):
            chosen.append(element)
    return chosen


def box_rect(box: Box, width: int, height: int) -> Rect | None:
    """Pixel rectangle ``[x0, x1) × [y0, y1)`` of a normalized box (every touched pixel)."""
    x0, y0, x1, y1 = box
    rect = (
        max(0, math.floor(x0 * width)),
        max(0, math.floor(y0 * height)),
        min(width, math.ceil(x1 * width)),
        min(height, math.ceil(y1 * height)),
    )
    return rect if rect[0] < rect[2] and rect[1] < rect[3] else None


def rects_of(boxes: Sequence[Box], width: int, height: int) -> tuple[Rect, ...]:
    return tuple(r for r in (box_rect(b, width, height) for b in boxes) if r is not None)


def dilate(mask: npt.NDArray[np.bool_], radius: int) -> npt.NDArray[np.bool_]:
    """``mask`` grown by ``radius`` pixels in every direction (a square structuring element)."""
    if radius <= 0:
        return mask.copy()
    rows = mask.copy()
    for shift in range(1, radius + 1):
        rows[:, shift:] |= mask[:, :-shift]
        rows[:, :-shift] |= mask[:, shift:]
    grown = rows.copy()
    for shift in range(1, radius + 1):
        grown[shift:, :] |= rows[:-shift, :]
        grown[:-shift, :] |= rows[shift:, :]
    return grown


def halo_radius(ink: npt.NDArray[np.bool_]) -> int:
    """A text's halo: an eighth of its ink's height (2–24 px)."""
    rows = np.flatnonzero(ink.any(axis=1))
    height = int(rows[-1] - rows[0] + 1) if rows.size else 0
    return max(2, min(24, round(height / 8)))


def _render(plan: Plan, options: RenderOptions) -> tuple[U8, tuple[str, ...]]:
    from limner.render.builtin import BuiltinRenderer

    image = BuiltinRenderer().render(plan, options)
    return decode_rgb(image.data), image.notes


def layout_guide(plan: Plan, options: RenderOptions) -> Guide:
    """The built-in renderer's lossless picture of ``plan`` at the requested size, and its exact pixels."""
    width, height = target_size(plan, options)
    lossless = dataclasses.replace(options, output_format="png", width=width, height=height)
    pixels, notes = _render(plan, lossless)
    exact = np.zeros((height, width), dtype=bool)
    chosen = exact_elements(plan, options)
    if not chosen:
        return Guide(pixels, exact, notes)
    ids = {e.id for e in chosen}
    bare_plan = plan.model_copy(
        update={
            "elements": [e for e in plan.elements if e.id not in ids],
            "relations": [r for r in plan.relations if r.subject not in ids and r.object not in ids],
        }
    )
    bare, _ = _render(bare_plan, lossless)
    ink = np.any(pixels != bare, axis=2)
    for element in chosen:
        rect = box_rect(element.box, width, height)
        if rect is None:
            continue
        x0, y0, x1, y1 = rect
        own = np.zeros_like(ink)
        own[y0:y1, x0:x1] = ink[y0:y1, x0:x1]
        exact |= dilate(own, halo_radius(own) if element.kind == "text" else 1)
    return Guide(pixels, exact, notes)


def overlay_alpha(exact: npt.NDArray[np.bool_], feather: int = DEFAULT_FEATHER) -> F32:
    """1 on the exact pixels, fading linearly to 0 over ``feather`` pixels around them."""
    alpha = exact.astype(np.float32)
    reached = exact
    for step in range(1, feather + 1):
        grown = dilate(reached, 1)
        alpha[grown & ~reached] = 1.0 - step / float(feather + 1)
        reached = grown
    return alpha


def blend(under: U8, over: U8, alpha: F32) -> U8:
    """``over`` where ``alpha`` is 1 (exactly its pixels), mixed with ``under`` where it is between."""
    a = alpha[..., None]
    mixed = np.rint(over.astype(np.float32) * a + under.astype(np.float32) * (1.0 - a))
    out: U8 = np.clip(mixed, 0, 255).astype(np.uint8)
    full = alpha >= 1.0
    out[full] = over[full]
    return out


def apply_overlays(generated: U8, guide: Guide, feather: int = DEFAULT_FEATHER) -> U8:
    """The generated picture with the guide's exact pixels on top (feathered around them)."""
    if not guide.exact.any():
        return generated
    return blend(generated, guide.pixels, overlay_alpha(guide.exact, feather))


def paint_mask(guide: Guide, edit_mask: Sequence[Box] = ()) -> npt.NDArray[np.bool_]:
    """Where a model may paint: an edit's change mask (else everywhere), less the exact pixels."""
    height, width = guide.height, guide.width
    if edit_mask:
        mask = np.zeros((height, width), dtype=bool)
        for x0, y0, x1, y1 in rects_of(edit_mask, width, height):
            mask[y0:y1, x0:x1] = True
    else:
        mask = np.ones((height, width), dtype=bool)
    return mask & ~guide.exact


def edit_start(guide: Guide, options: RenderOptions) -> U8:
    """What an edit starts from: the base image with the new guide inside the change mask."""
    if options.base_image is None:
        return guide.pixels
    base = decode_rgb(options.base_image)
    if base.shape != guide.pixels.shape:
        return guide.pixels
    start = base.copy()
    for x0, y0, x1, y1 in rects_of(options.edit_mask, guide.width, guide.height):
        start[y0:y1, x0:x1] = guide.pixels[y0:y1, x0:x1]
    return start


def finish(pixels: U8, options: RenderOptions, notes: Sequence[str] = ()) -> RenderedImage:
    """Encode H × W × 3 pixels in the requested format."""
    height, width = int(pixels.shape[0]), int(pixels.shape[1])
    rgba = np.empty((height, width, 4), dtype=np.uint8)
    rgba[..., :3] = pixels
    rgba[..., 3] = 255
    data = encode(rgba, options.output_format, options.quality)
    return RenderedImage(
        data=data, width=width, height=height, format=options.output_format, notes=tuple(notes)
    )


__all__ = [
    "DEFAULT_FEATHER",
    "EXACT_ROLES",
    "Guide",
    "apply_overlays",
    "blend",
    "box_rect",
    "decode_rgb",
    "dilate",
    "edit_start",
    "exact_elements",
    "finish",
    "halo_radius",
    "layout_guide",
    "overlay_alpha",
    "paint_mask",
    "png_bytes",
    "rects_of",
    "target_size",
]
