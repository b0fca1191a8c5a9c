"""The real ASGI app, in-process, on a temporary data dir.

The app runs with the real engines (``limner.reason.BuiltinReasoner`` and the built-in renderer)
when they are installed; ``LIMNER_TEST_DOUBLES=1`` (or their absence) swaps in the platform's
test doubles so that the transport can be tested on its own.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from limner.config import Settings
from limner.platform.service import LimnerService
from limner.reason.base import Reasoner
from limner.render.registry import RendererRegistry, default_registry
from limner.server.app import create_app
from tests.platform.doubles import BoxesRenderer, FailingRenderer, WordsReasoner

MAX_BODY = 64_000


def _importable(module: str, name: str) -> bool:
    if os.environ.get("LIMNER_TEST_DOUBLES") == "1":
        return False
    try:
        return hasattr(importlib.import_module(module), name)
    except ImportError:
        return False


def real_reasoner_available() -> bool:
    return _importable("limner.reason", "BuiltinReasoner")


def real_renderer_available() -> bool:
    return _importable("limner.render.builtin", "BuiltinRenderer")


def real_engines_available() -> bool:
    return real_reasoner_available() and real_renderer_available()


def engines() -> tuple[Reasoner, RendererRegistry]:
    """The real engines where installed (each on its own), else the test doubles."""
    reasoner: Reasoner
    if real_reasoner_available():
        reasoner = importlib.import_module("limner.reason").BuiltinReasoner()
    else:
        reasoner = WordsReasoner()
    registry = (
        default_registry() if real_renderer_available() else RendererRegistry([("builtin", BoxesRenderer)])
    )
    registry.register("failing", lambda: FailingRenderer(succeed=1))
    return reasoner, registry


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(data_dir=tmp_path / "data", database_url=None, max_body_bytes=MAX_BODY)


@pytest.fixture
def service(settings: Settings) -> Iterator[LimnerService]:
    reasoner, registry = engines()
    with LimnerService.open(settings, reasoner=reasoner, renderers=registry) as opened:
        yield opened


@pytest.fixture
def app(settings: Settings, service: LimnerService) -> FastAPI:
    return create_app(settings, service)


@pytest.fixture
def client(app: FastAPI) -> Iterator[TestClient]:
    with TestClient(app, raise_server_exceptions=False) as test_client:
        yield test_client
