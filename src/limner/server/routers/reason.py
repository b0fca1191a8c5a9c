"""``POST /v1/reason``: a prompt becomes a stored plan."""

from __future__ import annotations

from fastapi import APIRouter, Depends

from limner.plan.model import Plan
from limner.platform.schemas import ReasonBody
from limner.server.deps import BODY_PROBLEMS, AccountDep, ServiceDep, problems, require_json

router = APIRouter(tags=["plans"])


@router.post(
    "/v1/reason",
    response_model=Plan,
    responses=problems(*BODY_PROBLEMS, 404),
    dependencies=[Depends(require_json)],
    summary="Reason a prompt into a scene plan",
)
def reason(body: ReasonBody, service: ServiceDep, account_id: AccountDep) -> Plan:
    # A plain ``def``: FastAPI runs it in the threadpool, off the event loop.
    return service.reason(body, account_id)
