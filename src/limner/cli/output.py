"""What the CLI prints: JSON for ``--json``, readable errors (never tracebacks), progress bars.

Errors become one line on stderr: ``error: <detail> (param: <field>) [<code>]``; with ``--json``
the same facts go to stdout as ``{"error": {"status", "code", "detail", "param"}}``. Exit status 2
is a caller's mistake (invalid option or field), 1 anything else. Progress bars go to stderr, so
stdout stays machine-readable.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, NoReturn, TypeVar

import httpx
import pydantic
import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TextColumn,
    TimeElapsedColumn,
)

from limner.cli.backend import RemoteError
from limner.errors import LimnerError
from limner.platform.validation import invalid_request

T = TypeVar("T")

#: Set to 1 to let unexpected errors raise with their traceback (for debugging Limner itself).
DEBUG_ENV = "LIMNER_DEBUG"


@dataclass(frozen=True)
class CliProblem:
    """An error as the terminal shows it."""

    status: int
    code: str
    detail: str
    param: str | None = None

    @property
    def exit_code(self) -> int:
        return 2 if self.status in (400, 422) else 1

    def line(self) -> str:
        where = f" (param: {self.param})" if self.param else ""
        return f"error: {self.detail}{where} [{self.code}]"

    def as_json(self) -> dict[str, Any]:
        return {
            "error": {"status": self.status, "code": self.code, "detail": self.detail, "param": self.param}
        }


def problem_of(error: BaseException) -> CliProblem | None:
    """The readable form of an error the CLI expects, or ``None`` for a bug."""
    if isinstance(error, pydantic.ValidationError):
        error = invalid_request(error)
    if isinstance(error, LimnerError):
        return CliProblem(error.status, error.code, error.detail, error.param)
    if isinstance(error, RemoteError):
        problem = error.problem
        return CliProblem(
            error.status,
            str(problem.get("code") or f"http_{error.status}"),
            str(problem.get("detail") or problem.get("title") or "the server refused the request"),
            problem.get("param") if isinstance(problem.get("param"), str) else None,
        )
    if isinstance(error, httpx.ConnectError | httpx.ConnectTimeout):
        try:
            url: object = error.request.url
        except RuntimeError:  # no request attached
            url = "the server"
        return CliProblem(0, "unreachable", f"cannot reach {url}: is `limner serve` running there?")
    if isinstance(error, httpx.HTTPError):
        return CliProblem(0, "http_error", f"{type(error).__name__}: {error}")
    if isinstance(error, OSError):
        where = f" ({error.filename})" if error.filename else ""
        return CliProblem(0, "os_error", f"{error.strerror or error}{where}")
    return None


def fail(problem: CliProblem, as_json: bool) -> NoReturn:
    if as_json:
        typer.echo(json.dumps(problem.as_json(), ensure_ascii=False))
    else:
        typer.secho(problem.line(), fg=typer.colors.RED, err=True)
    raise typer.Exit(problem.exit_code)


def run_reporting(action: Callable[[], T], as_json: bool) -> T:
    """Run ``action``; expected errors become a readable message and an exit status."""
    try:
        return action()
    except (LimnerError, RemoteError, pydantic.ValidationError, httpx.HTTPError, OSError) as error:
        problem = problem_of(error)
        if problem is None:
            raise
        fail(problem, as_json)


def unexpected(error: Exception, as_json: bool = False) -> NoReturn:
    """A bug: one line naming it (the traceback only with LIMNER_DEBUG=1)."""
    if os.environ.get(DEBUG_ENV) == "1":
        raise error
    fail(CliProblem(500, "internal_error", f"unexpected {type(error).__name__}: {error}"), as_json)


def print_json(value: Any) -> None:
    typer.echo(json.dumps(value, ensure_ascii=False, indent=2))


def print_notes(images: list[dict[str, Any]]) -> None:
    """Each image's render notes (art substituted, text shrunk or clipped) as ``note:`` lines on stderr."""
    for image in images:
        for note in image.get("notes") or []:
            typer.secho(f"note: {image['id']}: {note}", fg=typer.colors.YELLOW, err=True)


def progress_console() -> Console:
    return Console(stderr=True)


@contextmanager
def progress(enabled: bool) -> Iterator[Progress]:
    """A Rich progress display on stderr (drawn only when ``enabled`` and stderr is a terminal)."""
    console = progress_console()
    bar = Progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=console,
        disable=not enabled or not console.is_terminal,
        transient=False,
    )
    with bar:
        yield bar


__all__ = [
    "CliProblem",
    "fail",
    "print_json",
    "print_notes",
    "problem_of",
    "progress",
    "run_reporting",
    "unexpected",
]
