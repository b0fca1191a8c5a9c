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


def cli(*args: str, cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """Run ``limner ARGS`` (``python -m limner.cli.main``) in ``cwd``."""
    full_env = {**os.environ, "PYTHONPATH": f"{SRC}{os.pathsep}{os.environ.get('PYTHONPATH', '')}"}
    full_env.pop("LIMNER_SERVER", None)
    full_env.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "limner.cli.main", *args],
        cwd=cwd,
        env=full_env,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.fixture(scope="session")
def cli_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with running_server(tmp_path_factory.mktemp("cli-server") / "data") as server:
        yield server.url
