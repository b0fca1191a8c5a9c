"""The real ASGI app in-process (local and required auth), and a plan body to poison."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from limner.config import Settings
from limner.platform.service import LimnerService
from limner.reason import BuiltinReasoner
from limner.render.builtin import BuiltinRenderer
from limner.render.registry import RendererRegistry
from limner.server.app import create_app

ADMIN_KEY = "admin-hardening-secret-0123456789"


def open_client(settings: Settings) -> Iterator[tuple[TestClient, LimnerService]]:
    registry = RendererRegistry([("builtin", BuiltinRenderer)])
    service = LimnerService.open(settings, reasoner=BuiltinReasoner(), renderers=registry)
    with service, TestClient(create_app(settings, service), raise_server_exceptions=False) as client:
        yield client, service


@pytest.fixture
def local(tmp_path: Path) -> Iterator[tuple[TestClient, LimnerService]]:
    yield from open_client(Settings(data_dir=tmp_path / "data", database_url=None, admin_key=ADMIN_KEY))


@pytest.fixture
def client(local: tuple[TestClient, LimnerService]) -> TestClient:
    return local[0]


@pytest.fixture
def required(tmp_path: Path) -> Iterator[TestClient]:
    settings = Settings(
        data_dir=tmp_path / "data",
        database_url=None,
        auth="required",
        admin_key=ADMIN_KEY,
        ipm_build=120,
        render_slots=2,  # explicit: LIMNER_RENDER_SLOTS from the environment must not change the tests
        render_wait_s=1.0,
    )
    for client, _service in open_client(settings):
        yield client


def admin_headers() -> dict[str, str]:
    return {"Authorization": f"Bearer {ADMIN_KEY}"}


def new_key(client: TestClient, tier: str = "build") -> str:
    response = client.post("/v1/admin/keys", json={"tier": tier}, headers=admin_headers())
    assert response.status_code == 201, response.text
    secret: str = response.json()["secret"]
    return secret


def small_plan(client: TestClient) -> dict[str, Any]:
    response = client.post("/v1/reason", json={"prompt": "a red ball on a table", "size": "128x128"})
    assert response.status_code == 200, response.text
    plan: dict[str, Any] = response.json()
    return plan
