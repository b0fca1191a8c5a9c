"""Dependencies shared by the routers: the service, the caller's account, JSON-only bodies."""

from __future__ import annotations

from typing import Annotated, Any, cast

from fastapi import Depends, Request

from limner.errors import UnsupportedMediaError
from limner.platform.service import LimnerService
from limner.platform.tables import LOCAL_ACCOUNT
from limner.server.problems import Problem


# ``async def``: these only read the request, and FastAPI runs a plain ``def`` dependency in its
# threadpool (two thread hand-overs each, on every request).
async def get_service(request: Request) -> LimnerService:
    return service_of(request)


async def get_account_id(request: Request) -> str:
    return account_id_of(request)


# The same, called directly (a hot route saves FastAPI's resolving of two dependencies).
def service_of(request: Request) -> LimnerService:
    return cast(LimnerService, request.app.state.service)


def account_id_of(request: Request) -> str:
    """The caller's account, as the access middleware authenticated it (else the local account)."""
    value = getattr(request.state, "account_id", None)
    return value if isinstance(value, str) else LOCAL_ACCOUNT


async def require_json(request: Request) -> None:
    """415 for a body that is declared as something other than JSON."""
    content_type = request.headers.get("content-type")
    if content_type is None:
        return
    media = content_type.split(";", 1)[0].strip().lower()
    if media == "application/json" or (media.startswith("application/") and media.endswith("+json")):
        return
    raise UnsupportedMediaError(f"send the body as application/json, not {media or 'nothing'!r}")


ServiceDep = Annotated[LimnerService, Depends(get_service)]
AccountDep = Annotated[str, Depends(get_account_id)]

_DESCRIPTIONS = {
    400: "Malformed request (not JSON).",
    401: "Missing, unknown or revoked API key.",
    403: "Not allowed for this caller (`forbidden`).",
    404: "Unknown id (also for ids of other accounts).",
    409: "Idempotency-Key conflict.",
    429: "Rate limit or monthly quota exceeded (`Retry-After`).",
    413: "Request body too large.",
    415: "Unsupported media type.",
    422: "Invalid field; `param` names it.",
    500: "Internal error.",
    503: (
        "No render slot came free in time (`capacity_unavailable`), or the store stayed busy "
        "(`storage_busy`); `Retry-After`; nothing stored."
    ),
    507: "The server's storage is full (`insufficient_storage`, `Retry-After`); nothing stored.",
}


def problems(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI ``responses`` for these error statuses (served as application/problem+json)."""
    every = sorted({*statuses, 500, 507})  # any request may meet a full disk
    return {status: {"model": Problem, "description": _DESCRIPTIONS[status]} for status in every}


#: Problems any endpoint taking a JSON body can answer.
BODY_PROBLEMS = (400, 413, 415, 422)

__all__ = [
    "BODY_PROBLEMS",
    "AccountDep",
    "ServiceDep",
    "account_id_of",
    "get_account_id",
    "get_service",
    "problems",
    "require_json",
    "service_of",
]
