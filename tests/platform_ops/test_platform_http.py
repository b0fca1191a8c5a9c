"""Accounts, keys, auth, metering, rate limits, quotas and idempotency: end to end over HTTP
against real ``limner serve`` processes, on SQLite and on PostgreSQL."""

from __future__ import annotations

import json
import threading
import time
from decimal import Decimal
from typing import Any

import httpx
import pytest

from tests.platform_ops.conftest import Backend, Server, limner, start_server, stop_server

pytestmark = pytest.mark.slow  # its files run first (tests/conftest.py)

GEN = {"prompt": "a red apple next to a blue cup", "size": "64x64"}


def _key(server: Server, tier: str = "build", **extra: Any) -> dict[str, Any]:
    with server.admin() as admin:
        response = admin.post("/v1/admin/keys", json={"tier": tier, **extra})
    assert response.status_code == 201, response.text
    return dict(response.json())


def _problem(response: httpx.Response, status: int, code: str) -> dict[str, Any]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    body = dict(response.json())
    assert body["code"] == code and body["status"] == status
    return body


def _ratelimit_headers(response: httpx.Response) -> None:
    for name in ("RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset"):
        assert response.headers[name].isdigit(), (name, response.headers)


def test_cli_keys_create_list_revoke_and_the_key_works(backend: Backend, servers: list[Server]) -> None:
    made = limner(backend, "keys", "create", "--tier", "build", "--name", "ci", "--json")
    assert made.returncode == 0, made.stderr
    key = json.loads(made.stdout)
    assert key["id"].startswith("key_") and key["tier"] == "build" and len(key["secret"]) > 30
    listed = limner(backend, "keys", "list", "--json")
    assert key["id"] in listed.stdout and key["secret"] not in listed.stdout  # stored hashed
    with servers[0].client(key["secret"]) as client:
        ok = client.get("/v1/usage")
        assert ok.status_code == 200 and ok.json()["images"] == 0
        _ratelimit_headers(ok)
    assert limner(backend, "keys", "revoke", key["id"]).returncode == 0
    with servers[1].client(key["secret"]) as client:
        _problem(client.get("/v1/usage"), 401, "unauthorized")


def test_auth_required_and_admin_guard(servers: list[Server]) -> None:
    server = servers[0]
    with server.client() as anonymous:
        response = anonymous.post("/v1/generate", json=GEN)
        _problem(response, 401, "unauthorized")
        _ratelimit_headers(response)
        _problem(anonymous.get("/v1/admin/keys"), 401, "unauthorized")
    with server.client("lk_not-a-real-key") as wrong:
        _problem(wrong.get("/v1/usage"), 401, "unauthorized")
    key = _key(server)
    with server.client(key["secret"]) as user:
        _problem(user.get("/v1/admin/keys"), 403, "forbidden")  # a user key is not the admin key (API.md)
    with server.admin() as admin:
        ids = [k["id"] for k in admin.get("/v1/admin/keys").json()["data"]]
        assert key["id"] in ids
        assert "secret" not in admin.get("/v1/admin/keys").text
        revoked = admin.delete(f"/v1/admin/keys/{key['id']}")
        assert revoked.status_code == 200 and revoked.json()["revoked"] is True
        _problem(admin.delete("/v1/admin/keys/key_nope"), 404, "not_found")
    with server.client(key["secret"]) as user:
        _problem(user.get("/v1/usage"), 401, "unauthorized")


def test_other_accounts_objects_answer_404(servers: list[Server]) -> None:
    a, b = _key(servers[0], "scale"), _key(servers[0], "scale")
    with servers[0].client(a["secret"]) as alice:
        generation = alice.post("/v1/generate", json=GEN).json()
    image = generation["images"][0]
    with servers[1].client(b["secret"]) as bob:
        for path in (
            f"/v1/generations/{generation['id']}",
            f"/v1/images/{image['id']}",
            f"/v1/plans/{generation['plan_id']}",
        ):
            body = _problem(bob.get(path), 404, "not_found")
            assert generation["id"] not in json.dumps(body) or path.endswith(generation["id"])
        assert (
            bob.post("/v1/generate", json={"plan_id": generation["plan_id"], "size": "64x64"}).status_code
            == 404
        )
    with servers[1].client(a["secret"]) as alice:
        assert alice.get(f"/v1/images/{image['id']}").status_code == 200


def test_metering_usage_equals_ledger_and_reconciles(backend: Backend, servers: list[Server]) -> None:
    key = _key(servers[0], "build")
    with servers[0].client(key["secret"]) as client:
        assert client.post("/v1/generate", json={**GEN, "n": 2}).json()["status"] == "succeeded"
        assert client.post("/v1/generate", json={**GEN, "size": "1024x1024"}).status_code == 200
        _problem(client.post("/v1/generate", json={**GEN, "n": 99}), 422, "invalid_request")  # 4xx: free
        usage = client.get("/v1/usage").json()
    assert usage["images"] == 3 and usage["currency"] == "USD"
    assert Decimal(usage["amount"]) == Decimal("0.0100") * 2 + Decimal("0.0200")
    assert sum(Decimal(i["amount"]) for i in usage["line_items"]) == Decimal(usage["amount"])
    assert {i["item"]: i["images"] for i in usage["line_items"]} == {
        "build image small": 2,
        "build image medium": 1,
    }
    with servers[1].client(key["secret"]) as client:
        assert client.get("/v1/usage", params={"end": 1}).json()["images"] == 0
    result = limner(backend, "billing", "reconcile", "--json")
    assert result.returncode == 0, result.stdout + result.stderr
    report = json.loads(result.stdout)
    assert report["ok"] and report["ledger_rows"] == report["billed_images"] >= 3


def test_rate_limits_hold_across_two_processes(servers: list[Server]) -> None:
    key = _key(servers[0], "build")  # LIMNER_RPM_BUILD=40 on both processes
    clients = [s.client(key["secret"]) for s in servers]
    started = time.monotonic()
    statuses = [clients[i % 2].get("/v1/usage") for i in range(46)]
    refilled = int((time.monotonic() - started) / 1.5)  # 40/min: one more request every 1.5 s
    allowed = [r for r in statuses if r.status_code == 200]
    limited = [r for r in statuses if r.status_code == 429]
    assert 40 <= len(allowed) <= 40 + refilled and len(allowed) + len(limited) == 46
    assert limited, "46 requests in a burst must exceed 40 per minute"
    body = _problem(limited[0], 429, "rate_limited")
    assert body["detail"]
    assert int(limited[0].headers["Retry-After"]) >= 1
    assert limited[0].headers["RateLimit-Remaining"] == "0"
    assert [r.headers["RateLimit-Remaining"] for r in allowed[:3]] == ["39", "38", "37"]
    for c in clients:
        c.close()


def test_images_per_minute_and_monthly_spend_cap(servers: list[Server]) -> None:
    key = _key(servers[0], "build")  # LIMNER_IPM_BUILD=20
    with servers[0].client(key["secret"]) as client:
        assert client.post("/v1/generate", json={**GEN, "n": 8}).status_code == 200
        assert client.post("/v1/generate", json={**GEN, "n": 8}).status_code == 200
        limited = client.post("/v1/generate", json={**GEN, "n": 8})
        _problem(limited, 429, "rate_limited")
        assert "Retry-After" in limited.headers
        assert client.get("/v1/usage").json()["images"] == 16
    capped = _key(servers[0], "build", monthly_cap="0.015")
    with servers[1].client(capped["secret"]) as client:
        assert client.post("/v1/generate", json=GEN).status_code == 200  # 0.01 spent
        assert client.post("/v1/generate", json=GEN).status_code == 200  # 0.02 ≥ cap now
        over = client.post("/v1/generate", json=GEN)
        _problem(over, 429, "quota_exceeded")
        assert int(over.headers["Retry-After"]) >= 1
        assert client.get("/v1/usage").json()["amount"] == "0.0200"  # reads still work


def test_idempotency_replays_conflicts_and_is_scoped_per_account(servers: list[Server]) -> None:
    a, b = _key(servers[0], "scale"), _key(servers[0], "scale")
    headers = {"Idempotency-Key": "order-42"}
    with servers[0].client(a["secret"]) as alice:
        first = alice.post("/v1/generate", json=GEN, headers=headers)
        assert first.status_code == 200 and "Idempotent-Replayed" not in first.headers
    with servers[1].client(a["secret"]) as alice:
        again = alice.post("/v1/generate", json=GEN, headers=headers)
        assert again.status_code == 200 and again.headers["Idempotent-Replayed"] == "true"
        assert again.json() == first.json()
        _ratelimit_headers(again)
        _problem(
            alice.post("/v1/generate", json={**GEN, "n": 2}, headers=headers), 409, "idempotency_conflict"
        )
        assert alice.get("/v1/usage").json()["images"] == 1  # charged once
    with servers[0].client(b["secret"]) as bob:  # same key, another account: its own request
        other = bob.post("/v1/generate", json=GEN, headers=headers)
        assert other.status_code == 200 and "Idempotent-Replayed" not in other.headers
        assert other.json()["id"] != first.json()["id"]


def test_concurrent_requests_with_one_idempotency_key(servers: list[Server]) -> None:
    key = _key(servers[0], "scale")
    headers = {"Idempotency-Key": "race-1", "Authorization": f"Bearer {key['secret']}"}
    answers: list[httpx.Response] = []

    def post(server: Server) -> None:
        answers.append(
            httpx.post(server.url + "/v1/generate", json={**GEN, "n": 4}, headers=headers, timeout=30)
        )

    threads = [threading.Thread(target=post, args=(servers[i % 2],)) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    ok = [r for r in answers if r.status_code == 200]
    assert ok and all(r.status_code in (200, 409) for r in answers)
    assert len({r.json()["id"] for r in ok}) == 1  # one ran; the others replayed it or got 409
    with servers[0].client(key["secret"]) as client:
        assert client.get("/v1/usage").json()["images"] == 4


def test_local_mode_keys(backend: Backend) -> None:
    server = start_server(backend, auth="local")
    try:
        with server.client() as anonymous:
            response = anonymous.get("/v1/usage")
            assert response.status_code == 200
            _ratelimit_headers(response)
        with server.client("lk_unknown-key") as wrong:  # a Limner-shaped key must be valid
            _problem(wrong.get("/v1/usage"), 401, "unauthorized")
        key = _key(server, "build")
        with server.client(key["secret"]) as user:
            assert user.post("/v1/generate", json=GEN).status_code == 200
            assert user.get("/v1/usage").json()["images"] == 1  # charged to the key's account
        with server.client() as anonymous:
            assert anonymous.get("/v1/usage").json()["images"] == 0  # not the local account
    finally:
        stop_server(server)
