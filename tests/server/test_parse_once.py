"""A JSON request body is parsed once: the rate-limit gate prices it, the JSON guard checks it and
``POST /v1/generate`` validates it from the same parse; its errors stay the guard's."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import pytest
from fastapi.testclient import TestClient
from starlette.types import Message

from limner.errors import InvalidRequestError, MalformedRequestError
from limner.server.body import STATE_KEY, BufferedBody, _ParsedOnceRequest

BODY = {"plan": {"canvas": {"width": 64, "height": 64}, "elements": []}, "seed": 3, "n": 1}


def _buffered(raw: bytes) -> BufferedBody:
    body = BufferedBody(spool=False)
    body.append(raw)
    return body


def test_a_body_parses_once_and_keeps_its_error() -> None:
    body = _buffered(b'{"a": [1, 2.5]}')
    assert body.json() == {"a": [1, 2.5]} and body.json() is body.json()
    bad = _buffered(b'{"a": NaN}')
    with pytest.raises(InvalidRequestError) as first:
        bad.json()
    with pytest.raises(InvalidRequestError) as again:
        bad.json()
    assert first.value is again.value and first.value.param == "a"
    with pytest.raises(MalformedRequestError):
        _buffered(b"{nope").json()


def _request(body: BufferedBody) -> _ParsedOnceRequest:
    scope = {"type": "http", "method": "POST", "path": "/", "headers": [], "state": {STATE_KEY: body}}

    async def receive() -> Message:
        return {"type": "http.request", "body": body.data(), "more_body": False}

    return _ParsedOnceRequest(scope, receive)


def test_the_route_reads_the_buffered_parse_or_parses_as_fastapi_does() -> None:
    body = _buffered(b'{"a": 1}')
    assert asyncio.run(_request(body).json()) is body.json()
    # A body that does not parse safely is parsed as FastAPI parses it (its own errors)
    odd = _buffered(b'{"a": Infinity}')
    assert asyncio.run(_request(odd).json()) == {"a": float("inf")}
    with pytest.raises(json.JSONDecodeError):
        asyncio.run(_request(_buffered(b"{nope")).json())


def test_generate_parses_its_body_once(client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    raw = json.dumps(BODY).encode()
    parses: list[Any] = []
    loads = json.loads

    def counting(text: Any, *args: Any, **kwargs: Any) -> Any:
        if text == raw:
            parses.append(text)
        return loads(text, *args, **kwargs)

    monkeypatch.setattr(json, "loads", counting)
    answer = client.post("/v1/generate", content=raw, headers={"Content-Type": "application/json"})
    assert answer.status_code == 200, answer.text
    assert len(parses) == 1
    assert answer.json()["images"][0]["seed"] == 3
    # Errors are the JSON guard's, as before
    nan = client.post("/v1/generate", content=b'{"seed": NaN}', headers={"Content-Type": "application/json"})
    assert nan.status_code == 422 and nan.json()["param"] == "seed"
    broken = client.post("/v1/generate", content=b'{"seed": ', headers={"Content-Type": "application/json"})
    assert broken.status_code == 400
