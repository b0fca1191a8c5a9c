"""The ``openai-images`` renderer: the layout guide, painted by an OpenAI-compatible Images API.

plan → built-in picture (the guide) → ``POST {base}/images/edits`` with the guide as ``image``, a
prompt written from the plan, and a mask that is transparent where the model may paint (all but
the text and reference boxes; for an edit, only the change mask) → resized back if the upstream
drew another size → the text and reference boxes copied back exactly → encoded.
"""

from __future__ import annotations

import io

import numpy as np
import numpy.typing as npt
from PIL import Image, UnidentifiedImageError

from limner.plan.model import Plan
from limner.render.base import RenderedImage, RendererInfo, RenderOptions
from limner.render.openai_images.client import EditCall, UpstreamClient, UpstreamError
from limner.render.openai_images.config import UpstreamSettings
from limner.render.overlays import (
    U8,
    apply_overlays,
    edit_start,
    finish,
    layout_guide,
    paint_mask,
    png_bytes,
)
from limner.render.scene_prompt import plan_prompt

VERSION = "1"
MAX_SIDE = 4096


def closest_size(width: int, height: int, sizes: tuple[tuple[int, int], ...]) -> tuple[int, int]:
    """The allowed size closest in aspect ratio (then in area) to ``width × height``."""
    if not sizes:
        return width, height
    aspect = width / height

    def distance(size: tuple[int, int]) -> tuple[float, float, tuple[int, int]]:
        return (abs(np.log((size[0] / size[1]) / aspect)), abs(size[0] * size[1] - width * height), size)

    return min(sizes, key=distance)


def mask_png(paint: npt.NDArray[np.bool_], size: tuple[int, int]) -> bytes:
    """OpenAI's mask: RGBA, fully transparent where the image may change."""
    height, width = paint.shape
    rgba = np.zeros((height, width, 4), dtype=np.uint8)
    rgba[..., 3] = np.where(paint, 0, 255).astype(np.uint8)
    image = Image.fromarray(rgba, "RGBA")
    if image.size != size:
        image = image.resize(size, Image.Resampling.NEAREST)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def _resized_png(rgb: U8, size: tuple[int, int]) -> bytes:
    image = Image.fromarray(rgb, "RGB")
    if image.size != size:
        image = image.resize(size, Image.Resampling.LANCZOS)
    return png_bytes(np.asarray(image, dtype=np.uint8))


def decode_answer(data: bytes, width: int, height: int) -> U8:
    """The upstream's image as RGB at ``width × height`` (resized if it drew another size)."""
    try:
        with Image.open(io.BytesIO(data)) as image:
            rgb = image.convert("RGB")
    except (UnidentifiedImageError, OSError, ValueError):
        raise UpstreamError("upstream answered with bytes that are not an image") from None
    if rgb.size != (width, height):
        rgb = rgb.resize((width, height), Image.Resampling.LANCZOS)
    return np.ascontiguousarray(np.asarray(rgb, dtype=np.uint8))


class OpenAIImagesRenderer:
    """Paints the plan's layout through an OpenAI-compatible Images API (``/images/edits``)."""

    name = "openai-images"
    version = VERSION
    output_formats = ("png", "jpeg", "webp")
    deterministic = False
    exact_overlays = True
    inpaints = True

    def __init__(
        self, settings: UpstreamSettings | None = None, client: UpstreamClient | None = None
    ) -> None:
        self.settings = settings if settings is not None else UpstreamSettings.from_env()
        self.client = client if client is not None else UpstreamClient(self.settings)

    @classmethod
    def describe(cls) -> RendererInfo:
        settings = UpstreamSettings.from_env()
        reason = settings.unavailable_reason()
        where = f" at {settings.base_url}" if settings.base_url else ""
        return RendererInfo(
            name=cls.name,
            version=cls.version,
            available=reason is None,
            reason=reason,
            output_formats=cls.output_formats,
            max_side=MAX_SIDE,
            deterministic=cls.deterministic,
            exact_overlays=cls.exact_overlays,
            description=f"An OpenAI-compatible Images API{where} paints over the layout guide.",
        )

    def render(self, plan: Plan, options: RenderOptions) -> RenderedImage:
        reason = self.settings.unavailable_reason()
        if reason is not None:
            raise UpstreamError(reason)
        guide = layout_guide(plan, options)
        width, height = guide.width, guide.height
        size = closest_size(width, height, self.settings.sizes)
        start = edit_start(guide, options)
        call = EditCall(
            image_png=_resized_png(start, size),
            mask_png=mask_png(paint_mask(guide, options.edit_mask), size),
            prompt=plan_prompt(plan),
            width=size[0],
            height=size[1],
        )
        painted = decode_answer(self.client.edit(call), width, height)
        notes = list(guide.notes)
        if size != (width, height):
            notes.append(f"upstream drew {size[0]}x{size[1]}; resized to {width}x{height}")
        return finish(apply_overlays(painted, guide), options, notes)


__all__ = ["OpenAIImagesRenderer", "closest_size", "decode_answer", "mask_png"]
