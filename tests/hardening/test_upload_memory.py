"""Issue 15 defect 1: 40 concurrent maximum-size uploads against a real ``limner serve`` stay under
1 GB above the server's idle memory and give it back (within 100 MB) afterwards: reference uploads
(``/v1/references``) and the OpenAI-compatible edits (``/v1/images/edits``).

A memory bound is a functional property (an upload burst must not take the server down), so it is
asserted here; the figures are printed (``-s``) for the record.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from tests.hardening.uploads import mask_png, padded_png, rss_bytes
from tests.serving import Server, running_server

pytestmark = pytest.mark.slow  # its files run first (tests/conftest.py)

UPLOADS = 40
FILE_BYTES = 15_000_000
MB = 1_000_000
WIDTH, HEIGHT = 1600, 1200
#: The edit's editable box: small, so the burst measures uploads rather than rendering.
HOLE = (700, 500, 780, 580)

linux_only = pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="needs Linux /proc")


@dataclass(frozen=True)
class Burst:
    """Server memory around a burst of concurrent requests, and their statuses."""

    idle: int
    peak: int
    after: int
    statuses: list[int]

    def report(self, what: str) -> str:
        return (
            f"\n{what} memory: idle {self.idle / MB:.0f} MB, peak {self.peak / MB:.0f} MB "
            f"(+{(self.peak - self.idle) / MB:.0f} MB), after {self.after / MB:.0f} MB "
            f"(+{(self.after - self.idle) / MB:.0f} MB)"
        )


def burst(server: Server, post: Callable[[httpx.Client], httpx.Response]) -> Burst:
    """One warm-up request (imports and caches), then ``UPLOADS`` concurrent ones while the
    server's RSS is sampled; ``after`` waits up to 10 s for memory to come back."""
    pid = server.process.pid
    with server.client() as client:
        first = post(client)
        assert first.status_code in (200, 201), first.text
    time.sleep(1.0)
    idle = rss_bytes(pid)
    peak = idle
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, rss_bytes(pid))
            time.sleep(0.02)

    def one(_i: int) -> int:
        with httpx.Client(base_url=server.url, timeout=300) as c:
            return post(c).status_code

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    try:
        with ThreadPoolExecutor(UPLOADS) as pool:
            statuses = list(pool.map(one, range(UPLOADS)))
    finally:
        done.set()
        sampler.join()
    after = rss_bytes(pid)
    deadline = time.monotonic() + 10
    while after - idle > 100 * MB and time.monotonic() < deadline:
        time.sleep(0.25)
        after = rss_bytes(pid)
    return Burst(idle, peak, after, statuses)


@linux_only
def test_forty_concurrent_15mb_uploads_stay_bounded_and_memory_returns(tmp_path: Path) -> None:
    data = padded_png(WIDTH, HEIGHT, FILE_BYTES)
    assert len(data) >= FILE_BYTES - 1000

    def post(client: httpx.Client) -> httpx.Response:
        return client.post("/v1/references", files={"file": ("a.png", data, "image/png")})

    with running_server(tmp_path / "data") as server:
        measured = burst(server, post)
    print(measured.report("reference upload"))
    assert measured.statuses == [201] * UPLOADS
    assert measured.peak - measured.idle < 1000 * MB
    assert measured.after - measured.idle < 100 * MB


@linux_only
def test_forty_concurrent_15mb_openai_edits_stay_bounded_and_memory_returns(tmp_path: Path) -> None:
    data = padded_png(WIDTH, HEIGHT, FILE_BYTES)
    mask = mask_png(WIDTH, HEIGHT, HOLE)

    def post(client: httpx.Client) -> httpx.Response:
        return client.post(
            "/v1/images/edits",
            data={"prompt": "a red ball", "response_format": "b64_json"},
            files=[("image", ("a.png", data, "image/png")), ("mask", ("m.png", mask, "image/png"))],
        )

    # Every edit waits for a render slot as long as the burst takes: this test measures memory.
    with running_server(tmp_path / "data", env={"LIMNER_RENDER_WAIT_S": "600"}) as server:
        measured = burst(server, post)
    print(measured.report("OpenAI edit upload"))
    assert measured.statuses == [200] * UPLOADS
    assert measured.peak - measured.idle < 1000 * MB
    assert measured.after - measured.idle < 100 * MB
