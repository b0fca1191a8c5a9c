"""``GET /v1/images`` (newest first) and ``GET /v1/images/{id}``: the bytes, immutable, with the
sha256 as ETag; with ``expires`` and ``signature`` (a signed link) no key is needed."""

from __future__ import annotations

import time
from typing import Annotated, Any

from fastapi import APIRouter, Header, Query, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from limner.platform.lists import ImageList
from limner.render.base import MEDIA_TYPES
from limner.server.deps import AccountDep, ServiceDep, problems
from limner.server.openapi import KEY_OR_SIGNATURE
from limner.server.paging import LIST_PROBLEMS, PageDep

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
    **problems(403, 404),
}


def _cache_control(expires: str | None) -> str:
    """A signed link is cached no longer than it works."""
    if expires is None or not expires.isdigit():
        return CACHE_CONTROL
    return f"private, max-age={max(0, int(expires) - int(time.time()))}"


def etag_matches(if_none_match: str | None, etag: str) -> bool:
    """RFC 9110 weak comparison against an ``If-None-Match`` list (or ``*``)."""
    if not if_none_match:
        return False
    for candidate in if_none_match.split(","):
        tag = candidate.strip()
        if tag == "*" or tag.removeprefix("W/") == etag:
            return True
    return False


@router.get(
    "/v1/images",
    response_model=ImageList,
    responses=problems(*LIST_PROBLEMS),
    summary="List images",
    description=(
        "This account's images, newest first, each with a fresh `signed_url`; "
        "`after` = the last id of the previous page."
    ),
)
def list_images(service: ServiceDep, account_id: AccountDep, page: PageDep) -> ImageList:
    return service.history.images(account_id, page)


@router.get(
    "/v1/images/{id}",
    response_class=Response,
    responses=RESPONSES,
    summary="Get an image's bytes",
    description=(
        "With a key, or without one through an image's `signed_url` (`expires` and `signature`): "
        "a signature that does not match, or has expired, is 403 naming the field."
    ),
    # A signed link needs no key: bearerAuth is optional here whatever --auth says.
    openapi_extra={"security": KEY_OR_SIGNATURE},
)
def get_image(
    id: str,
    service: ServiceDep,
    account_id: AccountDep,
    if_none_match: str | None = Header(default=None),
    expires: Annotated[
        str | None, Query(description="Signed link: Unix seconds until which it works.")
    ] = None,
    signature: Annotated[
        str | None, Query(description="Signed link: HMAC-SHA256 of the id and `expires`, hex.")
    ] = None,
) -> Response:
    # A signed link's signature was checked before the request got here (limner.server.access).
    if id in OPENAI_ACTIONS:  # POST-only OpenAI routes, not image ids
        raise StarletteHTTPException(405)
    sha256, media_type = service.image_sha256(id, account_id)
    etag = f'"{sha256}"'
    headers = {"ETag": etag, "Cache-Control": _cache_control(expires if signature else None)}
    if etag_matches(if_none_match, etag):
        return Response(status_code=304, headers=headers)
    data, media_type, _ = service.get_image(id, account_id)
    return Response(content=data, media_type=media_type, headers=headers)
