"""Fixtures for the explorer tests: a real Limner server that serves ``/explorer``, and Chromium.

The server is ``limner serve`` in a subprocess, or the one at ``LIMNER_EXPLORER_URL``.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from dataclasses import dataclass

import pytest

from tests.serving import running_server

CHROMIUM = os.environ.get("LIMNER_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]


@dataclass
class ExplorerServer:
    url: str
    mode: str  # "subprocess" (limner serve) or "external"


@pytest.fixture(scope="module")
def explorer_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ExplorerServer]:
    running = os.environ.get("LIMNER_EXPLORER_URL")
    if running:  # an already running server, e.g. a deployment to smoke-test
        yield ExplorerServer(running.rstrip("/"), "external")
        return
    with running_server(tmp_path_factory.mktemp("explorer") / "data") as server:
        yield ExplorerServer(server.url, "subprocess")


@pytest.fixture(scope="module")
def chromium_path() -> str:
    # `make test` installs both; a missing one is a broken set-up, never a reason to skip.
    import playwright.sync_api  # noqa: F401

    if not shutil.which(CHROMIUM):
        pytest.fail(f"no Chromium at {CHROMIUM} (apt-get install chromium, or set LIMNER_CHROMIUM)")
    return CHROMIUM
