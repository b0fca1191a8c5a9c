"""The TypeScript SDK's own tests (``node --test``), built with tsc, against a real ``limner serve``;
and its package as ``npm pack`` makes it."""

from __future__ import annotations

import json
import re
import tarfile
import time
from pathlib import Path

import pytest

from limner.platform.webhooks import sign
from tests.sdk.tools import SDK, features_not_served, file_digest, run, tool
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


def _webhook_vector() -> str:
    """A delivery signed by the server's own signer, for the SDK's verifier."""
    body = json.dumps({"id": "gen_1", "object": "generation", "status": "succeeded", "images": []})
    secret = "whsec_from_the_server"
    return json.dumps(
        {"secret": secret, "body": body, "header": sign(secret, body.encode(), int(time.time()))}
    )


def _may_skip(url: str) -> int:
    """How many live tests may skip: the four list tests (test/live-paging.test.ts) while the server
    has no list routes, the signed-link one while it signs no image URLs; none otherwise."""
    missing = features_not_served(url)
    return 4 if "lists" in missing else 1 if "signed_urls" in missing else 0


def test_typescript_sdk_builds_and_passes_its_tests(sdk_server: Server) -> None:
    tool("node", "nodejs")
    npm = tool("npm", "npm")
    _install(npm)
    run([npm, "run", "build"], PACKAGE, {})
    env = {"LIMNER_BASE_URL": sdk_server.url, "LIMNER_WEBHOOK_VECTOR": _webhook_vector()}
    output = run([npm, "test"], PACKAGE, env)
    passed = re.search(r"^# pass (\d+)$", output, re.M)
    failed = re.search(r"^# fail (\d+)$", output, re.M)
    skipped = re.search(r"^# skipped (\d+)$", output, re.M)
    assert passed and failed and skipped, output[-4000:]
    assert int(failed[1]) == 0 and int(passed[1]) >= 30, output[-4000:]
    assert int(skipped[1]) <= _may_skip(sdk_server.url), output[-4000:]


def test_npm_pack_makes_an_importable_package(tmp_path: Path) -> None:
    node = tool("node", "nodejs")
    npm = tool("npm", "npm")
    _install(npm)
    output = run([npm, "pack", "--json", "--pack-destination", str(tmp_path)], PACKAGE, {})
    packed = json.loads(output[output.index("[") :])[0]
    files = {entry["path"] for entry in packed["files"]}
    assert {"package.json", "README.md", "dist/src/index.js", "dist/src/index.d.ts"} <= files
    assert "dist/src/webhooks.js" in files and "dist/src/validate.js" in files
    assert not any(path.startswith(("dist/test", "src/", "test/", "node_modules")) for path in files), files
    tarball = tmp_path / packed["filename"]
    with tarfile.open(tarball) as archive:
        archive.extractall(tmp_path / "unpacked", filter="data")
    manifest = json.loads((tmp_path / "unpacked" / "package" / "package.json").read_text())
    assert manifest["name"] == "@limner/client" and manifest["license"] == "Apache-2.0"
    script = (
        "const m = await import(process.argv[1]);"
        "const c = new m.Limner({ baseUrl: 'http://127.0.0.1:9' });"
        "console.log(JSON.stringify({ version: m.VERSION, webhooks: typeof c.webhooks.verify }));"
    )
    entry = tmp_path / "unpacked" / "package" / "dist" / "src" / "index.js"
    imported = json.loads(run([node, "--input-type=module", "-e", script, str(entry)], tmp_path, {}))
    assert imported == {"version": manifest["version"], "webhooks": "function"}
