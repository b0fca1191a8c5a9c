"""Reference images (``element.reference_id``): the caller's picture, fitted into the box.

The bytes come from ``RenderOptions.references`` (already validated PNG/JPEG/WebP); they
are decoded with Pillow, kept as-is (no recolouring) and drawn keeping their aspect ratio,
centred, with high-quality resampling.
"""

from __future__ import annotations

import io
from functools import lru_cache

import numpy as np
import skia
from PIL import Image, UnidentifiedImageError

from limner.errors import RenderError
from limner.plan.model import Element
from limner.render.builtin.art import fit_rect

MAX_REFERENCE_PIXELS = 16_700_000
#: Longer sides are downscaled once on decode (no canvas is larger than 4096, boxes far smaller).
MAX_REFERENCE_SIDE = 2048


@lru_cache(maxsize=4)
def decode_reference(data: bytes) -> skia.Image:
    """Reference bytes → an immutable skia image (RGBA, unpremultiplied)."""
    try:
        with Image.open(io.BytesIO(data)) as opened:
            if opened.width * opened.height > MAX_REFERENCE_PIXELS:
                raise RenderError("reference image has too many pixels")
            converted = opened.convert("RGBA")
            if max(converted.size) > MAX_REFERENCE_SIDE:
                converted.thumbnail((MAX_REFERENCE_SIDE, MAX_REFERENCE_SIDE), Image.Resampling.LANCZOS)
            rgba = np.ascontiguousarray(np.asarray(converted))
    except (UnidentifiedImageError, OSError, ValueError) as exc:
        raise RenderError(f"cannot decode reference image: {exc}") from exc
    image = skia.Image.fromarray(rgba, colorType=skia.ColorType.kRGBA_8888_ColorType)
    if image is None:
        raise RenderError("cannot load reference image")
    return image


def draw_reference(canvas: skia.Canvas, element: Element, data: bytes, width: int, height: int) -> None:
    image = decode_reference(data)
    bounds = (0.0, 0.0, float(image.width()), float(image.height()))
    box = (element.box[0] * width, element.box[1] * height, element.box[2] * width, element.box[3] * height)
    scale, dx, dy = fit_rect(bounds, box)
    dest = skia.Rect.MakeXYWH(dx, dy, image.width() * scale, image.height() * scale)
    sampling = skia.SamplingOptions(skia.CubicResampler.Mitchell())
    canvas.drawImageRect(image, dest, sampling, skia.Paint(AntiAlias=True))


__all__ = ["MAX_REFERENCE_PIXELS", "MAX_REFERENCE_SIDE", "decode_reference", "draw_reference"]
