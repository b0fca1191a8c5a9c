"""The ``diffusion`` renderer's settings (``LIMNER_DIFFUSION_*``) and why it may be unavailable.

Nothing here imports torch: ``GET /v1/renderers`` asks :meth:`DiffusionSettings.unavailable_reason`
on every call, so it must stay cheap (module lookups and a path check).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from importlib.util import find_spec
from pathlib import Path

#: What ``pip install 'limner[diffusion]'`` brings; the renderer needs every one.
EXTRA_MODULES = ("torch", "diffusers", "transformers")
DTYPES = ("float32", "float16", "bfloat16")
NOT_INSTALLED = "extra `diffusion` not installed (pip install 'limner[diffusion]')"


def _number(env: Mapping[str, str], key: str, default: float) -> float:
    raw = env.get(key, "").strip()
    try:
        return float(raw) if raw else default
    except ValueError:
        return float("nan")


@dataclass(frozen=True)
class DiffusionSettings:
    """Which pipeline to load, where to run it, and how hard to follow the layout guide."""

    #: A local pipeline directory (``save_pretrained``/``model_index.json``) or a model id already
    #: in the Hugging Face cache (``LIMNER_DIFFUSION_MODEL``).
    model: str | None = None
    #: ``auto`` (CUDA when present, else CPU), ``cpu``, ``cuda``, ``cuda:1``, ``mps``.
    device: str = "auto"
    #: ``float32``, ``float16`` or ``bfloat16``; ``auto``: float16 on CUDA, float32 elsewhere.
    dtype: str = "auto"
    steps: int = 30
    #: img2img strength: 0 keeps the guide, 1 ignores it (0.55–0.8 keep layout and colours).
    strength: float = 0.7
    guidance: float = 7.0
    #: How much an element's own prompt outweighs the scene prompt inside its box.
    region_weight: float = 2.0
    #: At most this many elements get a regional prompt (largest boxes first).
    max_regions: int = 6
    #: Appended to every prompt ("watercolor", "photo, 35mm"…).
    style: str = ""
    negative_prompt: str = "blurry, distorted, text, watermark, letters"
    #: Let diffusers download a model id that is not in the cache (``LIMNER_DIFFUSION_ALLOW_DOWNLOAD=1``).
    allow_download: bool = False
    #: Edge, in pixels, over which overlays fade into the painted picture.
    feather: int = 6

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> DiffusionSettings:
        env = os.environ if env is None else env
        return cls(
            model=(env.get("LIMNER_DIFFUSION_MODEL") or "").strip() or None,
            device=(env.get("LIMNER_DIFFUSION_DEVICE") or "auto").strip(),
            dtype=(env.get("LIMNER_DIFFUSION_DTYPE") or "auto").strip(),
            steps=_whole(env, "LIMNER_DIFFUSION_STEPS", 30),
            strength=_number(env, "LIMNER_DIFFUSION_STRENGTH", 0.7),
            guidance=_number(env, "LIMNER_DIFFUSION_GUIDANCE", 7.0),
            region_weight=_number(env, "LIMNER_DIFFUSION_REGION_WEIGHT", 2.0),
            max_regions=_whole(env, "LIMNER_DIFFUSION_MAX_REGIONS", 6),
            style=(env.get("LIMNER_DIFFUSION_STYLE") or "").strip(),
            negative_prompt=env.get("LIMNER_DIFFUSION_NEGATIVE", cls.negative_prompt),
            allow_download=env.get("LIMNER_DIFFUSION_ALLOW_DOWNLOAD", "") in ("1", "true", "yes"),
            feather=max(0, _whole(env, "LIMNER_DIFFUSION_FEATHER", 6)),
        )

    def local_path(self) -> Path | None:
        """The model as a local directory, when it names one (absolute, ``./…``, ``~/…``)."""
        if self.model is None:
            return None
        path = Path(self.model).expanduser()
        return path if self.model.startswith(("/", ".", "~")) or path.exists() else None

    def settings_problem(self) -> str | None:
        """The first setting that cannot work, in words naming its variable."""
        if self.dtype not in (*DTYPES, "auto"):
            return f"LIMNER_DIFFUSION_DTYPE {self.dtype!r} is not one of auto, {', '.join(DTYPES)}"
        device = self.device
        if not (
            device in ("auto", "cpu", "cuda", "mps") or (device.startswith("cuda:") and device[5:].isdigit())
        ):
            return f"LIMNER_DIFFUSION_DEVICE {device!r} is not one of auto, cpu, cuda, cuda:N, mps"
        if not 1 <= self.steps <= 200:
            return "LIMNER_DIFFUSION_STEPS must be a whole number from 1 to 200"
        if not 0.0 < self.strength <= 1.0:
            return "LIMNER_DIFFUSION_STRENGTH must be in (0, 1]"
        if not 0.0 <= self.guidance <= 50.0:
            return "LIMNER_DIFFUSION_GUIDANCE must be in [0, 50]"
        if not 0.0 <= self.region_weight <= 100.0:
            return "LIMNER_DIFFUSION_REGION_WEIGHT must be in [0, 100]"
        if not 0 <= self.max_regions <= 32:
            return "LIMNER_DIFFUSION_MAX_REGIONS must be a whole number from 0 to 32"
        return None

    def unavailable_reason(self) -> str | None:
        """Why this renderer cannot draw here, or None."""
        missing = [name for name in EXTRA_MODULES if find_spec(name) is None]
        if missing:
            return NOT_INSTALLED
        if self.model is None:
            return (
                "no model configured (set LIMNER_DIFFUSION_MODEL to a pipeline folder or a cached model id)"
            )
        problem = self.settings_problem()
        if problem is not None:
            return problem
        path = self.local_path()
        if path is not None:
            if not path.is_dir():
                return f"model path {str(path)!r} does not exist (LIMNER_DIFFUSION_MODEL)"
            if not (path / "model_index.json").is_file():
                return f"model path {str(path)!r} has no model_index.json (not a diffusers pipeline)"
            return None
        if not self.allow_download and not _cached(self.model):
            return (
                f"model {self.model!r} is not in the Hugging Face cache and downloads are off "
                "(download it first, or set LIMNER_DIFFUSION_ALLOW_DOWNLOAD=1)"
            )
        return None


def _whole(env: Mapping[str, str], key: str, default: int) -> int:
    """A whole-number setting; -1 when it is not one (the range checks then name it)."""
    raw = env.get(key, "").strip()
    if not raw:
        return default
    return int(raw) if raw.isdigit() else -1


def _cached(model_id: str) -> bool:
    try:
        from huggingface_hub import try_to_load_from_cache
    except ImportError:  # pragma: no cover - diffusers depends on huggingface_hub
        return False
    found = try_to_load_from_cache(model_id, "model_index.json")
    return isinstance(found, str)


__all__ = ["DTYPES", "EXTRA_MODULES", "NOT_INSTALLED", "DiffusionSettings"]
