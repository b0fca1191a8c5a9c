"""Exceptions a caller can catch by family, mapped from the server's problem+json answers.

``LimnerError`` is the base of everything. ``APIError`` is any answer with an error status (and, used
directly, a 5xx); its subclasses name the 4xx families. ``APIConnectionError`` means no answer came.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

import httpx
from pydantic import ValidationError

from limner_client._retry import parse_retry_after
from limner_client.models import Problem


class LimnerError(Exception):
    """Base of every error this client raises."""


class APIConnectionError(LimnerError):
    """The server could not be reached, or the connection broke before an answer came."""

    def __init__(self, message: str, *, cause: BaseException | None = None) -> None:
        super().__init__(message)
        self.__cause__ = cause


class APITimeoutError(APIConnectionError):
    """The request timed out."""


class APIResponseValidationError(LimnerError):
    """The server answered 2xx with a body this client cannot read as the expected object."""


class WaitTimeoutError(LimnerError, TimeoutError):
    """``generations.wait`` gave up before the generation reached a terminal status."""

    def __init__(self, generation_id: str, timeout: float, last_status: str) -> None:
        super().__init__(f"generation {generation_id} still {last_status} after {timeout:g} s")
        self.generation_id = generation_id
        self.timeout = timeout
        self.last_status = last_status


class InvalidWebhookSignatureError(LimnerError, ValueError):
    """``webhooks.verify``: the delivery's signature is missing, wrong or too old."""


class APIError(LimnerError):
    """The server answered with an error status; 5xx answers raise this class itself.

    ``status_code`` is the HTTP status (``status`` is the same number), ``response`` the answer
    (``None`` when the error was built without one), ``headers`` its headers in lower case.
    """

    def __init__(
        self,
        problem: Problem,
        *,
        status: int,
        headers: Mapping[str, str] | None = None,
        response: httpx.Response | None = None,
    ) -> None:
        self.problem = problem
        self.status_code = status
        self.response = response
        self.headers: dict[str, str] = {k.lower(): v for k, v in (headers or {}).items()}
        self.code = problem.code
        self.param = problem.param
        self.detail = problem.detail
        self.request_id = problem.request_id or self.headers.get("x-request-id")
        self.errors = list(problem.errors or [])
        self.retry_after = parse_retry_after(self.headers.get("retry-after"))
        super().__init__(self._message())

    @property
    def status(self) -> int:
        """The HTTP status; an alias of ``status_code``."""
        return self.status_code

    def _message(self) -> str:
        text = f"{self.status_code} {self.code or self.problem.title or 'error'}"
        if self.detail:
            text += f": {self.detail}"
        if self.param:
            text += f" (param: {self.param})"
        if self.request_id:
            text += f" [request_id: {self.request_id}]"
        return text


class InvalidRequestError(APIError):
    """400, 413, 415 or 422: the request itself is wrong; ``param`` names the offending field."""


class AuthenticationError(APIError):
    """401: no key, or a key the server does not accept."""


class PermissionDeniedError(APIError):
    """403: the key is valid but not allowed to do this."""


class NotFoundError(APIError):
    """404: no such id (or one that belongs to another account)."""


class ConflictError(APIError):
    """409: the same Idempotency-Key was used with a different body."""


class RateLimitError(APIError):
    """429: a rate or quota limit; ``retry_after`` says how many seconds to wait."""


_BY_STATUS: dict[int, type[APIError]] = {
    400: InvalidRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    413: InvalidRequestError,
    415: InvalidRequestError,
    422: InvalidRequestError,
    429: RateLimitError,
}


def error_class_for(status: int) -> type[APIError]:
    """The exception family of an HTTP error status."""
    return _BY_STATUS.get(status, APIError)


def problem_from_response(response: httpx.Response) -> Problem:
    """The problem details of an error answer, or a synthetic one when the body is not problem+json."""
    body: Any = None
    try:
        body = json.loads(response.content) if response.content else None
    except ValueError:
        body = None
    if isinstance(body, dict):
        try:
            return Problem.model_validate({"status": response.status_code, **body})
        except ValidationError:
            pass
    reason = response.reason_phrase or "HTTP error"
    text = response.text[:500] if response.content else None
    return Problem(title=reason, status=response.status_code, detail=text or reason)


def error_from_response(response: httpx.Response) -> APIError:
    """The exception to raise for an error answer."""
    problem = problem_from_response(response)
    cls = error_class_for(response.status_code)
    return cls(problem, status=response.status_code, headers=dict(response.headers), response=response)


__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APITimeoutError",
    "AuthenticationError",
    "ConflictError",
    "InvalidRequestError",
    "InvalidWebhookSignatureError",
    "LimnerError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "WaitTimeoutError",
    "error_class_for",
    "error_from_response",
    "problem_from_response",
]
