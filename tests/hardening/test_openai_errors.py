"""Issue 15 defect 9: every error on the OpenAI Images routes is OpenAI-shaped, with OpenAI's codes,
as the official ``openai`` client sees it (the ASGI app in-process through its httpx transport)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

import openai
from limner.config import Settings
from limner.server.shapes import error_response
from tests.hardening.conftest import ADMIN_KEY, new_key, open_client


@pytest.fixture
def tight(tmp_path: Path) -> Iterator[TestClient]:
    """Required auth, 3 requests per minute, a 2 kB body limit."""
    settings = Settings(
        data_dir=tmp_path / "data",
        database_url=None,
        auth="required",
        admin_key=ADMIN_KEY,
        rpm_build=3,
        max_body_bytes=2000,
    )
    for client, _service in open_client(settings):
        yield client


@pytest.fixture
def public(tmp_path: Path) -> Iterator[TestClient]:
    """Local auth behind a configured public base URL."""
    settings = Settings(data_dir=tmp_path / "data", database_url=None)
    settings = settings.with_(public_url="https://images.example.com/")
    for client, _service in open_client(settings):
        yield client


def _sdk(http: TestClient, api_key: str) -> openai.OpenAI:
    return openai.OpenAI(base_url="http://testserver/v1", api_key=api_key, http_client=http, max_retries=0)


def _error(exc: openai.APIStatusError) -> dict[str, Any]:
    body = exc.body
    assert isinstance(body, dict), body
    assert set(body) == {"message", "type", "param", "code"}, body  # the client unwraps {"error": …}
    return body


def test_401_is_invalid_api_key(tight: TestClient) -> None:
    with pytest.raises(openai.AuthenticationError) as caught:
        _sdk(tight, "lim_not-a-real-key").images.generate(prompt="a cat", model="limner")
    error = _error(caught.value)
    assert error["code"] == "invalid_api_key" and error["type"] == "authentication_error"
    assert "unknown" in str(caught.value)


@pytest.mark.filterwarnings("ignore:deprecated:DeprecationWarning")  # OpenAI retired variations
def test_models_and_variations_answer_401_and_429_as_openai_does(tight: TestClient) -> None:
    with pytest.raises(openai.AuthenticationError) as models:
        _sdk(tight, "lim_not-a-real-key").models.list()
    assert _error(models.value)["code"] == "invalid_api_key"
    picture = ("a.png", b"\x89PNG not really", "image/png")
    with pytest.raises(openai.AuthenticationError) as variation:
        _sdk(tight, "lim_not-a-real-key").images.create_variation(image=picture)
    assert _error(variation.value)["type"] == "authentication_error"
    sdk = _sdk(tight, new_key(tight))
    with pytest.raises(openai.RateLimitError) as limited:
        for _ in range(5):
            sdk.models.retrieve("builtin")
    assert _error(limited.value)["code"] == "rate_limit_exceeded"
    assert limited.value.response.headers["Retry-After"].isdigit()


def test_429_is_rate_limit_exceeded_and_413_request_too_large(tight: TestClient) -> None:
    key = new_key(tight)
    sdk = _sdk(tight, key)
    with pytest.raises(openai.APIStatusError) as too_large:
        sdk.images.generate(prompt="a cat " * 1000, model="limner")
    assert too_large.value.status_code == 413
    assert _error(too_large.value)["code"] == "request_too_large"
    with pytest.raises(openai.RateLimitError) as caught:
        for _ in range(5):
            sdk.images.generate(prompt="a cat", model="limner", size="64x64")
    error = _error(caught.value)
    assert error["code"] == "rate_limit_exceeded" and error["type"] == "rate_limit_error"
    assert caught.value.response.headers["Retry-After"].isdigit()
    assert "RateLimit-Limit" in caught.value.response.headers


def test_409_idempotency_conflict_is_openai_shaped(tight: TestClient) -> None:
    key = new_key(tight)
    sdk = _sdk(tight, key)
    headers = {"Idempotency-Key": "same-key-1"}
    sdk.images.generate(prompt="a cat", model="limner", size="64x64", extra_headers=headers)
    with pytest.raises(openai.ConflictError) as caught:
        sdk.images.generate(prompt="a dog", model="limner", size="64x64", extra_headers=headers)
    assert _error(caught.value)["type"] == "conflict_error"


def test_405_is_openai_shaped_with_the_right_allow(client: TestClient) -> None:
    for method, path in (("GET", "/v1/images/generations"), ("OPTIONS", "/v1/images/edits")):
        response = client.request(method, path)
        assert response.status_code == 405
        assert response.headers["Allow"] == "POST"
        assert response.json()["error"]["type"] == "invalid_request_error"
    # Limner's own routes keep problem+json, with every method the path serves
    response = client.request("PUT", "/v1/images/img_abc")
    assert response.status_code == 405 and response.json()["code"] == "method_not_allowed"
    assert response.headers["Allow"] == "GET"
    response = client.request("PUT", "/v1/references/ref_abc")
    assert response.headers["Allow"] == "DELETE, GET"


def test_503_and_every_other_status_have_openai_codes() -> None:
    for status, code, wanted in (
        (503, "capacity_unavailable", "server_overloaded"),
        (415, "unsupported_media_type", "invalid_content_type"),
        (429, "quota_exceeded", "insufficient_quota"),
    ):
        response = error_response(
            "/v1/images/generations", status=status, code=code, title="t", detail="d", request_id="req_1"
        )
        assert response.status_code == status
        assert response.body and b'"error"' in response.body and wanted.encode() in response.body


def test_url_uses_the_configured_public_url_never_the_host(public: TestClient) -> None:
    response = public.post(
        "/v1/images/generations",
        json={"prompt": "a cat", "size": "64x64", "response_format": "url"},
        headers={"Host": "evil.example.net"},
    )
    assert response.status_code == 200, response.text
    url = response.json()["data"][0]["url"]
    assert url.startswith("https://images.example.com/v1/images/img_"), url
    assert "evil" not in url


def test_user_key_on_admin_routes_is_403_and_no_key_401(tight: TestClient) -> None:
    key = new_key(tight)
    assert tight.get("/v1/admin/keys", headers={"Authorization": f"Bearer {key}"}).status_code == 403
    assert tight.get("/v1/admin/keys").status_code == 401
    assert tight.get("/v1/admin/keys", headers={"Authorization": "Bearer lim_nope"}).status_code == 401


def test_patch_units_must_be_an_integer(tight: TestClient) -> None:
    created = tight.post(
        "/v1/admin/keys", json={"tier": "scale"}, headers={"Authorization": f"Bearer {ADMIN_KEY}"}
    )
    account = created.json()["account_id"]
    for units in (False, True, "3", 2.0):
        response = tight.patch(
            f"/v1/admin/accounts/{account}",
            json={"units": units},
            headers={"Authorization": f"Bearer {ADMIN_KEY}"},
        )
        assert response.status_code == 422, (units, response.text)
        assert response.json()["param"] == "units"


def test_an_undeclared_method_is_405_before_any_key_check(tight: TestClient) -> None:
    for path in ("/v1/admin/keys", "/v1/admin/capacity", "/v1/generate"):
        response = tight.request("TRACE", path)  # no key at all
        assert response.status_code == 405, (path, response.text)
        assert response.headers["Allow"]
