"""``GET /v1/plans`` (newest first, a page at a time) and ``GET /v1/plans/{id}``."""

from __future__ import annotations

from fastapi import APIRouter

from limner.plan.model import Plan
from limner.platform.lists import PlanList
from limner.server.deps import AccountDep, ServiceDep, problems
from limner.server.paging import LIST_PROBLEMS, PageDep

router = APIRouter(tags=["plans"])


@router.get(
    "/v1/plans",
    response_model=PlanList,
    responses=problems(*LIST_PROBLEMS),
    summary="List plans",
    description="This account's plans, newest first; `after` = the last id of the previous page.",
)
def list_plans(service: ServiceDep, account_id: AccountDep, page: PageDep) -> PlanList:
    return service.history.plans(account_id, page)


@router.get("/v1/plans/{id}", response_model=Plan, responses=problems(404), summary="Get a plan")
def get_plan(id: str, service: ServiceDep, account_id: AccountDep) -> Plan:
    return service.get_plan(id, account_id)
