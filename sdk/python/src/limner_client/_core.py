"""What the sync and async clients share: options, headers, request bodies and answer checks."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import logging
import os
import time
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, TypeVar

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
#: A reference image to upload: its bytes, a path to read, or an open binary file.
FileArg = bytes | str | Path | IO[bytes]
#: One multipart file: (file name, bytes, media type).
FilePart = tuple[str, bytes, str]
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

    def replace(
        self,
        *,
        base_url: str | None = None,
        api_key: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        default_headers: Mapping[str, str] | None = None,
    ) -> ClientOptions:
        """These options with the given ones changed (``with_options``)."""
        if max_retries is not None and max_retries < 0:
            raise ValueError("max_retries must be >= 0")
        return dataclasses.replace(
            self,
            base_url=base_url.rstrip("/") if base_url else self.base_url,
            api_key=api_key if api_key is not None else self.api_key,
            timeout=timeout if timeout is not None else self.timeout,
            retry=dataclasses.replace(self.retry, max_retries=max_retries)
            if max_retries is not None
            else self.retry,
            default_headers={**self.default_headers, **(default_headers or {})},
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
    #: Multipart form: files by field name, and plain fields.
    files: Mapping[str, FilePart] | None = None
    data: Mapping[str, str] | None = None
    #: This call's own timeout (seconds per attempt) and retry count, over the client's.
    timeout: float | None = None
    max_retries: int | None = None
    #: One multipart boundary for every attempt, so that retries send the very same bytes (the
    #: server compares a reused Idempotency-Key's body).
    boundary: str | None = None

    @classmethod
    def make(
        cls,
        method: str,
        path: str,
        *,
        json: Any = None,
        params: Mapping[str, str] | None = None,
        idempotency_key: str | None = None,
        files: Mapping[str, FilePart] | None = None,
        data: Mapping[str, str] | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
    ) -> RequestSpec:
        method = method.upper()
        if method == "POST" and idempotency_key is None:
            idempotency_key = new_idempotency_key()
        if max_retries is not None and max_retries < 0:
            raise ValueError("max_retries must be >= 0")
        boundary = uuid.uuid4().hex if files else None
        return cls(method, path, json, params, idempotency_key, files, data, timeout, max_retries, boundary)

    def retries(self, options: ClientOptions) -> int:
        return options.retry.max_retries if self.max_retries is None else self.max_retries

    def timeout_for(self, options: ClientOptions) -> float:
        return options.timeout if self.timeout is None else self.timeout

    def headers(self) -> dict[str, str]:
        headers = {"Idempotency-Key": self.idempotency_key} if self.idempotency_key else {}
        if self.boundary:
            headers["Content-Type"] = f"multipart/form-data; boundary={self.boundary}"
        return headers


def build_request(
    http: httpx.Client | httpx.AsyncClient, options: ClientOptions, spec: RequestSpec, accept: str | None
) -> httpx.Request:
    """One attempt of ``spec`` as an HTTP request (the same for the sync and the async client)."""
    headers = {**options.headers(), **spec.headers()}
    if accept:
        headers["Accept"] = accept
    return http.build_request(
        spec.method,
        options.base_url + spec.path,
        json=spec.json,
        params=spec.params,
        files=spec.files,
        data=spec.data,
        headers=headers,
        timeout=spec.timeout_for(options),
    )


def log_answer(
    log: logging.Logger, spec: RequestSpec, response: httpx.Response, attempt: int, started: float
) -> None:
    """The debug line of one answered attempt (never the key or a body)."""
    log.debug(
        "%s %s %d (attempt %d, %.0f ms, request id %s)",
        spec.method,
        spec.path,
        response.status_code,
        attempt + 1,
        (time.monotonic() - started) * 1000,
        response.headers.get("x-request-id", "-"),
    )


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


def _media_type(raw: bytes) -> str:
    if raw.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if raw.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if raw[:4] == b"RIFF" and raw[8:12] == b"WEBP":
        return "image/webp"
    return "application/octet-stream"


def reference_upload(
    file: FileArg, *, role: str | None, name: str | None
) -> tuple[dict[str, FilePart], dict[str, str]]:
    """A multipart upload of a reference image (field ``file``, plus ``role`` and ``name``).

    The bytes are read once, so retries resend exactly them.
    """
    if isinstance(file, bytes):
        raw, filename = file, "reference"
    elif isinstance(file, str | Path):
        path = Path(file)
        raw, filename = path.read_bytes(), path.name
        name = name if name is not None else path.stem
    else:
        raw = file.read()
        filename = Path(str(getattr(file, "name", "reference"))).name
    form = _compact({"role": role, "name": name})
    return {"file": (filename, raw, _media_type(raw))}, {k: str(v) for k, v in form.items()}


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
    "FileArg",
    "FilePart",
    "ModelT",
    "PollSchedule",
    "ReferenceArg",
    "RequestSpec",
    "build_request",
    "check_etag",
    "connection_error",
    "generate_body",
    "generation_from_event",
    "image_id",
    "location_id",
    "log_answer",
    "new_idempotency_key",
    "parse_model",
    "reason_body",
    "reference_upload",
]
