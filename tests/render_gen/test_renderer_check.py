"""The renderer check (tests/render_gen/check.py) on all three renderers, each through a real server."""

from __future__ import annotations

import pytest

from tests.render_gen.check import renderer_check
from tests.render_gen.conftest import UPSTREAM_KEY, needs_torch
from tests.serving import Server

pytestmark = pytest.mark.e2e


def test_builtin_passes_the_check(upstream: Server) -> None:
    with upstream.client() as client:
        renderer_check(client, "builtin", deterministic=True)


def test_openai_images_through_another_limner_passes_the_check(front: Server, upstream: Server) -> None:
    with upstream.client() as client:
        before = client.get("/v1/usage").json()["images"]
    with front.client() as client:
        result = renderer_check(client, "openai-images", deterministic=False)
        assert result.ocr == "OPEN"
        # a request without `renderer` uses the server's default (--renderer openai-images)
        plain = client.post("/v1/generate", json={"prompt": "a red apple", "size": "128x128"})
        assert plain.status_code in (200, 201) and plain.json()["status"] == "succeeded", plain.text
    with upstream.client() as client:
        after = client.get("/v1/usage").json()["images"]
    # the upstream's usage shows the calls: 2 formats + 1 edit + the plain prompt
    assert after - before == 4
    assert UPSTREAM_KEY not in front.log.read_text()


@needs_torch
def test_diffusion_passes_the_check(diffusion_server: Server) -> None:
    # a wait, not a limit: a shared slot renders at nice 19, so beside a busy core a CPU diffusion
    # render can take minutes
    with diffusion_server.client(timeout=600) as client:
        renderer_check(client, "diffusion", deterministic=True)
