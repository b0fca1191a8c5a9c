"""The ASGI application factory.

``create_app(settings)`` opens a :class:`~limner.platform.service.LimnerService` on the data dir
(migrating the database) unless one is given, and closes it on shutdown if it opened it.
Run it with ``uvicorn.run(create_app(settings), host=…, port=…)`` or
``uvicorn --factory limner.server.app:app_from_env`` (settings from ``LIMNER_*``).
"""

from __future__ import annotations

import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI

from limner import __version__
from limner.config import Settings
from limner.platform.access import Access
from limner.platform.heap import map_large_allocations
from limner.platform.service import LimnerService
from limner.platform.sqlite_writers import checkpoint_until
from limner.platform.worker import run_worker
from limner.server.access import AccessMiddleware, RateLimitGate
from limner.server.cors import CorsMiddleware
from limner.server.errors import install_error_handlers
from limner.server.faults import StorageFaultMiddleware
from limner.server.jsonguard import JsonGuardMiddleware
from limner.server.metrics import Metrics, RequestMetricsMiddleware
from limner.server.middleware import BodyLimitMiddleware, RequestIdMiddleware
from limner.server.openapi import install_openapi, operation_id
from limner.server.routers import ROUTERS
from limner.server.routers.metrics import router as metrics_router
from limner.server.routers.renderers import router as renderers_router
from limner.server.routes import cached_methods
from limner.server.streams import EventStreams


def create_app(settings: Settings, service: LimnerService | None = None) -> FastAPI:
    owned = service is None
    if service is None and settings.render_processes is None:
        settings = settings.with_(render_processes=True)  # a server renders in slot processes
    active = LimnerService.open(settings) if service is None else service

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        # The reasoner's tables load before the first request (and before /healthz answers), so a
        # restarted server's first prompt is as fast as any other.
        warm = getattr(active.reasoner, "warm", None)
        if callable(warm):
            warm()
        map_large_allocations()  # bursts of uploads and images give their memory back
        stop = threading.Event()
        workers = [
            threading.Thread(target=run_worker, args=(active, stop), daemon=True, name=f"limner-worker-{i}")
            for i in range(settings.embedded_workers)
        ]
        if settings.wal_checkpoints and active.engine.dialect.name == "sqlite":
            workers.append(
                threading.Thread(
                    target=checkpoint_until,
                    args=(active.engine, stop),
                    daemon=True,
                    name="limner-checkpoints",
                )
            )
        for worker in workers:
            worker.start()
        yield
        stop.set()
        for worker in workers:
            worker.join(timeout=30)
        if owned:
            active.close()

    app = FastAPI(
        title="Limner",
        version=__version__,
        lifespan=lifespan,
        openapi_url="/openapi.json",
        docs_url=None,  # /docs is limner.server.docs: self-hosted Swagger UI under a strict CSP
        redoc_url=None,
        generate_unique_id_function=operation_id,
    )
    app.state.settings = settings
    app.state.service = active
    for router in ROUTERS:
        app.include_router(router)
    app.include_router(renderers_router)
    app.include_router(metrics_router)
    install_error_handlers(app)
    install_openapi(app, anonymous=settings.auth == "local")
    app.state.access = Access(settings, active.engine, links=active.links)
    app.state.event_streams = EventStreams()
    # GET /metrics: this app's own registry; the service reports renders and generations to it.
    app.state.metrics = Metrics(active)
    active.observers.append(app.state.metrics)
    # Innermost: keys, rate limits, spend cap and idempotency see the buffered body.
    app.add_middleware(AccessMiddleware, access=app.state.access)
    # Before anything parses it: no Content-Type (415), too deep (400), NaN/Infinity (422).
    app.add_middleware(JsonGuardMiddleware)
    # Added last = outermost: the request id exists before the body limit answers 413.
    app.add_middleware(
        BodyLimitMiddleware,
        max_body_bytes=settings.max_body_bytes,
        max_upload_bytes=settings.max_upload_bytes,
    )
    # Before any body is read: who is calling and their requests per minute; RateLimit-* on
    # every /v1/* answer from here in (the body limit's 413 included).
    app.add_middleware(
        RateLimitGate,
        access=app.state.access,
        methods=cached_methods(app.routes),
        max_body_bytes=settings.max_body_bytes,  # JSON image requests: images taken with the request
    )
    # Outside everything that touches storage: a full disk is 507, a locked store 503 (not 500).
    app.add_middleware(StorageFaultMiddleware)
    # Outside the access gate: preflights are answered here (never 401/429/405), and answers to an
    # allowed origin (errors too) are readable by its pages. Inside the request id: preflights have one.
    if settings.cors_origins:
        app.add_middleware(CorsMiddleware, origins=settings.cors_origins)
    app.add_middleware(RequestIdMiddleware)
    # Outermost: every answer is counted and timed by route template and status (GET /metrics).
    app.add_middleware(RequestMetricsMiddleware, metrics=app.state.metrics, routes=lambda: app.routes)
    return app


def app_from_env() -> FastAPI:
    """For ``uvicorn --factory limner.server.app:app_from_env``."""
    return create_app(Settings())


__all__ = ["app_from_env", "create_app"]
