"""The two endpoints over real HTTP, against a real ``limner serve`` subprocess."""

from __future__ import annotations

import hashlib
import io
import re

import httpx
import pytest
from PIL import Image

from limner.plan import Plan, violated_relations

pytestmark = pytest.mark.e2e


def test_healthz_and_request_id(client: httpx.Client) -> None:
    response = client.get("/healthz", headers={"X-Request-ID": "req_e2e_check"})
    assert response.status_code == 200
    assert response.json()["status"] == "ok"
    assert response.headers["X-Request-ID"] == "req_e2e_check"


def test_reason_returns_a_plan_that_honours_the_prompt(client: httpx.Client) -> None:
    response = client.post("/v1/reason", json={"prompt": "three red apples to the left of a blue vase"})
    assert response.status_code == 200, response.text
    assert response.headers["X-Request-ID"].startswith("req_")
    plan = Plan.model_validate(response.json())
    assert plan.id.startswith("plan_")
    apples = [e for e in plan.elements if e.noun == "apple"]
    vases = [e for e in plan.elements if e.noun == "vase"]
    assert len(apples) == 3 and len(vases) == 1
    assert {e.attributes.get("color") for e in apples} == {"red"}
    assert vases[0].attributes.get("color") == "blue"
    assert plan.relations and not violated_relations(plan)
    assert plan.trace

    again = client.get(f"/v1/plans/{plan.id}")
    assert again.status_code == 200
    assert again.json() == response.json()


def test_generate_from_plan_id_serves_the_image(client: httpx.Client) -> None:
    plan = client.post(
        "/v1/reason", json={"prompt": "a yellow banana next to a green cup", "size": "512x384"}
    ).json()
    response = client.post("/v1/generate", json={"plan_id": plan["id"], "output_format": "jpeg", "seed": 3})
    assert response.status_code == 200, response.text
    generation = response.json()
    assert generation["object"] == "generation" and generation["status"] == "succeeded"
    assert generation["plan_id"] == plan["id"]
    [image] = generation["images"]
    assert (image["width"], image["height"], image["format"]) == (512, 384, "jpeg")

    data = client.get(image["url"])
    assert data.status_code == 200
    assert data.headers["content-type"] == "image/jpeg"
    assert hashlib.sha256(data.content).hexdigest() == image["sha256"]
    assert image["sha256"] in data.headers["etag"]
    assert Image.open(io.BytesIO(data.content)).size == (512, 384)

    assert client.get(f"/v1/generations/{generation['id']}").json() == generation


def test_same_plan_and_seed_give_identical_bytes(client: httpx.Client) -> None:
    body = {"prompt": "two purple umbrellas above a brown bench", "seed": 11, "n": 2}
    first = client.post("/v1/generate", json=body).json()
    second = client.post("/v1/generate", json=body).json()
    assert [i["sha256"] for i in first["images"]] == [i["sha256"] for i in second["images"]]
    assert first["images"][0]["seed"] == 11 and first["images"][1]["seed"] == 12


def test_errors_are_problem_json_and_store_nothing(client: httpx.Client) -> None:
    response = client.post("/v1/generate", json={"prompt": "a cat", "n": 99})
    assert response.status_code == 422
    assert response.headers["content-type"].startswith("application/problem+json")
    problem = response.json()
    assert problem["param"] == "n"
    assert problem["type"] == f"urn:limner:error:{problem['code']}"
    assert problem["request_id"] == response.headers["X-Request-ID"]

    missing = client.get("/v1/plans/plan_doesnotexist")
    assert missing.status_code == 404 and missing.json()["code"] == "not_found"

    malformed = client.post("/v1/reason", content=b"{not json", headers={"Content-Type": "application/json"})
    assert malformed.status_code == 400
    assert malformed.headers["content-type"].startswith("application/problem+json")


def test_schema_and_openapi_are_served(client: httpx.Client) -> None:
    schema = client.get("/v1/schema/plan").json()
    assert schema["title"].startswith("Limner scene plan")
    assert "elements" in schema["properties"]
    openapi = client.get("/openapi.json").json()
    templates = {re.sub(r"\{[^}]+\}", "{}", path) for path in openapi["paths"]}
    expected = {"/v1/reason", "/v1/generate", "/v1/plans/{}", "/v1/generations/{}", "/v1/images/{}"}
    assert expected <= templates
