"""The TypeScript SDK's own tests (``node --test``), built with tsc, against a real ``limner serve``."""

from __future__ import annotations

import re

import pytest

from tests.sdk.tools import SDK, file_digest, run, tool
from tests.serving import Server

pytestmark = [pytest.mark.e2e, pytest.mark.slow]

PACKAGE = SDK / "typescript"
STAMP = PACKAGE / "node_modules" / ".limner-lock-sha256"


def _install(npm: str) -> None:
    """``npm ci`` unless node_modules was installed from this very package-lock.json."""
    lock = file_digest(PACKAGE / "package-lock.json")
    if STAMP.is_file() and STAMP.read_text().strip() == lock:
        return
    run([npm, "ci", "--no-audit", "--no-fund"], PACKAGE, {})
    STAMP.write_text(lock)


def test_typescript_sdk_builds_and_passes_its_tests(sdk_server: Server) -> None:
    tool("node", "nodejs")
    npm = tool("npm", "npm")
    _install(npm)
    run([npm, "run", "build"], PACKAGE, {})
    output = run([npm, "test"], PACKAGE, {"LIMNER_BASE_URL": sdk_server.url})
    passed = re.search(r"^# pass (\d+)$", output, re.M)
    failed = re.search(r"^# fail (\d+)$", output, re.M)
    assert passed and failed, output[-4000:]
    assert int(failed[1]) == 0 and int(passed[1]) >= 20, output[-4000:]
