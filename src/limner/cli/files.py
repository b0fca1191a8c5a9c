"""``limner generate``'s work: ask for a generation, wait for async work, save its images.

A progress display shows each stage: generating (a spinner while the call runs), waiting on a
queued or running job (polled until it ends or the timeout passes), saving image i of n. Files
are named as :mod:`limner.cli.target` says (``out.png``; ``out-1.png``, ``out-2.png``… for
``--n 2``), or the one image goes to stdout for ``-o -``.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Any

from rich.progress import Progress

from limner.cli.backend import Backend
from limner.cli.target import OutputTarget
from limner.errors import LimnerError

#: Statuses after which a generation never changes.
FINAL_STATUSES = frozenset({"succeeded", "failed", "canceled"})
POLL_SECONDS = 0.25


class GenerationFailedError(LimnerError):
    status = 0
    code = "generation_failed"
    title = "Generation failed"


class WaitTimeoutError(LimnerError):
    status = 0
    code = "timeout"
    title = "Timed out"


def wait_for(backend: Backend, generation: dict[str, Any], bar: Progress, timeout: float) -> dict[str, Any]:
    """Poll a queued or running generation until it ends (``WaitTimeoutError`` after ``timeout`` s)."""
    task = bar.add_task(f"waiting for {generation['id']} ({generation['status']})", total=None)
    deadline = time.monotonic() + timeout
    while generation["status"] not in FINAL_STATUSES:
        if time.monotonic() >= deadline:
            raise WaitTimeoutError(
                f"generation {generation['id']} is still {generation['status']} after {timeout:g} s;"
                " it goes on: fetch it later by its id"
            )
        time.sleep(POLL_SECONDS)
        generation = backend.generation(generation["id"])
        bar.update(task, description=f"waiting for {generation['id']} ({generation['status']})")
    bar.update(task, total=1, completed=1)
    return generation


def generate_files(
    backend: Backend, body: dict[str, Any], target: OutputTarget, bar: Progress, timeout: float
) -> tuple[dict[str, Any], list[Path]]:
    """The finished generation and the files its images were written to (none for stdout)."""
    count = int(body.get("n", 1))
    task = bar.add_task(f"generating {count} image{'s' if count > 1 else ''}", total=None)
    generation = backend.generate(body)
    bar.update(task, total=1, completed=1)
    if generation["status"] not in FINAL_STATUSES:
        generation = wait_for(backend, generation, bar, timeout)
    if generation["status"] != "succeeded":
        error = generation.get("error") or {}
        raise GenerationFailedError(
            f"generation {generation['id']} {generation['status']}: {error.get('message', 'no images')}",
            code=error.get("code"),
        )
    images = generation["images"]
    if target.to_stdout:
        if len(images) != 1:
            raise GenerationFailedError(
                f"-o - writes one image; generation {generation['id']} has {len(images)}"
            )
        sys.stdout.buffer.write(backend.image(images[0]["id"]))
        sys.stdout.buffer.flush()
        return generation, []
    paths = target.paths(len(images))
    saving = bar.add_task("saving", total=len(images))
    for image, path in zip(images, paths, strict=True):
        path.write_bytes(backend.image(image["id"]))
        bar.advance(saving)
    return generation, paths


__all__ = ["FINAL_STATUSES", "GenerationFailedError", "WaitTimeoutError", "generate_files"]
