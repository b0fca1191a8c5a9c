"""The torch side of the ``diffusion`` renderer: load a pipeline, paint a guide with regional prompts.

Imported only when the renderer first draws (torch and diffusers are the optional extra).

One denoising loop serves every Stable Diffusion 1.x / 2.x / SDXL-family pipeline (their UNet,
VAE, text encoder(s) and scheduler):

- **img2img from the layout guide** (SDEdit, Meng et al. 2022): the guide's latents are noised to
  ``strength`` of the schedule and denoised from there, so positions, counts and colours carry;
- **regional prompts by region-wise denoising** (MultiDiffusion, Bar-Tal et al. 2023, §3.2 with
  region masks): at every step the UNet predicts the noise once per prompt (the scene prompt over
  the whole canvas, each element's own prompt), and the predictions are averaged per latent pixel
  with weights from the element boxes, so each box is denoised toward its own prompt;
- **edits by blended latent diffusion** (Avrahami et al. 2023): outside the change mask the latents
  are replaced after every step by the base image's latents noised to that step, so only the mask
  is regenerated (the caller still copies the base's pixels outside the mask exactly).

Seeds are torch CPU generators: the same plan, seed, model and device give the same image on CPU.
"""

from __future__ import annotations

import inspect
import math
import warnings
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import torch
from PIL import Image

from limner.render.diffusion.config import DiffusionSettings
from limner.render.overlays import U8

Box = tuple[float, float, float, float]

_DTYPES = {"float32": torch.float32, "float16": torch.float16, "bfloat16": torch.bfloat16}


class ModelLoadError(Exception):
    """The pipeline could not be loaded (a clear sentence for the generation's error)."""


@dataclass(frozen=True)
class Region:
    """One regional prompt: the words and the normalized box they condition."""

    prompt: str
    box: Box


@dataclass(frozen=True)
class PaintJob:
    """Everything one painting needs (pixels are H × W × 3 ``uint8``)."""

    start: U8
    scene_prompt: str
    regions: tuple[Region, ...]
    seed: int
    #: An edit: the base image's pixels and the change mask (normalized boxes).
    base: U8 | None = None
    edit_mask: tuple[Box, ...] = ()


def resolve_device(name: str) -> torch.device:
    if name == "auto":
        return torch.device("cuda" if torch.cuda.is_available() else "cpu")
    device = torch.device(name)
    if device.type == "cuda" and not torch.cuda.is_available():
        raise ModelLoadError(f"LIMNER_DIFFUSION_DEVICE is {name!r} but CUDA is not available here")
    if device.type == "mps" and not torch.backends.mps.is_available():
        raise ModelLoadError(f"LIMNER_DIFFUSION_DEVICE is {name!r} but MPS is not available here")
    return device


def resolve_dtype(name: str, device: torch.device) -> torch.dtype:
    if name == "auto":
        return torch.float16 if device.type == "cuda" else torch.float32
    if name not in _DTYPES:
        raise ModelLoadError(f"LIMNER_DIFFUSION_DTYPE {name!r} is not one of {', '.join(_DTYPES)}")
    return _DTYPES[name]


def is_out_of_memory(exc: BaseException) -> bool:
    """CUDA/MPS out-of-memory, a host MemoryError, or a RuntimeError saying so."""
    if isinstance(exc, (MemoryError, torch.OutOfMemoryError)):
        return True
    return isinstance(exc, RuntimeError) and "out of memory" in str(exc).lower()


class Painter:
    """A loaded pipeline on one device; :meth:`paint` turns a :class:`PaintJob` into pixels."""

    def __init__(self, settings: DiffusionSettings) -> None:
        import diffusers
        import transformers

        quiet: tuple[Any, ...] = (diffusers.utils.logging, transformers.utils.logging)
        for logging_module in quiet:
            logging_module.disable_progress_bar()
        loader: Any = diffusers.DiffusionPipeline
        self.settings = settings
        self.device = resolve_device(settings.device)
        self.dtype = resolve_dtype(settings.dtype, self.device)
        source = str(settings.local_path() or settings.model)
        try:
            with warnings.catch_warnings():  # `torch_dtype` is `dtype` in newer diffusers; both load
                warnings.simplefilter("ignore", FutureWarning)
                pipe = loader.from_pretrained(
                    source, torch_dtype=self.dtype, local_files_only=not settings.allow_download
                )
        except (OSError, ValueError) as exc:
            raise ModelLoadError(f"could not load the diffusion model {source!r}: {exc}") from exc
        for part in ("unet", "vae", "text_encoder", "tokenizer", "scheduler"):
            if getattr(pipe, part, None) is None:
                raise ModelLoadError(
                    f"{source!r} is a {type(pipe).__name__} without a {part}; "
                    "Stable Diffusion 1.x / 2.x / SDXL-family pipelines are supported"
                )
        pipe.set_progress_bar_config(disable=True)
        self.pipe: Any = pipe.to(self.device)
        self.xl = getattr(pipe, "text_encoder_2", None) is not None
        vae_blocks = len(pipe.vae.config.block_out_channels)
        unet_blocks = len(pipe.unet.config.block_out_channels)
        self.vae_scale = 2 ** (vae_blocks - 1)
        #: Pixel sizes must be multiples of this for the UNet's down/up sampling to line up.
        self.multiple = self.vae_scale * 2 ** (unet_blocks - 1)
        self.description = f"{type(pipe).__name__} from {source} on {self.device} ({str(self.dtype)[6:]})"

    # --- prompts ------------------------------------------------------------------------------

    def _encode(self, prompts: list[str]) -> tuple[torch.Tensor, torch.Tensor, dict[str, torch.Tensor]]:
        """(conditional embeddings per prompt, the unconditional one, SDXL's added conditions)."""
        negative = [self.settings.negative_prompt] * len(prompts)
        if self.xl:
            cond, uncond, pooled, uncond_pooled = self.pipe.encode_prompt(
                prompt=prompts,
                device=self.device,
                num_images_per_prompt=1,
                do_classifier_free_guidance=True,
                negative_prompt=negative,
            )
            return cond, uncond[:1], {"text_embeds": pooled, "uncond_text_embeds": uncond_pooled[:1]}
        cond, uncond = self.pipe.encode_prompt(prompts, self.device, 1, True, negative_prompt=negative)
        return cond, uncond[:1], {}

    def _time_ids(self, height: int, width: int, count: int) -> torch.Tensor:
        ids = torch.tensor([[height, width, 0, 0, height, width]], dtype=self.dtype, device=self.device)
        return ids.repeat(count, 1)

    # --- pixels <-> latents -------------------------------------------------------------------

    def _to_latents(self, pixels: U8) -> torch.Tensor:
        array = torch.from_numpy(np.array(pixels, dtype=np.uint8)).to(torch.float32) / 127.5 - 1.0
        image = array.permute(2, 0, 1)[None].to(self.device, self.dtype)
        vae = self.pipe.vae
        latents = vae.encode(image).latent_dist.mean  # the mean: no sampling noise
        result: torch.Tensor = latents * vae.config.scaling_factor
        return result

    def _to_pixels(self, latents: torch.Tensor) -> U8:
        vae = self.pipe.vae
        image = vae.decode(latents / vae.config.scaling_factor).sample
        image = ((image[0].float().clamp(-1, 1) + 1.0) * 127.5).round().to(torch.uint8)
        out: U8 = image.permute(1, 2, 0).cpu().numpy()
        return np.ascontiguousarray(out)

    def _box_mask(self, boxes: Sequence[Box], height: int, width: int) -> torch.Tensor:
        """1 on every latent pixel a box touches (shape 1 × 1 × h × w)."""
        mask = torch.zeros((1, 1, height, width), dtype=self.dtype, device=self.device)
        for x0, y0, x1, y1 in boxes:
            left, top = max(0, math.floor(x0 * width)), max(0, math.floor(y0 * height))
            right, bottom = min(width, math.ceil(x1 * width)), min(height, math.ceil(y1 * height))
            if left < right and top < bottom:
                mask[..., top:bottom, left:right] = 1.0
        return mask

    # --- the loop -----------------------------------------------------------------------------

    def work_size(self, width: int, height: int) -> tuple[int, int]:
        """The size the model paints at: each side rounded up to a multiple it can take."""
        m = self.multiple
        return max(m, math.ceil(width / m) * m), max(m, math.ceil(height / m) * m)

    def paint(self, job: PaintJob) -> U8:
        with torch.inference_mode():
            return self._paint(job)

    def _paint(self, job: PaintJob) -> U8:
        settings = self.settings
        height, width = int(job.start.shape[0]), int(job.start.shape[1])
        work_w, work_h = self.work_size(width, height)
        start = _resize(job.start, work_w, work_h)
        generator = torch.Generator("cpu").manual_seed(job.seed)
        scheduler = self.pipe.scheduler

        # 1. Prompts: the scene first (whole canvas), then each region
        prompts = [job.scene_prompt, *(r.prompt for r in job.regions)]
        cond, uncond, added = self._encode(prompts)
        latent_h, latent_w = work_h // self.vae_scale, work_w // self.vae_scale
        weights = [torch.ones((1, 1, latent_h, latent_w), dtype=self.dtype, device=self.device)]
        for region in job.regions:
            weights.append(self._box_mask([region.box], latent_h, latent_w) * settings.region_weight)
        weight = torch.cat(weights)  # prompts × 1 × h × w
        weight_sum = weight.sum(0, keepdim=True)

        # 2. img2img: noise the guide's latents to `strength` of the schedule
        init = self._to_latents(start)
        scheduler.set_timesteps(settings.steps, device=self.device)
        skip = settings.steps - min(settings.steps, max(1, round(settings.steps * settings.strength)))
        begin = skip * scheduler.order
        timesteps = scheduler.timesteps[begin:]
        if hasattr(scheduler, "set_begin_index"):
            scheduler.set_begin_index(begin)
        noise = torch.randn(init.shape, generator=generator, dtype=torch.float32).to(self.device, self.dtype)
        latents = scheduler.add_noise(init, noise, timesteps[:1]) if len(timesteps) else init

        # 3. An edit: the base's latents and the latent change mask
        keep: torch.Tensor | None = None
        base_latents: torch.Tensor | None = None
        if job.base is not None and job.edit_mask:
            base_latents = self._to_latents(_resize(job.base, work_w, work_h))
            keep = 1.0 - self._box_mask(job.edit_mask, latent_h, latent_w)

        # 4. Denoise: one UNet batch per step (unconditional + every prompt), blended per region
        guided = settings.guidance > 1.0
        embeddings = torch.cat([uncond, cond]) if guided else cond
        count = embeddings.shape[0]
        unet_kwargs: dict[str, Any] = {}
        if self.xl:
            text_embeds = added["text_embeds"]
            if guided:
                text_embeds = torch.cat([added["uncond_text_embeds"], text_embeds])
            unet_kwargs["added_cond_kwargs"] = {
                "text_embeds": text_embeds,
                "time_ids": self._time_ids(work_h, work_w, count),
            }
        step_kwargs: dict[str, Any] = {}
        if "generator" in inspect.signature(scheduler.step).parameters:
            step_kwargs["generator"] = generator
        for index, t in enumerate(timesteps):
            batch = scheduler.scale_model_input(latents.expand(count, -1, -1, -1), t)
            eps = self.pipe.unet(batch, t, encoder_hidden_states=embeddings, **unet_kwargs).sample
            if guided:
                eps_uncond, eps_cond = eps[:1], eps[1:]
                eps = eps_uncond + settings.guidance * (eps_cond - eps_uncond)
            combined = (eps * weight).sum(0, keepdim=True) / weight_sum
            latents = scheduler.step(combined, t, latents, **step_kwargs).prev_sample
            if keep is not None and base_latents is not None:
                if index + 1 < len(timesteps):
                    known = scheduler.add_noise(base_latents, noise, timesteps[index + 1 : index + 2])
                else:
                    known = base_latents
                latents = keep * known + (1.0 - keep) * latents

        # 5. Pixels, back at the requested size
        pixels = self._to_pixels(latents)
        return _resize(pixels, width, height)


def _resize(pixels: U8, width: int, height: int) -> U8:
    if pixels.shape[0] == height and pixels.shape[1] == width:
        return pixels
    image = Image.fromarray(pixels, "RGB").resize((width, height), Image.Resampling.LANCZOS)
    return np.ascontiguousarray(np.asarray(image, dtype=np.uint8))


__all__ = [
    "ModelLoadError",
    "PaintJob",
    "Painter",
    "Region",
    "is_out_of_memory",
    "resolve_device",
    "resolve_dtype",
]
