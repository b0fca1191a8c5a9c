"""Servers for the renderer tests: a builtin upstream, a Limner drawing through it, a tiny diffusion one."""

from __future__ import annotations

import importlib.util
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.serving import Server, running_server

#: The key the front server sends upstream (must never show in logs or answers).
UPSTREAM_KEY = "sk-limner-test-9f8e7d6c5b4a"
HAS_TORCH = all(importlib.util.find_spec(m) is not None for m in ("torch", "diffusers", "transformers"))
needs_torch = pytest.mark.skipif(not HAS_TORCH, reason="extra `diffusion` not installed")
#: Where the diffusion tests run (scripts/gpu-check.sh sets ``cuda``).
DEVICE = os.environ.get("LIMNER_TEST_DIFFUSION_DEVICE", "cpu")


@pytest.fixture(scope="session")
def tiny_model(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not HAS_TORCH:
        pytest.skip("extra `diffusion` not installed")
    from tests.render_gen.tiny_pipeline import build_tiny_pipeline

    return build_tiny_pipeline(tmp_path_factory.mktemp("tiny") / "pipeline")


@pytest.fixture(scope="session")
def tiny_xl_model(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not HAS_TORCH:
        pytest.skip("extra `diffusion` not installed")
    from tests.render_gen.tiny_pipeline import build_tiny_xl_pipeline

    return build_tiny_xl_pipeline(tmp_path_factory.mktemp("tiny-xl") / "pipeline")


@pytest.fixture(scope="session")
def upstream(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    with running_server(tmp_path_factory.mktemp("upstream") / "data") as server:
        yield server


@pytest.fixture(scope="session")
def front(tmp_path_factory: pytest.TempPathFactory, upstream: Server) -> Iterator[Server]:
    """A Limner whose default renderer draws through ``upstream``'s OpenAI Images API."""
    # The settings go to the server's environment only: a session fixture that set os.environ
    # would change every test after it in this worker (LIMNER_RENDER_SLOTS=1 starved the fairness test).
    env = {
        "LIMNER_UPSTREAM_BASE_URL": f"{upstream.url}/v1",
        "LIMNER_UPSTREAM_API_KEY": UPSTREAM_KEY,
        "LIMNER_UPSTREAM_TIMEOUT": "60",
        "LIMNER_RENDER_SLOTS": "1",
    }
    data_dir = tmp_path_factory.mktemp("front") / "data"
    with running_server(data_dir, "--renderer", "openai-images", env=env) as server:
        yield server


@pytest.fixture(scope="session")
def diffusion_server(tmp_path_factory: pytest.TempPathFactory, tiny_model: Path) -> Iterator[Server]:
    env = {
        "LIMNER_DIFFUSION_MODEL": str(tiny_model),
        "LIMNER_DIFFUSION_DEVICE": DEVICE,
        "LIMNER_DIFFUSION_STEPS": "3",
        "LIMNER_RENDER_SLOTS": "1",
        "OMP_NUM_THREADS": "1",
    }
    with running_server(tmp_path_factory.mktemp("diffusion") / "data", env=env) as server:
        yield server
