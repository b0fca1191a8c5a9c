"""The Go SDK's own tests (``go test``) against a real ``limner serve``."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.sdk.tools import SDK, run, tool
from tests.serving import Server

pytestmark = [pytest.mark.e2e, pytest.mark.slow]

MODULE = SDK / "go"


def test_go_sdk_passes_its_tests(sdk_server: Server) -> None:
    go = tool("go", "golang-go")
    cache = Path.home() / ".cache"
    env = {
        "LIMNER_BASE_URL": sdk_server.url,
        "GOCACHE": str(cache / "go-build"),
        "GOPATH": str(cache / "go"),
        "GOPROXY": "off",  # the SDK uses the standard library only
        "GOTOOLCHAIN": "local",
        "GOFLAGS": "",
        "CGO_ENABLED": "0",
    }
    run([go, "vet", "./..."], MODULE, env)
    output = run([go, "test", "-count=1", "-v", "./..."], MODULE, env)
    passed = re.findall(r"^--- PASS: (TestLive\w+)", output, re.M)
    assert len(passed) >= 4, output[-4000:]
    assert "--- FAIL" not in output, output[-4000:]
