"""``GET /healthz``: liveness, with the version."""

from __future__ import annotations

from fastapi import APIRouter

from limner import __version__
from limner.platform.schemas import Health
from limner.server.deps import problems

router = APIRouter(tags=["meta"])


@router.get("/healthz", response_model=Health, responses=problems())
async def healthz() -> Health:
    return Health(status="ok", version=__version__)
