"""Cancel racing a running job: exactly one of cancel and completion wins, atomically.

A worker in this process renders with the built-in renderer held at a gate, so the test decides
whether the cancel lands while the job renders (cancel wins: nothing stored, nothing charged) or
after it finished (completion wins: the cancel answers the succeeded generation). The server and
the worker share one database, SQLite or PostgreSQL.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy.orm import Session

from limner.config import Settings
from limner.errors import NotFoundError
from limner.plan.model import Plan
from limner.platform.db import make_sessions
from limner.platform.jobs import JobQueue, LeaseLost
from limner.platform.schemas import GenerateBody
from limner.platform.service import LimnerService
from limner.platform.tables import GenerationRow
from limner.platform.worker import Worker
from limner.render.base import RenderedImage, RenderOptions
from limner.render.builtin import BuiltinRenderer
from limner.render.registry import RendererRegistry
from tests.platform_ops.conftest import Backend, Server, limner, start_server, stop_server

pytestmark = pytest.mark.slow  # its files run first (tests/conftest.py)

GEN = {"prompt": "a red apple next to a blue cup", "size": "64x64", "n": 2}
GATE_S = 30.0


class GatedRenderer:
    """The built-in renderer, held at a gate until the test opens it."""

    name = BuiltinRenderer.name
    version = BuiltinRenderer.version

    def __init__(self) -> None:
        self.inner = BuiltinRenderer()
        self.entered = threading.Event()
        self.gate = threading.Event()

    def render(self, plan: Plan, options: RenderOptions) -> RenderedImage:
        self.entered.set()
        if not self.gate.wait(GATE_S):
            raise TimeoutError("the test never opened the gate")
        return self.inner.render(plan, options)


@dataclass
class Rig:
    backend: Backend
    server: Server
    service: LimnerService
    renderer: GatedRenderer
    secret: str
    account_id: str

    def client(self) -> httpx.Client:
        return self.server.client(self.secret)


@pytest.fixture
def rig(backend: Backend, request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Rig]:
    # A database of its own, and no embedded workers: only this test's worker runs jobs.
    url = request.getfixturevalue("postgres_server").create_database() if backend.database_url else None
    own = Backend(backend.name, tmp_path / "data", url)
    server = start_server(own, LIMNER_WORKERS="0")
    renderer = GatedRenderer()
    service = LimnerService.open(
        Settings(data_dir=own.data_dir, database_url=url, job_lease_s=30.0),
        renderers=RendererRegistry([("builtin", lambda: renderer)]),
    )
    try:
        with server.admin() as admin:
            created = admin.post("/v1/admin/keys", json={"tier": "build"})
        assert created.status_code == 201, created.text
        key = created.json()
        yield Rig(own, server, service, renderer, str(key["secret"]), str(key["account_id"]))
    finally:
        renderer.gate.set()
        service.close()
        stop_server(server)


def _submit(client: httpx.Client) -> str:
    accepted = client.post("/v1/generate", json={**GEN, "async": True})
    assert accepted.status_code == 202, accepted.text
    return str(accepted.json()["id"])


def _reconciled(backend: Backend) -> dict[str, Any]:
    result = limner(backend, "billing", "reconcile", "--json")
    assert result.returncode == 0, result.stdout + result.stderr
    report: dict[str, Any] = json.loads(result.stdout)
    assert report["ok"] and report["ledger_rows"] == report["billed_images"]
    return report


def test_cancel_while_rendering_wins_and_the_completion_is_discarded(rig: Rig) -> None:
    worker = Worker(rig.service, name="gated")
    with rig.client() as client:
        job = _submit(client)
        runner = threading.Thread(target=worker.run_once)
        runner.start()
        try:
            assert rig.renderer.entered.wait(GATE_S), "the worker never started rendering"
            assert client.get(f"/v1/generations/{job}").json()["status"] == "running"
            canceled = client.post(f"/v1/generations/{job}/cancel")
            assert canceled.status_code == 200, canceled.text
            assert canceled.json()["status"] == "canceled"
        finally:
            rig.renderer.gate.set()  # the worker finishes rendering and tries to store
            runner.join(GATE_S)
        assert not runner.is_alive()
        final = client.get(f"/v1/generations/{job}").json()
        assert final["status"] == "canceled" and final["images"] == []
        usage = client.get("/v1/usage").json()
        assert usage["images"] == 0 and Decimal(usage["amount"]) == 0
    with pytest.raises(NotFoundError):
        rig.service.get_generation(job, rig.account_id)  # no generation row at all
    assert rig.service.count_rows()["images"] == 0 and rig.service.count_rows()["generations"] == 0
    assert worker.run_once() is False  # a canceled job is never claimed again
    _reconciled(rig.backend)


def test_completion_first_then_cancel_answers_the_finished_generation(rig: Rig) -> None:
    rig.renderer.gate.set()
    worker = Worker(rig.service, name="quick")
    with rig.client() as client:
        job = _submit(client)
        assert worker.run_once() is True
        answered = client.post(f"/v1/generations/{job}/cancel")
        assert answered.status_code == 200, answered.text
        body = answered.json()
        assert body["status"] == "succeeded" and len(body["images"]) == GEN["n"]
        assert client.get(f"/v1/generations/{job}").json() == body
        assert client.get("/v1/usage").json()["images"] == GEN["n"]  # charged once
    assert _reconciled(rig.backend)["ledger_rows"] == GEN["n"]


def test_a_worker_whose_lease_was_taken_over_stores_nothing(rig: Rig) -> None:
    """Two workers on one job (the first one's lease ran out): only the lease owner stores."""
    rig.renderer.gate.set()
    queue = JobQueue(make_sessions(rig.service.engine))
    with rig.client() as client:
        job = _submit(client)
    first = queue.claim("slow", lease_s=0.05)
    assert first is not None and first.id == job
    time.sleep(0.1)
    second = queue.claim("fresh", lease_s=30.0)
    assert second is not None and second.id == job and second.attempts == 2
    body = GenerateBody.model_validate(GEN)

    def as_worker(name: str) -> Callable[[Session, GenerationRow], None]:
        return lambda session, row: queue.complete(session, job, name, row.status, row.plan_id)

    with pytest.raises(LeaseLost):
        rig.service.generate(body, first.account_id, generation_id=job, on_store=as_worker("slow"))
    assert rig.service.count_rows()["images"] == 0
    stored = rig.service.generate(body, second.account_id, generation_id=job, on_store=as_worker("fresh"))
    assert stored.status == "succeeded" and len(stored.images) == GEN["n"]
    assert queue.cancel(job, second.account_id) is False  # finished: cancel changes nothing
    assert _reconciled(rig.backend)["ledger_rows"] == GEN["n"]


def test_many_cancels_against_running_workers_keep_one_outcome(
    backend: Backend, request: pytest.FixtureRequest, tmp_path: Path
) -> None:
    """Real workers inside the server, cancels at staggered moments: whatever the cancel answered
    is what the generation stays, and the ledger holds exactly the succeeded jobs' images."""
    url = request.getfixturevalue("postgres_server").create_database() if backend.database_url else None
    own = Backend(backend.name, tmp_path / "data", url)
    server = start_server(own, LIMNER_WORKERS="2")
    try:
        with server.admin() as admin:
            secret = admin.post("/v1/admin/keys", json={"tier": "build"}).json()["secret"]
        answers: dict[str, str] = {}
        with server.client(secret) as client:
            jobs = [_submit(client) for _ in range(12)]
            for index, job in enumerate(jobs):
                time.sleep(0.01 * (index % 4))
                answered = client.post(f"/v1/generations/{job}/cancel")
                assert answered.status_code == 200, answered.text
                answers[job] = answered.json()["status"]
            deadline = time.monotonic() + 60
            finals: dict[str, dict[str, Any]] = {}
            while len(finals) < len(jobs) and time.monotonic() < deadline:
                for job in jobs:
                    body = client.get(f"/v1/generations/{job}").json()
                    if body["status"] in ("succeeded", "failed", "canceled"):
                        finals[job] = body
                time.sleep(0.05)
            assert len(finals) == len(jobs)
            for job, answer in answers.items():
                assert answer in ("canceled", "succeeded"), answer
                assert finals[job]["status"] == answer, (job, answer, finals[job]["status"])
                assert len(finals[job]["images"]) == (GEN["n"] if answer == "succeeded" else 0)
            succeeded = sum(1 for a in answers.values() if a == "succeeded")
            assert client.get("/v1/usage").json()["images"] == succeeded * GEN["n"]
    finally:
        stop_server(server)
    assert _reconciled(own)["ledger_rows"] == succeeded * GEN["n"]
