"""Slot processes: one per busy slot, renderer errors carried back, deaths, server death, close."""

from __future__ import annotations

import multiprocessing
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from multiprocessing.process import BaseProcess
from pathlib import Path

import pytest

from limner.config import Settings
from limner.errors import InvalidRequestError, RateLimitError, RenderError
from limner.plan.model import Canvas, Element, Plan
from limner.platform.capacity import Grant, SlotKind
from limner.platform.render_slots import SHARED_NICE, ProcessRenderers, _portable
from limner.platform.schemas import GenerateBody
from limner.platform.service import LimnerService
from limner.render.base import RenderedImage, RenderOptions
from limner.render.builtin import BuiltinRenderer

pytestmark = pytest.mark.slow  # its files run first (tests/conftest.py)

SHARED = Grant("shared", "acct_a", 0.0)
RESERVED = Grant("reserved", "acct_scale", 0.0)
SMALL = RenderOptions(width=64, height=64)
#: A render that takes a few hundred milliseconds: long enough to act while it runs.
SLOW = RenderOptions(width=4096, height=4096)


def _plan(elements: int = 1) -> Plan:
    return Plan(
        prompt="red apples",
        canvas=Canvas(width=96, height=64),
        elements=[
            Element(
                id=f"e{i}",
                noun="apple",
                attributes={"color": "red"},
                box=(0.02 * i, 0.02 * i, 0.5 + 0.02 * i, 0.5 + 0.02 * i),
            )
            for i in range(elements)
        ],
    )


def _slot_processes(kind: SlotKind | None = None) -> list[BaseProcess]:
    names = (f"limner-{kind}-slot",) if kind else ("limner-reserved-slot", "limner-shared-slot")
    return [p for p in multiprocessing.active_children() if p.name in names]


def _exited(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except FileNotFoundError:
        return True
    return state in ("Z", "X")  # a zombie has exited; nobody may reap it in a container


def _wait_until(check: Callable[[], bool], timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        assert time.monotonic() < deadline, "condition not reached"
        time.sleep(0.02)


class _Background:
    """A render on another thread: its image or its error."""

    def __init__(self, renderers: ProcessRenderers, grant: Grant, plan: Plan, options: RenderOptions):
        self.image: RenderedImage | None = None
        self.error: BaseException | None = None
        self.thread = threading.Thread(target=self._run, args=(renderers, grant, plan, options))
        self.thread.start()
        time.sleep(0.1)  # the request is out; the slot process is rendering

    def _run(self, renderers: ProcessRenderers, grant: Grant, plan: Plan, options: RenderOptions) -> None:
        try:
            self.image = renderers.render(grant, "builtin", plan, options)
        except RenderError as exc:
            self.error = exc

    def join(self) -> None:
        self.thread.join(30)
        assert not self.thread.is_alive()


@pytest.fixture
def renderers() -> Iterator[ProcessRenderers]:
    opened = ProcessRenderers()
    try:
        yield opened
    finally:
        opened.close()


def test_slots_get_processes_of_their_own_by_kind_and_priority(renderers: ProcessRenderers) -> None:
    assert _slot_processes() == []  # none before a slot's first render
    expected = BuiltinRenderer().render(_plan(), SMALL).data
    for grant in (RESERVED, SHARED, SHARED, RESERVED):
        assert renderers.render(grant, "builtin", _plan(), SMALL).data == expected
    reserved, shared = _slot_processes("reserved"), _slot_processes("shared")
    assert len(reserved) == len(shared) == 1  # reused, and never shared between the kinds
    assert os.getpriority(os.PRIO_PROCESS, shared[0].pid or 0) == min(19, os.nice(0) + SHARED_NICE)
    assert os.getpriority(os.PRIO_PROCESS, reserved[0].pid or 0) == os.nice(0)
    assert os.sched_getscheduler(shared[0].pid or 0) == os.SCHED_IDLE
    assert os.sched_getscheduler(reserved[0].pid or 0) == os.sched_getscheduler(0)
    # While one render runs, another slot's render gets a process of its own.
    busy = _Background(renderers, SHARED, _plan(20), SLOW)
    assert busy.thread.is_alive()
    assert renderers.render(SHARED, "builtin", _plan(), SMALL).data == expected
    busy.join()
    assert busy.image is not None and busy.image.data.startswith(b"\x89PNG") and busy.image.width == 4096
    assert len(_slot_processes("shared")) == 2


def test_a_plan_without_a_valid_json_form_is_rendered_as_it_is(renderers: ProcessRenderers) -> None:
    # model_copy skips validation: a plan may not survive its JSON; then the plan itself is sent.
    element = _plan().elements[0].model_copy(update={"id": "e" * 100})  # ids are up to 64 long
    invalid = _plan().model_copy(update={"elements": [element]})
    unencodable = _plan().model_copy(update={"prompt": "\ud800"})  # a lone surrogate has no UTF-8
    for odd in (invalid, unencodable):
        image = renderers.render(RESERVED, "builtin", odd, SMALL)
        assert image.data == BuiltinRenderer().render(odd, SMALL).data


def test_a_renderer_error_comes_back_as_itself(renderers: ProcessRenderers) -> None:
    with pytest.raises(RenderError, match="each side must be") as render_error:
        renderers.render(SHARED, "builtin", _plan(), RenderOptions(width=99_999, height=64))
    assert render_error.value.code == "render_failed"
    with pytest.raises(InvalidRequestError, match="unknown renderer 'nope'") as invalid:
        renderers.render(SHARED, "nope", _plan(), SMALL)
    assert invalid.value.param == "renderer"
    with pytest.raises(TypeError, match="cannot be interpreted as an integer") as type_error:
        renderers.render(SHARED, "builtin", _plan(), RenderOptions(width=64.5, height=64))  # type: ignore[arg-type]
    assert "Traceback" in str(type_error.value.__cause__)  # the slot process's own traceback
    assert renderers.render(SHARED, "builtin", _plan(), SMALL).data.startswith(b"\x89PNG")
    assert len(_slot_processes()) == 1  # errors do not cost the process


def test_an_error_that_cannot_travel_becomes_a_render_error() -> None:
    fallback = _portable(RateLimitError("slow down", retry_after=3))  # needs retry_after to rebuild
    assert isinstance(fallback, RenderError) and "RateLimitError: slow down" in fallback.detail
    travels = RenderError("bad", code="render_failed")
    assert _portable(travels) is travels


def test_a_process_killed_mid_render_fails_that_render_only(renderers: ProcessRenderers) -> None:
    renderers.render(SHARED, "builtin", _plan(), SMALL)
    (child,) = _slot_processes()
    busy = _Background(renderers, SHARED, _plan(20), SLOW)
    assert busy.thread.is_alive()
    os.kill(child.pid or 0, signal.SIGKILL)
    busy.join()
    assert isinstance(busy.error, RenderError) and str(busy.error) == "the render process died"
    assert renderers.render(SHARED, "builtin", _plan(), SMALL).data.startswith(b"\x89PNG")
    (fresh,) = _slot_processes()
    assert fresh.pid != child.pid


def test_close_stops_every_process_after_its_render(renderers: ProcessRenderers) -> None:
    renderers.render(RESERVED, "builtin", _plan(), SMALL)
    renderers.render(SHARED, "builtin", _plan(), SMALL)
    busy = _Background(renderers, SHARED, _plan(20), SLOW)
    renderers.close()
    busy.join()
    assert busy.image is not None and busy.image.width == 4096  # the render under way finished
    assert _slot_processes() == []
    with pytest.raises(RenderError, match="shut down"):
        renderers.render(RESERVED, "builtin", _plan(), SMALL)
    renderers.close()  # twice is fine


def test_a_killed_render_fails_its_generation_as_render_failed(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path / "data", database_url=None, render_processes=True)
    with LimnerService.open(settings) as service:
        assert service.capacity().isolation == "process"
        body = GenerateBody(prompt="a red apple", size="64x64")
        assert service.generate(body).status == "succeeded"
        for child in _slot_processes():
            os.kill(child.pid or 0, signal.SIGKILL)
            child.join(5)
        failed = service.generate(body)
        assert failed.status == "failed" and failed.images == []
        assert failed.error is not None
        assert (failed.error.code, failed.error.message) == ("render_failed", "the render process died")
        assert service.generate(body).status == "succeeded"


_SERVER = """
import multiprocessing, os, sys, time
from limner.plan.model import Canvas, Plan
from limner.platform.capacity import Grant
from limner.platform.render_slots import ProcessRenderers
from limner.render.base import RenderOptions

renderers = ProcessRenderers()
plan = Plan(canvas=Canvas(width=16, height=16))
renderers.render(Grant("shared", "a", 0.0), "builtin", plan, RenderOptions())
# A holder keeps the server's end of the socket open: only the parent watch can end the process.
holder = os.fork() if sys.argv[1] == "hold" else -1
if holder == 0:
    time.sleep(60)
    os._exit(0)
print(multiprocessing.active_children()[0].pid, holder, flush=True)
time.sleep(60)
"""


@pytest.mark.parametrize("socket_open", ["hold", "let-go"])
def test_a_slot_process_exits_when_its_server_is_killed(socket_open: str) -> None:
    server = subprocess.Popen(
        [sys.executable, "-c", _SERVER, socket_open],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)},
    )
    holder = -1
    try:
        assert server.stdout is not None
        child, holder = (int(word) for word in server.stdout.readline().split())
        assert not _exited(child)
        server.kill()
        server.wait(10)
        _wait_until(lambda: _exited(child), timeout=30)
    finally:
        server.kill()
        server.wait(10)
        if holder > 0:
            os.kill(holder, signal.SIGKILL)  # the server's child: init reaps it
