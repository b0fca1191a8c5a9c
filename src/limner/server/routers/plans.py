"""``GET /v1/plans/{id}``."""

from __future__ import annotations

from fastapi import APIRouter

from limner.plan.model import Plan
from limner.server.deps import AccountDep, ServiceDep, problems

router = APIRouter(tags=["plans"])


@router.get("/v1/plans/{id}", response_model=Plan, responses=problems(404), summary="Get a plan")
def get_plan(id: str, service: ServiceDep, account_id: AccountDep) -> Plan:
    return service.get_plan(id, account_id)
