"""``POST /v1/generate`` (synchronous): a plan, inline plan or prompt becomes images."""

from __future__ import annotations

from fastapi import APIRouter, Depends

from limner.platform.schemas import GenerateBody, Generation
from limner.server.deps import BODY_PROBLEMS, AccountDep, ServiceDep, problems, require_json

router = APIRouter(tags=["generations"])


@router.post(
    "/v1/generate",
    response_model=Generation,
    responses=problems(*BODY_PROBLEMS, 404),
    dependencies=[Depends(require_json)],
    summary="Generate images",
    description=(
        "Exactly one of `plan_id`, `plan` or `prompt`. Answers the finished generation; when the "
        'renderer fails, the generation is stored with `status` "failed", an `error` and no images.'
    ),
)
def generate(body: GenerateBody, service: ServiceDep, account_id: AccountDep) -> Generation:
    # A plain ``def``: rendering is CPU work, run in the threadpool.
    return service.generate(body, account_id)
