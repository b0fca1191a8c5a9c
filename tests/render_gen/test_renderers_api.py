"""``GET /v1/renderers``, choosing a renderer per request and per server, and why one is unavailable."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from limner.cli.main import app as cli
from limner.config import Settings
from limner.platform.service import LimnerService
from limner.render.diffusion import config as diffusion_config
from limner.render.diffusion.config import NOT_INSTALLED, DiffusionSettings
from limner.render.openai_images.config import UpstreamSettings
from limner.server.app import create_app

ENV = [k for k in ("LIMNER_DIFFUSION_MODEL", "LIMNER_DIFFUSION_DTYPE", "LIMNER_UPSTREAM_BASE_URL")]


@pytest.fixture
def client(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[TestClient]:
    for key in ENV:
        monkeypatch.delenv(key, raising=False)
    settings = Settings(data_dir=tmp_path / "data", database_url=None)
    with LimnerService.open(settings) as service, TestClient(create_app(settings, service)) as test_client:
        yield test_client


def listing(client: TestClient) -> dict[str, dict[str, object]]:
    response = client.get("/v1/renderers")
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["object"] == "list"
    return {item["name"]: item for item in body["data"]}


def test_lists_every_renderer_with_what_it_can_do(client: TestClient) -> None:
    renderers = listing(client)
    assert {"builtin", "diffusion", "openai-images"} <= set(renderers)
    builtin = renderers["builtin"]
    assert builtin["available"] is True and builtin["default"] is True and builtin["reason"] is None
    assert {"png", "jpeg", "webp"} <= set(builtin["output_formats"]) and builtin["deterministic"] is True
    upstream = renderers["openai-images"]
    assert upstream["available"] is False and upstream["deterministic"] is False
    assert "no upstream configured" in str(upstream["reason"])
    assert upstream["exact_overlays"] is True and upstream["default"] is False
    diffusion = renderers["diffusion"]
    assert diffusion["available"] is False and diffusion["max_side"] == 2048


def test_diffusion_says_the_extra_is_missing(client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LIMNER_DIFFUSION_MODEL", "/models/sdxl")
    monkeypatch.setattr(diffusion_config, "find_spec", lambda name: None)
    assert (
        listing(client)["diffusion"]["reason"]
        == "extra `diffusion` not installed (pip install 'limner[diffusion]')"
    )
    assert NOT_INSTALLED.startswith("extra `diffusion` not installed")
    response = client.post("/v1/generate", json={"prompt": "a cat", "renderer": "diffusion"})
    assert response.status_code == 422 and response.json()["param"] == "renderer"
    assert "extra `diffusion` not installed" in response.json()["detail"]


@pytest.mark.parametrize(
    ("env", "words"),
    [
        ({}, "no model configured"),
        ({"LIMNER_DIFFUSION_MODEL": "/nowhere/sd15"}, "model path '/nowhere/sd15' does not exist"),
        ({"LIMNER_DIFFUSION_MODEL": "{tmp}", "LIMNER_DIFFUSION_DTYPE": "float13"}, "LIMNER_DIFFUSION_DTYPE"),
        ({"LIMNER_DIFFUSION_MODEL": "{tmp}"}, "has no model_index.json"),
        ({"LIMNER_DIFFUSION_MODEL": "{tmp}", "LIMNER_DIFFUSION_STEPS": "many"}, "LIMNER_DIFFUSION_STEPS"),
        ({"LIMNER_DIFFUSION_MODEL": "{tmp}", "LIMNER_DIFFUSION_DEVICE": "tpu"}, "LIMNER_DIFFUSION_DEVICE"),
    ],
)
def test_unavailable_diffusion_is_a_422_naming_renderer(
    client: TestClient, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, env: dict[str, str], words: str
) -> None:
    monkeypatch.setattr(diffusion_config, "find_spec", lambda name: object())  # as if installed
    for key, value in env.items():
        monkeypatch.setenv(key, value.replace("{tmp}", str(tmp_path)))
    info = listing(client)["diffusion"]
    assert info["available"] is False and words in str(info["reason"])
    response = client.post("/v1/generate", json={"prompt": "a cat", "renderer": "diffusion"})
    assert response.status_code == 422, response.text
    problem = response.json()
    assert problem["param"] == "renderer" and words in problem["detail"]


def test_unknown_renderer_is_a_422_naming_renderer(client: TestClient) -> None:
    response = client.post("/v1/generate", json={"prompt": "a cat", "renderer": "dall-e-9"})
    assert response.status_code == 422 and response.json()["param"] == "renderer"
    assert "known: builtin, diffusion, openai-images" in response.json()["detail"]


def test_a_request_chooses_its_renderer(client: TestClient) -> None:
    plan = {
        "canvas": {"width": 64, "height": 64},
        "elements": [{"id": "e1", "noun": "cat", "box": [0.1, 0.1, 0.9, 0.9]}],
    }
    response = client.post("/v1/generate", json={"plan": plan, "renderer": "builtin"})
    assert response.status_code in (200, 201) and response.json()["status"] == "succeeded", response.text
    response = client.post("/v1/generate", json={"plan": plan, "renderer": "openai-images"})
    assert response.status_code == 422 and "no upstream configured" in response.json()["detail"]


def test_serve_refuses_an_unavailable_default_renderer(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv("LIMNER_UPSTREAM_BASE_URL", raising=False)
    result = CliRunner().invoke(cli, ["serve", "--renderer", "openai-images", "--data-dir", str(tmp_path)])
    assert result.exit_code != 0
    assert "no upstream configured" in result.output
    result = CliRunner().invoke(cli, ["serve", "--renderer", "nope", "--data-dir", str(tmp_path)])
    assert result.exit_code != 0 and "unknown renderer 'nope'" in result.output


def test_settings_parse_and_never_show_the_key() -> None:
    settings = UpstreamSettings.from_env(
        {
            "LIMNER_UPSTREAM_BASE_URL": "https://api.example.test/v1/",
            "LIMNER_UPSTREAM_API_KEY": "sk-secret",
            "LIMNER_UPSTREAM_SIZES": "1024x1024, 1536x1024,junk",
            "LIMNER_UPSTREAM_RETRIES": "5",
        }
    )
    assert settings.base_url == "https://api.example.test/v1" and settings.retries == 5
    assert settings.sizes == ((1024, 1024), (1536, 1024))
    assert "sk-secret" not in repr(settings) and settings.unavailable_reason() is None
    assert UpstreamSettings.from_env({"LIMNER_UPSTREAM_BASE_URL": "ftp://x"}).unavailable_reason() is not None
    diffusion = DiffusionSettings.from_env({"LIMNER_DIFFUSION_STRENGTH": "2", "LIMNER_DIFFUSION_MODEL": "/m"})
    assert diffusion.settings_problem() == "LIMNER_DIFFUSION_STRENGTH must be in (0, 1]"
