"""The shape of an error answer by route: OpenAI's ``{"error": …}`` on the OpenAI Images routes,
RFC 9457 problem+json everywhere else.

Middleware that answers before a route runs (401, 403, 409, 413, 415, 429, 400 for bad JSON, 405)
uses :func:`error_response` so that the official ``openai`` clients see their usual error bodies
on ``/v1/images/generations`` and ``/v1/images/edits``.
"""

from __future__ import annotations

from collections.abc import Mapping

from starlette.responses import JSONResponse

from limner.platform.openai_compat import OpenAIError, openai_code
from limner.server.problems import REQUEST_ID_HEADER, problem_response

#: Routes whose errors are OpenAI-shaped (exact paths; ``/v1/images/{id}`` is Limner's own).
OPENAI_PATHS = frozenset(
    {"/v1/images/generations", "/v1/images/edits", "/v1/images/variations", "/v1/models"}
)
#: Prefixes whose every path is OpenAI's (``/v1/models/{id}``).
OPENAI_PREFIXES = ("/v1/models/",)


def is_openai_path(path: str) -> bool:
    return path.rstrip("/") in OPENAI_PATHS or path.startswith(OPENAI_PREFIXES)


def openai_response(
    error: OpenAIError, request_id: str, headers: Mapping[str, str] | None = None
) -> JSONResponse:
    return JSONResponse(
        error.body(), status_code=error.status, headers={**dict(headers or {}), REQUEST_ID_HEADER: request_id}
    )


def error_response(
    path: str,
    *,
    status: int,
    code: str,
    title: str,
    detail: str,
    request_id: str,
    param: str | None = None,
    headers: Mapping[str, str] | None = None,
) -> JSONResponse:
    """An error in the shape the route at ``path`` answers (422 is OpenAI's 400 there)."""
    if is_openai_path(path):
        shown = 400 if status == 422 else status
        error = OpenAIError(shown, detail, param=param, code=openai_code(status, code))
        return openai_response(error, request_id, headers)
    return problem_response(
        status=status,
        code=code,
        title=title,
        detail=detail,
        param=param,
        request_id=request_id,
        headers=headers,
    )


__all__ = ["OPENAI_PATHS", "error_response", "is_openai_path", "openai_response"]
