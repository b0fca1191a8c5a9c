"""Cross-origin requests from browser pages on the origins ``limner serve --cors-origin`` names.

:class:`CorsMiddleware` sits outside the access gate: a preflight (``OPTIONS`` with
``Access-Control-Request-Method``) is answered here, never counted, authenticated or rate-limited.
An allowed preflight is 204 with the methods and request headers the API takes (``Authorization``,
``Content-Type``, ``Idempotency-Key``…); a refused one is 403 naming what was refused (``Origin``,
``Access-Control-Request-Method`` or ``Access-Control-Request-Headers``), which the browser reports
as a CORS failure. Actual requests from an allowed origin get ``Access-Control-Allow-Origin`` and
the response headers a client reads (``X-Request-ID``, ``RateLimit-*``, ``Retry-After``…) exposed,
on errors too, so a page can read a 401 or 429. Bearer keys travel in a header, not a cookie: no
credentials mode is offered.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from starlette.datastructures import Headers, MutableHeaders
from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from limner.server.middleware import request_id_of
from limner.server.shapes import error_response

ANY_ORIGIN = "*"
#: Methods the API serves (``OPTIONS`` is the preflight itself).
ALLOWED_METHODS = ("GET", "HEAD", "POST", "PATCH", "DELETE")
#: Request headers a page may send (lowercase, as browsers list them in the preflight).
ALLOWED_HEADERS = (
    "accept",
    "authorization",
    "content-type",
    "idempotency-key",
    "if-none-match",
    "user-agent",
    "x-request-id",
)
#: Request header prefixes a page may send: the official ``openai`` JS client's own headers.
ALLOWED_HEADER_PREFIXES = ("x-stainless-", "openai-")
#: Response headers a page can read besides the CORS-safelisted ones.
EXPOSED_HEADERS = (
    "X-Request-ID",
    "RateLimit-Limit",
    "RateLimit-Remaining",
    "RateLimit-Reset",
    "Retry-After",
    "Idempotent-Replayed",
    "Location",
    "ETag",
    "Limner-Lane",
)
#: Seconds a browser may cache a preflight answer.
MAX_AGE_S = 600


@dataclass(frozen=True)
class CorsPolicy:
    """Which origins may call, and what they may send."""

    origins: frozenset[str]

    @classmethod
    def of(cls, origins: Iterable[str]) -> CorsPolicy:
        return cls(frozenset(origins))

    def allows_origin(self, origin: str) -> bool:
        return ANY_ORIGIN in self.origins or origin.lower() in self.origins

    @staticmethod
    def allows_method(method: str) -> bool:
        return method.upper() in ALLOWED_METHODS

    @staticmethod
    def refused_headers(requested: str) -> list[str]:
        """The names in an ``Access-Control-Request-Headers`` list that may not be sent."""
        names = [name.strip().lower() for name in requested.split(",") if name.strip()]
        return [
            name
            for name in names
            if name not in ALLOWED_HEADERS and not name.startswith(ALLOWED_HEADER_PREFIXES)
        ]

    def allow_origin_value(self, origin: str) -> str:
        """``Access-Control-Allow-Origin`` for an allowed ``origin``."""
        return ANY_ORIGIN if ANY_ORIGIN in self.origins else origin


class CorsMiddleware:
    """Answers preflights and marks answers to allowed origins (see the module docstring)."""

    def __init__(self, app: ASGIApp, *, origins: Iterable[str]) -> None:
        self.app = app
        self.policy = CorsPolicy.of(origins)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = Headers(scope=scope)
        origin = headers.get("origin")
        if origin is None:  # not a cross-origin browser request
            await self.app(scope, receive, send)
            return
        if scope["method"] == "OPTIONS" and "access-control-request-method" in headers:
            await self._preflight(scope, receive, send, origin, headers)
            return
        allowed = self.policy.allows_origin(origin)

        async def send_marked(message: Message) -> None:
            if message["type"] == "http.response.start":
                answer = MutableHeaders(scope=message)
                _vary_origin(answer)
                if allowed:
                    answer["Access-Control-Allow-Origin"] = self.policy.allow_origin_value(origin)
                    answer["Access-Control-Expose-Headers"] = ", ".join(EXPOSED_HEADERS)
            await send(message)

        await self.app(scope, receive, send_marked)

    async def _preflight(
        self, scope: Scope, receive: Receive, send: Send, origin: str, headers: Headers
    ) -> None:
        method = headers["access-control-request-method"]
        requested = headers.get("access-control-request-headers", "")
        if not self.policy.allows_origin(origin):
            refusal = ("Origin", f"the origin {origin!r} is not allowed to call this API (--cors-origin)")
        elif not self.policy.allows_method(method):
            refusal = ("Access-Control-Request-Method", f"the method {method!r} is not served cross-origin")
        elif refused := self.policy.refused_headers(requested):
            refusal = (
                "Access-Control-Request-Headers",
                f"these headers may not be sent: {', '.join(refused)}",
            )
        else:
            answer = {
                "Access-Control-Allow-Origin": self.policy.allow_origin_value(origin),
                "Access-Control-Allow-Methods": ", ".join(ALLOWED_METHODS),
                "Access-Control-Allow-Headers": _allow_headers(requested),
                "Access-Control-Max-Age": str(MAX_AGE_S),
                "Vary": "Origin, Access-Control-Request-Method, Access-Control-Request-Headers",
            }
            await Response(status_code=204, headers=answer)(scope, receive, send)
            return
        param, detail = refusal
        response = error_response(
            str(scope.get("path", "")),
            status=403,
            code="cors_not_allowed",
            title="Cross-origin request not allowed",
            detail=detail,
            param=param,
            request_id=request_id_of(scope),
            headers={"Vary": "Origin"},
        )
        await response(scope, receive, send)


def _allow_headers(requested: str) -> str:
    """The allowed request headers, with the prefixed ones this preflight asked for."""
    asked = [name.strip().lower() for name in requested.split(",") if name.strip()]
    extra = [name for name in asked if name.startswith(ALLOWED_HEADER_PREFIXES)]
    return ", ".join(dict.fromkeys([*ALLOWED_HEADERS, *extra]))


def _vary_origin(headers: MutableHeaders) -> None:
    vary = [part.strip() for part in headers.get("vary", "").split(",") if part.strip()]
    if not any(part.lower() in ("origin", "*") for part in vary):
        headers["Vary"] = ", ".join([*vary, "Origin"])


__all__ = [
    "ALLOWED_HEADERS",
    "ALLOWED_METHODS",
    "EXPOSED_HEADERS",
    "CorsMiddleware",
    "CorsPolicy",
]
