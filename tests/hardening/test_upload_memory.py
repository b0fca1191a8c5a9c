"""Issue 15 defect 1: 40 concurrent maximum-size reference uploads against a real ``limner serve``
stay under 1 GB above the server's idle memory and give it back (within 100 MB) afterwards.

A memory bound is a functional property (an upload burst must not take the server down), so it is
asserted here; the figures are printed (``-s``) for the record.
"""

from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest

from tests.hardening.uploads import padded_png, rss_bytes
from tests.serving import running_server

UPLOADS = 40
FILE_BYTES = 15_000_000
MB = 1_000_000


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="needs Linux /proc")
def test_forty_concurrent_15mb_uploads_stay_bounded_and_memory_returns(tmp_path: Path) -> None:
    data = padded_png(1600, 1200, FILE_BYTES)
    assert len(data) >= FILE_BYTES - 1000
    with running_server(tmp_path / "data") as server:
        pid = server.process.pid
        with server.client() as client:  # warm up: the first upload imports and caches what it needs
            first = client.post("/v1/references", files={"file": ("a.png", data, "image/png")})
            assert first.status_code == 201, first.text
        time.sleep(1.0)
        idle = rss_bytes(pid)
        peak = idle
        done = threading.Event()

        def sample() -> None:
            nonlocal peak
            while not done.is_set():
                peak = max(peak, rss_bytes(pid))
                time.sleep(0.02)

        def upload(i: int) -> int:
            with httpx.Client(base_url=server.url, timeout=120) as c:
                response = c.post("/v1/references", files={"file": (f"{i}.png", data, "image/png")})
                return response.status_code

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        try:
            with ThreadPoolExecutor(UPLOADS) as pool:
                statuses = list(pool.map(upload, range(UPLOADS)))
        finally:
            done.set()
            sampler.join()
        assert statuses == [201] * UPLOADS
        after = rss_bytes(pid)
        deadline = time.monotonic() + 10
        while after - idle > 100 * MB and time.monotonic() < deadline:
            time.sleep(0.25)
            after = rss_bytes(pid)
        print(
            f"\nupload memory: idle {idle / MB:.0f} MB, peak {peak / MB:.0f} MB "
            f"(+{(peak - idle) / MB:.0f} MB), after {after / MB:.0f} MB (+{(after - idle) / MB:.0f} MB)"
        )
        assert peak - idle < 1000 * MB
        assert after - idle < 100 * MB
