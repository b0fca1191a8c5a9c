"""The real CLI as subprocesses, and a real ``limner serve`` for ``--server`` mode."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.serving import running_server

SRC = Path(__file__).resolve().parents[2] / "src"


def _env(env: dict[str, str] | None) -> dict[str, str]:
    full_env = {**os.environ, "PYTHONPATH": f"{SRC}{os.pathsep}{os.environ.get('PYTHONPATH', '')}"}
    full_env.pop("LIMNER_SERVER", None)
    full_env.update(env or {})
    return full_env


def cli(*args: str, cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """Run ``limner ARGS`` (``python -m limner.cli.main``) in ``cwd``."""
    return subprocess.run(
        [sys.executable, "-m", "limner.cli.main", *args],
        cwd=cwd,
        env=_env(env),
        capture_output=True,
        text=True,
        timeout=120,
    )


def cli_bytes(*args: str, cwd: Path) -> subprocess.CompletedProcess[bytes]:
    """``cli`` with stdout and stderr as bytes (for ``-o -``)."""
    return subprocess.run(
        [sys.executable, "-m", "limner.cli.main", *args],
        cwd=cwd,
        env=_env(None),
        capture_output=True,
        timeout=120,
        check=False,
    )


@pytest.fixture(scope="session")
def cli_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with running_server(tmp_path_factory.mktemp("cli-server") / "data") as server:
        yield server.url
