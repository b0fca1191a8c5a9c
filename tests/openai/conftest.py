"""A real ``limner serve`` subprocess on a free loopback port, shared by this folder's tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.serving import running_server


@pytest.fixture(scope="session")
def server_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    # Edits may name image URLs on loopback (the tests serve pictures from 127.0.0.1).
    loopback = {"LIMNER_IMAGE_URLS_ALLOW_LOOPBACK": "1"}
    with running_server(tmp_path_factory.mktemp("openai") / "data", env=loopback) as server:
        yield server.url
