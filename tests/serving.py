"""One way to run a real ``limner serve`` subprocess on a free loopback port, for every test folder,
and one way to serve a test's own HTTP handler (an upstream, a webhook receiver, a page) beside it."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx

STARTUP_SECONDS = 60.0


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def limner_command() -> list[str]:
    return [sys.executable, "-m", "limner.cli.main"]


@dataclass
class Server:
    url: str
    data_dir: Path
    log: Path
    process: subprocess.Popen[bytes]

    def client(self, timeout: float = 60) -> httpx.Client:
        return httpx.Client(base_url=self.url, timeout=timeout)


def start_server(data_dir: Path, *extra: str, env: Mapping[str, str] | None = None) -> Server:
    """``limner serve`` on ``data_dir``; its output goes to a log file beside it. ``env`` adds to
    the server's environment only: a test must not change ``os.environ`` for the tests after it."""
    port = free_port()
    log = data_dir.parent / f"serve-{port}.log"
    with log.open("wb") as sink:
        process = subprocess.Popen(
            [*limner_command(), "serve", "--port", str(port), "--data-dir", str(data_dir), *extra],
            stdout=sink,
            stderr=subprocess.STDOUT,
            env={**os.environ, "PYTHONUNBUFFERED": "1", **(env or {})},
        )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + STARTUP_SECONDS
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"limner serve exited with {process.returncode}:\n{log.read_text()[-4000:]}")
        try:
            if httpx.get(f"{url}/healthz", timeout=1).status_code == 200:
                return Server(url, data_dir, log, process)
        except httpx.HTTPError:
            time.sleep(0.1)
    process.kill()
    tail = log.read_text()[-4000:]
    raise RuntimeError(f"limner serve was not healthy within {STARTUP_SECONDS:g} s:\n{tail}")


def stop_server(server: Server) -> None:
    server.process.terminate()
    try:
        server.process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        server.process.kill()
        server.process.wait()


@contextmanager
def running_server(data_dir: Path, *extra: str, env: Mapping[str, str] | None = None) -> Iterator[Server]:
    server = start_server(data_dir, *extra, env=env)
    try:
        yield server
    finally:
        stop_server(server)


@contextmanager
def serving_handler(handler: Callable[..., BaseHTTPRequestHandler]) -> Iterator[str]:
    """``handler`` served by a threaded HTTP server on a free loopback port; yields its base URL
    (``http://127.0.0.1:PORT``) and stops the server on exit."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
