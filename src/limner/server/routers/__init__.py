"""One router per resource."""

from fastapi import APIRouter

from limner.server.docs import router as docs_router
from limner.server.explorer import router as explorer_router
from limner.server.routers import (
    admin,
    generate,
    generations,
    health,
    images,
    openai_images,
    openai_models,
    plans,
    reason,
    references,
    schema,
    usage,
)

ROUTERS: tuple[APIRouter, ...] = (
    health.router,
    reason.router,
    plans.router,
    generate.router,
    generations.router,
    images.router,
    openai_images.router,
    openai_models.router,
    references.router,
    schema.router,
    usage.router,
    admin.router,
    explorer_router,
    docs_router,
)

__all__ = ["ROUTERS"]
