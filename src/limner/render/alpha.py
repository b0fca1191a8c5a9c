"""Pixels with alpha → file bytes (PNG or WebP), for renders on a transparent canvas.

The renderers draw into premultiplied RGBA buffers; files carry straight alpha, so colour is
divided by alpha first (rounded, integer arithmetic: deterministic). Lossless WebP keeps the
edges exact; ``quality`` then sets the compression effort, as Pillow reads it.
"""

from __future__ import annotations

import io

import numpy as np
import numpy.typing as npt
from PIL import Image

from limner.errors import RenderError

U8 = npt.NDArray[np.uint8]
#: Formats that carry an alpha channel.
ALPHA_FORMATS = ("png", "webp")


def unpremultiply(rgba: U8) -> U8:
    """Premultiplied (h, w, 4) RGBA → straight alpha (a new array)."""
    if rgba.ndim != 3 or rgba.shape[2] != 4 or rgba.dtype != np.uint8:
        raise RenderError(f"expected an (h, w, 4) uint8 buffer, got {rgba.shape} {rgba.dtype}")
    alpha = rgba[..., 3:4].astype(np.uint32)
    colour = rgba[..., :3].astype(np.uint32)
    safe = np.maximum(alpha, 1)
    straight = np.minimum((colour * 255 + safe // 2) // safe, 255)
    out = np.empty_like(rgba)
    out[..., :3] = np.where(alpha > 0, straight, 0).astype(np.uint8)
    out[..., 3] = rgba[..., 3]
    return out


def encode_alpha(rgba: U8, fmt: str, quality: int = 90) -> bytes:
    """Encode a premultiplied RGBA buffer as PNG or lossless WebP with its alpha channel."""
    if fmt not in ALPHA_FORMATS:
        raise RenderError(f"a transparent image cannot be {fmt}; use png or webp")
    image = Image.fromarray(unpremultiply(rgba), "RGBA")
    out = io.BytesIO()
    if fmt == "png":
        image.save(out, "PNG", compress_level=6)
    else:
        image.save(out, "WEBP", lossless=True, quality=max(0, min(100, quality)), method=4, exact=False)
    return out.getvalue()


__all__ = ["ALPHA_FORMATS", "encode_alpha", "unpremultiply"]
