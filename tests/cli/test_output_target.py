"""``limner generate -o``: format from the suffix, stdout with ``-o -``, folders only with ``--mkdir``;
``--version``, flags shown as flags in help, and render notes printed."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from PIL import Image
from typer.testing import CliRunner

from limner.cli.main import app
from limner.cli.target import OutputTarget, output_paths, resolve_target
from limner.errors import InvalidRequestError
from tests.cli.conftest import cli_bytes

# -- the checks themselves (no subprocess) ------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "requested", "expected"),
    [("a.png", None, "png"), ("a.JPG", None, "jpeg"), ("a.jpeg", "jpeg", "jpeg"), ("a.webp", None, "webp"),
     ("a.svg", None, "svg"), ("noext", None, "png"), ("noext", "webp", "webp")],
)  # fmt: skip
def test_format_follows_suffix_or_option(
    tmp_path: Path, name: str, requested: str | None, expected: str
) -> None:
    target = resolve_target(tmp_path / name, requested, count=1, mkdir=False, as_json=False)
    assert target == OutputTarget(tmp_path / name, expected)


@pytest.mark.parametrize(
    ("name", "requested", "param"),
    [("out.gif", None, "output"), ("a.png", "jpeg", "output"), ("a.jpg", "webp", "output"),
     ("a.png", "gif", "format")],
)  # fmt: skip
def test_mismatched_suffix_is_refused(tmp_path: Path, name: str, requested: str | None, param: str) -> None:
    with pytest.raises(InvalidRequestError) as caught:
        resolve_target(tmp_path / name, requested, count=1, mkdir=False, as_json=False)
    assert caught.value.param == param


def test_missing_folder_needs_mkdir(tmp_path: Path) -> None:
    output = tmp_path / "a" / "b" / "x.png"
    with pytest.raises(InvalidRequestError) as caught:
        resolve_target(output, None, count=1, mkdir=False, as_json=False)
    assert caught.value.param == "output" and "--mkdir" in caught.value.detail
    assert not (tmp_path / "a").exists()
    resolve_target(output, None, count=1, mkdir=True, as_json=False)
    assert (tmp_path / "a" / "b").is_dir()


def test_stdout_takes_one_image_and_no_json() -> None:
    target = resolve_target(Path("-"), "webp", count=1, mkdir=False, as_json=False)
    assert target.to_stdout and target.format == "webp"
    with pytest.raises(InvalidRequestError) as several:
        resolve_target(Path("-"), None, count=2, mkdir=False, as_json=False)
    assert several.value.param == "n"
    with pytest.raises(InvalidRequestError) as both:
        resolve_target(Path("-"), None, count=1, mkdir=False, as_json=True)
    assert both.value.param == "json"


def test_several_images_are_numbered() -> None:
    assert output_paths(Path("d/a.png"), 1) == [Path("d/a.png")]
    assert output_paths(Path("d/a.png"), 3) == [Path("d/a-1.png"), Path("d/a-2.png"), Path("d/a-3.png")]


# -- through the CLI (in this process, except -o -, which goes through a real stdout pipe) ----------------


def invoke(*args: str) -> tuple[int, str, str]:
    """``limner ARGS`` in this process: (exit status, stdout, stderr)."""
    result = CliRunner().invoke(app, list(args), env={"COLUMNS": "200"})
    return result.exit_code, result.stdout, result.stderr


def test_version_option() -> None:
    option, command = invoke("--version"), invoke("version")
    assert option[0] == command[0] == 0
    assert option[1].strip() == command[1].strip() != ""


def test_gif_suffix_is_an_error_not_png_bytes(tmp_path: Path) -> None:
    output = tmp_path / "out.gif"
    status, _, err = invoke("generate", "a cat", "-o", str(output), "--data-dir", str(tmp_path / "d"))
    assert status == 2 and "Traceback" not in err
    assert "(param: output)" in err and ".gif" in err
    assert not output.exists() and not (tmp_path / "d").exists()  # refused before any work


def test_missing_folder_is_an_error_unless_mkdir(tmp_path: Path) -> None:
    output = tmp_path / "new" / "x.png"
    args = ("generate", "a cat", "-o", str(output), "--size", "64x64", "--data-dir", str(tmp_path / "d"))
    status, _, err = invoke(*args)
    assert status == 2 and "--mkdir" in err and not (tmp_path / "new").exists()
    status, _, err = invoke(*args, "--mkdir")
    assert status == 0, err
    with Image.open(output) as image:
        assert image.format == "PNG" and image.size == (64, 64)


def test_dash_writes_the_image_to_stdout(tmp_path: Path) -> None:
    completed = cli_bytes("generate", "a red apple", "-o", "-", "--format", "webp", "--size", "96x64",
                          "--data-dir", "d", cwd=tmp_path)  # fmt: skip
    assert completed.returncode == 0, completed.stderr.decode()
    with Image.open(io.BytesIO(completed.stdout)) as image:
        assert image.format == "WEBP" and image.size == (96, 64)
    assert b"96x64 webp" in completed.stderr  # the summary moved to stderr
    assert list(tmp_path.glob("*.webp")) == [] and not (tmp_path / "-").exists()


def test_help_shows_flags_as_flags_and_documents_naming() -> None:
    status, text, _ = invoke("generate", "--help")
    assert status == 0
    assert "<bool>" not in text and "BOOLEAN" not in text
    flags = [line.split()[0] for line in text.splitlines() if line.strip().startswith("--")]
    assert {"--json", "--async", "--mkdir"} <= set(flags)
    assert "a-1.png" in text and "a-2.png" in text
    served = invoke("serve", "--help")[1]
    assert "<bool>" not in served and "--lanes / --no-lanes" in served


def test_render_notes_are_printed(tmp_path: Path) -> None:
    prompt = "a sign that says 'WELCOME TO THE GRAND OPENING OF THE LONGEST NAMED STORE IN THE WHOLE CITY'"
    args = ("generate", prompt, "-o", str(tmp_path / "s.png"), "--size", "128x96", "--seed", "3",
            "--data-dir", str(tmp_path / "d"))  # fmt: skip
    status, out, err = invoke(*args, "--json")
    assert status == 0, err
    image = json.loads(out)["images"][0]
    assert image["notes"], "a long sign on a small canvas must be shrunk or clipped"
    status, _, err = invoke(*args)
    assert status == 0, err
    noted = [line for line in err.splitlines() if line.startswith("note: ")]
    assert len(noted) == len(image["notes"])
    for note in image["notes"]:
        assert any(note in line for line in noted)
