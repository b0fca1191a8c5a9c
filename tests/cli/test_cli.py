"""CLI polish: --json everywhere, readable errors, progress bars, completion, ``limner open``."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest
from PIL import Image

from tests.cli.conftest import cli

pytestmark = pytest.mark.slow  # its files run first (tests/conftest.py)

#: Rich draws progress bars only on terminals; FORCE_COLOR makes it draw into the captured stderr.
FORCE_TERMINAL = {"FORCE_COLOR": "1", "COLUMNS": "120"}


def test_generate_in_process_json_and_files(tmp_path: Path) -> None:
    result = cli(
        "generate", "a red apple left of a blue cup", "-o", "out/a.png", "--n", "2", "--size", "256x192",
        "--mkdir", "--json", "--data-dir", "d", cwd=tmp_path,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    generation = json.loads(result.stdout)
    assert generation["status"] == "succeeded" and len(generation["images"]) == 2
    assert generation["files"] == ["out/a-1.png", "out/a-2.png"]
    for name in generation["files"]:
        with Image.open(tmp_path / name) as image:
            assert image.size == (256, 192)


def test_progress_bar_for_several_images(tmp_path: Path) -> None:
    several = cli("generate", "a cat", "-o", "c.png", "--n", "3", "--size", "128x128", "--data-dir", "d",
                  cwd=tmp_path, env=FORCE_TERMINAL)  # fmt: skip
    assert several.returncode == 0, several.stderr
    assert "generating 3 images" in several.stderr
    assert "saving" in several.stderr and "3/3" in several.stderr
    one = cli("generate", "a cat", "-o", "c.png", "--size", "128x128", "--data-dir", "d",
              cwd=tmp_path, env=FORCE_TERMINAL)  # fmt: skip
    assert one.returncode == 0, one.stderr
    assert "generating" not in one.stderr


def test_invalid_option_is_readable(tmp_path: Path) -> None:
    result = cli("generate", "a cat", "--size", "10x10", "--data-dir", "d", cwd=tmp_path)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith("error: ") and "(param: size)" in result.stderr
    as_json = cli("generate", "a cat", "--size", "10x10", "--json", "--data-dir", "d", cwd=tmp_path)
    assert as_json.returncode == 2
    error = json.loads(as_json.stdout)["error"]
    assert error["param"] == "size" and error["status"] == 422 and error["code"] == "invalid_request"


def test_unreachable_server_is_readable(tmp_path: Path) -> None:
    result = cli("reason", "a cat", "--server", "http://127.0.0.1:9", cwd=tmp_path)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "cannot reach" in result.stderr and "[unreachable]" in result.stderr


def test_unwritable_output_is_readable(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("not a folder")
    result = cli("generate", "a cat", "-o", "file/x.png", "--size", "64x64", "--data-dir", "d", cwd=tmp_path)
    assert result.returncode == 2  # checked before any work: a caller's mistake, naming -o
    assert "Traceback" not in result.stderr and result.stderr.startswith("error: ")
    assert "(param: output)" in result.stderr


@pytest.mark.parametrize("command", ["reason", "generate", "version", "open"])
def test_every_command_has_json(tmp_path: Path, command: str) -> None:
    result = cli(command, "--help", cwd=tmp_path, env={"COLUMNS": "200"})
    assert result.returncode == 0
    assert "--json" in result.stdout


def test_version_and_reason_json(tmp_path: Path) -> None:
    version = cli("version", "--json", cwd=tmp_path)
    assert version.returncode == 0 and json.loads(version.stdout)["version"]
    plan = cli("reason", "three red apples", "--json", "--data-dir", "d", cwd=tmp_path)
    assert plan.returncode == 0, plan.stderr
    assert [e["noun"] for e in json.loads(plan.stdout)["elements"]] == ["apple"] * 3


def test_shell_completion(tmp_path: Path) -> None:
    # The script `limner --install-completion bash` installs (asked for by name: no shell detection,
    # which depends on the parent process and fails under CI runners).
    script = cli(cwd=tmp_path, env={"_LIMNER_COMPLETE": "source_bash"})
    assert script.returncode == 0
    assert "_LIMNER_COMPLETE" in script.stdout and "complete" in script.stdout
    completed = cli(
        cwd=tmp_path,
        env={"_LIMNER_COMPLETE": "complete_bash", "COMP_WORDS": "limner gen", "COMP_CWORD": "1"},
    )
    assert "generate" in completed.stdout.split()
    helped = cli("--help", cwd=tmp_path, env={"COLUMNS": "200"})
    assert "--install-completion" in helped.stdout


def _browser(tmp_path: Path) -> tuple[dict[str, str], Path]:
    record = tmp_path / "opened.txt"
    script = tmp_path / "browser.sh"
    script.write_text(f'#!/bin/sh\nprintf "%s\\n" "$1" >> "{record}"\n')
    script.chmod(script.stat().st_mode | stat.S_IEXEC)
    return {"BROWSER": str(script)}, record


def test_open_explorer_of_a_real_server(tmp_path: Path, cli_server: str) -> None:
    env, record = _browser(tmp_path)
    result = cli("open", "--server", cli_server, "--json", cwd=tmp_path, env=env)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == {"url": f"{cli_server}/explorer"}
    assert record.read_text().split() == [f"{cli_server}/explorer"]


def test_open_refuses_a_dead_server(tmp_path: Path) -> None:
    env, record = _browser(tmp_path)
    dead = cli("open", "--server", "http://127.0.0.1:9", cwd=tmp_path, env=env)
    assert dead.returncode == 1 and "Traceback" not in dead.stderr
    assert "(param: server)" in dead.stderr and not record.exists()
    unchecked = cli("open", "--server", "http://127.0.0.1:9/", "--no-check", cwd=tmp_path, env=env)
    assert unchecked.returncode == 0, unchecked.stderr
    assert record.read_text().split() == ["http://127.0.0.1:9/explorer"]


def test_generate_and_reason_against_a_server(tmp_path: Path, cli_server: str) -> None:
    result = cli("generate", "two green cars", "-o", "car.webp", "--n", "2", "--size", "128x96",
                 "--server", cli_server, "--json", cwd=tmp_path, env=FORCE_TERMINAL)  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["files"] == ["car-1.webp", "car-2.webp"]
    assert "saving" in result.stderr and "2/2" in result.stderr
    for name in ("car-1.webp", "car-2.webp"):
        with Image.open(tmp_path / name) as image:
            assert image.format == "WEBP" and image.size == (128, 96)
    bad = cli("reason", "", "--server", cli_server, cwd=tmp_path)
    assert bad.returncode == 2 and "(param: prompt)" in bad.stderr and "Traceback" not in bad.stderr


def test_async_waits_with_progress_or_is_refused_readably(tmp_path: Path, cli_server: str) -> None:
    """Async work is waited on (bounded by --timeout) when the server queues it, else refused by name."""
    result = cli("generate", "a kite", "-o", "k.png", "--async", "--timeout", "30", "--size", "64x64",
                 "--server", cli_server, cwd=tmp_path, env=FORCE_TERMINAL)  # fmt: skip
    assert "Traceback" not in result.stderr
    if result.returncode == 0:
        assert (tmp_path / "k.png").exists()
        assert "generating 1 image" in result.stderr
    else:
        assert "error: " in result.stderr
        assert "(param: async)" in result.stderr or "[timeout]" in result.stderr
