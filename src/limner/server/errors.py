"""Every error becomes RFC 9457 problem+json (API.md): Limner errors, validation errors,
malformed JSON, unknown routes, wrong methods, and anything unexpected (500)."""

from __future__ import annotations

import logging
from http import HTTPStatus
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.responses import Response

from limner.errors import LimnerError, OverloadedError, RateLimitError
from limner.platform.storage_errors import storage_error
from limner.platform.validation import describe, invalid_request_from_errors, primary_first
from limner.server.middleware import REQUEST_ID_HEADER, request_id_of
from limner.server.problems import ProblemItem, problem_response
from limner.server.routes import methods_for
from limner.server.shapes import error_response

logger = logging.getLogger(__name__)

#: Codes for plain HTTP errors raised by the framework (routing, body parsing).
HTTP_CODES = {
    400: "malformed_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    406: "not_acceptable",
    409: "conflict",
    413: "payload_too_large",
    415: "unsupported_media_type",
    422: "invalid_request",
    429: "rate_limited",
    503: "overloaded",
}
MAX_LISTED_ERRORS = 20


def _request_id(request: Request) -> str:
    return request_id_of(request.scope)


def _title(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Error"


async def limner_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, LimnerError)
    headers: dict[str, str] = {}
    if isinstance(exc, RateLimitError | OverloadedError):
        headers["Retry-After"] = str(exc.retry_after)
    if exc.status >= 500:
        logger.error("%s: %s", exc.code, exc.detail)
    return error_response(
        request.url.path,
        status=exc.status,
        code=exc.code,
        title=exc.title,
        detail=exc.detail,
        param=exc.param,
        request_id=_request_id(request),
        headers=headers,
    )


def _is_malformed(error: dict[str, Any]) -> bool:
    """Not JSON at all, or no body where one is required."""
    loc = tuple(error.get("loc", ()))
    return error.get("type") == "json_invalid" or (loc == ("body",) and error.get("type") == "missing")


async def validation_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, RequestValidationError)
    errors = [dict(e) for e in primary_first(exc.errors())]
    request_id = _request_id(request)
    if errors and _is_malformed(errors[0]):
        first = errors[0]
        if first.get("type") == "json_invalid":
            reason = (first.get("ctx") or {}).get("error", "invalid JSON")
            detail = f"the body is not valid JSON: {reason}"
        else:
            detail = "a JSON body is required"
        return problem_response(
            status=400,
            code="malformed_request",
            title="Malformed request",
            detail=detail,
            request_id=request_id,
        )
    invalid = invalid_request_from_errors(errors)
    items = [ProblemItem(param=p, detail=d) for p, d in map(describe, errors[:MAX_LISTED_ERRORS])]
    return problem_response(
        status=invalid.status,
        code=invalid.code,
        title=invalid.title,
        detail=invalid.detail,
        param=invalid.param,
        request_id=request_id,
        errors=items if len(items) > 1 else None,
    )


def allowed_methods(request: Request) -> list[str]:
    """Every method some route serves on this path (a 405's ``Allow``), sorted."""
    return methods_for(request.app.routes, request.url.path)


async def http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, StarletteHTTPException)
    status = exc.status_code
    detail = str(exc.detail) if exc.detail else _title(status)
    headers = dict(exc.headers or {})
    if status == 404:
        detail = f"no such endpoint: {request.method} {request.url.path}"
    elif status == 405:
        allow = allowed_methods(request)
        headers["Allow"] = ", ".join(allow)
        detail = f"{request.method} is not allowed on {request.url.path} (allowed: {', '.join(allow)})"
    return error_response(
        request.url.path,
        status=status,
        code=HTTP_CODES.get(status, f"http_{status}"),
        title=_title(status),
        detail=detail,
        request_id=_request_id(request),
        headers=headers,
    )


async def unexpected_error(request: Request, exc: Exception) -> Response:
    """Last resort (runs outside the other middleware, so it sets ``X-Request-ID`` itself). A full
    disk or a database that stayed locked is a problem the caller can act on (507/503), not a 500."""
    request_id = _request_id(request)
    storage = storage_error(exc)
    if storage is not None:
        logger.warning(
            "%s in %s %s [%s]: %s", storage.code, request.method, request.url.path, request_id, exc
        )
        response = await limner_error(request, storage)
        response.headers[REQUEST_ID_HEADER] = request_id
        return response
    logger.error("unhandled error in %s %s [%s]", request.method, request.url.path, request_id, exc_info=exc)
    return problem_response(
        status=500,
        code="internal_error",
        title="Internal error",
        detail=f"an unexpected error occurred; quote request id {request_id} when reporting it",
        request_id=request_id,
        headers={REQUEST_ID_HEADER: request_id},
    )


def install_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(LimnerError, limner_error)
    app.add_exception_handler(RequestValidationError, validation_error)
    app.add_exception_handler(StarletteHTTPException, http_error)
    app.add_exception_handler(Exception, unexpected_error)


__all__ = ["HTTP_CODES", "install_error_handlers"]
