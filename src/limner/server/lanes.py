"""Tier lanes: ``limner serve --lanes`` serves Scale keys and everyone else from separate processes.

Render slots keep Build renders off a Scale key's slots, but one API process still parses,
authenticates, reasons about and stores every request, Build and Scale alike: under a Build flood
a Scale request waits behind Build work for the event loop, the GIL and the CPU. Priorities cannot
split one process, so lanes split the server:

* the **front** (the ``limner serve`` process) owns the listening socket. For each new connection
  it peeks at the first request's head (``MSG_PEEK``: nothing is consumed) and hands the socket
  itself (``SCM_RIGHTS``) to a lane. It never reads a body or an answer: the lane speaks HTTP with
  the client directly, for the whole keep-alive connection.
* the **reserved lane** serves connections whose first request carries a live Scale key with
  units. It runs at normal priority; its job workers take those accounts' async jobs.
* the **shared lane** serves everyone else (Build keys, unauthenticated calls, the admin API) at
  the lowest CPU priority (``SHARED_NICE``, its render processes too); its job workers take
  everyone else's jobs.

CPU priority decides who runs, not what runs *beside* whom: a Build render on another core still
slows a Scale request by ~1.7x at the median on a small host, through the caches and memory
bandwidth the cores share (a plain numpy copy loop at nice 19 does the same; an arithmetic loop
does not). ``--lane-cpus`` puts both lanes, and their render processes, on the same CPUs, so Scale
work *preempts* Build work there instead of running next to it; Build gets what Scale leaves.
Measured with ``make bench`` (2 vCPUs): Scale p99 under a Build flood 2.1-2.7x its idle p99 with one
process, 1.5-1.8x with lanes, 1.0-1.2x with lanes on one CPU (Build then completes about a sixth as
many requests while Scale is busy). The lanes share the database without waiting on each other's
sleeps: see :mod:`limner.platform.sqlite_writers`.

Each lane is a whole API process (same app, same database), as when several API processes run
side by side: render slots, like there, are per process, and ``GET /v1/admin/capacity`` shows the
shared lane's. Every answer carries ``Limner-Lane``. A lane that dies is started again for the
next connection; lanes exit when the front is gone.
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
import os
import signal
import socket
import sys
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from multiprocessing.process import BaseProcess
from typing import Literal

import uvicorn
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from limner.config import Settings
from limner.platform.db import make_engine, make_sessions, prepare_data_dir, upgrade_to_head
from limner.platform.keys import KeyStore
from limner.platform.lifeline import exit_with_parent
from limner.platform.render_slots import SHARED_NICE

logger = logging.getLogger(__name__)

LaneName = Literal["reserved", "shared"]
#: Bytes of a request head the front looks at (a longer head goes to the shared lane).
HEAD_LIMIT = 16 * 1024
#: Seconds the front waits for a connection's first request head.
HEAD_WAIT_S = 5.0
#: Seconds a key's lane is remembered (units or revocation show up after at most this).
ROUTE_TTL_S = 2.0
#: Seconds a lane may take to start (imports, database, app).
LANE_START_S = 120.0
#: Seconds ``close()`` gives the lanes to finish their requests before killing them.
LANE_STOP_S = 30.0


# --- the front: which lane a connection goes to ------------------------------------------------


def bearer_secret(head: bytes) -> str | None:
    """The ``Authorization: Bearer`` secret in a request head, if any."""
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"authorization":
            scheme, _, secret = value.strip().partition(b" ")
            if scheme.lower() == b"bearer" and secret.strip():
                return secret.strip().decode("latin-1")
            return None
    return None


class Router:
    """Which lane serves a request head: Scale keys with units to ``reserved``, all else ``shared``."""

    def __init__(self, keys: KeyStore, clock: Callable[[], float] = time.monotonic) -> None:
        self._keys = keys
        self._clock = clock
        self._known: dict[str, tuple[LaneName, float]] = {}
        self._lock = threading.Lock()

    def lane_for(self, head: bytes) -> LaneName:
        target = head.split(b" ", 2)[1] if head.count(b" ") >= 2 else b""
        secret = bearer_secret(head)
        if secret is None or target.startswith(b"/v1/admin/"):
            return "shared"
        now = self._clock()
        with self._lock:
            known = self._known.get(secret)
        if known is not None and known[1] > now:
            return known[0]
        found = self._keys.identify(secret)
        scale = found is not None and found.key.tier == "scale"
        units = found.account.units if found is not None and found.account is not None else 0
        lane: LaneName = "reserved" if scale and units > 0 else "shared"
        with self._lock:
            if len(self._known) > 10_000:
                self._known.clear()
            self._known[secret] = (lane, now + ROUTE_TTL_S)
        return lane


def peek_head(connection: socket.socket, wait_s: float = HEAD_WAIT_S) -> bytes:
    """The connection's first request head (up to :data:`HEAD_LIMIT`), read without consuming it."""
    deadline = time.monotonic() + wait_s
    connection.settimeout(wait_s)
    seen = b""
    while time.monotonic() < deadline:
        seen = connection.recv(HEAD_LIMIT, socket.MSG_PEEK)
        if not seen or b"\r\n\r\n" in seen or len(seen) >= HEAD_LIMIT:
            break
        time.sleep(0.002)  # more of the head is on its way
    connection.settimeout(None)
    return seen


def parse_cpus(text: str) -> frozenset[int]:
    """``"0"``, ``"0-3,6"`` → CPU numbers; each must be one this process may run on."""
    cpus: set[int] = set()
    for part in filter(None, (p.strip() for p in text.split(","))):
        first, _, last = part.partition("-")
        try:
            low, high = int(first), int(last or first)
        except ValueError:
            raise ValueError(f"{part!r} is not a CPU number or range (like 0-3)") from None
        if low > high:
            raise ValueError(f"{part!r} is an empty range")
        cpus.update(range(low, high + 1))
    usable = os.sched_getaffinity(0)
    if not cpus <= usable:
        raise ValueError(f"CPUs {sorted(cpus - usable)} are not available (usable: {sorted(usable)})")
    return frozenset(cpus)


# --- a lane: an API process serving connections handed to it -----------------------------------


class _LaneHeader:
    """Adds ``Limner-Lane`` to every answer."""

    def __init__(self, app: ASGIApp, lane: LaneName) -> None:
        self.app = app
        self.header = (b"limner-lane", lane.encode())

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def tagged(message: Message) -> None:
            if message["type"] == "http.response.start":
                message = {**message, "headers": [*message.get("headers", []), self.header]}
            await send(message)

        await self.app(scope, receive, tagged)


class _HandedServer(uvicorn.Server):
    """A uvicorn server whose connections come over ``channel`` (sockets already accepted)."""

    def __init__(self, config: uvicorn.Config, channel: socket.socket) -> None:
        super().__init__(config)
        self._channel = channel

    async def startup(self, sockets: list[socket.socket] | None = None) -> None:
        await super().startup(sockets=[])  # no listening socket of its own
        if self.should_exit:
            return
        loop = asyncio.get_running_loop()
        self._channel.setblocking(False)
        loop.add_reader(self._channel.fileno(), self._take, loop)
        self._channel.send(b"ready")

    def _protocol(self) -> asyncio.Protocol:
        protocol: asyncio.Protocol = self.config.http_protocol_class(  # type: ignore[call-arg]
            config=self.config, server_state=self.server_state, app_state=self.lifespan.state
        )
        return protocol

    def _take(self, loop: asyncio.AbstractEventLoop) -> None:
        try:
            message, fds, _, _ = socket.recv_fds(self._channel, 16, 4)
        except BlockingIOError:
            return
        if not message and not fds:  # the front closed its end: it is stopping
            loop.remove_reader(self._channel.fileno())
            self.should_exit = True
            return
        for fd in fds:
            connection = socket.socket(fileno=fd)
            connection.setblocking(False)
            loop.create_task(loop.connect_accepted_socket(self._protocol, connection))


def quick_gil_handover() -> None:
    """A thread waiting for the GIL waits up to one switch interval (default 5 ms): a short one
    keeps a quick request from sitting behind another request's Python work."""
    sys.setswitchinterval(0.0005)


def _lane_main(
    lane: LaneName, channel: socket.socket, settings: Settings, parent: int, cpus: frozenset[int]
) -> None:
    """A lane process: the API app on connections handed over ``channel``."""
    from limner.reason import BuiltinReasoner
    from limner.server.app import create_app

    if cpus:
        os.sched_setaffinity(0, cpus)  # inherited by the lane's threads and render processes
    # The reasoner's tables load at full priority: at nice 19 beside busy cores the lane would take
    # a minute to become healthy (the app's startup warms the reasoner and finds them loaded).
    BuiltinReasoner().warm()
    if lane == "shared":
        os.nice(SHARED_NICE)
    exit_with_parent(parent)
    quick_gil_handover()
    app = _LaneHeader(create_app(settings), lane)
    config = uvicorn.Config(app, log_level="warning", lifespan="on")
    _HandedServer(config, channel).run()


def lane_settings(settings: Settings, lane: LaneName) -> Settings:
    """A lane's settings: its job workers take its own accounts' jobs (Scale ones in the reserved
    lane, at its priority; all others in the shared lane); the shared lane checkpoints the database."""
    return settings.with_(jobs_for=lane, wal_checkpoints=lane == "shared")


@dataclass
class _Lane:
    name: LaneName
    process: BaseProcess
    channel: socket.socket


class LaneServer:
    """The front: accepts connections and hands each to its lane."""

    def __init__(self, settings: Settings, host: str, port: int, cpus: frozenset[int] = frozenset()) -> None:
        self.settings = settings
        self.host = host
        self.port = port
        #: CPUs both lanes run on (empty: all); see :func:`parse_cpus`.
        self.cpus = cpus
        self._context = multiprocessing.get_context("spawn")
        self._lanes: dict[LaneName, _Lane] = {}
        self._guard = threading.Lock()
        self._stop = threading.Event()

    def run(self) -> None:
        """Serve until SIGTERM or SIGINT; then stop the lanes (they finish their requests)."""
        prepare_data_dir(self.settings)
        engine = make_engine(self.settings)
        upgrade_to_head(self.settings, engine)  # once, before two lanes open the database
        router = Router(KeyStore(make_sessions(engine)))
        family = socket.AF_INET6 if ":" in self.host else socket.AF_INET
        listener = socket.create_server((self.host, self.port), family=family, backlog=2048)
        for signum in (signal.SIGTERM, signal.SIGINT):
            signal.signal(signum, lambda *_: self._stop.set())
        try:
            for name in ("reserved", "shared"):
                self._lane(name)
            listener.settimeout(0.2)
            with ThreadPoolExecutor(max_workers=8, thread_name_prefix="limner-front") as pool:
                while not self._stop.is_set():
                    try:
                        connection, _ = listener.accept()
                    except TimeoutError:
                        continue
                    pool.submit(self._route, router, connection)
        finally:
            listener.close()
            self.close()
            engine.dispose()

    def _route(self, router: Router, connection: socket.socket) -> None:
        try:
            head = peek_head(connection)
            lane = self._lane(router.lane_for(head) if head else "shared")
            socket.send_fds(lane.channel, [b"c"], [connection.fileno()])
        except OSError as exc:
            logger.warning("could not hand a connection to a lane: %s", exc)
        except Exception:
            logger.exception("routing a connection failed")
        finally:
            connection.close()

    def _lane(self, name: LaneName) -> _Lane:
        """The running lane ``name``, started (again) if it is not running."""
        with self._guard:
            lane = self._lanes.get(name)
            if lane is not None and lane.process.is_alive():
                return lane
            if lane is not None:
                logger.error("the %s lane exited with %s; starting it again", name, lane.process.exitcode)
                lane.channel.close()
            lane = self._start(name)
            self._lanes[name] = lane
            return lane

    def _start(self, name: LaneName) -> _Lane:
        ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
        process = self._context.Process(
            target=_lane_main,
            args=(name, theirs, lane_settings(self.settings, name), os.getpid(), self.cpus),
            name=f"limner-{name}-lane",
        )
        process.start()
        theirs.close()
        ours.settimeout(LANE_START_S)
        try:
            ready = ours.recv(16)
        except TimeoutError:
            ready = b""
        if ready != b"ready":
            process.kill()
            process.join()
            ours.close()
            raise RuntimeError(f"the {name} lane did not start (exit code {process.exitcode})")
        ours.settimeout(None)
        return _Lane(name, process, ours)

    def close(self) -> None:
        """Stop every lane: each finishes its requests (up to :data:`LANE_STOP_S`), then is killed."""
        with self._guard:
            lanes = list(self._lanes.values())
            self._lanes.clear()
        for lane in lanes:
            lane.channel.close()  # the lane sees the end of its channel and stops
        deadline = time.monotonic() + LANE_STOP_S
        for lane in lanes:
            lane.process.join(max(0.0, deadline - time.monotonic()))
            if lane.process.is_alive():
                logger.warning("the %s lane did not stop; killing it", lane.name)
                lane.process.kill()
                lane.process.join()


__all__ = [
    "LaneName",
    "LaneServer",
    "Router",
    "bearer_secret",
    "lane_settings",
    "parse_cpus",
    "peek_head",
    "quick_gil_handover",
]
