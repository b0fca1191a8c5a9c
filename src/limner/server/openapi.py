"""The OpenAPI 3.1 document: FastAPI's, with errors as problem+json and the request-id header."""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi

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


def _rewrite(schema: dict[str, Any]) -> dict[str, Any]:
    for path_item in schema.get("paths", {}).values():
        for operation in path_item.values():
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
    components = schema.get("components", {}).get("schemas", {})
    for unused in ("HTTPValidationError", "ValidationError"):
        components.pop(unused, None)
    return schema


def install_openapi(app: FastAPI) -> None:
    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            app.openapi_schema = _rewrite(
                get_openapi(
                    title=app.title,
                    version=app.version,
                    openapi_version="3.1.0",
                    description=DESCRIPTION,
                    routes=app.routes,
                )
            )
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]


__all__ = ["OPENAI_ERRORS_MARK", "install_openapi"]
