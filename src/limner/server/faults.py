"""ASGI middleware that answers storage faults (a full disk: 507, a database that stayed locked:
503) raised anywhere inside it, routes and access middleware alike, as the problem the caller can
act on, and keeps the connection usable (the exception is logged, not re-raised)."""

from __future__ import annotations

import logging

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from limner.errors import OverloadedError
from limner.platform.storage_errors import storage_error
from limner.server.middleware import request_id_of
from limner.server.shapes import error_response

logger = logging.getLogger(__name__)


class StorageFaultMiddleware:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def watch(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, receive, watch)
        except Exception as exc:
            fault = storage_error(exc)
            if fault is None or started:
                raise
            path = str(scope.get("path", ""))
            logger.warning("%s in %s %s: %s", fault.code, scope.get("method"), path, exc)
            retry = fault.retry_after if isinstance(fault, OverloadedError) else 1
            response = error_response(
                path,
                status=fault.status,
                code=fault.code,
                title=fault.title,
                detail=fault.detail,
                request_id=request_id_of(scope),
                headers={"Retry-After": str(retry)},
            )
            await response(scope, receive, send)


__all__ = ["StorageFaultMiddleware"]
