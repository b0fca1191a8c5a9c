"""Issue 15 defect 8: a claim on an ``Idempotency-Key`` whose owner is gone (killed: no release)
is taken over by the retry; while the owner really runs, 409 carries ``Retry-After``."""

from __future__ import annotations

import subprocess
import sys
import time

from fastapi.testclient import TestClient

from limner.platform.accounts_tables import IdempotencyRow
from limner.platform.idempotency import LEASE_S, Idempotency, fingerprint, new_owner
from limner.platform.service import LimnerService
from limner.platform.tables import LOCAL_ACCOUNT

BODY = b'{"prompt": "a red ball", "size": "64x64"}'
JSON = {"Content-Type": "application/json"}


def _claim(service: LimnerService, key: str, owner: str, lease_until_ms: int) -> None:
    with service._sessions.begin() as session:
        session.add(
            IdempotencyRow(
                account_id=LOCAL_ACCOUNT,
                key=key,
                fingerprint=fingerprint("POST", "/v1/generate", BODY),
                created=int(time.time()),
                owner=owner,
                lease_until_ms=lease_until_ms,
            )
        )


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_a_claim_whose_owner_runs_is_409_with_retry_after(local: tuple[TestClient, LimnerService]) -> None:
    client, service = local
    _claim(service, "k-running", new_owner(), int(time.time() * 1000) + 10_000)
    response = client.post("/v1/generate", content=BODY, headers={**JSON, "Idempotency-Key": "k-running"})
    assert response.status_code == 409, response.text
    assert response.json()["code"] == "idempotency_conflict"
    assert 1 <= int(response.headers["Retry-After"]) <= LEASE_S


def test_a_claim_whose_owner_process_is_gone_is_taken_over(local: tuple[TestClient, LimnerService]) -> None:
    client, service = local
    host = new_owner().rsplit(":", 2)[0]
    _claim(service, "k-killed", f"{host}:{_dead_pid()}:12345", int(time.time() * 1000) + 60_000)
    response = client.post("/v1/generate", content=BODY, headers={**JSON, "Idempotency-Key": "k-killed"})
    assert response.status_code == 200, response.text
    again = client.post("/v1/generate", content=BODY, headers={**JSON, "Idempotency-Key": "k-killed"})
    assert again.status_code == 200 and again.headers["Idempotent-Replayed"] == "true"
    assert again.json()["id"] == response.json()["id"]


def test_a_claim_whose_lease_ran_out_is_taken_over(local: tuple[TestClient, LimnerService]) -> None:
    client, service = local
    _claim(service, "k-lapsed", "another-host:4242:999", int(time.time() * 1000) - 1)
    response = client.post("/v1/generate", content=BODY, headers={**JSON, "Idempotency-Key": "k-lapsed"})
    assert response.status_code == 200, response.text


def test_another_hosts_claim_with_a_live_lease_is_respected(local: tuple[TestClient, LimnerService]) -> None:
    client, service = local
    _claim(service, "k-remote", "another-host:4242:999", int(time.time() * 1000) + 10_000)
    response = client.post("/v1/generate", content=BODY, headers={**JSON, "Idempotency-Key": "k-remote"})
    assert response.status_code == 409 and "Retry-After" in response.headers


def test_the_owner_renews_its_lease_and_a_reused_pid_is_not_the_owner(
    local: tuple[TestClient, LimnerService],
) -> None:
    _client, service = local
    store = Idempotency(service._sessions)
    assert (
        store.claim(LOCAL_ACCOUNT, "k-renew", fingerprint("POST", "/v1/generate", b"{}")).__class__.__name__
        == "Claimed"
    )
    with service._sessions() as session:
        first = session.get(IdempotencyRow, (LOCAL_ACCOUNT, "k-renew"))
        assert first is not None and first.lease_until_ms is not None
        before = first.lease_until_ms
    time.sleep(0.01)
    assert store.renew(LOCAL_ACCOUNT, "k-renew")
    with service._sessions() as session:
        renewed = session.get(IdempotencyRow, (LOCAL_ACCOUNT, "k-renew"))
        assert renewed is not None and (renewed.lease_until_ms or 0) > before
    host, pid, _started = store.owner.rsplit(":", 2)
    assert not store.owner_gone(store.owner)
    assert store.owner_gone(f"{host}:{pid}:1")  # this pid, but a process that started at another time
    assert not Idempotency(service._sessions, owner="x:1:1").renew(LOCAL_ACCOUNT, "k-renew")  # not its claim
