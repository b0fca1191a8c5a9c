"""The explorer router on its own: the page, its assets, caching headers and problem+json 404s."""

from __future__ import annotations

import re

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from limner.server.errors import install_error_handlers
from limner.server.explorer import build_router, router
from limner.server.explorer.router import asset_names

TEST_IDS = ("prompt", "reason", "generate", "image", "json", "error")


@pytest.fixture(scope="module")
def client() -> TestClient:
    app = FastAPI()
    app.include_router(build_router())
    install_error_handlers(app)
    return TestClient(app)


def test_page_is_html_with_a_strict_content_security_policy(client: TestClient) -> None:
    response = client.get("/explorer")
    assert response.status_code == 200
    assert response.headers["content-type"] == "text/html; charset=utf-8"
    policy = response.headers["content-security-policy"]
    assert "default-src 'self'" in policy
    assert "script-src 'self'" in policy
    assert "unsafe-inline" not in policy
    for test_id in TEST_IDS:
        assert f'data-testid="{test_id}"' in response.text


def test_etag_revalidation_answers_304(client: TestClient) -> None:
    first = client.get("/explorer/static/app.js")
    assert first.status_code == 200
    etag = first.headers["etag"]
    assert re.fullmatch(r'"[0-9a-f]{64}"', etag)
    assert first.headers["cache-control"] == "no-cache"
    again = client.get("/explorer/static/app.js", headers={"If-None-Match": etag})
    assert again.status_code == 304
    assert again.content == b""
    changed = client.get("/explorer/static/app.js", headers={"If-None-Match": '"other"'})
    assert changed.status_code == 200


def test_head_is_allowed(client: TestClient) -> None:
    assert client.head("/explorer").status_code == 200
    assert client.head("/explorer/static/style.css").status_code == 200


def test_every_referenced_asset_is_served_with_its_media_type(client: TestClient) -> None:
    page = client.get("/explorer").text
    referenced = set(re.findall(r'"explorer/static/([^"]+)"', page))
    for name in [n for n in asset_names() if n.endswith(".js")]:
        source = client.get(f"/explorer/static/{name}").text
        referenced |= set(re.findall(r'from "\./([^"]+)"', source))
    assert {"app.js", "style.css", "api.js", "stage.js", "snippets.js", "colors.js"} <= referenced
    media = {".js": "text/javascript", ".css": "text/css", ".svg": "image/svg+xml", ".html": "text/html"}
    for name in referenced:
        response = client.get(f"/explorer/static/{name}")
        assert response.status_code == 200, name
        suffix = name[name.rindex(".") :]
        assert response.headers["content-type"].startswith(media[suffix]), name


def test_assets_are_self_hosted(client: TestClient) -> None:
    for name in asset_names():
        text = client.get(f"/explorer/static/{name}").text
        external = re.findall(r"(?:src|href|url|import)\s*[=(]?\s*[\"']?(?:https?:)?//", text)
        assert not external, (name, external)
        assert "@import" not in text, name


@pytest.mark.parametrize("name", ["missing.js", "router.py", "..%2Frouter.py", "__init__.py"])
def test_unknown_assets_are_problem_404s(client: TestClient, name: str) -> None:
    response = client.get(f"/explorer/static/{name}")
    assert response.status_code == 404
    assert response.headers["content-type"].startswith("application/problem+json")
    assert response.json()["code"] == "not_found"


def test_schema_lists_the_page_but_not_the_assets() -> None:
    app = FastAPI()
    app.include_router(router)
    paths = app.openapi()["paths"]
    assert "get" in paths["/explorer"]
    assert not [path for path in paths if path.startswith("/explorer/static")]
