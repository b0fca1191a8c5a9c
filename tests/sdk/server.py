"""Start and stop a real ``limner serve`` subprocess on a free loopback port."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx

STARTUP_SECONDS = 60.0


@dataclass(frozen=True)
class SdkServer:
    url: str
    data_dir: Path
    log: Path


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _healthy(url: str) -> bool:
    try:
        return httpx.get(f"{url}/healthz", timeout=1.0).status_code == 200
    except httpx.HTTPError:
        return False


def _wait_healthy(url: str, process: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + STARTUP_SECONDS
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"limner serve exited with {process.returncode}:\n{log.read_text()[-4000:]}")
        if _healthy(url):
            return
        time.sleep(0.1)
    raise RuntimeError(
        f"limner serve was not healthy within {STARTUP_SECONDS:g} s:\n{log.read_text()[-4000:]}"
    )


@contextmanager
def running_server(root: Path) -> Iterator[SdkServer]:
    """``python -m limner.cli.main serve`` with a fresh ``--data-dir`` under ``root``; stopped on exit."""
    data_dir, log = root / "data", root / "serve.log"
    port = _free_port()
    command = [
        sys.executable,
        "-m",
        "limner.cli.main",
        "serve",
        "--port",
        str(port),
        "--data-dir",
        str(data_dir),
    ]
    with log.open("wb") as sink:
        process = subprocess.Popen(
            command, stdout=sink, stderr=subprocess.STDOUT, env={**os.environ, "PYTHONUNBUFFERED": "1"}
        )
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_healthy(url, process, log)
        yield SdkServer(url=url, data_dir=data_dir, log=log)
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
