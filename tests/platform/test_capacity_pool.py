"""Render slots: reservations, shared fallback, FIFO, bounded waits (503), units that change."""

from __future__ import annotations

import multiprocessing
import os
import signal
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from limner.config import Settings
from limner.errors import RenderError
from limner.plan.model import Canvas, Element, Plan
from limner.platform.capacity import CapacityUnavailable, Grant, SlotKind, SlotPool, allocate
from limner.platform.keys import KeyStore
from limner.platform.render_slots import ProcessRenderers, ThreadRenderers
from limner.platform.service import LimnerService
from limner.platform.tables import LOCAL_ACCOUNT
from limner.render.base import RenderedImage, RenderOptions
from limner.render.builtin import BuiltinRenderer
from limner.render.registry import RendererRegistry
from limner.server.app import create_app
from tests.platform.doubles import BoxesRenderer, WordsReasoner

pytestmark = pytest.mark.slow  # its files run first (tests/conftest.py)

ADMIN = "admin-capacity-secret-0123456789"


def pool(
    total: int, units: dict[str, int], refresh_s: float = 2.0, clock: Callable[[], float] = time.monotonic
) -> SlotPool:
    return SlotPool(total, lambda: list(units.items()), refresh_s=refresh_s, clock=clock)


def wait_until(check: Callable[[], bool], timeout: float = 5.0) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        assert time.monotonic() < deadline, "condition not reached"
        time.sleep(0.005)


# --- allocation ------------------------------------------------------------------------------


def test_allocation_reserves_units_and_keeps_one_slot_shared() -> None:
    a = allocate(4, [("acct_a", 1), ("acct_b", 2)])
    assert a.reserved == {"acct_a": 1, "acct_b": 2} and a.shared == 1
    capped = allocate(3, [("acct_a", 2), ("acct_b", 2), ("acct_c", 1)])
    assert capped.reserved == {"acct_a": 2} and capped.shared == 1  # first come, first reserved
    assert capped.units == {"acct_a": 2, "acct_b": 2, "acct_c": 1}
    assert allocate(1, [("acct_a", 5)]).shared == 1


def test_capped_units_are_logged_and_shown(caplog: pytest.LogCaptureFixture) -> None:
    slots = pool(2, {"acct_a": 3})
    with caplog.at_level("WARNING", logger="limner.platform.capacity"):
        view = slots.view("thread")
    assert view.capped and view.accounts[0].units == 3 and view.accounts[0].reserved == 1
    assert "only 1 of 2 slots can be reserved" in caplog.text


# --- who may use which slot ------------------------------------------------------------------


def test_build_never_takes_a_reserved_slot() -> None:
    slots = pool(3, {"acct_scale": 2})
    build = slots.acquire("acct_build", 0.05)
    assert build.kind == "shared"
    with pytest.raises(CapacityUnavailable):
        slots.acquire("acct_build", 0.05)  # two reserved slots are free, but not for Build
    with pytest.raises(CapacityUnavailable):
        slots.acquire(LOCAL_ACCOUNT, 0.05)
    first, second = slots.acquire("acct_scale", 0.05), slots.acquire("acct_scale", 0.05)
    assert first.kind == second.kind == "reserved"
    view = slots.view("thread")
    assert (view.shared_busy, view.accounts[0].busy, view.waiting) == (1, 2, 0)


def test_scale_falls_back_to_shared_slots_when_its_own_are_busy() -> None:
    slots = pool(5, {"acct_scale": 1})
    kinds = [slots.acquire("acct_scale", 0.05).kind for _ in range(3)]
    assert kinds == ["reserved", "shared", "shared"]  # 4 shared: one account holds at most 2
    with pytest.raises(CapacityUnavailable):
        slots.acquire("acct_scale", 0.05)
    assert slots.acquire("acct_build", 0.05).kind == "shared"  # the rest stays for other accounts


def test_a_freed_reserved_slot_goes_to_its_account_past_build_waiters() -> None:
    slots = pool(2, {"acct_scale": 1})
    held_shared = slots.acquire("acct_build", 0)
    held_reserved = slots.acquire("acct_scale", 0)
    got: list[Grant] = []
    build = threading.Thread(target=lambda: got.append(slots.acquire("acct_build", 5)))
    build.start()
    wait_until(lambda: slots.view("thread").waiting == 1)
    scale = threading.Thread(target=lambda: got.append(slots.acquire("acct_scale", 5)))
    scale.start()
    wait_until(lambda: slots.view("thread").waiting == 2)
    slots.release(held_reserved)
    scale.join(5)
    assert [g.account_id for g in got] == ["acct_scale"]
    slots.release(held_shared)
    build.join(5)
    assert [(g.account_id, g.kind) for g in got] == [("acct_scale", "reserved"), ("acct_build", "shared")]


def test_waiters_are_served_first_come_first_served() -> None:
    slots = pool(2, {"acct_scale": 1})
    held = slots.acquire("acct_a", 0)
    slots.acquire("acct_scale", 0)  # its reserved slot is busy: it queues for the shared one too
    granted: list[str] = []

    def take(account: str) -> None:
        grant = slots.acquire(account, 5)
        granted.append(account)  # before releasing: the next waiter cannot have it yet
        slots.release(grant)

    threads = []
    for i, account in enumerate(["acct_b", "acct_scale", "acct_c", "acct_d"]):
        threads.append(threading.Thread(target=take, args=(account,)))
        threads[-1].start()
        wait_until(lambda n=i + 1: slots.view("thread").waiting == n)
    slots.release(held)
    for thread in threads:
        thread.join(5)
    assert granted == ["acct_b", "acct_scale", "acct_c", "acct_d"]


# --- bounded waits ---------------------------------------------------------------------------


def test_a_wait_that_runs_out_raises_503_capacity_unavailable() -> None:
    slots = pool(1, {})
    held = slots.acquire("acct_a", 0)
    began = time.monotonic()
    with pytest.raises(CapacityUnavailable) as caught:
        slots.acquire("acct_b", 0.2)
    assert time.monotonic() - began >= 0.18  # it did wait its time before giving up
    error = caught.value
    assert (error.status, error.code) == (503, "capacity_unavailable") and 1 <= error.retry_after <= 60
    assert slots.view("thread").waiting == 0  # the timed-out waiter left the queue
    slots.release(held)
    slots.release(slots.acquire("acct_b", 0))


def test_units_that_change_are_picked_up_after_the_refresh_time() -> None:
    units = {"acct_scale": 1}
    now = [0.0]
    slots = pool(3, units, refresh_s=2.0, clock=lambda: now[0])
    assert slots.view("thread").shared == 2
    units["acct_scale"] = 2
    assert slots.view("thread").shared == 2  # still trusted
    now[0] = 2.5
    assert slots.view("thread").shared == 1
    units["acct_other"] = 1
    slots.refresh()
    view = slots.view("thread")
    assert (
        view.shared == 1
        and view.capped
        and {a.account_id: a.reserved for a in view.accounts}
        == {
            "acct_other": 0,
            "acct_scale": 2,
        }
    )


# --- the service and the HTTP answer ----------------------------------------------------------


@pytest.fixture
def capacity_service(tmp_path: Path) -> Iterator[LimnerService]:
    settings = Settings(
        data_dir=tmp_path / "data", database_url=None, render_slots=2, render_wait_s=0.3, admin_key=ADMIN
    )
    registry = RendererRegistry([("builtin", BoxesRenderer)])
    with LimnerService.open(settings, reasoner=WordsReasoner(), renderers=registry) as opened:
        yield opened


def test_units_in_the_accounts_table_reserve_slots(capacity_service: LimnerService) -> None:
    keys = KeyStore(capacity_service._sessions)
    assert capacity_service.capacity().shared == 2
    scale = keys.create("scale", units=1)
    keys.create("build")
    capacity_service.slots.refresh()
    view = capacity_service.capacity()
    assert (view.shared, view.reserved, view.isolation) == (1, 1, "thread")
    assert [(a.account_id, a.reserved) for a in view.accounts] == [(scale.info.account_id, 1)]
    keys.set_account(scale.info.account_id, units=0)
    capacity_service.slots.refresh()
    assert capacity_service.capacity().shared == 2 and capacity_service.capacity().accounts == []


def test_no_slot_in_time_is_a_503_problem_and_nothing_is_stored(capacity_service: LimnerService) -> None:
    app = create_app(capacity_service.settings, capacity_service)
    held = [capacity_service.slots.acquire(LOCAL_ACCOUNT, 0) for _ in range(2)]
    before = capacity_service.count_rows()
    with TestClient(app, raise_server_exceptions=False) as client:
        answer = client.post(
            "/v1/generate", json={"prompt": "red cat", "size": "64x64"}, headers={"Idempotency-Key": "k1"}
        )
        assert answer.status_code == 503, answer.text
        assert answer.headers["content-type"].startswith("application/problem+json")
        assert answer.json()["code"] == "capacity_unavailable" and int(answer.headers["Retry-After"]) >= 1
        assert capacity_service.count_rows() == before
        usage = client.get("/v1/usage").json()
        assert usage["images"] == 0
        capacity = client.get("/v1/admin/capacity", headers={"Authorization": f"Bearer {ADMIN}"})
        assert capacity.status_code == 200
        assert capacity.json()["shared_busy"] == 2 and capacity.json()["total"] == 2
        assert client.get("/v1/admin/capacity").status_code == 401
        for grant in held:
            capacity_service.slots.release(grant)
        again = client.post(
            "/v1/generate", json={"prompt": "red cat", "size": "64x64"}, headers={"Idempotency-Key": "k1"}
        )
        assert again.status_code == 200 and "idempotent-replayed" not in again.headers  # 503 not kept


def test_an_admin_units_change_reserves_slots_at_once(capacity_service: LimnerService) -> None:
    app = create_app(capacity_service.settings, capacity_service)
    admin = {"Authorization": f"Bearer {ADMIN}"}
    with TestClient(app, raise_server_exceptions=False) as client:
        key = client.post("/v1/admin/keys", json={"tier": "scale", "units": 1}, headers=admin).json()
        assert client.get("/v1/admin/capacity", headers=admin).json()["reserved"] == 1
        patched = client.patch(f"/v1/admin/accounts/{key['account_id']}", json={"units": 5}, headers=admin)
        assert patched.status_code == 200
        view = client.get("/v1/admin/capacity", headers=admin).json()
        assert view["capped"] and view["shared"] == 1 and view["accounts"][0]["units"] == 5


# --- renderers per slot -----------------------------------------------------------------------


class _Gate(BoxesRenderer):
    """Counts how many renders of this instance overlap."""

    def __init__(self) -> None:
        super().__init__()
        self.inside = 0
        self.most = 0
        self.lock = threading.Lock()

    def render(self, plan: Plan, options: RenderOptions) -> RenderedImage:
        with self.lock:
            self.inside += 1
            self.most = max(self.most, self.inside)
        time.sleep(0.05)
        with self.lock:
            self.inside -= 1
        return super().render(plan, options)


def _plan() -> Plan:
    return Plan(
        prompt="a red apple",
        canvas=Canvas(width=96, height=64),
        elements=[Element(id="e1", noun="apple", attributes={"color": "red"}, box=(0.2, 0.2, 0.8, 0.8))],
    )


def _render_concurrently(renderers: ThreadRenderers, count: int) -> None:
    grant = Grant("shared", "acct_a", 0.0)
    threads = [
        threading.Thread(target=renderers.render, args=(grant, "builtin", _plan(), RenderOptions()))
        for _ in range(count)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(5)


def test_concurrent_renders_get_instances_of_their_own() -> None:
    made: list[_Gate] = []

    def factory() -> _Gate:
        made.append(_Gate())
        return made[-1]

    _render_concurrently(ThreadRenderers(RendererRegistry([("builtin", factory)])), 3)
    assert len(made) >= 2 and all(r.most == 1 for r in made)


def test_a_factory_that_hands_out_one_object_still_renders_one_at_a_time() -> None:
    only = _Gate()
    _render_concurrently(ThreadRenderers(RendererRegistry([("builtin", lambda: only)])), 3)
    assert only.calls == 3 and only.most == 1


def test_a_slot_process_renders_the_same_bytes_as_this_process() -> None:
    renderers = ProcessRenderers()
    try:
        options = RenderOptions(width=96, height=64, seed=3)
        kinds: tuple[SlotKind, ...] = ("reserved", "shared")
        for kind in kinds:
            image = renderers.render(Grant(kind, "acct_scale", 0.0), "builtin", _plan(), options)
            assert image.data == BuiltinRenderer().render(_plan(), options).data
    finally:
        renderers.close()


def test_a_slot_process_that_dies_fails_one_render_and_is_replaced() -> None:
    renderers = ProcessRenderers()
    grant = Grant("shared", "acct_a", 0.0)
    options = RenderOptions(width=64, height=64)
    try:
        renderers.render(grant, "builtin", _plan(), options)
        children = multiprocessing.active_children()
        assert children
        for child in children:
            os.kill(child.pid or 0, signal.SIGKILL)
            child.join(5)
        with pytest.raises(RenderError, match="died"):
            renderers.render(grant, "builtin", _plan(), options)
        assert renderers.render(grant, "builtin", _plan(), options).data.startswith(b"\x89PNG")
    finally:
        renderers.close()
