"""The OpenAPI 3.1 document: FastAPI's, with errors as problem+json, the request-id header, and the
``bearerAuth`` scheme (with its 401, 429 and ``RateLimit-*`` headers) on every ``/v1`` operation.

Operation ids are the route functions' names (``reason``, ``get_plan``, ``generate``…), so a client
generated from the document has readable method names.
"""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi
from fastapi.routing import APIRoute

from limner.server.problems import PROBLEM_MEDIA_TYPE

DESCRIPTION = (
    "Reasoning-first image generation: a prompt becomes an inspectable scene plan, the plan becomes pixels. "
    "Errors are RFC 9457 problem details (application/problem+json) with `code` and `param`."
)

#: OpenAPI extension on operations whose error bodies are OpenAI-shaped application/json.
OPENAI_ERRORS_MARK = "x-openai-errors"

REQUEST_ID_HEADER_DOC = {
    "description": "The request id (echoed from the request, or generated as req_…).",
    "schema": {"type": "string"},
}


#: The name of the security scheme: ``Authorization: Bearer <secret>`` (API.md).
BEARER_AUTH = "bearerAuth"
BEARER_SCHEME = {
    "type": "http",
    "scheme": "bearer",
    "description": (
        "An API key (`limner keys create`), sent as `Authorization: Bearer <secret>`. A server started "
        "with `--auth local` also accepts requests without one; `/v1/admin/…` takes the admin key."
    ),
}
_INT_HEADER = {"schema": {"type": "integer"}}
RATE_LIMIT_HEADERS_DOC = {
    "RateLimit-Limit": {**_INT_HEADER, "description": "Requests per minute allowed to this key."},
    "RateLimit-Remaining": {**_INT_HEADER, "description": "Requests left in the current window."},
    "RateLimit-Reset": {**_INT_HEADER, "description": "Seconds until the window resets."},
}
RETRY_AFTER_HEADER_DOC = {**_INT_HEADER, "description": "Seconds to wait before retrying."}
#: Answered by the access gate on any ``/v1`` operation, whatever the route declares.
_GATE_PROBLEMS = {
    "401": "Missing, unknown or revoked API key (`unauthorized`).",
    "429": "Rate limit or monthly quota exceeded (`rate_limited`, `quota_exceeded`); see `Retry-After`.",
}
_PROBLEM_REF = {"schema": {"$ref": "#/components/schemas/Problem"}}


#: ``security`` of an operation that a signed link opens without a key (``GET /v1/images/{id}``);
#: an operation that declares its own ``security`` keeps it.
KEY_OR_SIGNATURE: list[dict[str, list[str]]] = [{BEARER_AUTH: []}, {}]


def operation_id(route: APIRoute) -> str:
    """A route's ``operationId``: its function's name (FastAPI's ``generate_unique_id_function``)."""
    return route.name


def _secure(operation: dict[str, Any], *, anonymous: bool) -> None:
    """``bearerAuth`` (optional when the server accepts anonymous local calls), the gate's 401/429,
    and ``RateLimit-*`` on every answer of a ``/v1`` operation."""
    operation.setdefault("security", [{BEARER_AUTH: []}, *([{}] if anonymous else [])])
    responses: dict[str, Any] = operation.setdefault("responses", {})
    # OpenAI-shaped operations declare their own 401/429 (``{"error": …}``, not problem+json).
    for status, description in {} if operation.get(OPENAI_ERRORS_MARK) else _GATE_PROBLEMS.items():
        responses.setdefault(
            status, {"description": description, "content": {"application/json": _PROBLEM_REF}}
        )
    for status, response in responses.items():
        headers = response.setdefault("headers", {})
        headers.update(RATE_LIMIT_HEADERS_DOC)
        if status in ("429", "503"):
            headers.setdefault("Retry-After", RETRY_AFTER_HEADER_DOC)


#: One server-sent event, as OpenAPI 3.2 describes an event stream's items (and schemathesis checks them).
SSE_EVENT_SCHEMA = {
    "type": "object",
    "description": "One server-sent event; `data` is the JSON of the object named by the operation.",
    "properties": {
        "event": {"type": "string"},
        "data": {"type": "string"},
        "id": {"type": "string"},
        "retry": {"type": "integer"},
    },
}


def _fill_schemas(operation: dict[str, Any]) -> None:
    """A media type declared without a schema: an event stream's events, else (a page) a string."""
    for response in operation.get("responses", {}).values():
        for name, media in response.get("content", {}).items():
            if not media.get("schema"):
                media["schema"] = SSE_EVENT_SCHEMA if name == "text/event-stream" else {"type": "string"}


def _rewrite(schema: dict[str, Any], *, anonymous: bool = False) -> dict[str, Any]:
    for path, path_item in schema.get("paths", {}).items():
        for operation in path_item.values():
            if path.startswith("/v1/"):
                _secure(operation, anonymous=anonymous)
            _fill_schemas(operation)
            responses: dict[str, Any] = operation.get("responses", {})
            # FastAPI's own validation-error body is never sent: Limner answers problem+json.
            default_422 = responses.get("422", {}).get("content", {}).get("application/json", {})
            if default_422.get("schema", {}).get("$ref", "").endswith("/HTTPValidationError"):
                del responses["422"]
            operation["responses"] = responses = dict(sorted(responses.items()))
            # Operations marked x-openai-errors answer errors in OpenAI's JSON shape, not problem+json.
            keep_json = bool(operation.get(OPENAI_ERRORS_MARK))
            for status, response in responses.items():
                content = response.get("content", {})
                if (
                    status.isdigit()
                    and int(status) >= 400
                    and "application/json" in content
                    and not keep_json
                ):
                    response["content"] = {PROBLEM_MEDIA_TYPE: content["application/json"]}
                response.setdefault("headers", {})["X-Request-ID"] = REQUEST_ID_HEADER_DOC
    components = schema.setdefault("components", {})
    for unused in ("HTTPValidationError", "ValidationError"):
        components.get("schemas", {}).pop(unused, None)
    components.setdefault("securitySchemes", {})[BEARER_AUTH] = BEARER_SCHEME
    return schema


def install_openapi(app: FastAPI, *, anonymous: bool = False) -> None:
    """Serve the rewritten document; ``anonymous``: ``/v1`` calls without a key are accepted too
    (``--auth local``), so the key is optional in each operation's ``security``."""

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            app.openapi_schema = _rewrite(
                get_openapi(
                    title=app.title,
                    version=app.version,
                    openapi_version="3.1.0",
                    description=DESCRIPTION,
                    routes=app.routes,
                ),
                anonymous=anonymous,
            )
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]


__all__ = ["BEARER_AUTH", "KEY_OR_SIGNATURE", "OPENAI_ERRORS_MARK", "install_openapi", "operation_id"]
