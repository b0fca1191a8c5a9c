"""CORS over HTTP: ``--cors-origin`` / ``LIMNER_CORS_ORIGINS``, preflights before the access gate.

The same from a real browser page on another origin: tests/explorer/test_cors_browser.py.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from limner.cli.main import app as cli
from limner.config import Settings, cors_origin_value, cors_origins_value
from limner.platform.service import LimnerService
from limner.server.app import create_app
from tests.server.conftest import engines

ALLOWED = "http://app.example.test:5173"
OTHER = "http://evil.example.test:5173"
ADMIN_KEY = "admin-cors-secret-0123456789abcdef"
PREFLIGHT = {
    "Origin": ALLOWED,
    "Access-Control-Request-Method": "POST",
    "Access-Control-Request-Headers": "authorization, content-type, idempotency-key",
}
MakeClient = Callable[..., TestClient]


@pytest.fixture
def make_client(tmp_path: Path) -> Iterator[MakeClient]:
    """``make_client(**settings)``: the real app, ``--auth required``, on a fresh data dir."""
    opened: list[tuple[LimnerService, TestClient]] = []

    def make(**changes: object) -> TestClient:
        settings = Settings(
            data_dir=tmp_path / f"data{len(opened)}", database_url=None, auth="required", admin_key=ADMIN_KEY
        ).with_(**changes)
        reasoner, registry = engines()
        service = LimnerService.open(settings, reasoner=reasoner, renderers=registry)
        client = TestClient(create_app(settings, service), raise_server_exceptions=False)
        client.__enter__()
        opened.append((service, client))
        return client

    yield make
    for service, client in opened:
        client.__exit__(None, None, None)
        service.close()


def new_key(client: TestClient) -> str:
    created = client.post(
        "/v1/admin/keys", json={"tier": "build"}, headers={"Authorization": f"Bearer {ADMIN_KEY}"}
    )
    assert created.status_code == 201, created.text
    secret: str = created.json()["secret"]
    return secret


def test_a_preflight_from_an_allowed_origin_is_answered_before_the_key_check(make_client: MakeClient) -> None:
    client = make_client(cors_origins=(ALLOWED,), rpm_build=2)
    for path in ("/v1/reason", "/v1/generate", "/v1/references", "/v1/images/generations"):
        response = client.options(path, headers=PREFLIGHT)
        assert response.status_code == 204, (path, response.text)
        assert response.headers["access-control-allow-origin"] == ALLOWED
        assert "POST" in response.headers["access-control-allow-methods"]
        allowed = {h.strip() for h in response.headers["access-control-allow-headers"].split(",")}
        assert {"authorization", "content-type", "idempotency-key"} <= allowed
        assert int(response.headers["access-control-max-age"]) > 0
        assert "access-control-allow-credentials" not in response.headers  # keys travel in a header
        assert "Origin" in response.headers["vary"]
        assert response.headers["x-request-id"].startswith("req_")
        assert "ratelimit-limit" not in response.headers  # never counted against a bucket
        assert response.content == b""
    key = new_key(client)
    # Many preflights spent nothing: the key's 2 requests per minute are both still there.
    for _ in range(2):
        answered = client.get("/v1/renderers", headers={"Origin": ALLOWED, "Authorization": f"Bearer {key}"})
        assert answered.status_code == 200


def test_answers_to_an_allowed_origin_are_readable_errors_included(make_client: MakeClient) -> None:
    client = make_client(cors_origins=(ALLOWED,))
    key = new_key(client)
    ok = client.post(
        "/v1/reason",
        json={"prompt": "a red kite", "size": "256x256"},
        headers={"Origin": ALLOWED, "Authorization": f"Bearer {key}", "Idempotency-Key": "k1"},
    )
    assert ok.status_code == 200, ok.text
    assert ok.headers["access-control-allow-origin"] == ALLOWED
    exposed = {h.strip().lower() for h in ok.headers["access-control-expose-headers"].split(",")}
    assert {
        "x-request-id",
        "ratelimit-limit",
        "ratelimit-remaining",
        "ratelimit-reset",
        "retry-after",
    } <= exposed
    assert {"idempotent-replayed", "location"} <= exposed
    assert "Origin" in ok.headers["vary"]
    # A 401 from the access gate is readable by the page too (else it sees an opaque network error).
    refused = client.post("/v1/reason", json={"prompt": "a red kite"}, headers={"Origin": ALLOWED})
    assert refused.status_code == 401
    assert refused.headers["access-control-allow-origin"] == ALLOWED
    assert refused.json()["code"] == "unauthorized"


def test_other_origins_get_no_cors_headers_and_their_preflight_is_refused(make_client: MakeClient) -> None:
    client = make_client(cors_origins=(ALLOWED,))
    preflight = client.options("/v1/reason", headers={**PREFLIGHT, "Origin": OTHER})
    assert preflight.status_code == 403
    assert preflight.headers["content-type"] == "application/problem+json"
    problem = preflight.json()
    assert problem["code"] == "cors_not_allowed" and problem["param"] == "Origin"
    assert OTHER in problem["detail"]
    assert "access-control-allow-origin" not in preflight.headers
    answered = client.get("/healthz", headers={"Origin": OTHER})
    assert answered.status_code == 200
    assert "access-control-allow-origin" not in answered.headers
    assert "Origin" in answered.headers["vary"]
    # An OpenAI route refuses in OpenAI's error shape.
    openai = client.options("/v1/images/generations", headers={**PREFLIGHT, "Origin": OTHER})
    assert openai.status_code == 403 and openai.json()["error"]["param"] == "Origin"


def test_a_preflight_for_a_method_or_header_the_api_does_not_take_is_refused(make_client: MakeClient) -> None:
    client = make_client(cors_origins=(ALLOWED,))
    put = client.options("/v1/reason", headers={**PREFLIGHT, "Access-Control-Request-Method": "PUT"})
    assert put.status_code == 403 and put.json()["param"] == "Access-Control-Request-Method"
    header = client.options(
        "/v1/reason", headers={**PREFLIGHT, "Access-Control-Request-Headers": "authorization, x-secret-thing"}
    )
    assert header.status_code == 403 and header.json()["param"] == "Access-Control-Request-Headers"
    assert "x-secret-thing" in header.json()["detail"]
    # The official openai JS client's own headers are welcome.
    stainless = client.options(
        "/v1/images/generations",
        headers={
            **PREFLIGHT,
            "Access-Control-Request-Headers": "authorization, x-stainless-os, content-type",
        },
    )
    assert stainless.status_code == 204
    assert "x-stainless-os" in stainless.headers["access-control-allow-headers"]


def test_without_cors_origins_nothing_is_allowed_and_options_is_still_405(make_client: MakeClient) -> None:
    client = make_client()
    preflight = client.options("/v1/reason", headers=PREFLIGHT)
    assert preflight.status_code == 405
    assert "access-control-allow-origin" not in preflight.headers
    plain = client.get("/healthz", headers={"Origin": ALLOWED})
    assert "access-control-allow-origin" not in plain.headers


def test_any_origin_with_a_star(make_client: MakeClient) -> None:
    client = make_client(cors_origins=("*",))
    preflight = client.options("/v1/generate", headers={**PREFLIGHT, "Origin": OTHER})
    assert preflight.status_code == 204 and preflight.headers["access-control-allow-origin"] == "*"
    assert client.get("/healthz", headers={"Origin": OTHER}).headers["access-control-allow-origin"] == "*"


def test_origins_are_checked_and_normalized() -> None:
    assert cors_origin_value("HTTP://App.Example.test:5173") == "http://app.example.test:5173"
    assert cors_origin_value("https://example.test:443") == "https://example.test"
    assert cors_origin_value("http://[::1]:8080") == "http://[::1]:8080"
    for bad in ("example.test", "http://example.test/app", "ftp://example.test", "http://example.test:x", ""):
        with pytest.raises(ValueError):
            cors_origin_value(bad)
    assert cors_origins_value(f"{ALLOWED}, {OTHER} {ALLOWED}") == (ALLOWED, OTHER)
    assert cors_origins_value("") == ()


def test_the_environment_sets_the_origins(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LIMNER_CORS_ORIGINS", f"{ALLOWED},{OTHER}")
    assert Settings().cors_origins == (ALLOWED, OTHER)
    monkeypatch.delenv("LIMNER_CORS_ORIGINS")
    assert Settings().cors_origins == ()


def test_serve_refuses_a_malformed_cors_origin(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        cli, ["serve", "--data-dir", str(tmp_path / "d"), "--cors-origin", "example.test/app"]
    )
    assert result.exit_code == 2
    assert "--cors-origin" in result.output and "scheme://host" in result.output
