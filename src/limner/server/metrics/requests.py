"""Request counts and latencies by route *template* (``/v1/generations/{id}``, never an id).

The outermost middleware: it times the whole answer (to its last byte) and reads the route the
router matched (``scope["route"]``). A request answered before routing (401, 413, 429 from the
access layers) is labelled with the template its path matches, and a path that no route serves
with ``unmatched``. The access layer leaves the limit that refused a request in
``scope["state"]`` (:data:`~limner.server.access.REJECTED_BY`); it is counted here too.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from limner.server.access import REJECTED_BY
from limner.server.metrics.families import Metrics
from limner.server.routes import leaf_routes

#: Methods kept as they are in the ``method`` label; any other is ``other`` (bounded labels).
METHODS = frozenset({"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"})
UNMATCHED = "unmatched"


def route_template(routes: Sequence[object], scope: Scope) -> str:
    """The template of the route that served ``scope``, else of one whose pattern matches its path
    (a fixed path before a template), else :data:`UNMATCHED`."""
    matched = getattr(scope.get("route"), "path", None)
    if isinstance(matched, str) and matched:
        return matched
    path = str(scope.get("path", ""))
    candidates: list[str] = []
    for route in leaf_routes(routes):
        template = getattr(route, "path", None)
        regex = getattr(route, "path_regex", None)
        if not isinstance(template, str) or regex is None or not regex.match(path):
            continue
        if template == path:
            return template
        candidates.append(template)
    return candidates[0] if candidates else UNMATCHED


class RequestMetricsMiddleware:
    def __init__(self, app: ASGIApp, *, metrics: Metrics, routes: Callable[[], Sequence[object]]) -> None:
        self.app = app
        self.metrics = metrics
        self.routes = routes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        status = 500  # unless an answer starts: an exception becomes the 500 outside

        async def watch(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = int(message["status"])
            await send(message)

        try:
            await self.app(scope, receive, watch)
        finally:
            method = str(scope.get("method", "GET")).upper()
            self.metrics.request(
                method if method in METHODS else "other",
                route_template(self.routes(), scope),
                status,
                time.perf_counter() - started,
            )
            bucket = (scope.get("state") or {}).get(REJECTED_BY)
            if isinstance(bucket, str):
                self.metrics.rejected(bucket)


__all__ = ["METHODS", "UNMATCHED", "RequestMetricsMiddleware", "route_template"]
