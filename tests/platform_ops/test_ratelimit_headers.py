"""Every ``/v1/*`` answer carries ``RateLimit-*``: also the early ones, the body limit's 413
(declared or streamed) and the access checks' 401, 409, 422 and quota 429."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from tests.platform_ops.conftest import Backend, Server, start_server, stop_server

RPM = 500
LIMIT_BYTES = 1_000_000  # Settings.max_body_bytes
HEADERS = ("RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset")


@pytest.fixture(scope="module")
def server(backend: Backend) -> Iterator[Server]:
    started = start_server(backend, LIMNER_RPM_BUILD=str(RPM))
    yield started
    stop_server(started)


def _key(server: Server, **extra: str) -> str:
    with server.admin() as admin:
        response = admin.post("/v1/admin/keys", json={"tier": "build", **extra})
    assert response.status_code == 201, response.text
    return str(response.json()["secret"])


def _limited(response: httpx.Response, status: int, limit: int = RPM) -> int:
    assert response.status_code == status, response.text
    assert all(h in response.headers for h in HEADERS), dict(response.headers)
    assert int(response.headers["RateLimit-Limit"]) == limit
    assert int(response.headers["RateLimit-Reset"]) >= 0
    assert response.headers["Content-Type"].startswith("application/problem+json") or status < 400
    return int(response.headers["RateLimit-Remaining"])


def test_too_large_bodies_carry_the_callers_ratelimit_headers(server: Server) -> None:
    with server.client(_key(server)) as client:
        before = _limited(client.get("/v1/usage"), 200)
        declared = client.post(
            "/v1/generate", content=b" " * (LIMIT_BYTES + 1), headers={"Content-Type": "application/json"}
        )
        after_declared = _limited(declared, 413)
        assert declared.json()["code"] == "payload_too_large"

        def chunks() -> Iterator[bytes]:
            for _ in range(5):
                yield b" " * (LIMIT_BYTES // 4)

        streamed = client.post("/v1/reason", content=chunks(), headers={"Content-Type": "application/json"})
        assert "content-length" not in streamed.request.headers
        after_streamed = _limited(streamed, 413)
        assert after_streamed <= after_declared <= before  # a 413 still counts as a request


def test_other_early_answers_carry_them_too(server: Server) -> None:
    secret = _key(server)
    with server.client(secret) as client:
        first = client.post("/v1/reason", json={"prompt": "a cat"}, headers={"Idempotency-Key": "k1"})
        _limited(first, 200)
        conflict = client.post("/v1/reason", json={"prompt": "a dog"}, headers={"Idempotency-Key": "k1"})
        _limited(conflict, 409)
        too_long = client.post("/v1/reason", json={"prompt": "a dog"}, headers={"Idempotency-Key": "k" * 256})
        _limited(too_long, 422)
        _limited(client.get("/v1/generations/gen_missing"), 404)
    with server.client(_key(server, monthly_cap="0")) as capped:
        _limited(capped.post("/v1/reason", json={"prompt": "a cat"}), 429)
    with server.client("lim_not_a_real_key") as stranger:
        unknown = stranger.get("/v1/usage")
        assert unknown.status_code == 401 and all(h in unknown.headers for h in HEADERS)
