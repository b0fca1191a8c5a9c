"""ASGI middleware that checks a ``/v1/*`` request body before any route parses it.

- A body without ``Content-Type`` is 415 (it is never guessed to be JSON).
- A JSON body nesting deeper than :data:`~limner.platform.safejson.MAX_DEPTH` is 400
  ``json_too_deep`` (checked without recursion, so the connection stays usable).
- A JSON body holding ``NaN``, ``Infinity`` or a number too large for a float is 422 naming the
  field.

It sits inside the body-limit middleware (the body is at most the limit and already buffered) and
inside the rate-limit gate (its answers carry ``RateLimit-*``). Errors on the OpenAI routes are
OpenAI-shaped.
"""

from __future__ import annotations

from starlette.datastructures import Headers
from starlette.types import ASGIApp, Receive, Scope, Send

from limner.errors import LimnerError
from limner.platform.safejson import check_depth
from limner.server.body import BufferedBody, buffered_body
from limner.server.middleware import BASE64_UPLOAD_PATHS, request_id_of
from limner.server.shapes import error_response

_WITH_BODY = frozenset({"POST", "PUT", "PATCH"})


def is_json_media(content_type: str) -> bool:
    media = content_type.split(";", 1)[0].strip().lower()
    return media == "application/json" or (media.startswith("application/") and media.endswith("+json"))


class JsonGuardMiddleware:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path = str(scope.get("path", ""))
        method = str(scope.get("method", "GET")).upper()
        if scope["type"] != "http" or not path.startswith("/v1/") or method not in _WITH_BODY:
            await self.app(scope, receive, send)
            return
        buffered = buffered_body(scope)
        if buffered is None:  # not behind the body-limit middleware: read it here
            buffered = BufferedBody(spool=False)
            while True:
                message = await receive()
                if message["type"] != "http.request":
                    return  # the client went away
                buffered.append(message.get("body", b""))
                if not message.get("more_body", False):
                    break
            receive = buffered.replay(receive)
        content_type = Headers(scope=scope).get("content-type")
        if buffered.spooled:  # an upload (multipart), never JSON
            await self.app(scope, receive, send)
            return
        data = buffered.data()
        try:
            if content_type is None and data.strip():
                await self._answer(scope, receive, send, 415, "unsupported_media_type", _NO_TYPE)
                return
            if content_type is not None and is_json_media(content_type):
                if path in BASE64_UPLOAD_PATHS:
                    check_depth(data)  # the route parses it (safely) itself: one copy, not two
                else:
                    buffered.json()  # parsed once: the gate and the route use this parse too
        except LimnerError as exc:
            await self._answer(scope, receive, send, exc.status, exc.code, exc.detail, exc.param)
            return
        await self.app(scope, receive, send)

    @staticmethod
    async def _answer(
        scope: Scope,
        receive: Receive,
        send: Send,
        status: int,
        code: str,
        detail: str,
        param: str | None = None,
    ) -> None:
        titles = {400: "Malformed request", 415: "Unsupported media type", 422: "Invalid request"}
        response = error_response(
            str(scope.get("path", "")),
            status=status,
            code=code,
            title=titles.get(status, "Error"),
            detail=detail,
            param=param,
            request_id=request_id_of(scope),
        )
        await response(scope, receive, send)


_NO_TYPE = "the request has a body but no Content-Type: send it as application/json"

__all__ = ["JsonGuardMiddleware", "is_json_media"]
