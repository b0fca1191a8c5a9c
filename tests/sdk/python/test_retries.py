"""Retries, backoff, idempotency keys and error mapping of the Python SDK, on httpx.MockTransport."""

from __future__ import annotations

import asyncio
import email.utils
import json
import time
from collections.abc import Callable, Iterator

import httpx
import pytest
from limner_client import (
    APIConnectionError,
    APIError,
    AsyncLimner,
    AuthenticationError,
    ConflictError,
    InvalidRequestError,
    Limner,
    LimnerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    RetryPolicy,
)
from limner_client._retry import is_retryable_status, parse_retry_after

GENERATION = {
    "id": "gen_1",
    "object": "generation",
    "status": "succeeded",
    "plan_id": "plan_1",
    "created": 1795000000,
    "images": [],
    "usage": {"images": 0},
    "error": None,
    "change_mask": None,
}

Handler = Callable[[httpx.Request], httpx.Response]


def problem(
    status: int, code: str, *, param: str | None = None, headers: dict[str, str] | None = None
) -> httpx.Response:
    body = {
        "type": f"urn:limner:error:{code}",
        "title": code.replace("_", " "),
        "status": status,
        "detail": f"{code} happened",
        "code": code,
        "param": param,
        "request_id": "req_test",
    }
    return httpx.Response(
        status,
        content=json.dumps(body),
        headers={"Content-Type": "application/problem+json", **(headers or {})},
    )


class Script:
    """Answers requests from a list in order and records each request."""

    def __init__(self, *answers: httpx.Response | Exception) -> None:
        self.answers = list(answers)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        answer = self.answers.pop(0)
        if isinstance(answer, Exception):
            raise answer
        return answer


@pytest.fixture
def sleeps(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[float]]:
    recorded: list[float] = []

    def fake_sleep(seconds: float) -> None:
        recorded.append(seconds)

    async def fake_async_sleep(seconds: float) -> None:
        recorded.append(seconds)

    monkeypatch.setattr(time, "sleep", fake_sleep)
    monkeypatch.setattr(asyncio, "sleep", fake_async_sleep)
    yield recorded


def client_for(handler: Handler, *, max_retries: int = 2, api_key: str | None = "sk_test") -> Limner:
    transport = httpx.MockTransport(handler)
    return Limner(
        base_url="http://limner.test",
        api_key=api_key,
        max_retries=max_retries,
        http_client=httpx.Client(transport=transport),
    )


def test_retry_after_is_honoured_and_the_idempotency_key_is_stable(sleeps: list[float]) -> None:
    script = Script(
        problem(429, "rate_limited", headers={"Retry-After": "3"}),
        problem(503, "overloaded", headers={"Retry-After": "1"}),
        httpx.Response(200, json=GENERATION),
    )
    generation = client_for(script).generate(prompt="a red apple", seed=4)
    assert generation.id == "gen_1" and generation.status == "succeeded"
    assert sleeps == [3.0, 1.0]
    keys = {r.headers["Idempotency-Key"] for r in script.requests}
    assert len(script.requests) == 3 and len(keys) == 1
    assert {r.content for r in script.requests} == {script.requests[0].content}
    assert json.loads(script.requests[0].content) == {"prompt": "a red apple", "seed": 4}
    assert script.requests[0].headers["Authorization"] == "Bearer sk_test"


def test_every_call_gets_its_own_key_and_an_explicit_key_is_used(sleeps: list[float]) -> None:
    script = Script(*(httpx.Response(200, json=GENERATION) for _ in range(3)))
    client = client_for(script)
    client.generate(plan_id="plan_1")
    client.generate(plan_id="plan_1")
    client.generate(plan_id="plan_1", idempotency_key="my-key")
    keys = [r.headers["Idempotency-Key"] for r in script.requests]
    assert keys[0] != keys[1] and keys[2] == "my-key"
    assert sleeps == []


def test_get_requests_carry_no_idempotency_key(sleeps: list[float]) -> None:
    script = Script(httpx.Response(200, json=GENERATION))
    client_for(script).generations.get("gen_1")
    assert "Idempotency-Key" not in script.requests[0].headers
    assert script.requests[0].url.path == "/v1/generations/gen_1"


def test_backoff_grows_exponentially_with_jitter(sleeps: list[float]) -> None:
    script = Script(
        problem(500, "internal_error"),
        problem(502, "bad_gateway"),
        problem(504, "timeout"),
        httpx.Response(200, json=GENERATION),
    )
    client_for(script, max_retries=3).generations.get("gen_1")
    assert len(sleeps) == 3
    for attempt, seconds in enumerate(sleeps):
        ceiling = 0.5 * 2**attempt
        assert 0.75 * ceiling <= seconds <= ceiling


@pytest.mark.parametrize(
    ("status", "code", "family"),
    [
        (400, "malformed_request", InvalidRequestError),
        (401, "unauthorized", AuthenticationError),
        (403, "forbidden", PermissionDeniedError),
        (404, "not_found", NotFoundError),
        (409, "idempotency_conflict", ConflictError),
        (413, "payload_too_large", InvalidRequestError),
        (415, "unsupported_media_type", InvalidRequestError),
        (422, "invalid_request", InvalidRequestError),
    ],
)
def test_client_errors_are_never_retried(
    sleeps: list[float], status: int, code: str, family: type[APIError]
) -> None:
    script = Script(problem(status, code, param="n", headers={"Retry-After": "1"}))
    with pytest.raises(family) as caught:
        client_for(script).generate(prompt="a cat", n=99)
    assert len(script.requests) == 1 and sleeps == []
    error = caught.value
    assert isinstance(error, APIError) and isinstance(error, LimnerError)
    assert (error.status, error.code, error.param, error.request_id) == (status, code, "n", "req_test")
    assert code in str(error) and "req_test" in str(error)


def test_rate_limit_error_after_retries_exposes_retry_after(sleeps: list[float]) -> None:
    script = Script(*(problem(429, "rate_limited", headers={"Retry-After": "7"}) for _ in range(3)))
    with pytest.raises(RateLimitError) as caught:
        client_for(script).reason("a dog")
    assert caught.value.retry_after == 7.0
    assert sleeps == [7.0, 7.0] and len(script.requests) == 3


def test_server_errors_exhaust_retries_then_raise_api_error(sleeps: list[float]) -> None:
    script = Script(problem(500, "internal_error"), problem(500, "internal_error"))
    with pytest.raises(APIError) as caught:
        client_for(script, max_retries=1).plans.get("plan_1")
    assert type(caught.value) is APIError and caught.value.status == 500
    assert len(script.requests) == 2 and len(sleeps) == 1


def test_connection_errors_are_retried_with_the_same_key(sleeps: list[float]) -> None:
    script = Script(
        httpx.ConnectError("refused"), httpx.ReadTimeout("slow"), httpx.Response(200, json=GENERATION)
    )
    assert client_for(script).generate(prompt="a boat").id == "gen_1"
    assert len({r.headers["Idempotency-Key"] for r in script.requests}) == 1 and len(sleeps) == 2

    failing = Script(*(httpx.ConnectError("refused") for _ in range(3)))
    with pytest.raises(APIConnectionError):
        client_for(failing).generate(prompt="a boat")
    assert len(failing.requests) == 3


def test_non_json_error_bodies_still_map_by_status(sleeps: list[float]) -> None:
    script = Script(httpx.Response(404, text="no such thing"))
    with pytest.raises(NotFoundError) as caught:
        client_for(script, max_retries=0).images.download("img_1")
    assert caught.value.detail == "no such thing" and caught.value.code is None


def test_api_key_comes_from_the_environment(monkeypatch: pytest.MonkeyPatch, sleeps: list[float]) -> None:
    monkeypatch.setenv("LIMNER_API_KEY", "sk_env")
    script = Script(httpx.Response(200, json=GENERATION))
    client_for(script, api_key=None).generations.get("gen_1")
    assert script.requests[0].headers["Authorization"] == "Bearer sk_env"


def test_wait_polls_at_the_servers_pace_until_terminal(sleeps: list[float]) -> None:
    queued = {**GENERATION, "status": "queued", "images": []}
    running = {**GENERATION, "status": "running"}
    script = Script(
        httpx.Response(200, json=queued, headers={"Retry-After": "2"}),
        httpx.Response(200, json=running),
        httpx.Response(200, json=GENERATION),
    )
    generation = client_for(script).generations.wait("gen_1", timeout=60)
    assert generation.status == "succeeded" and generation.done
    assert sleeps[0] == 2.0 and len(sleeps) == 2 and sleeps[1] <= 2.0


def test_wait_gives_up_after_its_timeout() -> None:
    script = Script(*(httpx.Response(200, json={**GENERATION, "status": "running"}) for _ in range(200)))
    with pytest.raises(TimeoutError, match="still running"):
        client_for(script).generations.wait("gen_1", timeout=0.3)


def test_async_202_follows_location_and_honours_retry_after(sleeps: list[float]) -> None:
    script = Script(
        problem(503, "overloaded", headers={"Retry-After": "4"}),
        httpx.Response(202, headers={"Location": "/v1/generations/gen_1"}),
        httpx.Response(200, json={**GENERATION, "status": "queued"}),
    )

    async def scenario() -> None:
        transport = httpx.MockTransport(script)
        async with AsyncLimner(
            base_url="http://limner.test", http_client=httpx.AsyncClient(transport=transport)
        ) as client:
            generation = await client.generate(prompt="a kite", async_=True)
            assert generation.status == "queued"

    asyncio.run(scenario())
    assert sleeps == [4.0]
    post1, post2, get = script.requests
    assert post1.headers["Idempotency-Key"] == post2.headers["Idempotency-Key"]
    assert json.loads(post1.content)["async"] is True
    assert get.method == "GET" and get.url.path == "/v1/generations/gen_1"


def test_async_client_errors_are_not_retried(sleeps: list[float]) -> None:
    script = Script(problem(422, "invalid_request", param="prompt"))

    async def scenario() -> None:
        transport = httpx.MockTransport(script)
        client = AsyncLimner(
            base_url="http://limner.test", http_client=httpx.AsyncClient(transport=transport)
        )
        with pytest.raises(InvalidRequestError) as caught:
            await client.reason("")
        assert caught.value.param == "prompt"

    asyncio.run(scenario())
    assert len(script.requests) == 1 and sleeps == []


def test_image_download_checks_the_sha256_etag(sleeps: list[float]) -> None:
    good = "b5bb9d8014a0f9b1d61e21e796d78dccdf1352f23cd32812f4850b878ae4944c"  # sha256 of b"foo\n"
    script = Script(
        httpx.Response(200, content=b"foo\n", headers={"ETag": f'"{good}"'}),
        httpx.Response(200, content=b"bar\n", headers={"ETag": f'"{good}"'}),
    )
    client = client_for(script)
    assert client.images.download("img_1") == b"foo\n"
    with pytest.raises(LimnerError, match="corrupt"):
        client.images.download("img_1")


def test_generate_needs_exactly_one_source() -> None:
    client = client_for(Script())
    with pytest.raises(ValueError, match="exactly one"):
        client.generate()
    with pytest.raises(ValueError, match="exactly one"):
        client.generate(prompt="a cat", plan_id="plan_1")


def test_retry_policy_rules() -> None:
    assert [s for s in range(400, 600) if is_retryable_status(s)] == [429, *range(500, 600)]
    policy = RetryPolicy(max_retries=5, jitter=lambda: 0.0)
    assert [policy.delay(a) for a in range(6)] == [0.5, 1.0, 2.0, 4.0, 8.0, 8.0]
    assert policy.delay(0, retry_after=120.0) == 60.0
    assert parse_retry_after("2.5") == 2.5 and parse_retry_after("-3") == 0.0
    assert parse_retry_after("soon") is None and parse_retry_after(None) is None
    future = email.utils.formatdate(1_000_030.0, usegmt=True)
    assert parse_retry_after(future, now=lambda: 1_000_000.0) == 30.0
