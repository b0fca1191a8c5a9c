"""Real servers over HTTP on loopback, on SQLite and on a real PostgreSQL server.

``postgres_server`` (session) runs the Debian ``postgresql`` package's ``initdb``/``postgres`` as
the ``postgres`` user in a temporary directory, on a free loopback port. ``backend`` parametrizes
every platform test over ``sqlite`` and ``postgres``; each test gets a fresh database.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import psycopg
import pytest

ADMIN_KEY = "admin-test-secret-0123456789"
STARTUP_S = 60.0  # a wait, not a limit: a loaded machine starts servers slowly
SERVE = (sys.executable, "-m", "limner.cli.main", "serve")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _pg_bin(name: str) -> str:
    found = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))
    if not found:
        raise RuntimeError(f"PostgreSQL's {name} is missing: apt-get install postgresql")
    return found[-1]


@dataclass
class Postgres:
    port: int

    def url(self, database: str) -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{database}"

    def create_database(self) -> str:
        name = "t_" + uuid.uuid4().hex[:12]
        with psycopg.connect(
            f"host=127.0.0.1 port={self.port} user=postgres dbname=postgres", autocommit=True
        ) as c:
            c.execute(f"CREATE DATABASE {name}")
        return self.url(name)


def _as_postgres(*argv: str) -> list[str]:
    return ["runuser", "-u", "postgres", "--", *argv] if os.geteuid() == 0 else list(argv)


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[Postgres]:
    root = Path(tempfile.mkdtemp(prefix="limner-pg-"))
    data = root / "data"
    if os.geteuid() == 0:
        shutil.chown(root, "postgres", "postgres")
    subprocess.run(
        _as_postgres(_pg_bin("initdb"), "-D", str(data), "-U", "postgres", "--auth=trust", "-E", "UTF8"),
        check=True,
        capture_output=True,
    )
    port = free_port()
    process = subprocess.Popen(
        _as_postgres(
            _pg_bin("postgres"),
            "-D",
            str(data),
            "-p",
            str(port),
            "-c",
            "listen_addresses=127.0.0.1",
            "-c",
            f"unix_socket_directories={root}",
            "-c",
            "fsync=off",
            "-c",
            "max_connections=200",
        ),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + STARTUP_S
        while True:
            try:
                psycopg.connect(f"host=127.0.0.1 port={port} user=postgres dbname=postgres").close()
                break
            except psycopg.OperationalError:
                if time.monotonic() > deadline or process.poll() is not None:
                    raise
                time.sleep(0.1)
        yield Postgres(port)
    finally:
        process.terminate()
        process.wait(timeout=30)
        shutil.rmtree(root, ignore_errors=True)


@dataclass
class Backend:
    name: str
    data_dir: Path
    database_url: str | None
    env: dict[str, str] = field(default_factory=dict)

    def environ(self, **extra: str) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith("LIMNER_")}
        env["LIMNER_ADMIN_KEY"] = ADMIN_KEY
        if self.database_url:
            env["LIMNER_DATABASE_URL"] = self.database_url
        env.update(self.env)
        env.update(extra)
        return env


@pytest.fixture(scope="module", params=["sqlite", "postgres"])
def backend(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Backend:
    tmp_path = tmp_path_factory.mktemp(request.param)
    url = None
    if request.param == "postgres":
        pg: Postgres = request.getfixturevalue("postgres_server")
        url = pg.create_database()
    return Backend(request.param, tmp_path / "data", url)


def limner(backend: Backend, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "limner.cli.main", *args, "--data-dir", str(backend.data_dir)],
        env=backend.environ(**env),
        capture_output=True,
        text=True,
        timeout=60,
    )


@dataclass
class Server:
    url: str
    process: subprocess.Popen[bytes]

    def client(self, secret: str | None = None) -> httpx.Client:
        headers = {"Authorization": f"Bearer {secret}"} if secret else {}
        return httpx.Client(base_url=self.url, headers=headers, timeout=30)

    def admin(self) -> httpx.Client:
        return self.client(ADMIN_KEY)


def start_server(backend: Backend, auth: str = "required", **env: str) -> Server:
    port = free_port()
    process = subprocess.Popen(
        [*SERVE, "--port", str(port), "--auth", auth, "--data-dir", str(backend.data_dir)],
        env=backend.environ(**env),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + STARTUP_S
    while True:
        try:
            if httpx.get(url + "/healthz", timeout=1).status_code == 200:
                return Server(url, process)
        except httpx.HTTPError:
            pass
        if process.poll() is not None or time.monotonic() > deadline:
            process.kill()
            raise RuntimeError(f"limner serve did not start (exit {process.poll()})")
        time.sleep(0.05)


def stop_server(server: Server) -> None:
    server.process.terminate()
    try:
        server.process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        server.process.kill()
        server.process.wait(timeout=10)


@pytest.fixture(scope="module")
def servers(backend: Backend) -> Iterator[list[Server]]:
    """Two API processes on one database (limits must hold across them)."""
    env = {"LIMNER_RPM_BUILD": "40", "LIMNER_IPM_BUILD": "20", "LIMNER_WEBHOOKS_ALLOW_LOOPBACK": "1"}
    first = start_server(backend, **env)
    try:
        second = start_server(backend, **env)
    except BaseException:
        stop_server(first)
        raise
    try:
        yield [first, second]
    finally:
        stop_server(first)
        stop_server(second)


def start_worker(backend: Backend, **env: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "limner.cli.main", "worker", "--data-dir", str(backend.data_dir)],
        env=backend.environ(**env),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
