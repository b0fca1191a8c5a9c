"""The API explorer: a self-hosted page to reason, edit a plan's boxes, and generate."""

from limner.server.explorer.router import build_router, router

__all__ = ["build_router", "router"]
