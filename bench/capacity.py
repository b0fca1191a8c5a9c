"""Provisioned throughput: a Scale key's latency idle and while Build traffic fills the shared slots.

Against a running ``limner serve`` (admin key needed): one Scale key with 1 unit and one Build key.
Idle and loaded phases alternate (``rounds`` of each), so whatever else the machine does lands on
both; p99 is taken over all rounds. Loaded = ``build_clients`` clients posting big generations back
to back (more clients than shared slots, so Build queues).
"""

from __future__ import annotations

import math
import multiprocessing
import os
import secrets
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

import httpx

SCALE_BODY = {"prompt": "a red apple left of a blue cup", "size": "256x256"}
BUILD_BODY = {
    "prompt": "three cats under a tree next to a red car, a dog and a yellow bicycle",
    "size": "2048x2048",
}
#: Server settings the measurement assumes: 2 slots (1 reserved by the Scale unit, 1 shared).
SERVER_ENV = {
    "LIMNER_RENDER_SLOTS": "2",
    "LIMNER_WORKERS": "0",
    "LIMNER_RPM_BUILD": "100000",
    "LIMNER_IPM_BUILD": "100000",
    "LIMNER_RPM_SCALE": "100000",
    "LIMNER_IPM_SCALE": "100000",
}


class EventLike(Protocol):
    def is_set(self) -> bool: ...

    def wait(self, timeout: float | None = None) -> bool: ...


class QueueLike(Protocol):
    def put(self, item: tuple[list[float], list[str]]) -> None: ...


def p99(samples: list[float]) -> float:
    """Nearest-rank 99th percentile."""
    ordered = sorted(samples)
    return ordered[max(0, math.ceil(0.99 * len(ordered)) - 1)]


@dataclass(frozen=True)
class Figures:
    idle: list[float]
    loaded: list[float]
    build_idle: list[float]
    build_loaded: list[float]
    #: Checks (two per round) that found every shared slot busy.
    saturated: int
    rounds: int
    #: Non-200 answers to Build requests.
    errors: list[str]

    @property
    def idle_p99_ms(self) -> float:
        return p99(self.idle) * 1000

    @property
    def loaded_p99_ms(self) -> float:
        return p99(self.loaded) * 1000

    @property
    def ratio(self) -> float:
        return self.loaded_p99_ms / self.idle_p99_ms

    def line(self) -> str:
        ms = 1000
        return (
            f"capacity: scale idle p99 {self.idle_p99_ms:.1f} ms, under build load p99"
            f" {self.loaded_p99_ms:.1f} ms (ratio {self.ratio:.2f}); medians"
            f" {statistics.median(self.idle) * ms:.1f} / {statistics.median(self.loaded) * ms:.1f} ms;"
            f" build median idle {statistics.median(self.build_idle) * ms:.1f} ms, loaded"
            f" {statistics.median(self.build_loaded) * ms:.1f} ms ({len(self.build_loaded)} build requests)"
        )


def _wait_until(check: Callable[[], bool], what: str, timeout: float = 15.0) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        if time.monotonic() > deadline:
            raise TimeoutError(f"timed out waiting until {what}")
        time.sleep(0.01)


def _timed(client: httpx.Client, body: dict[str, str], count: int) -> list[float]:
    out = []
    for _ in range(count):
        began = time.perf_counter()
        answer = client.post("/v1/generate", json=body)
        out.append(time.perf_counter() - began)
        answer.raise_for_status()
    return out


#: ``nice`` of the Build clients' process: real Build traffic comes from other machines, so the
#: load generator's own CPU (on this same small machine) must not pass for server slowness.
CLIENT_NICE = 19


def _build_clients(
    url: str, secret: str, clients: int, running: EventLike, stop: EventLike, out: QueueLike
) -> None:
    """Runs in a process of its own: ``clients`` threads post Build generations while ``running``."""
    os.nice(CLIENT_NICE)
    latencies: list[float] = []
    errors: list[str] = []

    def client() -> None:
        headers = {"Authorization": f"Bearer {secret}"}
        with httpx.Client(base_url=url, headers=headers, timeout=60) as http:
            while not stop.is_set():
                if not running.wait(0.05):
                    continue
                began = time.perf_counter()
                answer = http.post("/v1/generate", json=BUILD_BODY)
                latencies.append(time.perf_counter() - began)
                if answer.status_code != 200:
                    errors.append(f"{answer.status_code} {answer.text[:200]}")

    threads = [threading.Thread(target=client) for _ in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    out.put((latencies, errors))


class _BuildLoad:
    """The Build clients' process; ``running`` starts and pauses them."""

    def __init__(self, url: str, secret: str, clients: int) -> None:
        context = multiprocessing.get_context("spawn")
        self.running = context.Event()
        self.stop = context.Event()
        self.out = context.Queue()
        self.latencies: list[float] = []
        self.errors: list[str] = []
        self.process = context.Process(
            target=_build_clients, args=(url, secret, clients, self.running, self.stop, self.out), daemon=True
        )
        self.process.start()

    def close(self) -> None:
        if self.stop.is_set():
            return
        self.running.clear()
        self.stop.set()
        try:
            self.latencies, self.errors = self.out.get(timeout=90)
        finally:
            self.process.join(30)
            if self.process.is_alive():
                self.process.kill()


@dataclass(frozen=True)
class Keys:
    scale: str
    build: str


def create_keys(url: str, admin_key: str) -> Keys:
    """A Scale key with 1 unit and a Build key, through the admin API."""
    with httpx.Client(base_url=url, headers={"Authorization": f"Bearer {admin_key}"}, timeout=30) as admin:
        scale = admin.post("/v1/admin/keys", json={"tier": "scale", "units": 1})
        build = admin.post("/v1/admin/keys", json={"tier": "build"})
        return Keys(scale.raise_for_status().json()["secret"], build.raise_for_status().json()["secret"])


def measure(
    url: str, admin_key: str, keys: Keys, *, rounds: int = 10, per_phase: int = 60, build_clients: int = 3
) -> Figures:
    """Scale latency idle and under Build load."""
    scale, build = keys.scale, keys.build
    with httpx.Client(base_url=url, headers={"Authorization": f"Bearer {admin_key}"}, timeout=30) as admin:

        def capacity() -> dict[str, int]:
            return dict(admin.get("/v1/admin/capacity").json())

        def saturated() -> bool:
            view = capacity()
            return view["shared_busy"] == view["shared"] and view["waiting"] >= 1

        scale_client = httpx.Client(base_url=url, headers={"Authorization": f"Bearer {scale}"}, timeout=60)
        build_client = httpx.Client(base_url=url, headers={"Authorization": f"Bearer {build}"}, timeout=60)
        load = _BuildLoad(url, build, build_clients)
        try:
            _timed(scale_client, SCALE_BODY, 10)  # warm: slot processes up, caches filled
            _timed(build_client, BUILD_BODY, 2)
            build_idle = _timed(build_client, BUILD_BODY, 5)
            idle: list[float] = []
            loaded: list[float] = []
            full = 0
            for _ in range(rounds):
                load.running.clear()
                _wait_until(lambda: capacity()["shared_busy"] == 0, "the Build requests drained")
                idle += _timed(scale_client, SCALE_BODY, per_phase)
                load.running.set()
                _wait_until(saturated, "Build filled the shared slots and queued behind them")
                full += 1
                loaded += _timed(scale_client, SCALE_BODY, per_phase)
                view = capacity()
                full += view["shared_busy"] == view["shared"]
        finally:
            load.close()
            scale_client.close()
            build_client.close()
    return Figures(idle, loaded, build_idle, list(load.latencies), full, rounds, list(load.errors))


@dataclass(frozen=True)
class Served:
    url: str
    admin_key: str
    #: The API process (its render-slot processes are children, counted apart by the kernel).
    pid: int


def process_cpu_s(pid: int) -> float:
    """User + system CPU seconds of one process so far (all its threads, not its children)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


@dataclass(frozen=True)
class CpuFigures:
    """API-process CPU per request, milliseconds (rendering happens in other processes)."""

    scale_ms: float
    build_ms: float
    #: ``GET /v1/usage`` on the same keys: the floor of an authenticated request (HTTP, auth, rate limit).
    floor_ms: float


def api_cpu(served: Served, keys: Keys, *, requests: int = 200) -> CpuFigures:
    """CPU the API process spends per Scale generation, Build generation and authenticated GET."""

    def per_request(secret: str, send: Callable[[httpx.Client], object], count: int) -> float:
        with httpx.Client(
            base_url=served.url, headers={"Authorization": f"Bearer {secret}"}, timeout=60
        ) as c:
            for _ in range(5):
                send(c)
            began = process_cpu_s(served.pid)
            for _ in range(count):
                send(c)
            return (process_cpu_s(served.pid) - began) / count * 1000

    def generate(body: dict[str, str]) -> Callable[[httpx.Client], object]:
        return lambda c: c.post("/v1/generate", json=body).raise_for_status()

    return CpuFigures(
        scale_ms=per_request(keys.scale, generate(SCALE_BODY), requests),
        build_ms=per_request(keys.build, generate(BUILD_BODY), max(20, requests // 4)),
        floor_ms=per_request(keys.scale, lambda c: c.get("/v1/usage").raise_for_status(), requests),
    )


def one_cpu() -> str:
    """A CPU this process may run on, for ``--lane-cpus`` (the lowest-numbered)."""
    return str(min(os.sched_getaffinity(0)))


@contextmanager
def serve(
    startup_s: float = 60.0,
    *,
    lanes: bool = True,
    lane_cpus: str = "",
    auth: str = "required",
    env_extra: dict[str, str] | None = None,
) -> Iterator[Served]:
    """A ``limner serve`` with :data:`SERVER_ENV` (and ``env_extra``) on a free loopback port and a
    temporary data dir (with ``--lanes`` unless told otherwise, on ``lane_cpus`` when given; ``auth``
    ``local`` serves the local account without keys)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = int(probe.getsockname()[1])
    admin_key = secrets.token_urlsafe(24)
    env = {k: v for k, v in os.environ.items() if not k.startswith("LIMNER_")}
    env.update(SERVER_ENV, LIMNER_ADMIN_KEY=admin_key)
    env.update(env_extra or {})
    with tempfile.TemporaryDirectory() as tmp:
        command = [sys.executable, "-m", "limner.cli.main", "serve", "--port", str(port)]
        command += ["--auth", auth, "--data-dir", str(Path(tmp) / "data")]
        command += ["--lanes"] if lanes else ["--no-lanes"]
        command += ["--lane-cpus", lane_cpus] if lane_cpus else []
        process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        url = f"http://127.0.0.1:{port}"
        try:
            up = lambda: _healthy(url) or process.poll() is not None  # noqa: E731
            _wait_until(up, "limner serve started", startup_s)
            if process.poll() is not None:
                raise RuntimeError(f"limner serve exited with {process.returncode}")
            yield Served(url, admin_key, process.pid)
        finally:
            process.terminate()
            try:
                process.wait(30)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def _healthy(url: str) -> bool:
    try:
        return httpx.get(url + "/healthz", timeout=1).status_code == 200
    except httpx.HTTPError:
        return False


__all__ = [
    "BUILD_BODY",
    "SCALE_BODY",
    "SERVER_ENV",
    "CpuFigures",
    "Figures",
    "Keys",
    "Served",
    "api_cpu",
    "create_keys",
    "measure",
    "one_cpu",
    "p99",
    "process_cpu_s",
    "serve",
]
