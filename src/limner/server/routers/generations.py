"""``GET /v1/generations/{id}``."""

from __future__ import annotations

from fastapi import APIRouter

from limner.platform.schemas import Generation
from limner.server.deps import AccountDep, ServiceDep, problems

router = APIRouter(tags=["generations"])


@router.get(
    "/v1/generations/{id}", response_model=Generation, responses=problems(404), summary="Get a generation"
)
def get_generation(id: str, service: ServiceDep, account_id: AccountDep) -> Generation:
    return service.get_generation(id, account_id)
