"""Issue 15 defect 7: an async generate answers what the sync one would, before anything is queued."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select

from limner.platform.accounts_tables import JobRow
from limner.platform.service import LimnerService
from tests.hardening.conftest import new_key, small_plan


def _jobs(service: LimnerService) -> int:
    with service._sessions() as session:
        return int(session.scalar(select(func.count()).select_from(JobRow)) or 0)


@pytest.mark.parametrize("async_", [False, True])
def test_unknown_plan_id_is_404_sync_and_async(local: tuple[TestClient, LimnerService], async_: bool) -> None:
    client, service = local
    response = client.post("/v1/generate", json={"plan_id": "plan_doesnotexist0000", "async": async_})
    assert response.status_code == 404, response.text
    assert response.json()["param"] == "plan_id"
    assert _jobs(service) == 0


@pytest.mark.parametrize("async_", [False, True])
def test_out_of_range_inline_plan_seed_is_422(local: tuple[TestClient, LimnerService], async_: bool) -> None:
    client, service = local
    plan: dict[str, Any] = small_plan(client)
    plan["seed"] = 2**40
    response = client.post("/v1/generate", json={"plan": plan, "async": async_})
    assert response.status_code == 422, response.text
    assert response.json()["param"] == "plan.seed"
    assert _jobs(service) == 0


def test_another_accounts_plan_is_404_async(required: TestClient) -> None:
    owner, other = new_key(required), new_key(required)
    made = required.post(
        "/v1/reason", json={"prompt": "a cat", "size": "64x64"}, headers={"Authorization": f"Bearer {owner}"}
    )
    assert made.status_code == 200, made.text
    response = required.post(
        "/v1/generate",
        json={"plan_id": made.json()["id"], "async": True},
        headers={"Authorization": f"Bearer {other}"},
    )
    assert response.status_code == 404, response.text
    mine = required.post(
        "/v1/generate",
        json={"plan_id": made.json()["id"], "async": True},
        headers={"Authorization": f"Bearer {owner}"},
    )
    assert mine.status_code == 202, mine.text


def test_seed_plus_n_and_missing_localizations_are_422_async(client: TestClient) -> None:
    plan = small_plan(client)
    seed = client.post("/v1/generate", json={"plan_id": plan["id"], "seed": 2**32 - 1, "n": 2, "async": True})
    assert seed.status_code == 422 and seed.json()["param"] == "seed"


#: 16 locales × n 8 × 4096² is exactly the cost cap in pixels × images; the reasoned plan's elements
#: take it over, so only a path that reasons the prompt before queuing can know.
OVER_COST_PROMPT: dict[str, Any] = {
    "prompt": "a red ball on a table",
    "size": "4096x4096",
    "n": 8,
    "locales": [
        "en",
        "de",
        "fr",
        "es",
        "it",
        "nl",
        "pt",
        "sv",
        "da",
        "fi",
        "pl",
        "cs",
        "ja",
        "ko",
        "zh",
        "tr",
    ],
}


@pytest.mark.parametrize("async_", [False, True])
def test_over_cost_prompt_is_the_same_422_sync_and_async(
    local: tuple[TestClient, LimnerService], async_: bool
) -> None:
    client, service = local
    response = client.post("/v1/generate", json={**OVER_COST_PROMPT, "async": async_})
    assert response.status_code == 422, response.text
    problem = response.json()
    assert (problem["code"], problem["param"]) == ("request_too_costly", "n")
    assert "work units" in problem["detail"]
    assert _jobs(service) == 0
    assert service.count_rows()["generations"] == 0


def test_affordable_prompt_is_still_queued(local: tuple[TestClient, LimnerService]) -> None:
    client, service = local
    affordable = {**OVER_COST_PROMPT, "size": "256x256", "async": True}
    response = client.post("/v1/generate", json=affordable)
    assert response.status_code == 202, response.text
    assert _jobs(service) == 1
