"""The ``diffusion`` renderer on a tiny random-weight pipeline: over HTTP on CPU, and its failures."""

from __future__ import annotations

import dataclasses
import hashlib
from pathlib import Path

import numpy as np
import pytest

from limner.config import Settings
from limner.errors import RenderError
from limner.plan.model import Background, Canvas, Element, Plan, TextSpec
from limner.platform.schemas import GenerateBody
from limner.platform.service import LimnerService
from limner.reason import BuiltinReasoner
from limner.render.base import RenderOptions
from limner.render.diffusion import DiffusionRenderer, DiffusionSettings
from limner.render.diffusion.renderer import region_elements
from limner.render.overlays import decode_rgb
from limner.render.registry import RendererRegistry
from tests.render_gen.conftest import DEVICE, needs_torch
from tests.serving import Server

pytestmark = [needs_torch, pytest.mark.slow]


def plan64() -> Plan:
    return Plan(
        canvas=Canvas(width=64, height=64, background=Background(color="#f4efe6", setting="kitchen")),
        elements=[
            Element(id="e1", noun="cup", attributes={"color": "green"}, box=(0.1, 0.5, 0.4, 0.9)),
            Element(id="e2", noun="banana", attributes={"color": "yellow"}, box=(0.5, 0.45, 0.95, 0.9)),
            Element(
                id="t1", kind="text", noun="text", box=(0.1, 0.05, 0.9, 0.35), text=TextSpec(content="GO")
            ),
        ],
    )


def settings_for(model: Path, **changes: object) -> DiffusionSettings:
    base = DiffusionSettings(model=str(model), device=DEVICE, steps=2, strength=0.8)
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


@pytest.mark.e2e
def test_renders_deterministically_over_http(diffusion_server: Server) -> None:
    body = {"plan": plan64().model_dump(mode="json"), "renderer": "diffusion", "seed": 11}
    with diffusion_server.client() as client:
        info = {r["name"]: r for r in client.get("/v1/renderers").json()["data"]}["diffusion"]
        assert info["available"] is True and info["reason"] is None
        first = client.post("/v1/generate", json=body).json()
        again = client.post("/v1/generate", json=body).json()
        other = client.post("/v1/generate", json={**body, "seed": 12}).json()
        jpeg = client.post("/v1/generate", json={**body, "output_format": "jpeg"}).json()
        data = client.get(first["images"][0]["url"]).content
    assert first["status"] == "succeeded", first
    assert (first["images"][0]["width"], first["images"][0]["height"]) == (64, 64)
    assert again["images"][0]["sha256"] == first["images"][0]["sha256"]
    assert other["images"][0]["sha256"] != first["images"][0]["sha256"]
    assert jpeg["images"][0]["format"] == "jpeg"
    assert hashlib.sha256(data).hexdigest() == first["images"][0]["sha256"]


def test_paints_over_the_guide_and_keeps_text_exact(tiny_model: Path) -> None:
    renderer = DiffusionRenderer(settings_for(tiny_model))
    plan = plan64()
    image = renderer.render(plan, RenderOptions(seed=3))
    pixels = decode_rgb(image.data)
    from limner.render.overlays import layout_guide

    guide = layout_guide(plan, RenderOptions(seed=3))
    assert guide.exact[3:23, 6:58].any() and np.array_equal(pixels[guide.exact], guide.pixels[guide.exact])
    assert not np.array_equal(pixels[40:, :], guide.pixels[40:, :])  # the model painted the rest
    assert any("2 regional prompts" in note for note in image.notes)
    # every setting that changes the painting changes the bytes; the seed too
    assert renderer.render(plan, RenderOptions(seed=4)).data != image.data
    stronger = DiffusionRenderer(settings_for(tiny_model, strength=0.3))
    assert stronger.render(plan, RenderOptions(seed=3)).data != image.data


def test_an_edit_blends_in_the_base_outside_the_mask(tiny_model: Path) -> None:
    renderer = DiffusionRenderer(settings_for(tiny_model))
    plan = plan64()
    base = renderer.render(plan, RenderOptions(seed=3))
    plain = renderer.render(plan, RenderOptions(seed=5))
    edit = renderer.render(
        plan, RenderOptions(seed=5, base_image=base.data, edit_mask=((0.1, 0.5, 0.4, 0.9),))
    )
    assert edit.data != plain.data  # the base's latents were blended in outside the mask


def test_an_sdxl_family_pipeline_renders_and_edits(tiny_xl_model: Path) -> None:
    renderer = DiffusionRenderer(settings_for(tiny_xl_model, steps=3))
    plan = plan64()
    image = renderer.render(plan, RenderOptions(seed=1))
    assert (image.width, image.height) == (64, 64)
    assert any("StableDiffusionXLPipeline" in note for note in image.notes)
    assert renderer.render(plan, RenderOptions(seed=1)).data == image.data
    edit = renderer.render(
        plan, RenderOptions(seed=1, base_image=image.data, edit_mask=((0.1, 0.5, 0.4, 0.9),))
    )
    assert edit.data != image.data


def test_regional_prompts_go_to_the_largest_objects_only(tiny_model: Path) -> None:
    plan = plan64()
    chosen = region_elements(plan, RenderOptions(), limit=1)
    assert [e.id for e in chosen] == ["e2"]  # the banana's box is larger; text never gets one
    assert [e.id for e in region_elements(plan, RenderOptions(), limit=6)] == ["e2", "e1"]


def test_out_of_memory_is_a_clear_failed_generation_not_charged(
    tiny_model: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import torch

    from limner.render.diffusion import pipeline

    def boom(self: pipeline.Painter, job: pipeline.PaintJob) -> None:
        raise torch.OutOfMemoryError("CUDA out of memory. Tried to allocate 20.00 GiB")

    monkeypatch.setattr(pipeline.Painter, "paint", boom)
    renderer = DiffusionRenderer(settings_for(tiny_model))
    with pytest.raises(RenderError) as caught:
        renderer.render(plan64(), RenderOptions())
    assert caught.value.code == "out_of_memory" and "ran out of memory painting 64x64" in caught.value.detail

    registry = RendererRegistry([("diffusion", lambda: renderer)])
    settings = Settings(data_dir=tmp_path / "data", database_url=None)
    with LimnerService.open(settings, reasoner=BuiltinReasoner(), renderers=registry) as service:
        body = GenerateBody.model_validate(
            {"plan": plan64().model_dump(mode="json"), "renderer": "diffusion"}
        )
        generation = service.generate(body)
        assert generation.status == "failed" and generation.images == []
        assert generation.error is not None and generation.error.code == "out_of_memory"
        assert service.count_rows()["images"] == 0


def test_a_folder_that_is_not_a_pipeline_fails_clearly(tmp_path: Path) -> None:
    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / "model_index.json").write_text('{"_class_name": "StableDiffusionPipeline", "unet": ["x", "y"]}')
    renderer = DiffusionRenderer(settings_for(broken))
    with pytest.raises(RenderError) as caught:
        renderer.render(plan64(), RenderOptions())
    assert caught.value.code == "model_unavailable" and str(broken) in caught.value.detail


def test_a_device_that_is_not_here_fails_clearly(tiny_model: Path) -> None:
    import torch

    if torch.cuda.is_available():
        pytest.skip("CUDA is here")
    renderer = DiffusionRenderer(settings_for(tiny_model, device="cuda"))
    with pytest.raises(RenderError, match="CUDA is not available here") as caught:
        renderer.render(plan64(), RenderOptions())
    assert caught.value.code == "model_unavailable"
