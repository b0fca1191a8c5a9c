"""What a render slot renders with: renderer instances in threads, or one process per slot.

Threads (:class:`ThreadRenderers`): each concurrent render gets a renderer instance of its own
(renderers may keep buffers between calls), made by the registry's factory on demand and reused.
skia draws while holding the GIL, so threads overlap only in encoding and numpy work.

Processes (:class:`ProcessRenderers`, what ``limner serve`` uses): each busy slot renders in a
worker process of its own, so slots really run side by side. Shared slots' processes run at the
lowest CPU priority (``SHARED_NICE``): on free cores Build renders at full speed, but when cores
are scarce the reserved (Scale) slots and the server itself win. A process starts on its slot's
first render (about a second) and is reused; one that dies is replaced and its render fails as
``render_failed``.
A slot process exits by itself when its server is gone (even one killed with SIGKILL).
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from functools import cache
from typing import Literal, Protocol

from limner.errors import RenderError
from limner.plan.model import Plan
from limner.platform.capacity import Grant, SlotKind
from limner.render.base import RenderedImage, Renderer, RenderOptions
from limner.render.registry import RendererRegistry, default_registry

logger = logging.getLogger(__name__)

#: ``nice`` increment of the processes that serve shared slots (measured: at 10, a busy shared slot
#: still raised Scale's median latency by 15-40 % on a loaded 2-core machine; at 19, by ~0-5 %).
SHARED_NICE = 19
#: Seconds between a slot process's checks that its server still runs.
PARENT_POLL_S = 0.5


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

    def render(self, grant: Grant, name: str, plan: Plan, options: RenderOptions) -> RenderedImage:
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

    def render(self, grant: Grant, name: str, plan: Plan, options: RenderOptions) -> RenderedImage: ...

    def close(self) -> None: ...


@cache
def _child_renderer(name: str) -> Renderer:
    """The renderer a slot process keeps (one per name; built from the installed renderers)."""
    return default_registry().get(name)


def _child_start(nice: int, parent: int) -> None:
    if nice:
        os.nice(nice)
    watch = threading.Thread(target=_exit_with_parent, args=(parent,), daemon=True, name="limner-parent")
    watch.start()


def _exit_with_parent(parent: int) -> None:
    """A slot process ends when the server that started it is gone (even killed with SIGKILL)."""
    while os.getppid() == parent:
        time.sleep(PARENT_POLL_S)
    os._exit(0)


def _child_render(name: str, plan: Plan, options: RenderOptions) -> RenderedImage:
    return _child_renderer(name).render(plan, options)


class ProcessRenderers:
    """One single-process executor per busy slot; reserved and shared slots in separate groups."""

    isolation: Literal["thread", "process"] = "process"

    def __init__(self) -> None:
        self._context = multiprocessing.get_context("spawn")
        self._guard = threading.Lock()
        self._free: dict[SlotKind, list[ProcessPoolExecutor]] = {"reserved": [], "shared": []}
        self._kind: dict[ProcessPoolExecutor, SlotKind] = {}
        self._closed = False

    def _new(self, kind: SlotKind) -> ProcessPoolExecutor:
        executor = ProcessPoolExecutor(
            max_workers=1,
            mp_context=self._context,
            initializer=_child_start,
            initargs=(SHARED_NICE if kind == "shared" else 0, os.getpid()),
        )
        with self._guard:
            self._kind[executor] = kind
        return executor

    def _take(self, kind: SlotKind) -> ProcessPoolExecutor:
        with self._guard:
            if self._closed:
                raise RenderError("the render processes are shut down")
            free = self._free[kind]
            if free:
                return free.pop()
        return self._new(kind)

    def render(self, grant: Grant, name: str, plan: Plan, options: RenderOptions) -> RenderedImage:
        executor = self._take(grant.kind)
        broken = False
        try:
            return executor.submit(_child_render, name, plan, options).result()
        except BrokenProcessPool as exc:
            broken = True
            logger.error("render process died on plan %s; starting another", plan.id)
            raise RenderError("the render process died") from exc
        finally:
            self._give(grant.kind, executor, broken)

    def _give(self, kind: SlotKind, executor: ProcessPoolExecutor, broken: bool) -> None:
        if broken:
            executor.shutdown(wait=False, cancel_futures=True)
            with self._guard:
                self._kind.pop(executor, None)
            return
        with self._guard:
            if not self._closed:
                self._free[kind].append(executor)
                return
        executor.shutdown(wait=False, cancel_futures=True)

    def close(self) -> None:
        with self._guard:
            self._closed = True
            executors = list(self._kind)
            self._kind.clear()
            self._free = {"reserved": [], "shared": []}
        for executor in executors:  # all stop side by side, then wait for them
            executor.shutdown(wait=False, cancel_futures=True)
        for executor in executors:
            executor.shutdown(wait=True)


__all__ = ["SHARED_NICE", "ProcessRenderers", "SlotRenderers", "ThreadRenderers"]
