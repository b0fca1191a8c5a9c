"""``client.with_raw_response``: the same calls, answering the HTTP response (status, headers) with
the parsed object available from ``.parse()``.

>>> raw = client.with_raw_response.reason("a red apple")   # doctest: +SKIP
>>> raw.status_code, raw.headers["x-request-id"], raw.parse().id   # doctest: +SKIP
"""

from __future__ import annotations

import contextvars
import functools
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Generic, ParamSpec, TypeVar

import httpx

P = ParamSpec("P")
T = TypeVar("T")


class _Capture:
    """Holds the last successful response of the call being wrapped."""

    def __init__(self) -> None:
        self.response: httpx.Response | None = None


_CAPTURE: contextvars.ContextVar[_Capture | None] = contextvars.ContextVar("limner_raw_capture", default=None)


def record(response: httpx.Response) -> None:
    """Called by the transport on every successful answer; kept only inside a raw-response call."""
    capture = _CAPTURE.get()
    if capture is not None:
        capture.response = response


@dataclass(frozen=True)
class RawResponse(Generic[T]):
    """The HTTP answer a call's result was read from, and the result."""

    http_response: httpx.Response
    _parsed: T

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def request_id(self) -> str | None:
        value: str | None = self.http_response.headers.get("x-request-id")
        return value

    @property
    def content(self) -> bytes:
        return self.http_response.content

    def parse(self) -> T:
        return self._parsed


def to_raw(func: Callable[P, T]) -> Callable[P, RawResponse[T]]:
    @functools.wraps(func)
    def wrapped(*args: P.args, **kwargs: P.kwargs) -> RawResponse[T]:
        capture = _Capture()
        token = _CAPTURE.set(capture)
        try:
            value = func(*args, **kwargs)
        finally:
            _CAPTURE.reset(token)
        assert capture.response is not None, "the call made no request"
        return RawResponse(capture.response, value)

    return wrapped


def to_async_raw(func: Callable[P, Awaitable[T]]) -> Callable[P, Awaitable[RawResponse[T]]]:
    @functools.wraps(func)
    async def wrapped(*args: P.args, **kwargs: P.kwargs) -> RawResponse[T]:
        capture = _Capture()
        token = _CAPTURE.set(capture)
        try:
            value = await func(*args, **kwargs)
        finally:
            _CAPTURE.reset(token)
        assert capture.response is not None, "the call made no request"
        return RawResponse(capture.response, value)

    return wrapped


__all__ = ["RawResponse", "record", "to_async_raw", "to_raw"]
