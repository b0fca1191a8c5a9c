"""Reference images (``element.reference_id``): the caller's picture, fitted into the box.

The bytes come from ``RenderOptions.references`` (already validated PNG/JPEG/WebP); they
are decoded with Pillow, kept as-is (no recolouring) and drawn keeping their aspect ratio,
centred, with high-quality resampling. Product, character and object references without
transparency are matted first (:mod:`limner.render.builtin.matte`), so only the subject is
composited. A ``background`` reference covers the whole canvas (scaled to cover, centred,
cropped); ``style`` references are handled by :mod:`limner.render.builtin.palette`.

Poses are element attributes, applied around the box centre after fitting:
``facing`` (``"right"``: as uploaded; ``"left"``: mirrored), ``rotation`` (degrees, clockwise)
and ``scale`` (a factor of the fitted size, 0.05 … 4). The reference as uploaded faces right.
"""

from __future__ import annotations

import io
import math
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import skia
from PIL import Image, UnidentifiedImageError

from limner.errors import RenderError
from limner.plan.model import Element
from limner.render.builtin.art import fit_rect
from limner.render.builtin.matte import matte

MAX_REFERENCE_PIXELS = 16_700_000
#: Longer sides are downscaled once on decode (no canvas is larger than 4096, boxes far smaller).
MAX_REFERENCE_SIDE = 2048
MIN_SCALE, MAX_SCALE = 0.05, 4.0


@dataclass(frozen=True)
class Pose:
    """How a placed reference is turned: mirrored, rotated (degrees clockwise), scaled."""

    mirrored: bool = False
    rotation: float = 0.0
    scale: float = 1.0


def _number(value: object, default: float) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float, str)):
        return default
    try:
        number = float(value)
    except ValueError:
        return default
    return number if math.isfinite(number) else default


def element_pose(element: Element) -> Pose:
    attributes = element.attributes
    facing = attributes.get("facing")
    mirrored = isinstance(facing, str) and facing.strip().lower() == "left"
    rotation = _number(attributes.get("rotation"), 0.0) % 360.0
    scale = min(MAX_SCALE, max(MIN_SCALE, _number(attributes.get("scale"), 1.0)))
    return Pose(mirrored=mirrored, rotation=rotation, scale=scale)


def _decode_rgba(data: bytes) -> np.ndarray:
    try:
        with Image.open(io.BytesIO(data)) as opened:
            if opened.width * opened.height > MAX_REFERENCE_PIXELS:
                raise RenderError("reference image has too many pixels")
            converted = opened.convert("RGBA")
            if max(converted.size) > MAX_REFERENCE_SIDE:
                converted.thumbnail((MAX_REFERENCE_SIDE, MAX_REFERENCE_SIDE), Image.Resampling.LANCZOS)
            return np.ascontiguousarray(np.asarray(converted))
    except (UnidentifiedImageError, OSError, ValueError) as exc:
        raise RenderError(f"cannot decode reference image: {exc}") from exc


def _skia_image(rgba: np.ndarray) -> skia.Image:
    image = skia.Image.fromarray(
        np.ascontiguousarray(rgba),
        colorType=skia.ColorType.kRGBA_8888_ColorType,
        alphaType=skia.AlphaType.kUnpremul_AlphaType,
    )
    if image is None:
        raise RenderError("cannot load reference image")
    return image


@lru_cache(maxsize=4)
def decode_reference(data: bytes) -> skia.Image:
    """Reference bytes → an immutable skia image (RGBA, unpremultiplied), as uploaded."""
    return _skia_image(_decode_rgba(data))


@lru_cache(maxsize=8)
def decode_subject(data: bytes) -> skia.Image:
    """Reference bytes → the subject alone: its own alpha, or a plain-background matte."""
    return _skia_image(matte(_decode_rgba(data)))


def reference_rect(
    element: Element, image_width: int, image_height: int, width: int, height: int
) -> tuple[float, float, float, float]:
    """Where an unposed reference lands: ``(x, y, w, h)`` in canvas pixels, before the pose."""
    box = (element.box[0] * width, element.box[1] * height, element.box[2] * width, element.box[3] * height)
    scale, dx, dy = fit_rect((0.0, 0.0, float(image_width), float(image_height)), box)
    return dx, dy, image_width * scale, image_height * scale


def draw_reference(canvas: skia.Canvas, element: Element, data: bytes, width: int, height: int) -> None:
    """The subject of a product, character or object reference, fitted and posed in its box."""
    image = decode_subject(data)
    x, y, w, h = reference_rect(element, image.width(), image.height(), width, height)
    pose = element_pose(element)
    sampling = skia.SamplingOptions(skia.CubicResampler.Mitchell())
    canvas.save()
    canvas.translate(x + w / 2, y + h / 2)
    if pose.rotation:
        canvas.rotate(pose.rotation)
    canvas.scale(-pose.scale if pose.mirrored else pose.scale, pose.scale)
    dest = skia.Rect.MakeXYWH(-w / 2, -h / 2, w, h)
    canvas.drawImageRect(image, dest, sampling, skia.Paint(AntiAlias=True))
    canvas.restore()


def draw_background_reference(canvas: skia.Canvas, data: bytes, width: int, height: int) -> None:
    """A ``background`` reference covering the canvas (aspect ratio kept, centred, cropped)."""
    image = decode_reference(data)
    scale = max(width / image.width(), height / image.height())
    w, h = image.width() * scale, image.height() * scale
    dest = skia.Rect.MakeXYWH((width - w) / 2, (height - h) / 2, w, h)
    sampling = skia.SamplingOptions(skia.CubicResampler.Mitchell())
    canvas.drawImageRect(image, dest, sampling, skia.Paint(AntiAlias=True))


__all__ = [
    "MAX_REFERENCE_PIXELS",
    "MAX_REFERENCE_SIDE",
    "Pose",
    "decode_reference",
    "decode_subject",
    "draw_background_reference",
    "draw_reference",
    "element_pose",
    "reference_rect",
]
