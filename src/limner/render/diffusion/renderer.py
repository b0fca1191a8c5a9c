"""The ``diffusion`` renderer: a local Stable Diffusion pipeline paints over the layout guide.

plan → built-in picture (the guide; for an edit, the base image with the guide inside the change
mask) → img2img with regional prompts (and, for an edit, blended latent inpainting) → the text and
reference boxes copied back exactly (feathered) → encoded. See :mod:`.pipeline` for the method.
The pipeline is loaded on the first render, so building the renderer (and ``GET /v1/renderers``)
never imports torch.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from limner.errors import RenderError
from limner.plan.model import Element, Plan
from limner.render.base import RenderedImage, RendererInfo, RenderOptions
from limner.render.diffusion.config import DiffusionSettings
from limner.render.overlays import (
    apply_overlays,
    decode_rgb,
    edit_start,
    exact_elements,
    finish,
    layout_guide,
)
from limner.render.scene_prompt import global_prompt, region_prompt

if TYPE_CHECKING:
    from limner.render.diffusion.pipeline import Painter, Region

VERSION = "1"
MAX_SIDE = 2048


def region_elements(plan: Plan, options: RenderOptions, limit: int) -> list[Element]:
    """Objects that get a prompt of their own: largest boxes first (ties: plan order), at most ``limit``."""
    exact = {e.id for e in exact_elements(plan, options)}
    candidates = [
        (-(e.box[2] - e.box[0]) * (e.box[3] - e.box[1]), index, e)
        for index, e in enumerate(plan.elements)
        if e.kind != "text" and e.id not in exact
    ]
    return [e for _, _, e in sorted(candidates, key=lambda item: (item[0], item[1]))[:limit]]


class DiffusionRenderer:
    """Paints the plan with a Stable Diffusion 1.x/2.x/SDXL pipeline (img2img + regional prompts)."""

    name = "diffusion"
    version = VERSION
    output_formats = ("png", "jpeg", "webp")
    #: On CPU: same plan + seed + model ⇒ same bytes (CUDA kernels may differ in the last bits).
    deterministic = True
    exact_overlays = True
    inpaints = True
    max_side = MAX_SIDE

    def __init__(self, settings: DiffusionSettings | None = None) -> None:
        self.settings = settings if settings is not None else DiffusionSettings.from_env()
        self._painter: Painter | None = None
        self._loading = threading.Lock()

    @classmethod
    def describe(cls) -> RendererInfo:
        settings = DiffusionSettings.from_env()
        reason = settings.unavailable_reason()
        return RendererInfo(
            name=cls.name,
            version=cls.version,
            available=reason is None,
            reason=reason,
            output_formats=cls.output_formats,
            max_side=MAX_SIDE,
            deterministic=cls.deterministic,
            exact_overlays=cls.exact_overlays,
            description=(
                f"Stable Diffusion pipeline {settings.model!r}: img2img from the layout guide, "
                "regional prompts (MultiDiffusion), exact text and reference overlays"
                if settings.model
                else "Stable Diffusion pipeline: img2img from the layout guide, regional prompts"
            ),
        )

    def _load(self) -> Painter:
        with self._loading:
            if self._painter is None:
                from limner.render.diffusion.pipeline import Painter

                self._painter = Painter(self.settings)
            return self._painter

    def _regions(self, plan: Plan, options: RenderOptions) -> tuple[Region, ...]:
        from limner.render.diffusion.pipeline import Region

        style = self.settings.style
        chosen = region_elements(plan, options, self.settings.max_regions)
        return tuple(Region(region_prompt(plan, e, style), e.box) for e in chosen)

    def render(self, plan: Plan, options: RenderOptions) -> RenderedImage:
        reason = self.settings.unavailable_reason()
        if reason is not None:
            raise RenderError(f"renderer 'diffusion' is not available: {reason}", code="renderer_unavailable")
        guide = layout_guide(plan, options)
        if max(guide.width, guide.height) > MAX_SIDE:
            raise RenderError(f"the diffusion renderer draws at most {MAX_SIDE} px a side", code="too_large")
        from limner.render.diffusion.pipeline import ModelLoadError, PaintJob, is_out_of_memory

        base = decode_rgb(options.base_image) if options.base_image is not None else None
        if base is not None and base.shape != guide.pixels.shape:
            base = None
        job = PaintJob(
            start=edit_start(guide, options),
            scene_prompt=global_prompt(plan, self.settings.style),
            regions=self._regions(plan, options),
            seed=options.seed,
            base=base,
            edit_mask=tuple(options.edit_mask) if base is not None else (),
        )
        try:
            painter = self._load()
            painted = painter.paint(job)
        except ModelLoadError as exc:
            raise RenderError(str(exc), code="model_unavailable") from exc
        except Exception as exc:
            if is_out_of_memory(exc):
                device = self._painter.device if self._painter is not None else self.settings.device
                raise RenderError(
                    f"the diffusion model ran out of memory painting {guide.width}x{guide.height} "
                    f"on {device}; try a smaller size, fewer LIMNER_DIFFUSION_MAX_REGIONS, "
                    "or LIMNER_DIFFUSION_DTYPE=float16",
                    code="out_of_memory",
                ) from exc
            raise
        notes = [*guide.notes, f"painted by {painter.description}, {len(job.regions)} regional prompts"]
        return finish(apply_overlays(painted, guide, self.settings.feather), options, notes)


__all__ = ["DiffusionRenderer", "region_elements"]
