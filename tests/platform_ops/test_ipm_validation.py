"""Images per minute are spent only by requests the server accepts: a refused request (invalid
body, unknown plan, unknown renderer…) gives its images back, though it still counts as a request."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from tests.platform_ops.conftest import Backend, Server, start_server, stop_server

IPM = 4
GEN = {"prompt": "a red apple next to a blue cup", "size": "64x64"}
INVALID: list[tuple[str, dict[str, Any], int]] = [
    ("/v1/generate", {"prompt": "", "n": IPM}, 422),  # the schema refuses it
    ("/v1/generate", {**GEN, "n": IPM, "size": "7x7"}, 422),
    ("/v1/generate", {**GEN, "n": IPM, "renderer": "no-such-renderer"}, 422),  # the service refuses it
    ("/v1/generate", {"plan_id": "plan_missing", "n": IPM}, 404),
    ("/v1/images/generations", {"prompt": "", "n": IPM}, 400),  # OpenAI shape and status
]


@pytest.fixture(scope="module")
def server(backend: Backend) -> Iterator[Server]:
    started = start_server(backend, LIMNER_IPM_BUILD=str(IPM), LIMNER_RPM_BUILD="600")
    yield started
    stop_server(started)


def _build_key(server: Server) -> str:
    with server.admin() as admin:
        response = admin.post("/v1/admin/keys", json={"tier": "build"})
    assert response.status_code == 201, response.text
    return str(response.json()["secret"])


def test_refused_requests_leave_the_images_budget_whole(server: Server) -> None:
    with server.client(_build_key(server)) as client:
        for round_ in range(3):
            for path, body, status in INVALID:
                response = client.post(path, json=body)
                assert response.status_code == status, (round_, path, body, response.text)
                assert "RateLimit-Remaining" in response.headers  # it counted as a request
            malformed = client.post(
                "/v1/generate", content=b'{"prompt": ', headers={"Content-Type": "application/json"}
            )
            assert malformed.status_code in (400, 422), malformed.text
            keyed = client.post(
                "/v1/generate", json={"prompt": "", "n": IPM}, headers={"Idempotency-Key": f"bad-{round_}"}
            )
            assert keyed.status_code == 422, keyed.text
        accepted = client.post("/v1/generate", json={**GEN, "n": IPM})  # the whole budget, still there
        assert accepted.status_code == 200, accepted.text
        assert len(accepted.json()["images"]) == IPM
        over = client.post("/v1/generate", json=GEN)
        assert over.status_code == 429 and over.json()["code"] == "rate_limited"
        assert int(over.headers["Retry-After"]) >= 1


def test_async_and_failed_free_requests_keep_their_reservation(server: Server) -> None:
    """Accepted work keeps the images it reserved: 202 for a queued job spends them."""
    with server.client(_build_key(server)) as client:
        queued = client.post("/v1/generate", json={**GEN, "n": IPM, "async": True})
        assert queued.status_code == 202, queued.text
        refused = client.post("/v1/generate", json={**GEN, "n": 1})
        assert refused.status_code == 429 and refused.json()["code"] == "rate_limited"
