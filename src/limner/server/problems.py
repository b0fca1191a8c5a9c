"""RFC 9457 problem details: the one shape of every error response (API.md)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from pydantic import BaseModel, ConfigDict, Field
from starlette.responses import JSONResponse

PROBLEM_MEDIA_TYPE = "application/problem+json"
#: The header carrying the request id on every answer.
REQUEST_ID_HEADER = "X-Request-ID"
TYPE_PREFIX = "urn:limner:error:"


class ProblemItem(BaseModel):
    model_config = ConfigDict(extra="forbid")

    param: str | None = Field(description="Dotted path of the offending field.")
    detail: str


class Problem(BaseModel):
    """An error. ``code`` is stable and machine-readable; ``param`` points at the field."""

    model_config = ConfigDict(extra="forbid")

    type: str = Field(description="urn:limner:error:<code>")
    title: str
    status: int
    detail: str
    code: str
    param: str | None = Field(description="The offending field as a dotted path, or null.")
    request_id: str = Field(description="Also in the X-Request-ID header; quote it when reporting.")
    errors: list[ProblemItem] | None = Field(
        default=None, description="Every validation error, when there were several."
    )


class ProblemResponse(JSONResponse):
    media_type = PROBLEM_MEDIA_TYPE


def problem_response(
    *,
    status: int,
    code: str,
    title: str,
    detail: str,
    request_id: str,
    param: str | None = None,
    headers: Mapping[str, str] | None = None,
    errors: Sequence[ProblemItem] | None = None,
) -> ProblemResponse:
    body = Problem(
        type=TYPE_PREFIX + code,
        title=title,
        status=status,
        detail=detail,
        code=code,
        param=param,
        request_id=request_id,
        errors=list(errors) if errors else None,
    )
    return ProblemResponse(
        body.model_dump(mode="json", exclude_none=False, exclude={"errors"} if not errors else set()),
        status_code=status,
        headers=dict(headers or {}),
    )


__all__ = [
    "PROBLEM_MEDIA_TYPE",
    "REQUEST_ID_HEADER",
    "TYPE_PREFIX",
    "Problem",
    "ProblemItem",
    "ProblemResponse",
    "problem_response",
]
