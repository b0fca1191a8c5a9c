"""A client driven by ``/openapi.json`` alone, as a generated client would be.

It knows nothing of Limner's routes: an operation is found by its ``operationId``, its path filled
from the document's template, its request body checked against the document's schema before it is
sent, and every answer checked against the schema the document declares for that status and media
type (an undeclared status or media type fails). Limner's document is OpenAPI 3.1, whose schemas are
JSON Schema 2020-12, so :mod:`jsonschema` checks them as they are.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

import httpx
from jsonschema import Draft202012Validator


class ContractError(AssertionError):
    """The server answered something its own document does not declare."""


@dataclass(frozen=True)
class Operation:
    operation_id: str
    method: str
    path: str
    spec: dict[str, Any]


class OpenAPIClient:
    def __init__(self, http: Any, document: dict[str, Any], headers: dict[str, str] | None = None) -> None:
        self.http = http
        self.document = document
        self.headers = dict(headers or {})
        self.operations = {
            spec["operationId"]: Operation(spec["operationId"], method.upper(), path, spec)
            for path, item in document["paths"].items()
            for method, spec in item.items()
        }

    def validate(self, schema: dict[str, Any], instance: Any, what: str) -> None:
        """``instance`` against ``schema``, its ``#/components/…`` references resolved in the document."""
        rooted = {**schema, "components": self.document.get("components", {})}
        errors = sorted(Draft202012Validator(rooted).iter_errors(instance), key=lambda e: list(e.path))
        if errors:
            raise ContractError(f"{what}: {errors[0].message} at {list(errors[0].path)}")

    def call(
        self,
        operation_id: str,
        *,
        params: dict[str, str] | None = None,
        body: Any = None,
        query: dict[str, Any] | None = None,
        headers: dict[str, str] | None = None,
    ) -> httpx.Response:
        operation = self.operations[operation_id]
        path = operation.path
        for parameter in operation.spec.get("parameters", []):
            if parameter["in"] == "path":
                path = path.replace("{" + parameter["name"] + "}", (params or {})[parameter["name"]])
        assert not re.search(r"\{\w+\}", path), f"unfilled path parameter in {path}"
        sent = {**self.headers, **(headers or {})}
        if body is not None:
            request_body = operation.spec.get("requestBody")
            if request_body is None:
                raise ContractError(f"{operation_id} declares no request body")
            self.validate(request_body["content"]["application/json"]["schema"], body, f"{operation_id} body")
            sent["Content-Type"] = "application/json"
        response: httpx.Response = self.http.request(
            operation.method,
            path,
            content=None if body is None else json.dumps(body),
            params=query,
            headers=sent,
        )
        self.check_response(operation, response)
        return response

    def check_response(self, operation: Operation, response: httpx.Response) -> None:
        declared = operation.spec["responses"].get(str(response.status_code))
        if declared is None:
            raise ContractError(
                f"{operation.operation_id} answered {response.status_code}, which its document does not "
                f"declare ({sorted(operation.spec['responses'])}): {response.text[:300]}"
            )
        content = declared.get("content", {})
        if not content:
            assert not response.content, f"{operation.operation_id}: a body where none is declared"
            return
        media = response.headers.get("content-type", "").split(";")[0].strip()
        matching = [m for m in content if m.split(";")[0].strip() == media]
        if not matching:
            raise ContractError(
                f"{operation.operation_id} {response.status_code}: {media} not in {list(content)}"
            )
        schema = content[matching[0]].get("schema")
        assert schema, f"{operation.operation_id} {response.status_code} {media}: no schema"
        if media.endswith("json"):
            self.validate(schema, response.json(), f"{operation.operation_id} {response.status_code}")
        for header in declared.get("headers", {}):
            if header.lower() == "x-request-id":
                assert header in response.headers, f"{operation.operation_id}: no {header}"
