"""Same plan + options ⇒ the same bytes, pinned by golden hashes.

PNG goldens hash the decoded pixels (what was drawn), so a change of PNG encoder does not move them;
the tests below compare the bytes themselves. JPEG goldens hash the file.

After an intended change of the drawing, refresh the hashes with
``LIMNER_UPDATE_GOLDEN=1 pytest tests/render/test_determinism.py`` and say so in the commit.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from PIL import Image

from limner.plan.model import Plan
from limner.render.base import RenderedImage, RenderOptions
from limner.render.builtin import BuiltinRenderer

from .plans import COCO, banner_plan, grid_plan, scene_plan
from .scenes import SCENES

GOLDEN = Path(__file__).with_name("golden.json")


def golden_cases() -> dict[str, tuple[Plan, RenderOptions]]:
    coco = grid_plan([(noun, None) for noun in COCO[:20]], columns=5, width=640, height=512)
    return {
        "banner_png": (banner_plan(), RenderOptions(seed=3)),
        "scene_png": (scene_plan(), RenderOptions(seed=11)),
        "coco_jpeg": (coco, RenderOptions(seed=7, output_format="jpeg", quality=90)),
        "kitchen_png": (SCENES["kitchen"](), RenderOptions(seed=5)),
        "night_snow_png": (SCENES["night_snow"](), RenderOptions(seed=9)),
        "city_rain_png": (SCENES["city_rain"](), RenderOptions(seed=2)),
    }


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def fingerprint_png(data: bytes) -> str:
    with Image.open(io.BytesIO(data)) as decoded:
        return sha256(f"{decoded.mode} {decoded.size}".encode() + decoded.tobytes())


def fingerprint(image: RenderedImage) -> str:
    """A PNG's pixels (mode, size and RGB bytes), or another format's bytes."""
    return fingerprint_png(image.data) if image.format == "png" else sha256(image.data)


def test_twice_gives_identical_bytes() -> None:
    for plan, options in golden_cases().values():
        assert BuiltinRenderer().render(plan, options).data == BuiltinRenderer().render(plan, options).data


def test_concurrent_renders_are_identical() -> None:
    renderer = BuiltinRenderer()
    plan, options = golden_cases()["scene_png"]
    expected = renderer.render(plan, options).data
    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(lambda _: renderer.render(plan, options).data, range(8)))
    differing = [r for r in results if r != expected]
    # On a failure, say whether the drawing or only the encoding differs.
    assert not differing, [fingerprint_png(r) == fingerprint_png(expected) for r in differing]


def test_seed_changes_only_the_background_treatment() -> None:
    plan = banner_plan()
    renderer = BuiltinRenderer()
    a = renderer.render(plan, RenderOptions(seed=1)).data
    b = renderer.render(plan, RenderOptions(seed=2)).data
    assert a != b


def test_golden_hashes() -> None:
    renderer = BuiltinRenderer()
    actual = {
        name: fingerprint(renderer.render(plan, options)) for name, (plan, options) in golden_cases().items()
    }
    if os.environ.get("LIMNER_UPDATE_GOLDEN") == "1":
        GOLDEN.write_text(json.dumps(actual, indent=2, sort_keys=True) + "\n", encoding="utf-8")
        pytest.skip("golden hashes rewritten")
    expected = json.loads(GOLDEN.read_text(encoding="utf-8"))
    assert actual == expected
