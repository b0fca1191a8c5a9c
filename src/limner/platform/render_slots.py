"""What a render slot renders with: renderer instances in threads, or one process per slot.

Threads (:class:`ThreadRenderers`): each concurrent render gets a renderer instance of its own
(renderers may keep buffers between calls), made by the registry's factory on demand and reused.
skia draws while holding the GIL, so threads overlap only in encoding and numpy work.

Processes (:class:`ProcessRenderers`, what ``limner serve`` uses): each busy slot renders in a
worker process of its own, so slots really run side by side. Shared slots' processes run at the
lowest CPU priority (``SHARED_NICE``): on free cores Build renders at full speed, but when cores
are scarce the reserved (Scale) slots and the server itself win. A process starts on its slot's
first render (about a second) and is reused; one that dies is replaced and its render fails as
``render_failed``. A renderer's error comes back as the same exception (its remote traceback as
``__cause__``).
A slot process exits by itself when its server is gone (even one killed with SIGKILL).

The server speaks to a slot process over a socket pair, from the rendering thread itself: it
sends the plan's JSON and the options, then blocks reading the answer (with the GIL released;
one wakeup when the image arrives). No helper threads or queues run in the server, so a render
costs the server little CPU and few GIL hand-overs, which other requests would wait behind.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import pickle
import signal
import socket
import struct
import threading
import time
import traceback
from dataclasses import dataclass, field
from functools import cache
from multiprocessing.process import BaseProcess
from typing import Any, Literal, Protocol

from pydantic import ValidationError
from pydantic_core import PydanticSerializationError

from limner.errors import RenderError
from limner.plan.model import Plan
from limner.platform.capacity import Grant, SlotKind
from limner.platform.lifeline import exit_with_parent
from limner.render.base import RenderedImage, Renderer, RenderOptions
from limner.render.memory import keep_freed_memory
from limner.render.registry import RendererRegistry, default_registry

logger = logging.getLogger(__name__)

#: ``nice`` increment of the processes that serve shared slots (measured: at 10, a busy shared slot
#: still raised Scale's median latency by 15-40 % on a loaded 2-core machine; at 19, by ~0-5 %).
SHARED_NICE = 19
#: Seconds ``close()`` gives the slot processes to stop (a busy one ends its render first).
CLOSE_WAIT_S = 30.0


@dataclass
class _Instance:
    renderer: Renderer
    #: Held while rendering: a factory that hands out one object twice still renders one at a time.
    lock: threading.Lock = field(default_factory=threading.Lock)


class ThreadRenderers:
    """Renderer instances for concurrent renders in this process."""

    isolation: Literal["thread", "process"] = "thread"

    def __init__(self, registry: RendererRegistry) -> None:
        self._registry = registry
        self._guard = threading.Lock()
        self._free: dict[str, list[_Instance]] = {}
        self._known: dict[str, list[_Instance]] = {}

    def _take(self, name: str) -> _Instance:
        with self._guard:
            free = self._free.setdefault(name, [])
            if free:
                return free.pop()
            known = self._known.setdefault(name, [])
            # The registry's own instance first, then fresh ones from its factory.
            renderer = self._registry.get(name) if not known else self._registry.create(name)
            same = next((i for i in known if i.renderer is renderer), None)
            instance = _Instance(renderer, same.lock) if same is not None else _Instance(renderer)
            known.append(instance)
            return instance

    def render(
        self, grant: Grant, name: str, plan: Plan, options: RenderOptions, plan_json: str | None = None
    ) -> RenderedImage:
        instance = self._take(name)
        try:
            with instance.lock:
                return instance.renderer.render(plan, options)
        finally:
            with self._guard:
                self._free[name].append(instance)

    def close(self) -> None:
        """Nothing to stop: instances live as long as the service."""


class SlotRenderers(Protocol):
    """Renders for the holder of a slot."""

    isolation: Literal["thread", "process"]

    def render(
        self, grant: Grant, name: str, plan: Plan, options: RenderOptions, plan_json: str | None = None
    ) -> RenderedImage:
        """``plan`` rendered; ``plan_json``, when given, is its :func:`plan_json` already made."""
        ...

    def close(self) -> None: ...


@cache
def _child_renderer(name: str) -> Renderer:
    """The renderer a slot process keeps (one per name; built from the installed renderers)."""
    return default_registry().get(name)


# --- the wire: each message is its length (8 bytes) and a pickle ------------------------------

_LENGTH = struct.Struct("<Q")
#: Bytes the first read of an answer takes: a small answer (a Scale image) needs one read only.
_FIRST_READ = 256 * 1024
#: Largest message whose buffer a reader keeps for the next one (bigger ones get one of their own).
_KEEP_BYTES = 16 * 1024 * 1024


def _send(sock: socket.socket, message: object) -> None:
    payload = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
    header = _LENGTH.pack(len(payload))
    sent = sock.sendmsg([header, payload])
    if sent < len(header):
        sock.sendall(header[sent:])
        sent = len(header)
    if sent < len(header) + len(payload):
        sock.sendall(memoryview(payload)[sent - len(header) :])


def _fill(sock: socket.socket, view: memoryview, got: int) -> int:
    """Reads into ``view[got:]`` until full; the kernel waits for all of it (one GIL wakeup)."""
    while got < len(view):
        more = sock.recv_into(view[got:], len(view) - got, socket.MSG_WAITALL)
        if not more:
            raise EOFError("the other end closed")
        got += more
    return got


class _Reader:
    """Reads messages into one buffer, reused (one reader at a time): no allocation per message."""

    def __init__(self) -> None:
        self._buffer = bytearray(_FIRST_READ)

    def receive(self, sock: socket.socket) -> Any:
        view = memoryview(self._buffer)
        got = sock.recv_into(view)  # a small message arrives whole in this one read
        if not got:
            raise EOFError("the other end closed")
        got = _fill(sock, view[: _LENGTH.size], got) if got < _LENGTH.size else got
        end = _LENGTH.size + _LENGTH.unpack_from(view)[0]
        if end > len(view):
            grown = bytearray(end)
            grown[:got] = view[:got]
            if end <= _KEEP_BYTES:
                self._buffer = grown
            view = memoryview(grown)
        _fill(sock, view[:end], got)
        return pickle.loads(view[_LENGTH.size : end])


# --- the slot process ----------------------------------------------------------------------

#: A request: renderer name, the plan (its JSON, or the plan itself) and the RenderOptions' fields.
_Request = tuple[str, "str | Plan", dict[str, Any]]


def _slot_main(sock: socket.socket, nice: int, parent: int) -> None:
    """Serves render requests one at a time until the server closes its end or is gone."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is for the server; it stops us
    if nice:
        os.nice(nice)
        _idle_priority()
    keep_freed_memory()
    exit_with_parent(parent)
    reader = _Reader()
    try:
        while True:
            _send(sock, _answer(reader.receive(sock)))
    except (EOFError, OSError):
        return  # the server closed its end (or is gone)


def _idle_priority() -> None:
    """Run only when nothing else on the CPU wants to (``SCHED_IDLE``, Linux): a shared render then
    yields even to its own nice-19 API process, which may hold the database's writer lock that a
    Scale request waits for (measured: Scale waited up to 5 ms for it with the render at nice 19)."""
    try:
        os.sched_setscheduler(0, os.SCHED_IDLE, os.sched_param(0))
    except (AttributeError, OSError) as exc:  # not Linux, or not allowed here
        logger.debug("render slot keeps its nice level: %s", exc)


def _answer(request: _Request) -> tuple[Any, ...]:
    name, sent_plan, option_fields = request
    if isinstance(sent_plan, Plan):
        plan = sent_plan
    else:
        try:
            plan = Plan.model_validate_json(sent_plan)
        except ValidationError:
            # Built without validation (a model_copy) and no longer valid: ask for the plan itself.
            return ("plan",)
    try:
        image = _child_renderer(name).render(plan, RenderOptions(**option_fields))
    except Exception as exc:  # noqa: BLE001 - any renderer error goes back to the server as it is
        return ("error", _portable(exc), traceback.format_exc())
    return ("image", image.data, image.width, image.height, image.format, tuple(image.notes))


def _portable(exc: Exception) -> Exception:
    """``exc`` if it survives pickling, else a RenderError that names it."""
    try:
        pickle.loads(pickle.dumps(exc))
    except Exception:  # noqa: BLE001 - an exception's own pickling can fail in any way
        return RenderError(f"renderer failed: {type(exc).__name__}: {exc}")
    return exc


class _RemoteTraceback(Exception):
    """The traceback of an error raised in a slot process (the ``__cause__`` of that error)."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.text = text

    def __str__(self) -> str:
        return self.text


# --- the server's side ------------------------------------------------------------------------


@dataclass(eq=False)
class _SlotProcess:
    kind: SlotKind
    process: BaseProcess
    sock: socket.socket
    reader: _Reader = field(default_factory=_Reader)

    def ask(self, request: _Request) -> tuple[Any, ...]:
        _send(self.sock, request)
        answer: tuple[Any, ...] = self.reader.receive(self.sock)
        return answer

    def end(self, timeout: float) -> None:
        """Waits up to ``timeout`` for the process to exit, then kills it."""
        self.process.join(timeout)
        if self.process.is_alive():
            logger.warning("render process %s did not stop; killing it", self.process.pid)
            self.process.kill()
            self.process.join()


def plan_json(plan: Plan) -> str | None:
    """The plan's JSON (what a slot process is sent, and what is stored), or None when it has no
    JSON form."""
    try:
        return plan.model_dump_json()
    except PydanticSerializationError:
        return None


def _plan_message(plan: Plan, made: str | None = None) -> str | Plan:
    """The plan's JSON (cheaper to make than a pickle; ``made`` when the caller has it already), or
    the plan when it has no JSON form."""
    text = made if made is not None else plan_json(plan)
    return text if text is not None else plan


def _option_fields(options: RenderOptions) -> dict[str, Any]:
    return {**vars(options), "references": dict(options.references)}


def _rendered(answer: tuple[Any, ...]) -> RenderedImage:
    if answer[0] == "image":
        _, data, width, height, fmt, notes = answer
        return RenderedImage(data=data, width=width, height=height, format=fmt, notes=notes)
    _, exc, remote = answer
    exc.__cause__ = _RemoteTraceback(remote)
    raise exc


class ProcessRenderers:
    """One process per busy slot, spoken to over a socket; reserved and shared slots apart."""

    isolation: Literal["thread", "process"] = "process"

    def __init__(self) -> None:
        self._context = multiprocessing.get_context("spawn")
        self._guard = threading.Lock()
        self._free: dict[SlotKind, list[_SlotProcess]] = {"reserved": [], "shared": []}
        self._all: set[_SlotProcess] = set()
        self._closed = False

    def _new(self, kind: SlotKind) -> _SlotProcess:
        ours, theirs = socket.socketpair()
        nice = SHARED_NICE if kind == "shared" else 0
        process = self._context.Process(
            target=_slot_main, args=(theirs, nice, os.getpid()), name=f"limner-{kind}-slot", daemon=True
        )
        try:
            process.start()
        finally:
            theirs.close()
        slot = _SlotProcess(kind, process, ours)
        with self._guard:
            if not self._closed:
                self._all.add(slot)
                return slot
        ours.close()
        slot.end(CLOSE_WAIT_S)
        raise RenderError("the render processes are shut down")

    def _take(self, kind: SlotKind) -> _SlotProcess:
        with self._guard:
            if self._closed:
                raise RenderError("the render processes are shut down")
            free = self._free[kind]
            if free:
                return free.pop()
        return self._new(kind)

    def render(
        self, grant: Grant, name: str, plan: Plan, options: RenderOptions, plan_json: str | None = None
    ) -> RenderedImage:
        slot = self._take(grant.kind)
        try:
            request: _Request = (name, _plan_message(plan, plan_json), _option_fields(options))
            answer = slot.ask(request)
            if answer[0] == "plan":
                answer = slot.ask((name, plan, request[2]))
        except (EOFError, OSError) as exc:
            self._discard(slot)
            logger.error("render process died on plan %s; starting another", plan.id)
            raise RenderError("the render process died") from exc
        except BaseException:
            self._discard(slot)  # the exchange broke off half way: that socket cannot be trusted
            raise
        self._give(slot)
        return _rendered(answer)

    def _give(self, slot: _SlotProcess) -> None:
        with self._guard:
            if not self._closed:
                self._free[slot.kind].append(slot)
                return
        slot.sock.close()  # closed meanwhile: the process stops; close() waits for it

    def _discard(self, slot: _SlotProcess) -> None:
        with self._guard:
            self._all.discard(slot)
        slot.sock.close()
        slot.end(0)

    def close(self) -> None:
        """Stops every slot process (side by side; a busy one after its render), then waits."""
        with self._guard:
            self._closed = True
            idle = [slot for group in self._free.values() for slot in group]
            everyone = list(self._all)
            self._all.clear()
            self._free = {"reserved": [], "shared": []}
        for slot in idle:
            slot.sock.close()  # the process reads the end of its requests and exits
        deadline = time.monotonic() + CLOSE_WAIT_S
        for slot in everyone:
            slot.end(max(0.0, deadline - time.monotonic()))


__all__ = ["SHARED_NICE", "ProcessRenderers", "SlotRenderers", "ThreadRenderers", "plan_json"]
