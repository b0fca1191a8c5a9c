"""Image edits (``base_image_id``): the change mask, and pixels outside it copied from the base.

The mask is the union of the changed elements' old and new boxes (added: new box; removed: old
box; changed: both), each grown by a small margin, as normalized boxes. A change that is not
local (the canvas background, a style or background reference) makes the mask the whole canvas.

The new plan is rendered losslessly at the base image's size; then every pixel outside the mask
is copied from the base image's *decoded* pixels, so "outside the mask nothing changed" holds by
construction. The result is encoded losslessly (PNG, or lossless WebP). JPEG output is refused
(422, ``output_format``): JPEG's 8×8 blocks and chroma subsampling would change pixels on both
sides of the mask's edge, so the promise could not be kept. A JPEG *base* is accepted: its decoded
pixels are what is copied, and the result is PNG or WebP.
"""

from __future__ import annotations

import io
import math
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
from PIL import Image

from limner.errors import InvalidRequestError
from limner.plan.diff import plan_diff
from limner.plan.model import Plan
from limner.render.base import OutputFormat, RenderedImage
from limner.render.encode import encode_png

Box = tuple[float, float, float, float]
Rect = tuple[int, int, int, int]
U8 = npt.NDArray[np.uint8]

#: Margin around each changed box: this fraction of the canvas side, and at least MARGIN_MIN_PX.
MARGIN_FRACTION = 0.01
MARGIN_MIN_PX = 3
FULL_CANVAS: Box = (0.0, 0.0, 1.0, 1.0)
EDIT_FORMATS: tuple[OutputFormat, ...] = ("png", "webp")


@dataclass(frozen=True)
class EditBase:
    """The image being edited: its plan, its decoded RGB pixels and how it was made."""

    image_id: str
    plan: Plan
    pixels: U8
    format: str
    seed: int
    locale: str | None

    @property
    def width(self) -> int:
        return int(self.pixels.shape[1])

    @property
    def height(self) -> int:
        return int(self.pixels.shape[0])


def decode_rgb(data: bytes) -> U8:
    with Image.open(io.BytesIO(data)) as image:
        return np.ascontiguousarray(np.asarray(image.convert("RGB")))


def edit_format(requested: str, explicit: bool, base_format: str) -> OutputFormat:
    """The output format of an edit: the one asked for, else the base image's, else PNG."""
    if explicit:
        for fmt in EDIT_FORMATS:
            if requested == fmt:
                return fmt
        raise InvalidRequestError(
            f"edits (base_image_id) are encoded losslessly as png or webp, not {requested!r}: "
            "a lossy format would change pixels outside the change mask",
            param="output_format",
        )
    return "webp" if base_format == "webp" else "png"


def _plan_wide_change(base: Plan, new: Plan) -> bool:
    if base.canvas.background != new.canvas.background:
        return True
    whole = ("style", "background")
    old_refs = sorted((r.id, r.role) for r in base.references if r.role in whole)
    new_refs = sorted((r.id, r.role) for r in new.references if r.role in whole)
    return old_refs != new_refs


def _grow(box: Box, width: int, height: int) -> Box:
    mx = max(MARGIN_FRACTION, MARGIN_MIN_PX / width)
    my = max(MARGIN_FRACTION, MARGIN_MIN_PX / height)
    x0, y0, x1, y1 = box
    return (max(0.0, x0 - mx), max(0.0, y0 - my), min(1.0, x1 + mx), min(1.0, y1 + my))


def change_mask(base: Plan, new: Plan, width: int, height: int) -> list[Box]:
    """Normalized boxes covering everything the edit may change (see the module docstring)."""
    if _plan_wide_change(base, new):
        return [FULL_CANVAS]
    diff = plan_diff(base, new)
    old = {e.id: e for e in base.elements}
    now = {e.id: e for e in new.elements}
    ids = set(diff.added) | set(diff.removed) | {c.id for c in diff.changed}
    if new.diff is not None:  # what the plan itself declares changed counts too
        ids |= set(new.diff.added) | set(new.diff.removed) | {c.id for c in new.diff.changed}
    boxes: list[Box] = []
    for element_id in sorted(ids):
        for version in (old.get(element_id), now.get(element_id)):
            if version is not None:
                grown = _grow(version.box, width, height)
                if grown not in boxes:
                    boxes.append(grown)
    return boxes


def mask_rects(boxes: list[Box], width: int, height: int) -> list[Rect]:
    """Pixel rectangles ``[x0, x1) × [y0, y1)`` of normalized boxes (every touched pixel)."""
    rects: list[Rect] = []
    for x0, y0, x1, y1 in boxes:
        rect = (
            max(0, math.floor(x0 * width)),
            max(0, math.floor(y0 * height)),
            min(width, math.ceil(x1 * width)),
            min(height, math.ceil(y1 * height)),
        )
        if rect[0] < rect[2] and rect[1] < rect[3]:
            rects.append(rect)
    return rects


def mask_array(boxes: list[Box], width: int, height: int) -> npt.NDArray[np.bool_]:
    mask = np.zeros((height, width), dtype=bool)
    for x0, y0, x1, y1 in mask_rects(boxes, width, height):
        mask[y0:y1, x0:x1] = True
    return mask


def compose(base: U8, new: U8, boxes: list[Box]) -> U8:
    """``base`` with the mask's pixels taken from ``new`` (both H × W × 3, same size)."""
    if base.shape != new.shape:
        raise ValueError(f"edit sizes differ: {base.shape} and {new.shape}")
    out = base.copy()
    height, width = base.shape[:2]
    for x0, y0, x1, y1 in mask_rects(boxes, width, height):
        out[y0:y1, x0:x1] = new[y0:y1, x0:x1]
    return out


def encode_lossless(rgb: U8, fmt: OutputFormat) -> bytes:
    if fmt == "png":
        rgba = np.empty((*rgb.shape[:2], 4), np.uint8)
        rgba[..., :3] = rgb
        rgba[..., 3] = 255
        return encode_png(rgba)
    if fmt == "webp":
        out = io.BytesIO()
        Image.fromarray(rgb, "RGB").save(out, "WEBP", lossless=True, quality=50, method=2, exact=True)
        return out.getvalue()
    raise ValueError(f"{fmt!r} is not a lossless edit format")


def apply_edit(rendered: RenderedImage, base: EditBase, boxes: list[Box], fmt: OutputFormat) -> RenderedImage:
    """The rendered image (lossless, at the base's size) with everything outside ``boxes`` from the base."""
    new = decode_rgb(rendered.data)
    if new.shape != base.pixels.shape:
        raise ValueError(f"the edit was rendered at {new.shape}, the base image is {base.pixels.shape}")
    data = encode_lossless(compose(base.pixels, new, boxes), fmt)
    return RenderedImage(data=data, width=base.width, height=base.height, format=fmt, notes=rendered.notes)


__all__ = [
    "EDIT_FORMATS",
    "FULL_CANVAS",
    "EditBase",
    "apply_edit",
    "change_mask",
    "compose",
    "decode_rgb",
    "edit_format",
    "encode_lossless",
    "mask_array",
    "mask_rects",
]
