"""Every endpoint's happy path, through the real ASGI app."""

from __future__ import annotations

import hashlib
import io

import pytest
from fastapi.testclient import TestClient
from PIL import Image

from limner import __version__
from limner.config import Settings
from limner.plan.model import Plan
from limner.plan.schema import plan_json_schema
from limner.platform.service import LimnerService
from limner.server.app import create_app
from tests.server.conftest import real_engines_available


def test_healthz(client: TestClient) -> None:
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "version": __version__}
    assert response.headers["X-Request-ID"].startswith("req_")


def test_request_ids_are_echoed_when_sane_and_made_otherwise(client: TestClient) -> None:
    assert (
        client.get("/healthz", headers={"X-Request-ID": "abc-123.x"}).headers["X-Request-ID"] == "abc-123.x"
    )
    made = client.get("/healthz", headers={"X-Request-ID": "bad id\twith spaces"}).headers["X-Request-ID"]
    assert made.startswith("req_")
    assert (
        client.get("/healthz", headers={"X-Request-ID": "x" * 300}).headers["X-Request-ID"].startswith("req_")
    )
    first, second = client.get("/healthz"), client.get("/healthz")
    assert first.headers["X-Request-ID"] != second.headers["X-Request-ID"]


def test_reason_then_get_the_plan(client: TestClient) -> None:
    response = client.post("/v1/reason", json={"prompt": "a red apple next to a blue cup", "size": "512x384"})
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "application/json"
    plan = Plan.model_validate(response.json())
    assert plan.id.startswith("plan_") and plan.created > 0
    assert (plan.canvas.width, plan.canvas.height) == (512, 384)
    again = client.get(f"/v1/plans/{plan.id}")
    assert again.status_code == 200
    assert again.json() == response.json()


def test_generate_then_get_the_generation_and_its_image(client: TestClient) -> None:
    response = client.post(
        "/v1/generate", json={"prompt": "a yellow banana", "size": "256x192", "seed": 4, "n": 2}
    )
    assert response.status_code == 200, response.text
    generation = response.json()
    assert set(generation) == {
        "id", "object", "status", "plan_id", "created", "images", "usage", "error", "change_mask",
    }  # fmt: skip
    assert generation["object"] == "generation" and generation["status"] == "succeeded"
    assert generation["error"] is None and generation["change_mask"] is None
    assert generation["usage"] == {"images": 2}
    assert [i["seed"] for i in generation["images"]] == [4, 5]
    image = generation["images"][0]
    assert set(image) == {
        "id", "url", "signed_url", "signed_url_expires", "width", "height", "format", "seed", "sha256",
        "locale", "notes",
    }  # fmt: skip
    assert (image["width"], image["height"], image["format"], image["locale"]) == (256, 192, "png", None)

    assert client.get(f"/v1/generations/{generation['id']}").json() == generation
    assert client.get(f"/v1/plans/{generation['plan_id']}").status_code == 200

    data = client.get(image["url"])
    assert data.status_code == 200
    assert data.headers["content-type"] == "image/png"
    assert hashlib.sha256(data.content).hexdigest() == image["sha256"]
    assert data.headers["etag"] == f'"{image["sha256"]}"'
    assert "immutable" in data.headers["cache-control"]
    assert Image.open(io.BytesIO(data.content)).size == (256, 192)

    cached = client.get(image["url"], headers={"If-None-Match": f'"{image["sha256"]}"'})
    assert cached.status_code == 304 and cached.content == b""
    assert cached.headers["etag"] == data.headers["etag"]
    assert client.get(image["url"], headers={"If-None-Match": '"other"'}).status_code == 200


def test_generate_from_a_plan_id_in_each_format(client: TestClient) -> None:
    plan = client.post("/v1/reason", json={"prompt": "a green pear", "size": "128x128"}).json()
    for fmt, media_type in (("png", "image/png"), ("jpeg", "image/jpeg"), ("webp", "image/webp")):
        generation = client.post("/v1/generate", json={"plan_id": plan["id"], "output_format": fmt}).json()
        assert generation["plan_id"] == plan["id"]
        [image] = generation["images"]
        assert image["format"] == fmt
        fetched = client.get(image["url"])
        assert fetched.headers["content-type"] == media_type
        assert Image.open(io.BytesIO(fetched.content)).format == {"jpeg": "JPEG", "webp": "WEBP"}.get(
            fmt, "PNG"
        )


def test_generate_from_an_edited_inline_plan(client: TestClient) -> None:
    plan = client.post("/v1/reason", json={"prompt": "a blue ball", "size": "128x128"}).json()
    plan["canvas"]["background"]["color"] = "#101010"
    response = client.post("/v1/generate", json={"plan": plan})
    assert response.status_code == 200, response.text
    generation = response.json()
    assert generation["plan_id"] != plan["id"]
    stored = client.get(f"/v1/plans/{generation['plan_id']}").json()
    assert stored["canvas"]["background"]["color"] == "#101010"
    assert stored["elements"] == plan["elements"]


def test_a_failing_renderer_gives_a_failed_generation(client: TestClient, service: LimnerService) -> None:
    response = client.post("/v1/generate", json={"prompt": "a cat", "n": 2, "renderer": "failing"})
    assert response.status_code == 200
    generation = response.json()
    assert generation["status"] == "failed" and generation["images"] == []
    assert generation["error"]["code"] == "render_failed"
    assert service.count_rows()["images"] == 0


def test_plan_schema(client: TestClient) -> None:
    response = client.get("/v1/schema/plan")
    assert response.status_code == 200
    assert response.json() == plan_json_schema()


def test_openapi_documents_every_route_and_its_problems(client: TestClient) -> None:
    document = client.get("/openapi.json").json()
    assert document["openapi"].startswith("3.1")
    paths = document["paths"]
    assert set(paths) >= {
        "/healthz", "/v1/reason", "/v1/plans/{id}", "/v1/generate", "/v1/generations/{id}",
        "/v1/images/{id}", "/v1/schema/plan",
    }  # fmt: skip
    problem_ref = {"$ref": "#/components/schemas/Problem"}
    for path in ("/v1/reason", "/v1/generate"):
        responses = paths[path]["post"]["responses"]
        for status in ("400", "413", "415", "422", "404"):
            assert responses[status]["content"] == {"application/problem+json": {"schema": problem_ref}}
    for path in ("/v1/plans/{id}", "/v1/generations/{id}", "/v1/images/{id}"):
        assert "404" in paths[path]["get"]["responses"]
        assert "422" not in paths[path]["get"]["responses"]
    assert set(paths["/v1/images/{id}"]["get"]["responses"]["200"]["content"]) == {
        "image/png", "image/jpeg", "image/webp",
    }  # fmt: skip
    assert "HTTPValidationError" not in document["components"]["schemas"]


@pytest.mark.skipif(not real_engines_available(), reason="needs the built-in reasoner and renderer")
def test_create_app_opens_and_closes_its_own_service(settings: Settings) -> None:
    app = create_app(settings.with_(data_dir=settings.data_dir.parent / "own"))
    with TestClient(app) as client:
        assert client.get("/healthz").status_code == 200
        assert client.get("/v1/plans/plan_nothing").status_code == 404
    assert (settings.data_dir.parent / "own" / "limner.db").is_file()
