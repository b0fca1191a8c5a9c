"""Interactive API docs at ``/docs``: Swagger UI, self-hosted, reading ``/openapi.json``."""

from limner.server.docs.router import build_router, router

__all__ = ["build_router", "router"]
