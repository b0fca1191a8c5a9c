"""The documented topology, for real: ``scripts/cluster.sh up`` starts PostgreSQL, two ``limner serve``
and two ``limner worker`` processes on one data folder; work goes through both API processes and both
workers; a worker killed in the middle of a job leaves it to the other, and nothing is charged twice."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
from sqlalchemy import create_engine, text

from tests.platform_ops.conftest import free_port

pytestmark = [pytest.mark.e2e, pytest.mark.slow]

REPO = Path(__file__).resolve().parents[2]
SCRIPT = REPO / "scripts" / "cluster.sh"
ADMIN_KEY = "admin-cluster-test-0123456789"
LEASE_S = 2
FINAL = ("succeeded", "failed", "canceled")


@dataclass
class Cluster:
    root: Path
    env: dict[str, str]
    urls: list[str]

    def script(self, command: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            ["bash", str(SCRIPT), command], env=self.env, capture_output=True, text=True, timeout=180
        )

    def pid(self, name: str) -> int:
        return int((self.root / "pids" / f"{name}.pid").read_text())

    def database_url(self) -> str:
        for line in (self.root / "cluster.env").read_text().splitlines():
            if line.startswith("LIMNER_DATABASE_URL="):
                return line.split("=", 1)[1]
        raise AssertionError("cluster.env names no database")


def _alive(pid: int) -> bool:
    """Whether ``pid`` runs (a killed process that nobody reaped yet, state Z, does not)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except FileNotFoundError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


@pytest.fixture(scope="module")
def cluster(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Cluster]:
    if not shutil.which("setsid") or not sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb")):
        pytest.fail("the cluster needs PostgreSQL and util-linux (apt-get install postgresql util-linux)")
    root = tmp_path_factory.mktemp("cluster")
    pg_dir = Path(tempfile.mkdtemp(prefix="limner-cluster-pg-"))  # reachable by the postgres user
    ports = [free_port(), free_port()]
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LIMNER_", "CLUSTER_"))}
    env.update(
        CLUSTER_DIR=str(root),
        CLUSTER_PG_DIR=str(pg_dir),
        CLUSTER_PG_PORT=str(free_port()),
        CLUSTER_API_PORTS=" ".join(map(str, ports)),
        CLUSTER_AUTH="required",
        LIMNER_CMD=f"{sys.executable} -m limner.cli.main",
        LIMNER_ADMIN_KEY=ADMIN_KEY,
        LIMNER_JOB_LEASE_S=str(LEASE_S),
        # Render in threads: a render process pool's start-up would be most of this test's time.
        LIMNER_RENDER_PROCESSES="0",
        PYTHONPATH=f"{REPO / 'src'}{os.pathsep}{os.environ.get('PYTHONPATH', '')}",
    )
    made = Cluster(root, env, [f"http://127.0.0.1:{port}" for port in ports])
    try:
        started = made.script("up")
        assert started.returncode == 0, started.stderr + "".join(
            p.read_text() for p in (root / "logs").glob("*.log")
        )
        yield made
    finally:
        made.script("down")
        shutil.rmtree(pg_dir, ignore_errors=True)


def _key(cluster: Cluster) -> str:
    answer = httpx.post(
        cluster.urls[0] + "/v1/admin/keys",
        json={"tier": "scale", "units": 1},
        headers={"Authorization": f"Bearer {ADMIN_KEY}"},
        timeout=30,
    )
    assert answer.status_code in (200, 201), answer.text
    secret: str = answer.json()["secret"]
    return secret


def _wait(client: httpx.Client, generation_id: str, timeout: float = 60) -> dict[str, object]:
    deadline = time.monotonic() + timeout
    while True:
        generation: dict[str, object] = client.get(f"/v1/generations/{generation_id}").json()
        if generation["status"] in FINAL or time.monotonic() > deadline:
            return generation
        time.sleep(0.1)


def _jobs(cluster: Cluster) -> dict[str, tuple[str, str, int]]:
    """Job id → (status, lease owner, attempts), from the shared database."""
    engine = create_engine(cluster.database_url())
    try:
        with engine.connect() as connection:
            rows = connection.execute(text("SELECT id, status, lease_owner, attempts FROM jobs")).all()
    finally:
        engine.dispose()
    return {row[0]: (row[1], row[2] or "", int(row[3])) for row in rows}


def _owner_pid(owner: str) -> int:
    """A worker's process id from its lease name (``w<pid>-<thread>``)."""
    return int(owner[1:].split("-", 1)[0])


def test_two_apis_two_workers_one_database(cluster: Cluster) -> None:
    secret = _key(cluster)
    clients = [httpx.Client(base_url=url, headers={"Authorization": f"Bearer {secret}"}, timeout=60)
               for url in cluster.urls]  # fmt: skip
    try:
        # Synchronous work through each API process; each reads the other's images (one blob folder).
        made = [
            c.post("/v1/generate", json={"prompt": "a red apple", "size": "96x64"}).json() for c in clients
        ]
        for generation, other in zip(made, reversed(clients), strict=True):
            assert generation["status"] == "succeeded", generation
            image = generation["images"][0]
            answer = other.get(f"/v1/images/{image['id']}")
            assert answer.status_code == 200 and answer.headers["etag"].strip('"') == image["sha256"]

        # Async jobs, queued through both APIs, are run by both workers.
        workers = {cluster.pid("worker-1"), cluster.pid("worker-2")}
        owners: set[int] = set()
        for _round in range(4):
            queued = [
                clients[i % 2].post(
                    "/v1/generate", json={"prompt": f"{i + 2} green cars", "size": "256x192", "async": True}
                )
                for i in range(6)
            ]
            assert all(q.status_code == 202 for q in queued), [q.text for q in queued]
            for q in queued:
                assert _wait(clients[0], q.json()["id"])["status"] == "succeeded"
            jobs = _jobs(cluster)
            owners |= {_owner_pid(jobs[q.json()["id"]][1]) for q in queued}
            if owners == workers:
                break
        assert owners == workers
    finally:
        for client in clients:
            client.close()


def test_a_worker_killed_mid_job_leaves_it_to_the_other(cluster: Cluster) -> None:
    secret = _key(cluster)
    victim, survivor = cluster.pid("worker-1"), cluster.pid("worker-2")
    client = httpx.Client(base_url=cluster.urls[1], headers={"Authorization": f"Bearer {secret}"}, timeout=60)
    os.kill(survivor, signal.SIGSTOP)  # so that the victim claims the job
    try:
        body = {"prompt": "three red apples left of a blue vase", "size": "2048x2048", "n": 4, "async": True}
        job_id = client.post("/v1/generate", json=body).json()["id"]
        deadline = time.monotonic() + 30
        while True:
            status, owner, _ = _jobs(cluster)[job_id]
            if status == "running" and owner and _owner_pid(owner) == victim:
                break
            assert status == "queued" and time.monotonic() < deadline, (status, owner)
            time.sleep(0.02)
        os.kill(victim, signal.SIGKILL)
    finally:
        os.kill(survivor, signal.SIGCONT)
    try:
        generation = _wait(client, job_id, timeout=90)
    finally:
        client.close()
    assert generation["status"] == "succeeded", generation
    status, owner, attempts = _jobs(cluster)[job_id]
    assert _owner_pid(owner) == survivor and attempts == 2, (owner, attempts)  # taken over after the lease
    assert not _alive(victim)
    assert "worker-1 stopped" in cluster.script("status").stdout

    engine = create_engine(cluster.database_url())
    try:
        with engine.connect() as connection:
            images = connection.execute(
                text("SELECT COUNT(*) FROM images WHERE generation_id = :g"), {"g": job_id}
            ).scalar_one()
            charged = connection.execute(
                text("SELECT COUNT(*) FROM ledger WHERE generation_id = :g AND kind = 'image'"), {"g": job_id}
            ).scalar_one()
            twice = connection.execute(
                text(
                    "SELECT COUNT(*) FROM (SELECT image_id FROM ledger WHERE kind = 'image'"
                    " GROUP BY image_id HAVING COUNT(*) > 1) d"
                )
            ).scalar_one()
    finally:
        engine.dispose()
    assert images == charged == 4 and twice == 0
    data = str(cluster.root / "data")
    reconcile = subprocess.run(
        [sys.executable, "-m", "limner.cli.main", "billing", "reconcile", "--data-dir", data],
        env={**cluster.env, "LIMNER_DATABASE_URL": cluster.database_url()},
        capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert reconcile.returncode == 0, reconcile.stdout + reconcile.stderr


def test_down_stops_every_process(cluster: Cluster) -> None:
    pids = [cluster.pid(name) for name in ("api-1", "api-2", "worker-2")]
    stopped = cluster.script("down")
    assert stopped.returncode == 0, stopped.stderr
    assert not any(_alive(pid) for pid in pids)
    assert "postgres stopped" in stopped.stderr
    for url in cluster.urls:
        with pytest.raises(httpx.ConnectError):
            httpx.get(url + "/healthz", timeout=2)
