"""One router per resource."""

from fastapi import APIRouter

from limner.server.explorer import router as explorer_router
from limner.server.routers import (
    generate,
    generations,
    health,
    images,
    plans,
    reason,
    references,
    schema,
)

ROUTERS: tuple[APIRouter, ...] = (
    health.router,
    reason.router,
    plans.router,
    generate.router,
    generations.router,
    images.router,
    references.router,
    schema.router,
    explorer_router,
)

__all__ = ["ROUTERS"]
