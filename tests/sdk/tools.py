"""Run another language's toolchain from pytest and show its output when it fails."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
from collections.abc import Mapping, Sequence
from pathlib import Path

import httpx
import pytest

REPO = Path(__file__).resolve().parents[2]
SDK = REPO / "sdk"
OUTPUT_TAIL = 12_000


def tool(name: str, debian_package: str) -> str:
    """The path of an executable, or a failed test naming the Debian package that provides it."""
    found = shutil.which(name)
    if found is None:
        pytest.fail(f"`{name}` is not installed (Debian: apt-get install {debian_package})")
    return found


def run(command: Sequence[str], cwd: Path, env: Mapping[str, str], timeout: float = 300) -> str:
    """Run ``command``; fail the test with its output unless it exits 0. Returns the output."""
    completed = subprocess.run(
        list(command),
        cwd=cwd,
        env={**os.environ, **env},
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        timeout=timeout,
        check=False,
    )
    if completed.returncode != 0:
        pytest.fail(
            f"`{' '.join(command)}` in {cwd} exited with {completed.returncode}:\n"
            f"{completed.stdout[-OUTPUT_TAIL:]}",
            pytrace=False,
        )
    return completed.stdout


def file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def features_not_served(url: str) -> set[str]:
    """What the SDKs' live tests skip (not fail) while the server at ``url`` lacks it: ``"lists"``
    (``GET /v1/generations`` is 404) and ``"signed_urls"`` (images have no ``signed_url``)."""
    missing: set[str] = set()
    if httpx.get(f"{url}/v1/generations", params={"limit": 1}, timeout=30).status_code == 404:
        missing.add("lists")
    spec = httpx.get(f"{url}/openapi.json", timeout=30).json()
    if "signed_url" not in str(spec.get("components", {}).get("schemas", {}).get("GenerationImage", {})):
        missing.add("signed_urls")
    return missing
