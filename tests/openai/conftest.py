"""A real ``limner serve`` subprocess on a free loopback port, shared by this folder's tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.serving import running_server


@pytest.fixture(scope="session")
def server_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with running_server(tmp_path_factory.mktemp("openai") / "data") as server:
        yield server.url
