"""``GET /explorer`` and ``GET /explorer/static/{name}``, served from the package's own files.

The page is plain HTML, CSS and ES modules shipped as package data (no CDN, no build step). Assets
are read once through :mod:`importlib.resources` and answered with a strong ``ETag``, so browsers
revalidate cheaply and always pick up a new release.
"""

from __future__ import annotations

import functools
import hashlib
from dataclasses import dataclass
from importlib import resources

from fastapi import APIRouter, Request
from fastapi.responses import Response

from limner.errors import NotFoundError

STATIC_PACKAGE = "limner.server.explorer"
STATIC_DIR = "static"
PAGE = "index.html"

_MEDIA_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".svg": "image/svg+xml",
}

#: Everything the page needs comes from this origin; images are fetched as blobs (for the API key).
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' blob: data:; "
    "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'self'"
)


@dataclass(frozen=True)
class Asset:
    """One static file: its bytes, media type and strong entity tag."""

    name: str
    body: bytes
    media_type: str
    etag: str


def _media_type(name: str) -> str | None:
    for suffix, media_type in _MEDIA_TYPES.items():
        if name.endswith(suffix):
            return media_type
    return None


@functools.cache
def asset_names() -> frozenset[str]:
    """The servable file names in the static folder (flat; nothing else can be reached)."""
    folder = resources.files(STATIC_PACKAGE).joinpath(STATIC_DIR)
    return frozenset(
        entry.name for entry in folder.iterdir() if entry.is_file() and _media_type(entry.name) is not None
    )


@functools.cache
def load_asset(name: str) -> Asset:
    """The named static file; :class:`NotFoundError` for anything not shipped in the folder."""
    media_type = _media_type(name)
    if name not in asset_names() or media_type is None:
        raise NotFoundError(f"No explorer asset named {name!r}.", param="name")
    body = resources.files(STATIC_PACKAGE).joinpath(STATIC_DIR, name).read_bytes()
    return Asset(name=name, body=body, media_type=media_type, etag=f'"{hashlib.sha256(body).hexdigest()}"')


def asset_response(asset: Asset, request: Request, page: str = PAGE) -> Response:
    """A static file with its ``ETag`` (304 when the browser has it); the page itself also gets the
    Content-Security-Policy (the docs page serves its files the same way)."""
    headers = {"ETag": asset.etag, "Cache-Control": "no-cache", "X-Content-Type-Options": "nosniff"}
    if asset.name == page:
        headers["Content-Security-Policy"] = CONTENT_SECURITY_POLICY
        headers["Referrer-Policy"] = "no-referrer"
    if asset.etag in request.headers.get("if-none-match", ""):
        return Response(status_code=304, headers=headers)
    return Response(content=asset.body, media_type=asset.media_type, headers=headers)


def build_router() -> APIRouter:
    """A router serving the explorer page at ``/explorer`` and its files under ``/explorer/static``."""
    explorer = APIRouter(tags=["explorer"])

    @explorer.get(
        "/explorer",
        summary="API explorer",
        description="A browser page to reason a prompt, edit the plan's boxes and generate images.",
        response_class=Response,
        responses={200: {"content": {"text/html": {}}, "description": "The explorer page."}},
    )
    def explorer_page(request: Request) -> Response:
        return asset_response(load_asset(PAGE), request)

    explorer.add_api_route(
        "/explorer", explorer_page, methods=["HEAD"], include_in_schema=False, name="explorer_page_head"
    )

    @explorer.api_route(
        "/explorer/static/{name}", methods=["GET", "HEAD"], include_in_schema=False, name="explorer_static"
    )
    def explorer_static(name: str, request: Request) -> Response:
        return asset_response(load_asset(name), request)

    return explorer


router: APIRouter = build_router()

__all__ = [
    "CONTENT_SECURITY_POLICY",
    "Asset",
    "asset_names",
    "asset_response",
    "build_router",
    "load_asset",
    "router",
]
