"""Synthetic reference pictures and image comparison (SSIM with a Gaussian window, numpy only)."""

from __future__ import annotations

import io

import numpy as np
import numpy.typing as npt
from PIL import Image, ImageDraw, ImageFilter

F32 = npt.NDArray[np.float32]
U8 = npt.NDArray[np.uint8]


def encode(image: Image.Image, fmt: str = "PNG", **options: object) -> bytes:
    out = io.BytesIO()
    image.save(out, fmt, **options)
    return out.getvalue()


def decode(data: bytes) -> U8:
    with Image.open(io.BytesIO(data)) as image:
        return np.asarray(image.convert("RGB")).copy()


def product(
    width: int = 200, height: int = 260, background: tuple[int, int, int] = (255, 255, 255)
) -> Image.Image:
    """A bottle-like product on a plain background: gradient body, label, logo, cap (softened)."""
    image = Image.new("RGB", (width, height), background)
    draw = ImageDraw.Draw(image)
    body = (int(width * 0.22), int(height * 0.25), int(width * 0.78), int(height * 0.95))
    for x in range(body[0], body[2]):  # horizontal shading across the body
        t = (x - body[0]) / max(1, body[2] - body[0])
        shade = int(60 + 120 * np.sin(np.pi * t))
        draw.line([(x, body[1]), (x, body[3])], fill=(20, shade, 90 + shade // 2))
    draw.rectangle((int(width * 0.4), int(height * 0.08), int(width * 0.6), body[1]), fill=(200, 40, 40))
    label = (body[0] + 6, int(height * 0.45), body[2] - 6, int(height * 0.7))
    draw.rectangle(label, fill=(250, 245, 220))
    draw.ellipse((label[0] + 10, label[1] + 8, label[0] + 50, label[1] + 48), fill=(230, 150, 20))
    for i in range(3):
        y = label[1] + 14 + 12 * i
        draw.rectangle((label[0] + 60, y, label[2] - 12, y + 5), fill=(60, 60, 140))
    return image.filter(ImageFilter.GaussianBlur(1.2))


def character(width: int = 180, height: int = 220) -> Image.Image:
    """A figure with real transparency (RGBA), asymmetric so that mirroring shows."""
    image = Image.new("RGBA", (width, height), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.ellipse((50, 10, 130, 90), fill=(240, 200, 160, 255))
    draw.ellipse((95, 35, 110, 50), fill=(30, 30, 30, 255))
    draw.rounded_rectangle((40, 90, 140, 200), 20, fill=(40, 120, 200, 255))
    draw.rectangle((130, 110, 175, 130), fill=(40, 120, 200, 255))
    for i, y in enumerate(range(96, 196, 9)):  # a striped jumper, shaded left to right
        draw.rectangle((44, y, 136, y + 4), fill=(200 - 12 * i, 60 + 10 * i, 40, 255))
    draw.rectangle((60, 120, 120, 140), fill=(250, 220, 60, 255))
    return image.filter(ImageFilter.GaussianBlur(1.0))


def _blur(x: F32, sigma: float = 1.5, radius: int = 5) -> F32:
    taps = np.exp(-0.5 * (np.arange(-radius, radius + 1) / sigma) ** 2).astype(np.float32)
    taps /= taps.sum()
    padded = np.pad(x, radius, mode="reflect")
    rows = sum(w * padded[:, i : i + x.shape[1]] for i, w in enumerate(taps))
    out = sum(w * rows[i : i + x.shape[0], :] for i, w in enumerate(taps))
    return np.asarray(out, dtype=np.float32)


def ssim_map(a: U8, b: U8) -> F32:
    """Per-pixel SSIM (Wang et al. 2004: Gaussian σ = 1.5, K1 = 0.01, K2 = 0.03), channels averaged."""
    c1, c2 = (0.01 * 255) ** 2, (0.03 * 255) ** 2
    maps = []
    for channel in range(a.shape[2]):
        x, y = a[..., channel].astype(np.float32), b[..., channel].astype(np.float32)
        mx, my = _blur(x), _blur(y)
        sxx, syy, sxy = _blur(x * x) - mx * mx, _blur(y * y) - my * my, _blur(x * y) - mx * my
        maps.append(((2 * mx * my + c1) * (2 * sxy + c2)) / ((mx * mx + my * my + c1) * (sxx + syy + c2)))
    return np.asarray(np.mean(maps, axis=0), dtype=np.float32)


def erode(mask: npt.NDArray[np.bool_], steps: int) -> npt.NDArray[np.bool_]:
    out = mask.copy()
    for _ in range(steps):
        inner = out.copy()
        inner[1:, :] &= out[:-1, :]
        inner[:-1, :] &= out[1:, :]
        inner[:, 1:] &= out[:, :-1]
        inner[:, :-1] &= out[:, 1:]
        out = inner
    return out
