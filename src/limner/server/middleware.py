"""ASGI middleware: request ids on every response, and the request body size limit (413)."""

from __future__ import annotations

import re

from starlette.datastructures import Headers, MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from limner.platform.ids import new_id
from limner.server.body import STATE_KEY, BufferedBody, buffered_body
from limner.server.problems import REQUEST_ID_HEADER
from limner.server.shapes import error_response

_SANE_REQUEST_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$")


def request_id_of(scope: Scope) -> str:
    state = scope.get("state") or {}
    value = state.get("request_id")
    return value if isinstance(value, str) else new_id("req")


class RequestIdMiddleware:
    """Echo a sane ``X-Request-ID`` from the client, else make one (``req_…``); expose it as
    ``request.state.request_id`` and put it on every response."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        sent = Headers(scope=scope).get(REQUEST_ID_HEADER)
        request_id = sent if sent is not None and _SANE_REQUEST_ID.match(sent) else new_id("req")
        scope.setdefault("state", {})["request_id"] = request_id

        async def send_with_id(message: Message) -> None:
            if message["type"] == "http.response.start":
                MutableHeaders(scope=message)[REQUEST_ID_HEADER] = request_id
            await send(message)

        await self.app(scope, receive, send_with_id)


#: Endpoints whose JSON bodies may carry a whole upload as base64 (``POST /v1/references``).
BASE64_UPLOAD_PATHS = frozenset({"/v1/references"})
BASE64_UPLOAD_SLACK = 64_000


class BodyLimitMiddleware:
    """Refuse bodies over the limit with 413, by ``Content-Length`` or while streaming.

    The body (at most the limit) is read here once, into a :class:`~limner.server.body.BufferedBody`
    left in ``scope["state"]`` for the inner middlewares, and replayed to the application, so the
    application never sees a partial body. Multipart uploads are spooled to a temporary file (a
    burst of large uploads is not held in memory); the file is removed when the answer is sent.
    """

    def __init__(self, app: ASGIApp, *, max_body_bytes: int, max_upload_bytes: int) -> None:
        self.app = app
        self.max_body_bytes = max_body_bytes
        self.max_upload_bytes = max_upload_bytes

    def limit_for(self, headers: Headers, path: str = "") -> int:
        content_type = headers.get("content-type", "").lower()
        if content_type.startswith("multipart/"):
            return self.max_upload_bytes
        if path in BASE64_UPLOAD_PATHS:  # a JSON body carrying a base64 file: 4/3 of it, plus fields
            return self.max_upload_bytes * 4 // 3 + BASE64_UPLOAD_SLACK
        return self.max_body_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if buffered_body(scope) is not None:  # read already (within the limit) by the rate-limit gate
            await self.app(scope, receive, send)
            return
        headers = Headers(scope=scope)
        limit = self.limit_for(headers, str(scope.get("path", "")))
        declared = headers.get("content-length")
        if declared is not None and declared.isdigit() and int(declared) > limit:
            await self._too_large(scope, receive, send, limit)
            return
        # Uploads are spooled to a temporary file; other bodies stay in memory, read once.
        spool = headers.get("content-type", "").lower().startswith("multipart/")
        body = BufferedBody(spool=spool)
        try:
            while True:
                message = await receive()
                if message["type"] != "http.request":
                    return  # the client went away before sending its body
                chunk = message.get("body", b"")
                if body.size + len(chunk) > limit:
                    await self._too_large(scope, receive, send, limit)
                    return
                body.append(chunk)  # a spooled chunk goes to the page cache: no thread hop
                if not message.get("more_body", False):
                    break
            scope.setdefault("state", {})[STATE_KEY] = body
            await self.app(scope, body.replay(receive), send)
        finally:
            body.close()

    @staticmethod
    async def _too_large(scope: Scope, receive: Receive, send: Send, limit: int) -> None:
        response = error_response(
            str(scope.get("path", "")),
            status=413,
            code="payload_too_large",
            title="Payload too large",
            detail=f"the request body is larger than {limit} bytes",
            request_id=request_id_of(scope),
            headers={"Connection": "close"},
        )
        await response(scope, receive, send)


__all__ = ["REQUEST_ID_HEADER", "BodyLimitMiddleware", "RequestIdMiddleware", "request_id_of"]
