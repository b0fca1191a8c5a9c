"""Fixtures for the explorer tests: a real Limner server that serves ``/explorer``, and Chromium.

The server is ``limner serve`` in a subprocess (or the one at ``LIMNER_EXPLORER_URL``). Should
the application not mount the explorer router (yet), the same application is built in-process
with ``create_app`` plus ``include_router(build_router())`` and served by uvicorn on a thread,
with a warning.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import threading
import time
import warnings
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

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


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def wait_healthy(url: str, alive: Callable[[], bool], timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if not alive():
            raise RuntimeError(f"the server at {url} stopped before it became healthy")
        try:
            if httpx.get(f"{url}/healthz", timeout=1).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.1)
    raise RuntimeError(f"the server at {url} did not become healthy within {timeout:.0f} s")


@dataclass
class ExplorerServer:
    url: str
    mode: str  # "subprocess" (limner serve), "in-process" (create_app + include_router) or "external"


def _serve_subprocess(data_dir: Path, log_path: Path) -> tuple[str, subprocess.Popen[bytes]]:
    port = free_port()
    with open(log_path, "wb") as log:
        process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "limner.cli.main",
                "serve",
                "--port",
                str(port),
                "--data-dir",
                str(data_dir),
            ],
            stdout=log,
            stderr=subprocess.STDOUT,
            env={**os.environ, "PYTHONUNBUFFERED": "1"},
        )
    url = f"http://127.0.0.1:{port}"
    try:
        wait_healthy(url, lambda: process.poll() is None)
    except RuntimeError as error:
        _stop(process)
        raise RuntimeError(f"{error}; log: {log_path.read_text(errors='replace')[-2000:]}") from error
    return url, process


def _stop(process: subprocess.Popen[bytes]) -> None:
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


@pytest.fixture(scope="module")
def explorer_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ExplorerServer]:
    running = os.environ.get("LIMNER_EXPLORER_URL")
    if running:  # an already running server, e.g. a deployment to smoke-test
        yield ExplorerServer(running.rstrip("/"), "external")
        return
    root = tmp_path_factory.mktemp("explorer")
    url, process = _serve_subprocess(root / "data", root / "serve.log")
    if httpx.get(f"{url}/explorer", timeout=5).status_code == 200:
        yield ExplorerServer(url, "subprocess")
        _stop(process)
        return
    _stop(process)

    import uvicorn

    from limner.config import Settings
    from limner.server.app import create_app
    from limner.server.explorer import build_router

    warnings.warn(
        "create_app() does not mount the explorer: testing create_app + include_router(build_router())",
        stacklevel=1,
    )
    port = free_port()
    app = create_app(Settings(data_dir=root / "data-inprocess", host="127.0.0.1", port=port, auth="local"))
    app.include_router(build_router())
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, name="explorer-uvicorn", daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{port}"
    try:
        wait_healthy(url, thread.is_alive)
        yield ExplorerServer(url, "in-process")
    finally:
        server.should_exit = True
        thread.join(timeout=10)


@pytest.fixture(scope="module")
def chromium_path() -> str:
    # `make test` installs both; a missing one is a broken set-up, never a reason to skip.
    import playwright.sync_api  # noqa: F401

    if not shutil.which(CHROMIUM):
        pytest.fail(f"no Chromium at {CHROMIUM} (apt-get install chromium, or set LIMNER_CHROMIUM)")
    return CHROMIUM
