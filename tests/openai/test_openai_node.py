"""The official ``openai`` Node client (pinned in node/package-lock.json) against real ``limner
serve`` processes: the shared one of this folder, and one that requires keys with a tight rate
limit for the 401 and 429 answers. The checks themselves are node/surface.test.mjs."""

from __future__ import annotations

import json
import re
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.sdk.tools import file_digest, run, tool
from tests.serving import limner_command, running_server

pytestmark = [pytest.mark.e2e, pytest.mark.slow]

PACKAGE = Path(__file__).resolve().parent / "node"
STAMP = PACKAGE / "node_modules" / ".limner-lock-sha256"


def _install(npm: str) -> None:
    """``npm ci`` unless node_modules was installed from this very package-lock.json."""
    lock = file_digest(PACKAGE / "package-lock.json")
    if STAMP.is_file() and STAMP.read_text().strip() == lock:
        return
    run([npm, "ci", "--no-audit", "--no-fund"], PACKAGE, {})
    STAMP.write_text(lock)


@pytest.fixture(scope="module")
def strict_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, str]]:
    """``--auth required``, two requests a minute per key; the URL and a key's secret."""
    data = tmp_path_factory.mktemp("openai-strict") / "data"
    created = subprocess.run(
        [*limner_command(), "keys", "create", "--tier", "build", "--data-dir", str(data), "--json"],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    secret = json.loads(created.stdout)["secret"]
    with running_server(data, "--auth", "required", env={"LIMNER_RPM_BUILD": "2"}) as server:
        yield server.url, secret


def test_the_openai_node_client(server_url: str, strict_server: tuple[str, str]) -> None:
    tool("node", "nodejs")
    npm = tool("npm", "npm")
    _install(npm)
    strict_url, secret = strict_server
    env = {"LIMNER_BASE_URL": server_url, "LIMNER_STRICT_URL": strict_url, "LIMNER_STRICT_KEY": secret}
    output = run([npm, "test"], PACKAGE, env)
    passed = re.search(r"^# pass (\d+)$", output, re.M)
    failed = re.search(r"^# fail (\d+)$", output, re.M)
    skipped = re.search(r"^# skipped (\d+)$", output, re.M)
    assert passed and failed and skipped, output[-4000:]
    assert (int(passed[1]), int(failed[1]), int(skipped[1])) == (7, 0, 0), output[-4000:]
