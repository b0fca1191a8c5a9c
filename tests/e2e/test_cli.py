"""The CLI as a user runs it: a real process, in-process by default and with --server."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from PIL import Image

from tests.serving import Server, limner_command

pytestmark = pytest.mark.e2e


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*limner_command(), *args], cwd=cwd, capture_output=True, text=True, timeout=120)


def test_reason_in_process_prints_json_plan(tmp_path: Path) -> None:
    result = run(
        "reason", "two green cars below a kite", "--json", "--data-dir", str(tmp_path / "d"), cwd=tmp_path
    )
    assert result.returncode == 0, result.stderr
    plan = json.loads(result.stdout)
    assert sorted(e["noun"] for e in plan["elements"]) == ["car", "car", "kite"]
    assert (tmp_path / "d" / "limner.db").exists()


def test_generate_in_process_writes_n_files(tmp_path: Path) -> None:
    result = run(
        "generate",
        "a red apple",
        "-o",
        "out/apple.png",
        "--mkdir",
        "--n",
        "2",
        "--size",
        "256x192",
        "--data-dir",
        str(tmp_path / "d"),
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    for name in ("apple-1.png", "apple-2.png"):
        with Image.open(tmp_path / "out" / name) as image:
            assert image.size == (256, 192) and image.format == "PNG"


def test_generate_against_server(server: Server, tmp_path: Path) -> None:
    result = run("generate", "a blue clock", "-o", "clock.webp", "--server", server.url, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    with Image.open(tmp_path / "clock.webp") as image:
        assert image.format == "WEBP"


def test_cli_errors_are_readable(server: Server, tmp_path: Path) -> None:
    result = run("reason", "x" * 9000, "--server", server.url, cwd=tmp_path)
    assert result.returncode != 0
    assert "prompt" in result.stderr and "Traceback" not in result.stderr
    local = run("reason", "", "--data-dir", str(tmp_path / "d"), cwd=tmp_path)
    assert local.returncode != 0 and "prompt" in local.stderr and "Traceback" not in local.stderr


def test_help_lists_commands(tmp_path: Path) -> None:
    result = run("--help", cwd=tmp_path)
    assert result.returncode == 0
    for command in ("serve", "reason", "generate"):
        assert command in result.stdout
