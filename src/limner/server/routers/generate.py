"""``POST /v1/generate``: a plan, inline plan or prompt becomes images; ``async`` queues a job."""

from __future__ import annotations

from fastapi import APIRouter, Depends
from fastapi.responses import JSONResponse

from limner.errors import InvalidRequestError
from limner.platform.db import make_sessions
from limner.platform.jobs import JobQueue
from limner.platform.schemas import GenerateBody, Generation
from limner.platform.ssrf import check_url
from limner.server.deps import BODY_PROBLEMS, AccountDep, ServiceDep, problems, require_json

router = APIRouter(tags=["generations"])


@router.post(
    "/v1/generate",
    response_model=Generation,
    responses={
        **problems(*BODY_PROBLEMS, 404, 503),
        202: {"model": Generation, "description": "`async`: queued; poll `Location` or its `/events`."},
    },
    dependencies=[Depends(require_json)],
    summary="Generate images",
    description=(
        "Exactly one of `plan_id`, `plan` or `prompt`. Answers the finished generation; when the "
        'renderer fails, the generation is stored with `status` "failed", an `error` and no images. '
        "With `async: true` the job is stored and 202 answers at once (`Location` names the "
        "generation); `webhook_url` (public addresses only) is POSTed the finished generation, "
        "signed with `Limner-Signature`."
    ),
)
def generate(body: GenerateBody, service: ServiceDep, account_id: AccountDep) -> Generation | JSONResponse:
    # A plain ``def``: rendering is CPU work, run in the threadpool.
    if not body.async_:
        return service.generate(body, account_id)
    service.renderers.get(body.renderer or service.settings.default_renderer)  # 422 if unknown
    if body.base_image_id is not None:
        raise InvalidRequestError("edits (base_image_id) are synchronous only; omit 'async'", param="async")
    if body.webhook_url is not None:
        check_url(body.webhook_url, allow_loopback=service.settings.webhooks_allow_loopback)
    queued = JobQueue(make_sessions(service.engine)).enqueue(account_id, body)
    return JSONResponse(
        queued.model_dump(mode="json"),
        status_code=202,
        headers={"Location": f"/v1/generations/{queued.id}"},
    )
