"""Async jobs over HTTP: 202 + Location, polling, SSE events, cancel, workers in other processes,
signed webhooks with retries and a delivery log; on SQLite and PostgreSQL."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import pytest

from limner.platform.webhooks import verify
from tests.platform_ops.conftest import Backend, Server, start_server, start_worker, stop_server

pytestmark = pytest.mark.slow  # its files run first (tests/conftest.py)

GEN = {"prompt": "a red apple next to a blue cup", "size": "64x64"}


def _key(server: Server, tier: str = "scale") -> dict[str, Any]:
    with server.admin() as admin:
        response = admin.post("/v1/admin/keys", json={"tier": tier})
    assert response.status_code == 201, response.text
    return dict(response.json())


def wait_for(client: httpx.Client, generation_id: str, timeout_s: float = 90) -> dict[str, Any]:
    deadline = time.monotonic() + timeout_s
    while True:
        body = dict(client.get(f"/v1/generations/{generation_id}").json())
        if body["status"] in ("succeeded", "failed", "canceled") or time.monotonic() > deadline:
            return body
        time.sleep(0.05)


class Hooks:
    """A loopback webhook receiver that fails the first ``fail_first`` deliveries with 500."""

    def __init__(self, fail_first: int) -> None:
        self.received: list[tuple[dict[str, str], bytes]] = []
        self.fail_first = fail_first
        hooks = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers["Content-Length"]))
                hooks.received.append((dict(self.headers.items()), body))
                self.send_response(500 if len(hooks.received) <= hooks.fail_first else 200)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, format: str, *args: Any) -> None:
                return

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hook"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def hooks() -> Iterator[Hooks]:
    receiver = Hooks(fail_first=1)
    yield receiver
    receiver.close()


def test_async_job_events_and_signed_webhook_with_retry(servers: list[Server], hooks: Hooks) -> None:
    key = _key(servers[0])
    with servers[0].client(key["secret"]) as client:
        accepted = client.post("/v1/generate", json={**GEN, "n": 2, "async": True, "webhook_url": hooks.url})
        assert accepted.status_code == 202, accepted.text
        job = accepted.json()
        assert accepted.headers["Location"] == f"/v1/generations/{job['id']}"
        assert job["status"] in ("queued", "running", "succeeded")
        with client.stream("GET", f"/v1/generations/{job['id']}/events") as events:
            assert events.headers["content-type"].startswith("text/event-stream")
            names = [line.split(": ", 1)[1] for line in events.iter_lines() if line.startswith("event: ")]
        assert names[-1] == "succeeded" and len(names) == len(set(names))
        done = wait_for(client, job["id"])
        assert done["status"] == "succeeded" and len(done["images"]) == 2
        assert client.get(done["images"][0]["url"]).status_code == 200
        assert client.get("/v1/usage").json()["images"] == 2
    deadline = time.monotonic() + 10
    while len(hooks.received) < 2 and time.monotonic() < deadline:
        time.sleep(0.05)
    assert len(hooks.received) == 2  # a 500, then the retry that succeeded
    headers, body = hooks.received[-1]
    assert verify(key["webhook_secret"], body, headers["Limner-Signature"])
    assert not verify("whsec_wrong", body, headers["Limner-Signature"])
    assert json.loads(body)["id"] == job["id"] and json.loads(body)["status"] == "succeeded"
    with servers[1].client(_key(servers[1])["secret"]) as other:  # another account: 404
        assert other.get(f"/v1/generations/{job['id']}").status_code == 404
        assert other.post(f"/v1/generations/{job['id']}/cancel").status_code == 404
        assert other.get(f"/v1/generations/{job['id']}/events").status_code == 404


def test_webhook_urls_are_checked_against_ssrf(servers: list[Server]) -> None:
    key = _key(servers[0])
    with servers[0].client(key["secret"]) as client:
        for url in ("http://10.0.0.1/x", "http://169.254.169.254/latest", "http://[64:ff9b::a00:1]/x"):
            response = client.post("/v1/generate", json={**GEN, "async": True, "webhook_url": url})
            assert response.status_code == 422 and response.json()["param"] == "webhook_url", url


def test_cancel_a_queued_job_and_workers_in_other_processes(
    backend: Backend, request: pytest.FixtureRequest, tmp_path: Path
) -> None:
    # A database of its own: the module's `servers` run embedded workers that would claim the jobs.
    url = request.getfixturevalue("postgres_server").create_database() if backend.database_url else None
    backend = Backend(backend.name, tmp_path / "data", url)
    server = start_server(backend, LIMNER_WORKERS="0")  # no embedded workers: jobs wait
    try:
        key = _key(server)
        with server.client(key["secret"]) as client:
            first = client.post("/v1/generate", json={**GEN, "async": True}).json()
            second = client.post("/v1/generate", json={**GEN, "async": True}).json()
            canceled = client.post(f"/v1/generations/{first['id']}/cancel")
            assert canceled.status_code == 200 and canceled.json()["status"] == "canceled"
            assert client.get(f"/v1/generations/{second['id']}").json()["status"] == "queued"
            workers = [start_worker(backend), start_worker(backend)]
            try:
                assert wait_for(client, second["id"])["status"] == "succeeded"
                assert client.get(f"/v1/generations/{first['id']}").json()["status"] == "canceled"
                again = client.post(f"/v1/generations/{second['id']}/cancel").json()
                assert again["status"] == "succeeded"  # already finished: answered as it is
                assert client.get("/v1/usage").json()["images"] == 1  # the canceled job costs nothing
            finally:
                for worker in workers:
                    worker.kill()
                    worker.wait()
    finally:
        stop_server(server)
