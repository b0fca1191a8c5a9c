"""A small fault suite (issue 15, part 3): a locked database, a full disk and kill -9 during
uploads, async jobs and keyed requests. A caller gets a problem it can act on (503/507 with
``Retry-After``), never a 500 or SQLite's own words, and the store is never corrupted."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient

from limner.config import Settings
from limner.platform import db as platform_db
from tests.hardening.conftest import open_client
from tests.hardening.uploads import noisy_png, padded_png
from tests.serving import Server, start_server, stop_server

pytestmark = pytest.mark.slow  # its files run first (tests/conftest.py)


def _integrity(data_dir: Path) -> None:
    """The SQLite store is intact and every stored reference's blob exists."""
    with sqlite3.connect(data_dir / "limner.db") as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        rows = connection.execute('SELECT sha256, format FROM "references"').fetchall()
    for sha256, fmt in rows:
        assert (data_dir / "blobs" / sha256[:2] / sha256[2:4] / f"{sha256}.{fmt}").is_file()


# --- a locked database ---------------------------------------------------------------------------


@pytest.fixture
def short_busy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[TestClient, Path]]:
    monkeypatch.setattr(platform_db, "SQLITE_BUSY_TIMEOUT_MS", 300)
    data = tmp_path / "data"
    for client, _service in open_client(Settings(data_dir=data, database_url=None)):
        yield client, data


def test_a_database_locked_by_another_program_is_503_not_500(short_busy: tuple[TestClient, Path]) -> None:
    client, data = short_busy
    assert client.post("/v1/reason", json={"prompt": "a cat", "size": "64x64"}).status_code == 200
    other = sqlite3.connect(data / "limner.db", timeout=0, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")  # another program holds the write lock past the busy timeout
    try:
        response = client.post("/v1/reason", json={"prompt": "a dog", "size": "64x64"})
        assert response.status_code == 503, response.text
        assert response.json()["code"] == "storage_busy"
        assert "locked" not in response.text and response.headers["Retry-After"].isdigit()
        openai = client.post("/v1/images/generations", json={"prompt": "a dog", "size": "64x64"})
        assert openai.status_code == 503 and "error" in openai.json()
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert client.post("/v1/reason", json={"prompt": "a dog", "size": "64x64"}).status_code == 200


# --- a full disk ---------------------------------------------------------------------------------


@pytest.fixture
def tiny_disk(tmp_path: Path) -> Iterator[Path]:
    """A 20 MB tmpfs (root only; skipped where mounting is not permitted)."""
    mount = tmp_path / "tiny"
    mount.mkdir()
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a tmpfs needs root")
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=20m", "tmpfs", str(mount)], capture_output=True
    )
    if done.returncode != 0:
        pytest.skip(f"mount is not permitted here: {done.stderr.decode(errors='replace').strip()}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], capture_output=True, check=False)


def test_a_full_disk_gives_507_and_never_corrupts_the_store(tiny_disk: Path) -> None:
    data = tiny_disk / "data"
    server = start_server(data)
    statuses: list[int] = []
    try:
        with server.client() as client:
            kept = client.post(
                "/v1/references", files={"file": ("a.png", padded_png(64, 64, 2000), "image/png")}
            )
            assert kept.status_code == 201, kept.text
            for i in range(12):  # distinct 2.4 MB images until the disk is full
                image = noisy_png(900, 900, seed=i)
                response = client.post("/v1/references", files={"file": (f"{i}.png", image, "image/png")})
                statuses.append(response.status_code)
                assert response.status_code in (201, 503, 507), response.text
                if response.status_code == 507:
                    problem = response.json()
                    assert problem["code"] == "insufficient_storage" and "Retry-After" in response.headers
                generated = client.post("/v1/generate", json={"prompt": "a red ball", "size": "512x512"})
                assert generated.status_code in (200, 503, 507), generated.text
            again = client.get(f"/v1/references/{kept.json()['id']}")
            assert again.status_code == 200
    finally:
        stop_server(server)
    _integrity(data)
    print(f"\nfull disk: upload statuses {statuses}")
    assert 507 in statuses, statuses  # 20 MB cannot hold twelve distinct 2.4 MB images


# --- kill -9 -------------------------------------------------------------------------------------


def _restart(server: Server, *extra: str) -> Server:
    server.process.kill()
    server.process.wait()
    return start_server(server.data_dir, *extra)


def test_kill_9_during_uploads_leaves_a_consistent_store(tmp_path: Path) -> None:
    data = tmp_path / "data"
    image = padded_png(1200, 900, 6_000_000)
    server = start_server(data)
    try:

        def upload(i: int) -> int:
            try:
                with httpx.Client(base_url=server.url, timeout=60) as c:
                    return c.post(
                        "/v1/references", files={"file": (f"{i}.png", image, "image/png")}
                    ).status_code
            except httpx.HTTPError:
                return 0  # the server died mid-request

        with ThreadPoolExecutor(8) as pool:
            futures = [pool.submit(upload, i) for i in range(8)]
            time.sleep(0.6)
            server = _restart(server)
            results = [f.result() for f in futures]
        assert all(code in (0, 201) for code in results), results
        with server.client() as client:
            after = client.post("/v1/references", files={"file": ("x.png", image, "image/png")})
            assert after.status_code == 201, after.text
    finally:
        stop_server(server)
    _integrity(data)


def test_kill_9_during_async_jobs_finishes_every_job_after_restart(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LIMNER_JOB_LEASE_S", "2")
    server = start_server(tmp_path / "data")
    try:
        with server.client() as client:
            jobs = [
                client.post(
                    "/v1/generate", json={"prompt": f"{i} red balls", "size": "512x512", "async": True}
                ).json()["id"]
                for i in range(1, 5)
            ]
        time.sleep(0.5)
        server = _restart(server)
        deadline = time.monotonic() + 60
        with server.client() as client:
            states: dict[str, str] = {}
            while time.monotonic() < deadline:
                states = {j: client.get(f"/v1/generations/{j}").json()["status"] for j in jobs}
                if all(s in ("succeeded", "failed", "canceled") for s in states.values()):
                    break
                time.sleep(0.5)
            assert set(states.values()) == {"succeeded"}, states
            usage = client.get("/v1/usage").json()
            assert usage["images"] == len(jobs)  # each charged once, none lost or doubled
    finally:
        stop_server(server)
    _integrity(tmp_path / "data")


def test_kill_9_during_a_keyed_request_lets_the_retry_run(tmp_path: Path) -> None:
    server = start_server(tmp_path / "data")
    body = {"prompt": "a red ball next to a blue cup", "size": "2048x2048", "n": 4}
    headers = {"Idempotency-Key": "crash-1"}
    try:
        started = threading.Event()

        def keyed() -> int:
            try:
                with httpx.Client(base_url=server.url, timeout=120) as c:
                    started.set()
                    return c.post("/v1/generate", json=body, headers=headers).status_code
            except httpx.HTTPError:
                return 0

        with ThreadPoolExecutor(1) as pool:
            first = pool.submit(keyed)
            started.wait(5)
            time.sleep(1.0)  # claimed and rendering
            server = _restart(server)
            assert first.result() == 0
        with server.client() as client:
            retry = client.post("/v1/generate", json=body, headers=headers)
            assert retry.status_code == 200, retry.text  # not 409 "still running" for minutes
            replay = client.post("/v1/generate", json=body, headers=headers)
            assert replay.headers.get("Idempotent-Replayed") == "true", replay.text
    finally:
        stop_server(server)
    _integrity(tmp_path / "data")
