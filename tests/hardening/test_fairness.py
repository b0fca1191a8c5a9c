"""Issue 15 defect 4: one tenant cannot starve the shared render slots; a request's work is priced
(pixels × images × elements) and capped."""

from __future__ import annotations

import threading
import time

import pytest
from fastapi.testclient import TestClient

from limner.errors import InvalidRequestError
from limner.platform.capacity import Grant, SlotPool, shared_cap
from limner.platform.cost import check_cost, image_equivalents, request_cost
from tests.hardening.conftest import ADMIN_KEY, new_key, small_plan


def _pool(total: int, uncapped: frozenset[str] = frozenset()) -> SlotPool:
    return SlotPool(total, lambda: [], refresh_s=3600, uncapped=uncapped)


def _wait_until(condition: object, timeout: float = 5.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition() and time.monotonic() < deadline:  # type: ignore[operator]
        time.sleep(0.005)


def test_one_account_holds_at_most_half_the_shared_slots() -> None:
    assert [shared_cap(n) for n in (1, 2, 3, 4, 8)] == [1, 1, 1, 2, 4]
    slots = _pool(2)
    heavy = slots.acquire("acct_a", 0)
    waiting: list[Grant] = []
    second = threading.Thread(target=lambda: waiting.append(slots.acquire("acct_a", 5)))
    second.start()  # account A's second heavy request waits: its share is taken
    _wait_until(lambda: slots.view("thread").waiting == 1)
    small = slots.acquire("acct_b", 0)  # B is admitted at once, past A's waiting request
    assert small.kind == "shared" and not waiting
    slots.release(heavy)
    second.join(5)
    assert [g.account_id for g in waiting] == ["acct_a"]
    slots.release(small)
    slots.release(waiting[0])


def test_a_freed_slot_goes_to_the_oldest_waiter_under_its_cap() -> None:
    slots = _pool(4)  # one account: at most 2 shared
    held = [slots.acquire("acct_a", 0), slots.acquire("acct_a", 0), slots.acquire("acct_c", 0)]
    got: list[str] = []
    a = threading.Thread(target=lambda: got.append(slots.acquire("acct_a", 5).account_id))
    a.start()
    _wait_until(lambda: slots.view("thread").waiting == 1)
    b = threading.Thread(target=lambda: got.append(slots.acquire("acct_b", 5).account_id))
    b.start()
    b.join(5)
    assert got == ["acct_b"]  # the fourth slot was free for B; A is at its cap
    slots.release(held[2])
    a.join(0.2)
    assert got == ["acct_b"]  # C's slot freed, but A is still at its cap
    slots.release(held[0])
    a.join(5)
    assert got == ["acct_b", "acct_a"]


def test_the_local_account_is_not_capped() -> None:
    slots = _pool(2, uncapped=frozenset({"local"}))
    assert [slots.acquire("local", 0).kind for _ in range(2)] == ["shared", "shared"]


def test_work_is_priced_by_pixels_images_and_elements() -> None:
    assert image_equivalents(1024, 1024, 1) == 1
    assert image_equivalents(64, 64, 8) == 8  # small images still count one each
    assert image_equivalents(4096, 4096, 1) == 16
    assert image_equivalents(1024, 1024, 1, elements=10) == 1  # an everyday scene counts one image
    assert image_equivalents(1024, 1024, 2, elements=640) == 2 * 11
    assert request_cost(2048, 2048, 2, 64) == 2 * 4 * 2


def test_a_request_over_the_cost_cap_is_422_naming_what_to_reduce(client: TestClient) -> None:
    plan = small_plan(client)
    element = plan["elements"][0]
    plan["elements"] = [{**element, "id": f"e{i}"} for i in range(1000)]
    response = client.post("/v1/generate", json={"plan": plan, "size": "4096x4096", "n": 8})
    assert response.status_code == 422, response.text
    assert response.json()["code"] == "request_too_costly" and response.json()["param"] == "plan.elements"
    check_cost(4096, 4096, 8, 10)  # the largest images, a plain plan: allowed
    with pytest.raises(InvalidRequestError) as caught:
        check_cost(4096, 4096, 8, 9000)
    assert caught.value.param == "plan.elements" and "reduce" in caught.value.detail
    with pytest.raises(InvalidRequestError) as wide:
        check_cost(4096, 4096, 200, 0)
    assert wide.value.param == "n"


def test_a_small_request_of_another_account_runs_while_heavy_ones_hold_slots(required: TestClient) -> None:
    """Functional, not a latency threshold: while account A's requests hold its share of the
    shared slots, account B's request is admitted to a slot (it does not wait for A's)."""
    service = required.app.state.service  # type: ignore[attr-defined]
    a, b = new_key(required), new_key(required)
    account_a = required.get("/v1/usage", headers={"Authorization": f"Bearer {a}"})
    assert account_a.status_code == 200
    slots: SlotPool = service.slots
    cap = shared_cap(slots.allocation.shared)
    assert cap < slots.allocation.shared, "the test needs a shared slot that A may not take"
    keys = required.get("/v1/admin/keys", headers={"Authorization": f"Bearer {ADMIN_KEY}"}).json()["data"]
    owner_of = {k["prefix"]: k["account_id"] for k in keys}
    account_of_a = next(acct for prefix, acct in owner_of.items() if a.startswith(prefix))
    held = [slots.acquire(account_of_a, 0) for _ in range(cap)]  # A's heavy renders, in progress
    try:
        blocked = required.post(
            "/v1/generate",
            json={"prompt": "a red ball", "size": "64x64"},
            headers={"Authorization": f"Bearer {a}"},
        )
        small = required.post(
            "/v1/generate",
            json={"prompt": "a red ball", "size": "64x64"},
            headers={"Authorization": f"Bearer {b}"},
        )
    finally:
        for grant in held:
            slots.release(grant)
    assert small.status_code == 200, small.text
    assert blocked.status_code == 503 and blocked.json()["code"] == "capacity_unavailable"
