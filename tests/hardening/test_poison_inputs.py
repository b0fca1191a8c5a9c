"""Poison inputs (issue 15, defects 2, 3, 5, 6, 10): every one is a clear 4xx, never a 500."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest
from fastapi.testclient import TestClient

from limner.platform.safejson import MAX_DEPTH, json_depth
from limner.platform.service import LimnerService
from limner.platform.tables import LOCAL_ACCOUNT, PlanRow, insert_into
from tests.hardening.conftest import new_key, small_plan


def _poisoned(plan: dict[str, Any], token: str) -> bytes:
    """The plan as JSON with a bare ``token`` (NaN, Infinity, 1e999) in its first element's attributes."""
    poisoned = copy.deepcopy(plan)
    poisoned["elements"][0]["attributes"] = {"weight": "@@"}
    text = json.dumps({"plan": poisoned, "size": "128x128"}).replace('"@@"', token)
    return text.encode()


@pytest.mark.parametrize("token", ["NaN", "Infinity", "-Infinity", "1e999"])
def test_non_finite_numbers_in_an_inline_plan_are_422_naming_the_field(
    local: tuple[TestClient, LimnerService], token: str
) -> None:
    client, service = local
    plan = small_plan(client)
    before = service.count_rows()
    response = client.post(
        "/v1/generate", content=_poisoned(plan, token), headers={"Content-Type": "application/json"}
    )
    assert response.status_code == 422, response.text
    problem = response.json()
    assert problem["param"] == "plan.elements.0.attributes.weight"
    assert "finite" in problem["detail"]
    assert service.count_rows() == before  # nothing stored, nothing charged


def test_non_finite_numbers_are_refused_on_every_json_route(client: TestClient) -> None:
    headers = {"Content-Type": "application/json"}
    reason = client.post("/v1/reason", content=b'{"prompt": "a cat", "seed": NaN}', headers=headers)
    assert reason.status_code == 422 and reason.json()["param"] == "seed"
    assert "finite" in reason.json()["detail"]
    openai = client.post(
        "/v1/images/generations", content=b'{"prompt": "a cat", "n": Infinity}', headers=headers
    )
    assert openai.status_code == 400, openai.text
    assert openai.json()["error"]["param"] == "n" and "finite" in openai.json()["error"]["message"]


def test_schema_version_99_is_422(client: TestClient) -> None:
    plan = small_plan(client)
    plan["schema_version"] = "99"
    response = client.post("/v1/generate", json={"plan": plan})
    assert response.status_code == 422, response.text
    assert "schema_version" in (response.json()["param"] or "")


def test_a_stored_plan_that_cannot_be_read_is_a_clear_problem(
    local: tuple[TestClient, LimnerService],
) -> None:
    client, service = local
    plan = small_plan(client)
    broken = copy.deepcopy(plan)
    broken["id"] = "plan_" + "b" * 20
    broken["elements"][0]["box"] = [None, 0.1, 0.2, 0.2]  # what json stored for NaN before the fix
    with service._sessions.begin() as session:
        session.connection().execute(
            insert_into(PlanRow),
            {
                "id": broken["id"],
                "account_id": LOCAL_ACCOUNT,
                "created": 1,
                "prompt": "x",
                "base_plan_id": None,
                "body": json.dumps(broken),
            },
        )
    for response in (
        client.get(f"/v1/plans/{broken['id']}"),
        client.post("/v1/generate", json={"plan_id": broken["id"]}),
        client.post("/v1/reason", json={"prompt": "make it blue", "base_plan_id": broken["id"]}),
    ):
        assert response.status_code == 409, response.text
        assert response.json()["code"] == "plan_unreadable"


def _nested(depth: int) -> bytes:
    return b'{"prompt": "a cat", "x": ' + b"[" * depth + b"]" * depth + b"}"


def test_json_depth_scan_ignores_brackets_in_strings() -> None:
    assert json_depth(b'{"a": "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[["}') == 1
    assert json_depth(b'{"a": "\\"[", "b": [[1]]}') == 3
    assert json_depth(_nested(5000)) == MAX_DEPTH + 1


@pytest.mark.parametrize("path", ["/v1/generate", "/v1/reason", "/v1/references", "/v1/images/generations"])
def test_deeply_nested_json_is_refused_and_the_connection_survives(client: TestClient, path: str) -> None:
    response = client.post(path, content=_nested(3000), headers={"Content-Type": "application/json"})
    assert response.status_code == 400, response.text
    assert "RateLimit-Limit" in response.headers
    body = response.json()
    code = body["error"]["code"] if "error" in body else body["code"]
    assert code == "json_too_deep"
    assert client.get("/healthz").status_code == 200
    # 64 levels are still fine (and reach validation)
    ok = client.post(path, content=_nested(60), headers={"Content-Type": "application/json"})
    assert ok.status_code in (400, 422) and "json_too_deep" not in ok.text


@pytest.mark.parametrize(
    "url",
    [
        "https://example.com:99999/hook",
        "https://example.com:abc/hook",
        "https://example.com:-1/hook",
        "https://example.com:0/hook",
        "https://" + "a" * 64 + ".example.com/hook",
        "https://" + "a." * 130 + "com/hook",
    ],
)
def test_bad_webhook_urls_are_422(client: TestClient, url: str) -> None:
    response = client.post("/v1/generate", json={"prompt": "a cat", "async": True, "webhook_url": url})
    assert response.status_code == 422, response.text
    assert response.json()["param"] == "webhook_url"


def test_a_request_larger_than_the_images_bucket_is_422_not_429_forever(required: TestClient) -> None:
    key = new_key(required)
    locales = ["en", "de", "fr", "es", "it", "nl", "pt", "sv", "da", "fi", "pl", "cs", "hu", "ro", "el", "tr"]
    body = {"prompt": "a cat", "n": 8, "locales": locales}
    for _ in range(2):  # the same answer every time: no Retry-After loop
        response = required.post("/v1/generate", json=body, headers={"Authorization": f"Bearer {key}"})
        assert response.status_code == 422, response.text
        problem = response.json()
        assert problem["param"] == "locales"
        assert "120" in problem["detail"] and "Retry-After" not in response.headers
    openai = required.post(
        "/v1/images/generations",
        json={"prompt": "a cat", "n": 8},
        headers={"Authorization": f"Bearer {key}"},
    )
    assert openai.status_code != 422  # 8 images fit the bucket


@pytest.mark.parametrize("prompt", ["\u200b\u200b\u200b", "\u200b \u200c\u200d\ufeff\u2060", "\u00a0\u200e"])
def test_a_prompt_of_only_invisible_characters_is_blank(client: TestClient, prompt: str) -> None:
    for path in ("/v1/generate", "/v1/reason"):
        response = client.post(path, json={"prompt": prompt})
        assert response.status_code == 422, response.text
        assert response.json()["param"] == "prompt"
    openai = client.post("/v1/images/generations", json={"prompt": prompt})
    assert openai.status_code == 400 and openai.json()["error"]["param"] == "prompt"


def test_a_json_body_without_content_type_is_415(client: TestClient) -> None:
    response = client.post("/v1/reason", content=b'{"prompt": "a cat"}')
    assert response.status_code == 415, response.text
    assert response.json()["code"] == "unsupported_media_type"
