"""What the sync and async clients share: options, headers, request bodies and answer checks."""

from __future__ import annotations

import base64
import hashlib
import json
import os
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import httpx
from pydantic import BaseModel, ValidationError

from limner_client._retry import RetryPolicy
from limner_client._version import __version__
from limner_client.errors import APIConnectionError, APIResponseValidationError, APITimeoutError, LimnerError
from limner_client.models import Generation, Plan, ReferenceUse, plan_payload

DEFAULT_BASE_URL = "http://127.0.0.1:8000"
DEFAULT_TIMEOUT = 60.0
DEFAULT_MAX_RETRIES = 2

ReferenceArg = str | ReferenceUse | Mapping[str, Any]
ModelT = TypeVar("ModelT", bound=BaseModel)


@dataclass(frozen=True)
class ClientOptions:
    """Resolved settings of one client."""

    base_url: str
    api_key: str | None
    timeout: float
    retry: RetryPolicy
    default_headers: Mapping[str, str] = field(default_factory=dict)

    @classmethod
    def resolve(
        cls,
        *,
        base_url: str | None,
        api_key: str | None,
        timeout: float,
        max_retries: int,
        default_headers: Mapping[str, str] | None,
    ) -> ClientOptions:
        if max_retries < 0:
            raise ValueError("max_retries must be >= 0")
        url = base_url or os.environ.get("LIMNER_BASE_URL") or DEFAULT_BASE_URL
        key = api_key if api_key is not None else os.environ.get("LIMNER_API_KEY")
        return cls(
            base_url=url.rstrip("/"),
            api_key=key or None,
            timeout=timeout,
            retry=RetryPolicy(max_retries=max_retries),
            default_headers=dict(default_headers or {}),
        )

    def headers(self) -> dict[str, str]:
        headers = {"Accept": "application/json", "User-Agent": f"limner-client-python/{__version__}"}
        if self.api_key:
            headers["Authorization"] = f"Bearer {self.api_key}"
        headers.update(self.default_headers)
        return headers


@dataclass(frozen=True)
class RequestSpec:
    """One API call; retries of it resend exactly this, Idempotency-Key included."""

    method: str
    path: str
    json: Any = None
    params: Mapping[str, str] | None = None
    idempotency_key: str | None = None

    @classmethod
    def make(
        cls,
        method: str,
        path: str,
        *,
        json: Any = None,
        params: Mapping[str, str] | None = None,
        idempotency_key: str | None = None,
    ) -> RequestSpec:
        method = method.upper()
        if method == "POST" and idempotency_key is None:
            idempotency_key = new_idempotency_key()
        return cls(method, path, json, params, idempotency_key)

    def headers(self) -> dict[str, str]:
        return {"Idempotency-Key": self.idempotency_key} if self.idempotency_key else {}


def new_idempotency_key() -> str:
    return f"limner-py-{uuid.uuid4()}"


def connection_error(exc: httpx.TransportError) -> APIConnectionError:
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(f"request timed out: {exc}", cause=exc)
    return APIConnectionError(f"connection error: {exc}", cause=exc)


def _compact(values: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in values.items() if value is not None}


def _reference_payload(reference: ReferenceArg) -> str | dict[str, Any]:
    if isinstance(reference, str):
        return reference
    if isinstance(reference, ReferenceUse):
        return reference.model_dump(mode="json", exclude_none=True)
    return dict(reference)


def reason_body(
    prompt: str,
    *,
    references: Sequence[ReferenceArg] | None,
    base_plan_id: str | None,
    size: str | None,
    aspect_ratio: str | None,
    seed: int | None,
    extra_body: Mapping[str, Any] | None,
) -> dict[str, Any]:
    body = _compact(
        {
            "prompt": prompt,
            "references": [_reference_payload(r) for r in references] if references is not None else None,
            "base_plan_id": base_plan_id,
            "size": size,
            "aspect_ratio": aspect_ratio,
            "seed": seed,
        }
    )
    body.update(extra_body or {})
    return body


def generate_body(
    *,
    prompt: str | None,
    plan_id: str | None,
    plan: Plan | Mapping[str, Any] | None,
    options: Mapping[str, Any],
    extra_body: Mapping[str, Any] | None,
) -> dict[str, Any]:
    given = (("prompt", prompt), ("plan_id", plan_id), ("plan", plan))
    sources = [name for name, value in given if value is not None]
    if len(sources) != 1:
        raise ValueError("pass exactly one of prompt=, plan_id= or plan=")
    body: dict[str, Any] = _compact({"prompt": prompt, "plan_id": plan_id, **options})
    if plan is not None:
        body["plan"] = plan_payload(plan if isinstance(plan, Plan) else dict(plan))
    body.update(extra_body or {})
    return body


def reference_body(data: bytes | str | Path, *, role: str | None, name: str | None) -> dict[str, Any]:
    """JSON upload of a reference image: raw bytes, or a path to read them from."""
    raw = data if isinstance(data, bytes) else Path(data).read_bytes()
    if name is None and not isinstance(data, bytes):
        name = Path(data).stem
    return _compact({"data": base64.b64encode(raw).decode("ascii"), "role": role, "name": name})


def image_id(image: Any) -> str:
    """An image id from an id string or anything with an ``id`` (a ``GenerationImage``)."""
    value = image if isinstance(image, str) else getattr(image, "id", None)
    if not isinstance(value, str) or not value:
        raise TypeError("expected an image id or a GenerationImage")
    return value


@dataclass(frozen=True)
class PollSchedule:
    """How ``generations.wait`` paces its polls: grow from ``initial`` to ``maximum``, or obey the server."""

    initial: float = 0.25
    maximum: float = 2.0
    factor: float = 1.5

    def next(self, current: float, retry_after: float | None) -> float:
        if retry_after is not None:
            return retry_after
        return min(self.maximum, current * self.factor)


def location_id(response: httpx.Response) -> str | None:
    """The generation id from a 202 answer's ``Location`` header, if there is one."""
    location = response.headers.get("location")
    if not location:
        return None
    return location.rstrip("/").rsplit("/", 1)[-1] or None


def parse_model(model: type[ModelT], response: httpx.Response) -> ModelT:
    """The answer's JSON body as ``model``; a body that does not fit raises ``APIResponseValidationError``."""
    try:
        return model.model_validate_json(response.content)
    except ValidationError as exc:
        raise APIResponseValidationError(
            f"{response.request.method} {response.request.url.path}: answer is not a {model.__name__}: {exc}"
        ) from exc


def check_etag(content: bytes, etag: str | None) -> None:
    """Raise when the ``ETag`` is a sha256 and the downloaded bytes do not hash to it."""
    if not etag:
        return
    tag = etag.removeprefix("W/").strip('"').lower()
    if len(tag) == 64 and all(c in "0123456789abcdef" for c in tag):
        digest = hashlib.sha256(content).hexdigest()
        if digest != tag:
            raise LimnerError(f"downloaded image is corrupt: sha256 {digest} != ETag {tag}")


def generation_from_event(data: str) -> Generation | None:
    """A generation from one event's data (the object itself, or wrapped as ``{"generation": …}``)."""
    try:
        payload = json.loads(data)
    except ValueError:
        return None
    if isinstance(payload, dict) and "generation" in payload and isinstance(payload["generation"], dict):
        payload = payload["generation"]
    if not isinstance(payload, dict) or "id" not in payload or "status" not in payload:
        return None
    return Generation.model_validate(payload)


__all__ = [
    "DEFAULT_BASE_URL",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "ClientOptions",
    "ModelT",
    "PollSchedule",
    "ReferenceArg",
    "RequestSpec",
    "check_etag",
    "connection_error",
    "generate_body",
    "generation_from_event",
    "image_id",
    "location_id",
    "new_idempotency_key",
    "parse_model",
    "reason_body",
    "reference_body",
]
