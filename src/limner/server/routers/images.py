"""``GET /v1/images/{id}``: the bytes, immutable, with the sha256 as ETag."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Header, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from limner.render.base import MEDIA_TYPES
from limner.server.deps import AccountDep, ServiceDep, problems

router = APIRouter(tags=["images"])

#: ``/v1/images/<these>`` are the OpenAI Images routes (POST only).
OPENAI_ACTIONS = frozenset({"generations", "edits", "variations"})
#: Images never change; ``private`` because an id belongs to one account.
CACHE_CONTROL = "private, max-age=31536000, immutable"

_BINARY = {"schema": {"type": "string", "format": "binary"}}
_CACHE_HEADERS = {
    "ETag": {"description": "The quoted sha256 of the bytes.", "schema": {"type": "string"}},
    "Cache-Control": {"description": CACHE_CONTROL, "schema": {"type": "string"}},
}
RESPONSES: dict[int | str, dict[str, Any]] = {
    200: {
        "description": "The image bytes.",
        "content": {MEDIA_TYPES[f]: _BINARY for f in ("png", "jpeg", "webp")},
        "headers": _CACHE_HEADERS,
    },
    304: {"description": "Not modified (If-None-Match matched the ETag).", "headers": _CACHE_HEADERS},
    **problems(404),
}


def etag_matches(if_none_match: str | None, etag: str) -> bool:
    """RFC 9110 weak comparison against an ``If-None-Match`` list (or ``*``)."""
    if not if_none_match:
        return False
    for candidate in if_none_match.split(","):
        tag = candidate.strip()
        if tag == "*" or tag.removeprefix("W/") == etag:
            return True
    return False


@router.get("/v1/images/{id}", response_class=Response, responses=RESPONSES, summary="Get an image's bytes")
def get_image(
    id: str,
    service: ServiceDep,
    account_id: AccountDep,
    if_none_match: str | None = Header(default=None),
) -> Response:
    if id in OPENAI_ACTIONS:  # POST-only OpenAI routes, not image ids
        raise StarletteHTTPException(405)
    sha256, media_type = service.image_sha256(id, account_id)
    etag = f'"{sha256}"'
    headers = {"ETag": etag, "Cache-Control": CACHE_CONTROL}
    if etag_matches(if_none_match, etag):
        return Response(status_code=304, headers=headers)
    data, media_type, _ = service.get_image(id, account_id)
    return Response(content=data, media_type=media_type, headers=headers)
