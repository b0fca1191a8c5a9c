"""``/docs`` (self-hosted Swagger UI) and ``/openapi.json`` complete enough for a generated client.

The page in a real browser is tests/explorer/test_docs_browser.py.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from openapi_spec_validator import validate as validate_openapi

from limner.config import Settings
from limner.platform.service import LimnerService
from limner.server.app import create_app
from limner.server.explorer.router import CONTENT_SECURITY_POLICY
from limner.server.openapi import OPENAI_ERRORS_MARK
from tests.server.conftest import engines
from tests.server.openapi_client import ContractError, OpenAPIClient

ADMIN_KEY = "admin-docs-secret-0123456789abcdef"
RATE_LIMIT_HEADERS = {"RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset"}


@pytest.fixture
def required(tmp_path: Path) -> Iterator[TestClient]:
    """An app that needs a key on every /v1 call (``--auth required``)."""
    settings = Settings(data_dir=tmp_path / "req", database_url=None, auth="required", admin_key=ADMIN_KEY)
    reasoner, registry = engines()
    with (
        LimnerService.open(settings, reasoner=reasoner, renderers=registry) as service,
        TestClient(create_app(settings, service), raise_server_exceptions=False) as client,
    ):
        yield client


def v1_operations(document: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    for path, item in document["paths"].items():
        for method, operation in item.items():
            if path.startswith("/v1/"):
                yield method, path, operation


# -- the page ---------------------------------------------------------------------------------------


def test_docs_page_loads_only_its_own_files_under_a_strict_csp(client: TestClient) -> None:
    page = client.get("/docs")
    assert page.status_code == 200
    assert page.headers["content-type"].startswith("text/html")
    assert page.headers["content-security-policy"] == CONTENT_SECURITY_POLICY
    assert "script-src 'self';" in CONTENT_SECURITY_POLICY  # no inline script, no other origin
    assert "<script>" not in page.text  # every script is a file of its own
    references = re.findall(r'(?:src|href)="([^"]+)"', page.text)
    assert "docs/static/swagger-ui-bundle.js" in references and "docs/static/docs.js" in references
    kinds = {".js": "text/javascript", ".css": "text/css", ".png": "image/png"}
    for reference in references:
        assert "//" not in reference, f"{reference} is not on this origin"
        if reference == "openapi.json":
            continue
        asset = client.get("/" + reference)
        assert asset.status_code == 200, reference
        suffix = Path(reference).suffix
        assert asset.headers["content-type"].startswith(kinds[suffix]), reference
        assert asset.headers["x-content-type-options"] == "nosniff"
        revalidated = client.get("/" + reference, headers={"If-None-Match": asset.headers["etag"]})
        assert revalidated.status_code == 304 and revalidated.content == b""
    assert b"SwaggerUIBundle" in client.get("/docs/static/swagger-ui-bundle.js").content
    assert client.head("/docs").status_code == 200


def test_unknown_docs_files_are_problem_404s(client: TestClient) -> None:
    for name in ("index.css", "swagger-ui-bundle.js.map", "router.py", "__init__.py"):
        response = client.get(f"/docs/static/{name}")
        assert response.status_code == 404, name
        assert response.headers["content-type"] == "application/problem+json"
        assert response.json()["param"] == "name"
    assert client.get("/docs/static/..%2F..%2Fconfig.py").status_code == 404


# -- the document -----------------------------------------------------------------------------------


def test_openapi_document_is_valid_openapi_3_1_with_bearer_auth(client: TestClient) -> None:
    document = client.get("/openapi.json").json()
    validate_openapi(document)  # raises on anything the OpenAPI 3.1 schema or its rules refuse
    assert document["openapi"] == "3.1.0"
    assert document["components"]["securitySchemes"]["bearerAuth"] == {
        "type": "http",
        "scheme": "bearer",
        "description": document["components"]["securitySchemes"]["bearerAuth"]["description"],
    }
    assert "/docs" in document["paths"]
    for method, path, operation in v1_operations(document):
        # --auth local (this app): a key is accepted, and so is none.
        assert operation["security"] == [{"bearerAuth": []}, {}], (method, path)
        assert {"401", "429"} <= set(operation["responses"]), (method, path)
        for status, response in operation["responses"].items():
            assert set(response["headers"]) >= RATE_LIMIT_HEADERS, (method, path, status)
        assert "Retry-After" in operation["responses"]["429"]["headers"]
    assert "security" not in document["paths"]["/healthz"]["get"]


def test_required_auth_makes_the_key_mandatory_in_the_document(required: TestClient) -> None:
    document = required.get("/openapi.json").json()
    validate_openapi(document)
    securities = {
        operation["operationId"]: operation["security"] for _, _, operation in v1_operations(document)
    }
    # An image opens without a key through its signed link; everything else needs one.
    assert securities.pop("get_image") == [{"bearerAuth": []}, {}]
    assert all(security == [{"bearerAuth": []}] for security in securities.values()), securities


def test_every_v1_operation_declares_its_bodies_and_problem_errors(client: TestClient) -> None:
    document = client.get("/openapi.json").json()
    operation_ids = [op["operationId"] for item in document["paths"].values() for op in item.values()]
    assert len(operation_ids) == len(set(operation_ids))
    assert all(re.fullmatch(r"[a-z][a-z0-9_]*", name) for name in operation_ids), operation_ids
    assert {"reason", "get_plan", "generate", "get_generation", "get_image"} <= set(operation_ids)
    for method, path, operation in v1_operations(document):
        where = (method, path)
        if method in ("post", "patch", "put") and operation.get("requestBody"):
            for media in operation["requestBody"]["content"].values():
                assert media.get("schema"), where
        successes = {s: r for s, r in operation["responses"].items() if s.startswith("2")}
        assert successes, where
        for status, response in successes.items():
            if status == "204":
                assert not response.get("content"), where
                continue
            assert response["content"], where
            assert all(media.get("schema") for media in response["content"].values()), where
        openai = bool(operation.get(OPENAI_ERRORS_MARK))  # errors in OpenAI's JSON shape
        for status, response in operation["responses"].items():
            if int(status) < 400:
                continue
            expected = "application/json" if openai else "application/problem+json"
            assert list(response["content"]) == [expected], (where, status)
            if not openai:
                assert response["content"][expected]["schema"] == {"$ref": "#/components/schemas/Problem"}


# -- a client built from the document ---------------------------------------------------------------


def test_a_client_built_from_the_document_alone_works(required: TestClient) -> None:
    document = required.get("/openapi.json").json()
    created = required.post(
        "/v1/admin/keys", json={"tier": "build"}, headers={"Authorization": f"Bearer {ADMIN_KEY}"}
    )
    assert created.status_code == 201, created.text
    api = OpenAPIClient(required, document, headers={"Authorization": f"Bearer {created.json()['secret']}"})

    plan = api.call("reason", body={"prompt": "two red apples left of a blue cup", "size": "256x256"}).json()
    assert [e["noun"] for e in plan["elements"]].count("apple") == 2
    assert api.call("get_plan", params={"id": plan["id"]}).json() == plan
    generation = api.call("generate", body={"plan_id": plan["id"], "seed": 3, "output_format": "png"}).json()
    assert generation["status"] == "succeeded" and generation["plan_id"] == plan["id"]
    fetched = api.call("get_generation", params={"id": generation["id"]}).json()
    assert fetched["images"][0]["id"] == generation["images"][0]["id"]
    image = api.call("get_image", params={"id": generation["images"][0]["id"]})
    assert image.headers["content-type"] == "image/png" and image.content.startswith(b"\x89PNG")
    assert any(r["name"] == "builtin" for r in api.call("list_renderers").json()["data"])
    assert api.call("get_plan_schema").json()["type"] == "object"

    # Errors are declared too, and their bodies match the declared problem schema.
    missing = api.call("get_plan", params={"id": "plan_doesnotexist"})
    assert missing.status_code == 404 and missing.json()["code"] == "not_found"
    anonymous = OpenAPIClient(required, document)
    refused = anonymous.call("get_plan", params={"id": plan["id"]})
    assert refused.status_code == 401 and refused.headers["content-type"] == "application/problem+json"
    invalid = api.call("reason", body={"prompt": "a cat", "size": "10x10"})  # sides are 64…4096
    assert invalid.status_code == 422 and invalid.json()["param"] == "size"
    # The client refuses, before sending, a body the document says is wrong.
    with pytest.raises(ContractError, match="body"):
        api.call("reason", body={"prompt": "a cat", "size": "banana"})
