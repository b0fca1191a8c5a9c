"""The renderer interface: a Plan becomes pixels.

Any renderer (the built-in compositor, a diffusers pipeline, a remote GPU) implements
``Renderer`` and must honour the same plan: every object in its box, in its colour,
in z-order; text exactly as written.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal, Protocol, runtime_checkable

from limner.plan.model import Plan

OutputFormat = Literal["png", "jpeg", "webp", "svg"]

MEDIA_TYPES: dict[str, str] = {
    "png": "image/png",
    "jpeg": "image/jpeg",
    "webp": "image/webp",
    "svg": "image/svg+xml",
}


@dataclass(frozen=True)
class RenderOptions:
    """How to draw a plan. ``width``/``height`` default to the plan's canvas."""

    width: int | None = None
    height: int | None = None
    seed: int = 0
    output_format: OutputFormat = "png"
    quality: int = 90
    locale: str | None = None
    #: Reference images by reference id (raw PNG/JPEG/WebP bytes), for ``reference_id`` elements.
    references: Mapping[str, bytes] = field(default_factory=dict)
    #: An edit's base image (PNG bytes of its decoded pixels), given to renderers that inpaint
    #: (``inpaints = True``); the caller still copies every pixel outside ``edit_mask`` from it.
    base_image: bytes | None = None
    #: An edit's change mask: normalized ``(x0, y0, x1, y1)`` boxes the edit may repaint.
    edit_mask: tuple[tuple[float, float, float, float], ...] = ()
    #: ``transparent``: no backdrop, an alpha channel (png/webp), for renderers whose
    #: :class:`RendererInfo` says ``transparent_background``; others refuse it.
    background: Literal["opaque", "transparent"] = "opaque"


@dataclass(frozen=True)
class RenderedImage:
    data: bytes
    width: int
    height: int
    format: str
    #: Decisions the renderer made that the caller may want to show (e.g. art substitutions).
    notes: tuple[str, ...] = ()

    @property
    def media_type(self) -> str:
        return MEDIA_TYPES[self.format]


@dataclass(frozen=True)
class RendererInfo:
    """What ``GET /v1/renderers`` says about one renderer (known without building it)."""

    name: str
    version: str
    available: bool
    #: Why not, when ``available`` is false ("extra `diffusion` not installed", …).
    reason: str | None = None
    output_formats: tuple[str, ...] = ("png", "jpeg", "webp")
    max_side: int = 4096
    #: Same plan + options (+ model + device) ⇒ same bytes.
    deterministic: bool = True
    #: Text and product/character reference elements come out exactly as the built-in renderer draws them.
    exact_overlays: bool = True
    description: str = ""
    #: Draws on a transparent canvas (``RenderOptions.background = "transparent"``, png/webp).
    transparent_background: bool = False


@runtime_checkable
class Renderer(Protocol):
    """Draws plans. Implementations must be deterministic for a given plan, options and version."""

    name: str
    version: str

    def render(self, plan: Plan, options: RenderOptions) -> RenderedImage: ...


__all__ = ["MEDIA_TYPES", "OutputFormat", "RenderOptions", "RenderedImage", "Renderer", "RendererInfo"]
