"""A JSON image request has its images taken with the request, before the body is checked (one
thread hop, one transaction); an answer that refuses the body gives them back, whichever layer
answers (the JSON guard outside the access middleware, or validation inside it)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.platform_ops.conftest import Backend, Server, start_server, stop_server

IPM = 2


@pytest.fixture(scope="module")
def server(backend: Backend) -> Iterator[Server]:
    started = start_server(backend, LIMNER_IPM_BUILD=str(IPM), LIMNER_RPM_BUILD="500")
    yield started
    stop_server(started)


def _key(server: Server) -> str:
    with server.admin() as admin:
        response = admin.post("/v1/admin/keys", json={"tier": "build"})
    assert response.status_code == 201, response.text
    return str(response.json()["secret"])


def test_refused_bodies_give_their_images_back(server: Server) -> None:
    json_type = {"Content-Type": "application/json"}
    plan = {"canvas": {"width": 64, "height": 64}, "elements": []}
    with server.client(_key(server)) as client:
        for _ in range(IPM + 2):
            # Refused by the JSON guard (outside the access middleware): 422 naming the field.
            nan = client.post("/v1/generate", content=b'{"prompt": "a cat", "seed": NaN}', headers=json_type)
            assert nan.status_code == 422 and nan.json()["param"] == "seed", nan.text
            # Not JSON at all: 400.
            broken = client.post("/v1/generate", content=b'{"prompt": ', headers=json_type)
            assert broken.status_code == 400, broken.text
            # Refused by validation inside it: 422.
            unknown = client.post("/v1/generate", json={"plan": plan, "n": 0})
            assert unknown.status_code == 422, unknown.text
        # Every refused request gave its image back: the whole burst is still there.
        for _ in range(IPM):
            done = client.post("/v1/generate", json={"plan": plan, "size": "64x64"})
            assert done.status_code == 200, done.text
        empty = client.post("/v1/generate", json={"plan": plan, "size": "64x64"})
        assert empty.status_code == 429 and empty.json()["code"] == "rate_limited", empty.text
        assert "images" in empty.json()["detail"]
