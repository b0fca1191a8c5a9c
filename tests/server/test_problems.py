"""Errors are RFC 9457 problem+json naming the field, and a bad request stores nothing."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from fastapi.testclient import TestClient

from limner.platform.service import LimnerService
from tests.server.conftest import MAX_BODY

EMPTY = {"plans": 0, "generations": 0, "images": 0}


def assert_problem(response: httpx.Response, status: int, code: str, param: str | None) -> dict[str, Any]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "application/problem+json"
    problem: dict[str, Any] = response.json()
    assert problem["type"] == f"urn:limner:error:{code}"
    assert problem["status"] == status
    assert problem["code"] == code
    assert problem["param"] == param
    assert problem["title"] and problem["detail"]
    assert problem["request_id"] == response.headers["X-Request-ID"]
    assert problem["request_id"].startswith("req_")
    return problem


def test_malformed_json_is_400(client: TestClient, service: LimnerService) -> None:
    response = client.post(
        "/v1/reason", content=b'{"prompt": "a cat",', headers={"Content-Type": "application/json"}
    )
    problem = assert_problem(response, 400, "malformed_request", None)
    assert "JSON" in problem["detail"]
    response = client.post("/v1/generate", content=b"", headers={"Content-Type": "application/json"})
    assert_problem(response, 400, "malformed_request", None)
    assert service.count_rows() == EMPTY


def test_non_json_bodies_are_415(client: TestClient) -> None:
    response = client.post("/v1/reason", content=b"prompt=cat", headers={"Content-Type": "text/plain"})
    assert_problem(response, 415, "unsupported_media_type", None)


@pytest.mark.parametrize(
    ("path", "body", "param"),
    [
        ("/v1/reason", {}, "prompt"),
        ("/v1/reason", {"prompt": ""}, "prompt"),
        ("/v1/reason", {"prompt": "x" * 8001}, "prompt"),
        ("/v1/reason", {"prompt": "cat", "size": "10x10"}, "size"),
        ("/v1/reason", {"prompt": "cat", "size": "big"}, "size"),
        ("/v1/reason", {"prompt": "cat", "size": "512x512", "aspect_ratio": "1:1"}, "aspect_ratio"),
        ("/v1/reason", {"prompt": "cat", "references": ["ref_a"] * 10}, "references"),
        ("/v1/reason", {"prompt": "cat", "colour": "red"}, "colour"),
        ("/v1/generate", {"prompt": "cat", "n": 0}, "n"),
        ("/v1/generate", {"prompt": "cat", "n": 9}, "n"),
        ("/v1/generate", {"prompt": "cat", "size": "8000x8000"}, "size"),
        ("/v1/generate", {"prompt": "cat", "output_format": "gif"}, "output_format"),
        ("/v1/generate", {"prompt": "cat", "renderer": "nope"}, "renderer"),
        ("/v1/generate", {"prompt": "cat", "async": True, "base_image_id": "img_x"}, "async"),
        ("/v1/generate", {"plan_id": "plan_a", "prompt": "cat"}, "prompt"),
        ("/v1/generate", {}, "prompt"),
        (
            "/v1/generate",
            {"plan": {"elements": [{"id": "e1", "noun": "cat", "box": [0.6, 0.1, 0.2, 0.5]}]}},
            "plan.elements.0.box",
        ),
    ],
)
def test_invalid_fields_are_422_naming_the_field(
    client: TestClient, service: LimnerService, path: str, body: dict[str, Any], param: str
) -> None:
    assert_problem(client.post(path, json=body), 422, "invalid_request", param)
    assert service.count_rows() == EMPTY


def test_several_errors_are_all_listed(client: TestClient) -> None:
    problem = assert_problem(
        client.post("/v1/generate", json={"prompt": "cat", "n": 0, "size": "1x1"}),
        422,
        "invalid_request",
        "n",
    )
    assert [e["param"] for e in problem["errors"]] == ["n", "size"]
    assert "(and 1 more)" in problem["detail"]


def test_svg_is_served_as_svg(client: TestClient) -> None:
    """The built-in renderer draws SVG (a renderer that cannot is refused naming it: test_service)."""
    body = {"prompt": "a red apple", "output_format": "svg", "size": "256x256"}
    generation = client.post("/v1/generate", json=body).json()
    image = generation["images"][0]
    response = client.get(image["url"])
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("image/svg+xml")
    assert response.content.lstrip().startswith(b"<?xml") and b"<svg" in response.content
    edit = {"prompt": "make it green", "base_image_id": image["id"]}
    assert_problem(client.post("/v1/generate", json=edit), 422, "invalid_request", "base_image_id")


@pytest.mark.parametrize(
    ("method", "path", "body", "param"),
    [
        ("POST", "/v1/generate", {"plan_id": "plan_missing"}, "plan_id"),
        ("POST", "/v1/reason", {"prompt": "cat", "base_plan_id": "plan_missing"}, "base_plan_id"),
        ("GET", "/v1/plans/plan_missing", None, "id"),
        ("GET", "/v1/generations/gen_missing", None, "id"),
        ("GET", "/v1/images/img_missing", None, "id"),
    ],
)
def test_unknown_ids_are_404(
    client: TestClient, service: LimnerService, method: str, path: str, body: Any, param: str
) -> None:
    assert_problem(client.request(method, path, json=body), 404, "not_found", param)
    assert service.count_rows() == EMPTY


def test_unknown_routes_and_methods(client: TestClient) -> None:
    assert_problem(client.get("/v1/nothing"), 404, "not_found", None)
    response = client.delete("/v1/reason")
    assert_problem(response, 405, "method_not_allowed", None)
    assert "POST" in response.headers["allow"]


def test_oversize_bodies_are_413(client: TestClient, service: LimnerService) -> None:
    big = {"prompt": "x" * 10, "pad": "y" * MAX_BODY}
    assert_problem(client.post("/v1/reason", json=big), 413, "payload_too_large", None)

    def chunks() -> Any:  # streamed: no Content-Length, only the byte count tells
        yield b'{"prompt": "'
        for _ in range(MAX_BODY // 1000 + 1):
            yield b"z" * 1000
        yield b'"}'

    response = client.post("/v1/reason", content=chunks(), headers={"Content-Type": "application/json"})
    assert "content-length" not in response.request.headers
    assert_problem(response, 413, "payload_too_large", None)
    assert service.count_rows() == EMPTY


def test_a_client_request_id_is_quoted_in_problems(client: TestClient) -> None:
    response = client.get("/v1/plans/plan_missing", headers={"X-Request-ID": "trace-42"})
    assert response.json()["request_id"] == "trace-42" == response.headers["X-Request-ID"]


def test_unexpected_errors_are_500_problems_with_the_request_id(
    client: TestClient, service: LimnerService, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*_args: Any, **_kwargs: Any) -> Any:
        raise RuntimeError("database on fire")

    monkeypatch.setattr(service, "get_plan", broken)
    response = client.get("/v1/plans/plan_x", headers={"X-Request-ID": "oops-1"})
    assert response.status_code == 500
    assert response.headers["content-type"] == "application/problem+json"
    assert response.headers["X-Request-ID"] == "oops-1"
    problem = response.json()
    assert problem["code"] == "internal_error" and "oops-1" in problem["detail"]
    assert "fire" not in problem["detail"]
