"""End-to-end fixtures: a real ``limner serve`` subprocess on a free loopback port."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from tests.serving import Server, running_server


@pytest.fixture(scope="session")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    with running_server(tmp_path_factory.mktemp("e2e") / "data") as running:
        yield running


@pytest.fixture
def client(server: Server) -> Iterator[httpx.Client]:
    with server.client() as c:
        yield c
