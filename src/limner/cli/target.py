"""Where ``limner generate`` writes: ``-o`` checked against the format before any work is done.

``-o out.png`` writes one file; with ``--n 3`` the files are ``out-1.png``, ``out-2.png``,
``out-3.png`` (see :func:`output_paths`). ``-o -`` writes the one image's bytes to stdout. The
format comes from ``--format`` or else from the suffix; a suffix naming another format
(``-o out.gif``, or ``-o a.png --format jpeg``) is refused, and so is a missing folder unless
``--mkdir`` asks for it to be created.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from limner.errors import InvalidRequestError

#: ``-o`` value that means standard output.
STDOUT = "-"
#: Output formats by file suffix (lower case).
SUFFIX_FORMATS: dict[str, str] = {
    ".png": "png",
    ".jpg": "jpeg",
    ".jpeg": "jpeg",
    ".webp": "webp",
    ".svg": "svg",
}
FORMATS = ("png", "jpeg", "webp", "svg")
DEFAULT_FORMAT = "png"


@dataclass(frozen=True)
class OutputTarget:
    """The checked destination: a file name pattern, or stdout (``path is None``), and the format."""

    path: Path | None
    format: str

    @property
    def to_stdout(self) -> bool:
        return self.path is None

    def paths(self, count: int) -> list[Path]:
        if self.path is None:
            raise InvalidRequestError("-o - writes exactly one image", param="n")
        return output_paths(self.path, count)


def output_paths(output: Path, count: int) -> list[Path]:
    """``out.png`` for one image; ``out-1.png``, ``out-2.png``… for several."""
    if count == 1:
        return [output]
    return [output.with_name(f"{output.stem}-{i}{output.suffix}") for i in range(1, count + 1)]


def _format_of(output: Path | None, requested: str | None) -> str:
    if requested is not None and requested not in FORMATS:
        raise InvalidRequestError(
            f"--format must be one of {', '.join(FORMATS)}, not {requested!r}", param="format"
        )
    suffix = output.suffix.lower() if output is not None else ""
    implied = SUFFIX_FORMATS.get(suffix)
    if suffix and implied is None:
        known = ", ".join(sorted(SUFFIX_FORMATS))
        raise InvalidRequestError(
            f"-o {output}: {suffix} is not an image format Limner writes (use {known}, or -o - for stdout)",
            param="output",
        )
    if requested is not None and implied is not None and implied != requested:
        raise InvalidRequestError(
            f"-o {output} names a {implied} file but --format is {requested}", param="output"
        )
    return requested or implied or DEFAULT_FORMAT


def resolve_target(
    output: Path, requested_format: str | None, *, count: int, mkdir: bool, as_json: bool
) -> OutputTarget:
    """Check ``-o`` (and create its folder with ``mkdir``); raise ``InvalidRequestError`` naming
    the option at fault."""
    if str(output) == STDOUT:
        if count != 1:
            raise InvalidRequestError("-o - writes one image to stdout; use a file name with --n", param="n")
        if as_json:
            raise InvalidRequestError("-o - and --json both want stdout; pick one", param="json")
        return OutputTarget(None, _format_of(None, requested_format))
    fmt = _format_of(output, requested_format)
    folder = output.parent
    if not folder.exists():
        if not mkdir:
            raise InvalidRequestError(
                f"-o {output}: folder {folder} does not exist (create it, or pass --mkdir)", param="output"
            )
        folder.mkdir(parents=True, exist_ok=True)
    elif not folder.is_dir():
        raise InvalidRequestError(f"-o {output}: {folder} is not a folder", param="output")
    return OutputTarget(output, fmt)


__all__ = ["FORMATS", "STDOUT", "SUFFIX_FORMATS", "OutputTarget", "output_paths", "resolve_target"]
