#!/usr/bin/env bash
# Runs the diffusion renderer's tests on CUDA and prints timings (for a machine with an accelerator).
#
#   bash scripts/gpu-check.sh                 # the tiny random-weight pipeline (no downloads)
#   MODEL=/models/sdxl bash scripts/gpu-check.sh   # also time a real pipeline folder (local files only)
#
# Needs the extra: .venv/bin/pip install -e '.[test,diffusion]'. Exits 2 when CUDA is not there.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-.venv/bin/python}

"$PY" - <<'PY' || exit 2
import sys
import torch
if not torch.cuda.is_available():
    sys.exit("gpu-check: torch sees no CUDA device")
print(f"gpu-check: torch {torch.__version__}, CUDA {torch.version.cuda}, {torch.cuda.get_device_name(0)}")
PY

echo "== diffusion tests on cuda"
LIMNER_TEST_DIFFUSION_DEVICE=cuda "$PY" -m pytest tests/render_gen/test_diffusion.py \
  tests/render_gen/test_renderer_check.py::test_diffusion_passes_the_check \
  -q -p no:cacheprovider --durations=0

echo "== timings"
MODEL=${MODEL:-} "$PY" - <<'PY'
import os
import statistics
import tempfile
import time
from pathlib import Path

import torch

from limner.plan.model import Background, Canvas, Element, Plan, TextSpec
from limner.render.base import RenderOptions
from limner.render.diffusion import DiffusionRenderer, DiffusionSettings
from tests.render_gen.tiny_pipeline import build_tiny_pipeline


def plan(width: int, height: int) -> Plan:
    return Plan(
        canvas=Canvas(width=width, height=height, background=Background(setting="park")),
        elements=[
            Element(id="e1", noun="dog", attributes={"color": "brown"}, box=(0.05, 0.45, 0.45, 0.95)),
            Element(id="e2", noun="ball", attributes={"color": "red"}, box=(0.6, 0.7, 0.75, 0.9)),
            Element(id="t1", kind="text", noun="text", box=(0.1, 0.05, 0.9, 0.3), text=TextSpec(content="PARK")),
        ],
    )


def timed(renderer: DiffusionRenderer, size: tuple[int, int], runs: int = 3) -> str:
    renderer.render(plan(*size), RenderOptions(seed=0))  # warm-up (loads the model once)
    seconds = []
    for seed in range(runs):
        torch.cuda.synchronize()
        start = time.perf_counter()
        renderer.render(plan(*size), RenderOptions(seed=seed))
        torch.cuda.synchronize()
        seconds.append(time.perf_counter() - start)
    peak = torch.cuda.max_memory_allocated() / 2**30
    return f"{size[0]}x{size[1]}: median {statistics.median(seconds):.3f} s over {runs} runs, peak {peak:.2f} GiB"


with tempfile.TemporaryDirectory() as folder:
    tiny = build_tiny_pipeline(Path(folder) / "tiny")
    for steps in (4, 30):
        renderer = DiffusionRenderer(DiffusionSettings(model=str(tiny), device="cuda", steps=steps, strength=1.0))
        for size in ((64, 64), (512, 512), (1024, 1024)):
            print(f"tiny pipeline, {steps} steps, {timed(renderer, size)}")
    model = os.environ.get("MODEL")
    if model:
        settings = DiffusionSettings(model=model, device="cuda", steps=30, strength=0.7)
        renderer = DiffusionRenderer(settings)
        for size in ((512, 512), (1024, 1024)):
            print(f"{model}, 30 steps, strength 0.7: {timed(renderer, size)}")
PY
