"""Reasoning and rendering are CPU work in the threadpool: the event loop keeps answering."""

from __future__ import annotations

import threading
from pathlib import Path

import anyio
import httpx
import pytest

from limner.config import Settings
from limner.plan.model import Plan
from limner.platform.service import LimnerService
from limner.render.base import RenderedImage, RenderOptions
from limner.render.registry import RendererRegistry
from limner.server.app import create_app
from tests.platform.doubles import BoxesRenderer, WordsReasoner


class SlowRenderer(BoxesRenderer):
    """Blocks its thread until released, like a long CPU-bound render."""

    name = "slow"

    def __init__(self) -> None:
        super().__init__()
        self.started = threading.Event()
        self.release = threading.Event()

    def render(self, plan: Plan, options: RenderOptions) -> RenderedImage:
        self.started.set()
        self.release.wait(timeout=10)
        return super().render(plan, options)


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.mark.anyio
async def test_a_slow_generation_does_not_block_other_requests(tmp_path: Path) -> None:
    slow = SlowRenderer()
    settings = Settings(data_dir=tmp_path / "data", database_url=None)
    registry = RendererRegistry([("builtin", lambda: slow)])
    with LimnerService.open(settings, reasoner=WordsReasoner(), renderers=registry) as service:
        app = create_app(settings, service)
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://limner.test") as client:
            results: dict[str, httpx.Response] = {}

            async def generate() -> None:
                results["generate"] = await client.post(
                    "/v1/generate", json={"prompt": "cat", "size": "64x64"}
                )

            async with anyio.create_task_group() as tasks:
                tasks.start_soon(generate)
                await anyio.to_thread.run_sync(slow.started.wait, 5)
                health = await client.get("/healthz")
                plan = await client.post("/v1/reason", json={"prompt": "dog"})
                assert "generate" not in results  # still rendering
                slow.release.set()
            assert health.status_code == 200 and plan.status_code == 200
            assert results["generate"].json()["status"] == "succeeded"
