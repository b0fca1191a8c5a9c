"""Which requests are signed image links: ``GET``/``HEAD /v1/images/{id}`` with ``expires`` or
``signature`` in the query (the access gate then checks the signature instead of a key)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import parse_qs

from starlette.types import Scope

#: The image route's path (``/v1/images/{id}``: one segment, as the router matches it).
IMAGE_PATH = re.compile(r"^/v1/images/(?P<id>[^/]+)$")
#: Longest query string looked at (a link's is about 100 characters).
MAX_QUERY = 2048


@dataclass(frozen=True)
class LinkRequest:
    image_id: str
    expires: str | None
    signature: str | None


def link_request(scope: Scope) -> LinkRequest | None:
    """The signed-link fields of this request, or ``None`` when it is not a signed-link request."""
    if str(scope.get("method", "GET")).upper() not in ("GET", "HEAD"):
        return None
    match = IMAGE_PATH.match(str(scope.get("path", "")))
    if match is None:
        return None
    raw = bytes(scope.get("query_string", b""))[:MAX_QUERY].decode("latin-1")
    query = parse_qs(raw, keep_blank_values=True)
    if "expires" not in query and "signature" not in query:
        return None
    expires, signature = query.get("expires", [None])[0], query.get("signature", [None])[0]
    return LinkRequest(match["id"], expires, signature)


__all__ = ["IMAGE_PATH", "LinkRequest", "link_request"]
