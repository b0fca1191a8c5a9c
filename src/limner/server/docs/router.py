"""``GET /docs`` and ``GET /docs/static/{name}``: Swagger UI on ``/openapi.json``, from our own routes.

The page and its start-up script are Limner's (package data, no inline script); Swagger UI's
bundle and stylesheet come from the ``swagger-ui-bundle-v2`` package (Apache-2.0, see NOTICE). No
CDN: the page is answered with the explorer's Content-Security-Policy, so the browser loads nothing
from another origin. Files are read once and answered with a strong ``ETag``.
"""

from __future__ import annotations

import functools
import hashlib
from importlib import resources
from importlib.resources.abc import Traversable

from fastapi import APIRouter, Request
from fastapi.responses import Response

from limner.errors import NotFoundError
from limner.server.explorer.router import Asset, asset_response

PAGE = "index.html"
#: Limner's own files: the page, its start-up script and its stylesheet.
OWN_PACKAGE = "limner.server.docs"
OWN_FILES = frozenset({PAGE, "docs.js", "docs.css"})
#: Swagger UI's files, served from the installed ``swagger_ui_bundle`` package.
VENDOR_PACKAGE = "swagger_ui_bundle"
VENDOR_FILES = frozenset({"swagger-ui-bundle.js", "swagger-ui.css", "favicon-32x32.png", "favicon-16x16.png"})

_MEDIA_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".png": "image/png",
}


def asset_names() -> frozenset[str]:
    """Every name ``/docs/static/{name}`` serves (flat; nothing else can be reached)."""
    return OWN_FILES | VENDOR_FILES


def vendor_folder() -> Traversable:
    """The installed Swagger UI distribution (``swagger_ui_bundle/vendor/swagger-ui-<version>``)."""
    vendor = resources.files(VENDOR_PACKAGE).joinpath("vendor")
    folders = sorted(entry.name for entry in vendor.iterdir() if entry.name.startswith("swagger-ui-"))
    if not folders:
        raise RuntimeError(
            f"{VENDOR_PACKAGE} has no vendor/swagger-ui-* folder; reinstall swagger-ui-bundle-v2"
        )
    return vendor.joinpath(folders[-1])


@functools.cache
def load_asset(name: str) -> Asset:
    """The named file; :class:`NotFoundError` for anything that is not one of :func:`asset_names`."""
    media_type = next((m for suffix, m in _MEDIA_TYPES.items() if name.endswith(suffix)), None)
    if name not in asset_names() or media_type is None:
        raise NotFoundError(f"No docs asset named {name!r}.", param="name")
    if name in OWN_FILES:
        body = resources.files(OWN_PACKAGE).joinpath("static", name).read_bytes()
    else:
        body = vendor_folder().joinpath(name).read_bytes()
    return Asset(name=name, body=body, media_type=media_type, etag=f'"{hashlib.sha256(body).hexdigest()}"')


def build_router() -> APIRouter:
    """A router serving the docs page at ``/docs`` and its files under ``/docs/static``."""
    docs = APIRouter(tags=["meta"])

    @docs.get(
        "/docs",
        summary="Interactive API docs",
        description="Swagger UI on this server's `/openapi.json` (self-hosted; try requests with your key).",
        response_class=Response,
        responses={
            200: {"content": {"text/html": {"schema": {"type": "string"}}}, "description": "The page."}
        },
    )
    def docs_page(request: Request) -> Response:
        return asset_response(load_asset(PAGE), request, PAGE)

    docs.add_api_route("/docs", docs_page, methods=["HEAD"], include_in_schema=False, name="docs_page_head")

    @docs.api_route(
        "/docs/static/{name}", methods=["GET", "HEAD"], include_in_schema=False, name="docs_static"
    )
    def docs_static(name: str, request: Request) -> Response:
        return asset_response(load_asset(name), request, PAGE)

    return docs


router: APIRouter = build_router()

__all__ = [
    "OWN_FILES",
    "VENDOR_FILES",
    "asset_names",
    "build_router",
    "load_asset",
    "router",
    "vendor_folder",
]
