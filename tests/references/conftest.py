"""A real service (built-in reasoner and renderer) on a temporary data dir, and its HTTP app."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from limner.config import Settings
from limner.platform.service import LimnerService
from limner.reason import BuiltinReasoner
from limner.render.registry import default_registry
from limner.server.app import create_app


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(data_dir=tmp_path / "data", database_url=None)


@pytest.fixture
def service(settings: Settings) -> Iterator[LimnerService]:
    with LimnerService.open(settings, reasoner=BuiltinReasoner(), renderers=default_registry()) as opened:
        yield opened


@pytest.fixture
def client(settings: Settings, service: LimnerService) -> Iterator[TestClient]:
    with TestClient(create_app(settings, service), raise_server_exceptions=False) as test_client:
        yield test_client
