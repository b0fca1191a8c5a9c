"""Pixels → file bytes. PNG through fpng (fast, lossless, deterministic), JPEG/WebP through Pillow.

Input is the renderer's opaque RGBA8888 buffer; output is RGB without alpha. For PNG the
alpha byte is dropped with whole-word integer ops into a reusable buffer (1.5 ms at 1024²,
against 4.5 ms for a strided numpy copy and ~5 ms of page faults for fresh Pillow buffers),
then fpng encodes the packed RGB (≈1.7 ms).
"""

from __future__ import annotations

import io
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
from PIL import Image

from limner.errors import RenderError

try:
    import fpng
except ImportError:  # pragma: no cover - fpng is a dependency; Pillow is the fallback
    fpng = None

FORMATS = ("png", "jpeg", "webp")
#: Formats a renderer writes from its drawing calls, not from pixels (the built-in one: ``builtin/svg.py``).
VECTOR_FORMATS = ("svg",)
_PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
U8 = npt.NDArray[np.uint8]
U32 = npt.NDArray[np.uint32]


@dataclass(frozen=True)
class RgbScratch:
    """Reusable buffers for packing one width × height RGBA image into RGB."""

    packed: U32
    temp: U32

    @classmethod
    def for_size(cls, width: int, height: int) -> RgbScratch:
        groups = (width * height + 3) // 4
        return cls(np.empty((groups, 3), np.uint32), np.empty(groups, np.uint32))


def pack_rgb(rgba: U8, scratch: RgbScratch | None = None) -> U8:
    """(h, w, 4) RGBA → contiguous (h, w, 3) RGB, written into ``scratch`` when given."""
    if rgba.ndim != 3 or rgba.shape[2] != 4 or rgba.dtype != np.uint8:
        raise RenderError(f"expected an (h, w, 4) uint8 buffer, got {rgba.shape} {rgba.dtype}")
    height, width = rgba.shape[:2]
    if (width * height) % 4 or not rgba.flags.c_contiguous or np.little_endian is False:
        return np.ascontiguousarray(rgba[..., :3])
    scratch = scratch or RgbScratch.for_size(width, height)
    words = rgba.view(np.uint32).reshape(-1, 4)
    p0, p1, p2, p3 = words[:, 0], words[:, 1], words[:, 2], words[:, 3]
    out, tmp = scratch.packed, scratch.temp
    o0, o1, o2 = out[:, 0], out[:, 1], out[:, 2]
    # Four little-endian RGBA words hold 12 bytes of RGB: repack them as three words.
    np.bitwise_and(p0, 0xFFFFFF, out=o0)
    np.left_shift(p1, 24, out=tmp)
    np.bitwise_or(o0, tmp, out=o0)
    np.right_shift(p1, 8, out=o1)
    np.bitwise_and(o1, 0xFFFF, out=o1)
    np.left_shift(p2, 16, out=tmp)
    np.bitwise_or(o1, tmp, out=o1)
    np.right_shift(p2, 16, out=o2)
    np.bitwise_and(o2, 0xFF, out=o2)
    np.left_shift(p3, 8, out=tmp)
    np.bitwise_or(o2, tmp, out=o2)
    return out.view(np.uint8).reshape(height, width, 3)


def rgb_image(rgba: U8) -> Image.Image:
    """An RGB Pillow image of an (h, w, 4) RGBA buffer (alpha dropped by Pillow's C decoder)."""
    if rgba.ndim != 3 or rgba.shape[2] != 4 or rgba.dtype != np.uint8:
        raise RenderError(f"expected an (h, w, 4) uint8 buffer, got {rgba.shape} {rgba.dtype}")
    height, width = rgba.shape[:2]
    buffer = rgba if rgba.flags.c_contiguous else np.ascontiguousarray(rgba)
    return Image.frombytes("RGB", (width, height), buffer, "raw", "RGBX")


def encode_png(rgba: U8, scratch: RgbScratch | None = None) -> bytes:
    """fpng on packed RGB; Pillow ``compress_level=1`` when fpng is missing or fails."""
    if fpng is not None:
        data = fpng.from_ndarray(pack_rgb(rgba, scratch))
        if isinstance(data, bytes) and data.startswith(_PNG_MAGIC):
            return data
    out = io.BytesIO()
    rgb_image(rgba).save(out, "PNG", compress_level=1)
    return out.getvalue()


def encode_jpeg(rgba: U8, quality: int) -> bytes:
    out = io.BytesIO()
    rgb_image(rgba).save(out, "JPEG", quality=quality, subsampling=0 if quality >= 90 else 2)
    return out.getvalue()


def encode_webp(rgba: U8, quality: int) -> bytes:
    out = io.BytesIO()
    rgb_image(rgba).save(out, "WEBP", quality=quality, method=2)
    return out.getvalue()


def encode(rgba: U8, output_format: str, quality: int = 90, scratch: RgbScratch | None = None) -> bytes:
    """Encode an opaque RGBA buffer as ``png``, ``jpeg`` or ``webp`` (RGB, no alpha)."""
    if output_format in VECTOR_FORMATS:
        raise RenderError(f"{output_format} is drawn as vectors by the renderer, not encoded from pixels")
    if output_format not in FORMATS:
        raise RenderError(f"cannot encode {output_format!r}; supported: {', '.join(FORMATS)}")
    quality = min(100, max(1, int(quality)))
    try:
        if output_format == "png":
            return encode_png(rgba, scratch)
        if output_format == "jpeg":
            return encode_jpeg(rgba, quality)
        return encode_webp(rgba, quality)
    except (OSError, ValueError) as exc:
        raise RenderError(f"{output_format} encoding failed: {exc}") from exc


__all__ = [
    "FORMATS",
    "VECTOR_FORMATS",
    "RgbScratch",
    "encode",
    "encode_jpeg",
    "encode_png",
    "encode_webp",
    "pack_rgb",
    "rgb_image",
]
