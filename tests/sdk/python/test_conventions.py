"""The Python SDK's conventions (as openai-python users know them): per-call ``timeout`` and
``max_retries``, ``with_options``, ``with_raw_response``, ``LIMNER_LOG=debug``, ``status_code`` and
``response`` on errors, webhook signature checks, multipart uploads, and a wheel that builds."""

from __future__ import annotations

import asyncio
import io
import json
import logging
import subprocess
import sys
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from limner_client import (
    APIError,
    AsyncLimner,
    InvalidWebhookSignatureError,
    Limner,
    NotFoundError,
    Plan,
    RawResponse,
    Reference,
    __version__,
)
from limner_client._logs import LOGGER_NAME
from PIL import Image

from limner.platform.webhooks import sign as server_sign
from tests.sdk.python.test_retries import GENERATION, Script, problem
from tests.sdk.tools import SDK
from tests.serving import Server

PLAN = {
    "id": "plan_1",
    "object": "plan",
    "schema_version": "2",
    "created": 1795000000,
    "prompt": "a red apple",
    "language": "en",
    "base_plan_id": None,
    "canvas": {"width": 64, "height": 64, "background": {"color": "#ffffff"}},
    "elements": [],
    "relations": [],
    "references": [],
    "diff": None,
    "trace": [],
    "warnings": [],
}


def ok(body: dict[str, object], status: int = 200, **headers: str) -> httpx.Response:
    return httpx.Response(status, json=body, headers={"x-request-id": "req_ok", **headers})


def client_for(script: Script, **options: object) -> Limner:
    http = httpx.Client(transport=httpx.MockTransport(script))
    return Limner(base_url="http://limner.test", api_key="sk_secret_value", http_client=http, **options)  # type: ignore[arg-type]


@pytest.fixture(autouse=True)
def no_sleep(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(time, "sleep", lambda _seconds: None)


def _read_timeout(request: httpx.Request) -> float:
    timeout: dict[str, float] = request.extensions["timeout"]
    return timeout["read"]


def test_per_call_timeout_and_max_retries() -> None:
    script = Script(*[problem(503, "unavailable")] * 3, ok(PLAN), ok(PLAN))
    client = client_for(script, timeout=30.0, max_retries=5)
    with pytest.raises(APIError):
        client.reason("a red apple", max_retries=2, timeout=1.5)
    assert len(script.requests) == 3 and {_read_timeout(r) for r in script.requests} == {1.5}
    client.reason("a red apple")
    assert _read_timeout(script.requests[-1]) == 30.0
    plan = client.plans.get("plan_1", timeout=2.0, max_retries=0)
    assert plan.id == "plan_1" and _read_timeout(script.requests[-1]) == 2.0


def test_no_retry_when_max_retries_is_zero_for_the_call() -> None:
    script = Script(problem(503, "unavailable"), ok(GENERATION))
    client = client_for(script, max_retries=3)
    with pytest.raises(APIError) as caught:
        client.generations.get("gen_1", max_retries=0)
    assert len(script.requests) == 1 and caught.value.status_code == 503


def test_with_options_changes_a_copy_only() -> None:
    script = Script(*[problem(503, "unavailable")] * 2, problem(503, "unavailable"))
    client = client_for(script, timeout=30.0, max_retries=0)
    quick = client.with_options(timeout=3.0, max_retries=1, default_headers={"X-Trace": "t1"})
    assert (quick.timeout, quick.max_retries) == (3.0, 1) and (client.timeout, client.max_retries) == (
        30.0,
        0,
    )
    with pytest.raises(APIError):
        quick.usage()
    assert len(script.requests) == 2
    assert {_read_timeout(r) for r in script.requests} == {3.0}
    assert script.requests[0].headers["x-trace"] == "t1"
    assert script.requests[0].headers["authorization"] == "Bearer sk_secret_value"
    with pytest.raises(APIError):
        client.usage()
    assert len(script.requests) == 3 and "x-trace" not in script.requests[2].headers
    quick.close()  # does not close the shared connection pool
    assert not client._http.is_closed


def test_with_raw_response_gives_status_headers_and_the_parsed_object() -> None:
    script = Script(ok(PLAN, 200, etag='"abc"'), ok(GENERATION, 202, location="/v1/generations/gen_1"))
    client = client_for(script)
    raw = client.with_raw_response.reason("a red apple")
    assert isinstance(raw, RawResponse)
    assert raw.status_code == 200 and raw.headers["etag"] == '"abc"' and raw.request_id == "req_ok"
    assert isinstance(raw.parse(), Plan) and raw.parse().id == "plan_1"
    queued = client.with_raw_response.generate(prompt="a cat", async_=True)
    assert queued.status_code == 202 and queued.headers["location"].endswith("gen_1")
    assert queued.parse().status == "succeeded"


def test_async_with_raw_response_and_per_call_options() -> None:
    calls: list[httpx.Request] = []

    async def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        return ok(PLAN, 201)

    async def run() -> RawResponse[Plan]:
        http = httpx.AsyncClient(transport=httpx.MockTransport(handler))
        async with AsyncLimner(base_url="http://limner.test", http_client=http) as client:
            quick = client.with_options(timeout=4.0)
            return await quick.with_raw_response.reason("a red apple", timeout=2.5)

    raw = asyncio.run(run())
    assert raw.status_code == 201 and raw.parse().id == "plan_1"
    assert _read_timeout(calls[0]) == 2.5


def test_errors_carry_status_code_and_response() -> None:
    script = Script(problem(404, "not_found", param="id"))
    with pytest.raises(NotFoundError) as caught:
        client_for(script).plans.get("plan_nope")
    error = caught.value
    assert error.status_code == 404 and error.status == 404  # status stays as an alias
    assert isinstance(error.response, httpx.Response) and error.response.status_code == 404
    assert error.response.request.url.path == "/v1/plans/plan_nope"
    assert error.param == "id" and error.request_id == "req_test"


@pytest.fixture
def sdk_log() -> Iterator[logging.Logger]:
    logger = logging.getLogger(LOGGER_NAME)
    handlers, level = list(logger.handlers), logger.level
    yield logger
    logger.handlers[:] = handlers
    logger.setLevel(level)


def test_limner_log_debug_prints_each_attempt_without_secrets(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], sdk_log: logging.Logger
) -> None:
    monkeypatch.setenv("LIMNER_LOG", "debug")
    script = Script(problem(503, "unavailable"), ok(PLAN))
    client_for(script, max_retries=1).reason("a red apple")
    err = capsys.readouterr().err
    assert "POST /v1/reason 503 (attempt 1" in err and "POST /v1/reason 200 (attempt 2" in err
    assert "request id req_ok" in err and "retrying" in err
    assert "sk_secret_value" not in err and "red apple" not in err


def test_no_log_lines_without_limner_log(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], sdk_log: logging.Logger
) -> None:
    monkeypatch.delenv("LIMNER_LOG", raising=False)
    client_for(Script(ok(PLAN))).reason("a red apple")
    assert "/v1/reason" not in capsys.readouterr().err


# -- webhooks ----------------------------------------------------------------------------------------


def test_webhook_signed_by_the_server_verifies() -> None:
    client = Limner(base_url="http://limner.test")
    body = json.dumps(GENERATION).encode()
    headers = {"limner-signature": server_sign("whsec_1", body, int(time.time())), "content-type": "x"}
    client.webhooks.verify(body, headers, "whsec_1")
    assert client.webhooks.unwrap(body, headers, "whsec_1").id == "gen_1"
    for payload, secret in ((body + b" ", "whsec_1"), (body, "whsec_2")):
        with pytest.raises(InvalidWebhookSignatureError):
            client.webhooks.verify(payload, headers, secret)
    old = {"Limner-Signature": server_sign("whsec_1", body, int(time.time()) - 3600)}
    with pytest.raises(InvalidWebhookSignatureError, match="away from now"):
        client.webhooks.verify(body, old, "whsec_1")
    with pytest.raises(InvalidWebhookSignatureError, match="no Limner-Signature"):
        client.webhooks.verify(body, {}, "whsec_1")
    with pytest.raises(InvalidWebhookSignatureError):
        client.webhooks.verify(body, {"Limner-Signature": "t=abc,v1=00"}, "whsec_1")


# -- multipart uploads --------------------------------------------------------------------------------


def _png(color: str = "red") -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (48, 32), color).save(buffer, format="PNG")
    return buffer.getvalue()


def test_reference_upload_is_multipart_and_retried_with_the_same_bytes() -> None:
    reference = {"id": "ref_1", "object": "reference", "role": "product", "name": "bottle"}
    script = Script(problem(503, "unavailable"), ok(reference, 201))
    data = _png()
    created = client_for(script, max_retries=1).references.create(
        io.BytesIO(data), role="product", name="bottle"
    )
    assert isinstance(created, Reference) and created.id == "ref_1"
    first, second = script.requests
    assert first.headers["content-type"].startswith("multipart/form-data; boundary=")
    assert (
        first.content == second.content
        and first.headers["idempotency-key"] == second.headers["idempotency-key"]
    )
    assert (
        data in first.content
        and b'name="role"' in first.content
        and b"Content-Type: image/png" in first.content
    )


@pytest.mark.e2e
def test_multipart_upload_to_a_real_server(sdk_server: Server, tmp_path: Path) -> None:
    path = tmp_path / "bottle.png"
    path.write_bytes(_png("blue"))
    with Limner(base_url=sdk_server.url, api_key="") as client:
        created = client.references.create(path, role="product")
        assert created.id.startswith("ref_") and created.name == "bottle" and created.role == "product"
        raw = client.with_raw_response.references.get(created.id)
        assert raw.status_code == 200 and raw.parse().id == created.id
        client.references.delete(created.id)
        with pytest.raises(NotFoundError) as caught:
            client.references.get(created.id)
        assert caught.value.status_code == 404 and caught.value.response is not None


# -- packaging ---------------------------------------------------------------------------------------


@pytest.mark.slow
def test_the_package_builds_as_a_wheel_and_sdist_that_install(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    built = subprocess.run(
        [sys.executable, "-m", "build", "--no-isolation", "--sdist", "--wheel", "--outdir", str(dist),
         str(SDK / "python")],
        capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert built.returncode == 0, built.stdout[-3000:] + built.stderr[-3000:]
    wheel = dist / f"limner_client-{__version__}-py3-none-any.whl"
    sdist = dist / f"limner_client-{__version__}.tar.gz"
    assert wheel.is_file() and sdist.is_file()
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        metadata = archive.read(f"limner_client-{__version__}.dist-info/METADATA").decode()
    assert {"limner_client/__init__.py", "limner_client/py.typed", "limner_client/webhooks.py"} <= names
    assert "Name: limner-client" in metadata and "Requires-Dist: httpx" in metadata
    target = tmp_path / "site"
    installed = subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--no-index",
         "--target", str(target), str(wheel)],
        capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert installed.returncode == 0, installed.stderr[-3000:]
    imported = subprocess.run(
        [sys.executable, "-c", "import limner_client as c; print(c.__file__, c.__version__)"],
        env={"PYTHONPATH": str(target)}, capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert imported.returncode == 0, imported.stderr
    assert imported.stdout.split() == [str(target / "limner_client" / "__init__.py"), __version__]
