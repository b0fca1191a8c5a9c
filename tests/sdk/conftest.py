"""One real ``limner serve`` subprocess shared by every SDK test (Python, TypeScript and Go)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.serving import Server, running_server


@pytest.fixture(scope="session")
def sdk_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    with running_server(tmp_path_factory.mktemp("sdk-server") / "data") as server:
        yield server
