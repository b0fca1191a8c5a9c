"""The Go SDK's own tests (``go test``) against a real ``limner serve``; without one the live tests
are skipped, not failed."""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest

from limner.platform.webhooks import sign
from tests.sdk.tools import SDK, features_not_served, run, tool
from tests.serving import Server

pytestmark = [pytest.mark.e2e, pytest.mark.slow]

MODULE = SDK / "go"


def _env() -> dict[str, str]:
    cache = Path.home() / ".cache"
    return {
        "GOCACHE": str(cache / "go-build"),
        "GOPATH": str(cache / "go"),
        "GOPROXY": "off",  # the SDK uses the standard library only
        "GOTOOLCHAIN": "local",
        "GOFLAGS": "",
        "CGO_ENABLED": "0",
    }


def _may_skip(url: str, list_tests: list[str]) -> set[str]:
    """The live list tests skip while the server has no list routes, the signed-link one while it
    signs no image URLs; nothing else may skip with a server."""
    missing = features_not_served(url)
    if "lists" in missing:
        return set(list_tests)
    return {"TestLiveListSignedImageLinkWorksWithoutAKey"} if "signed_urls" in missing else set()


def test_go_sdk_passes_its_tests(sdk_server: Server) -> None:
    go = tool("go", "golang-go")
    body = '{"id":"gen_1","object":"generation","status":"succeeded","images":[]}'
    vector = "\n".join(
        ["whsec_from_the_server", sign("whsec_from_the_server", body.encode(), int(time.time())), body]
    )
    env = {**_env(), "LIMNER_BASE_URL": sdk_server.url, "LIMNER_WEBHOOK_VECTOR": vector}
    run([go, "vet", "./..."], MODULE, env)
    output = run([go, "test", "-count=1", "-v", "./..."], MODULE, env)
    passed = re.findall(r"^--- PASS: (TestLive\w+)", output, re.M)
    assert len(passed) >= 5, output[-4000:]
    assert "--- FAIL" not in output, output[-4000:]
    skipped = set(re.findall(r"^--- SKIP: (\w+)", output, re.M))
    assert skipped <= _may_skip(sdk_server.url, re.findall(r"^=== RUN\s+(TestLiveList\w+)", output, re.M)), (
        output[-4000:]
    )
    assert "--- PASS: TestWebhookSignatures" in output


def test_go_live_tests_skip_without_a_server() -> None:
    go = tool("go", "golang-go")
    output = run(
        [go, "test", "-count=1", "-v", "-run", "TestLive", "./..."], MODULE, {**_env(), "LIMNER_BASE_URL": ""}
    )
    skipped = re.findall(r"^--- SKIP: (TestLive\w+)", output, re.M)
    assert len(skipped) >= 5 and "--- FAIL" not in output, output[-4000:]
