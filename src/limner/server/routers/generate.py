"""``POST /v1/generate``: a plan, inline plan or prompt becomes images; ``async`` queues a job."""

from __future__ import annotations

from anyio import to_thread
from fastapi import APIRouter, Depends, Request
from fastapi.responses import JSONResponse, Response

from limner.platform.db import make_sessions
from limner.platform.jobs import JobQueue
from limner.platform.keys import AccountLimits
from limner.platform.precheck import check_async_generate
from limner.platform.schemas import GenerateBody, Generation
from limner.platform.service import LimnerService
from limner.server.body import ParsedOnceRoute
from limner.server.deps import BODY_PROBLEMS, account_id_of, problems, require_json, service_of

router = APIRouter(tags=["generations"], route_class=ParsedOnceRoute)


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
async def generate(request: Request, body: GenerateBody) -> Response:
    # One thread hop for all the blocking work (render, rows, blob, the answer's JSON): a plain
    # ``def`` route would take two (the call, then validating and serialising its return value).
    # The account's row as the access middleware read it with the key: charging reads it no more.
    # The service and the caller's account straight from the request (as ServiceDep and
    # AccountDep give them), without FastAPI resolving two dependencies on every request.
    account = getattr(request.state, "account", None)
    known = account if isinstance(account, AccountLimits) else None
    return await to_thread.run_sync(_generate, service_of(request), body, account_id_of(request), known)


def _generate(
    service: LimnerService, body: GenerateBody, account_id: str, account: AccountLimits | None = None
) -> Response:
    if not body.async_:
        generation = service.generate(body, account_id, account=account)
        # The bytes FastAPI's response_model would make (by alias), without validating it again.
        return Response(generation.model_dump_json(by_alias=True), media_type="application/json")
    check_async_generate(service, body, account_id)  # the sync path's 404/422 answers, before queuing
    queued = JobQueue(make_sessions(service.engine)).enqueue(account_id, body)
    return JSONResponse(
        queued.model_dump(mode="json"),
        status_code=202,
        headers={"Location": f"/v1/generations/{queued.id}"},
    )
