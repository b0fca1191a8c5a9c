"""The HTTP transport: a thin FastAPI layer over :class:`limner.platform.LimnerService`."""

from limner.server.app import app_from_env, create_app

__all__ = ["app_from_env", "create_app"]
