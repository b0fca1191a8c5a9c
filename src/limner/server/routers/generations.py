"""``GET /v1/generations/{id}``, its ``/events`` (server-sent events) and ``POST …/cancel``."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from typing import cast

from anyio import to_thread
from fastapi import APIRouter, Request
from fastapi.responses import StreamingResponse

from limner.errors import NotFoundError
from limner.platform.db import make_sessions
from limner.platform.jobs import TERMINAL, JobQueue, job_view
from limner.platform.schemas import Generation
from limner.platform.service import LimnerService
from limner.server.deps import AccountDep, ServiceDep, problems

router = APIRouter(tags=["generations"])

#: Longest an event stream stays open, and how often it looks for a change.
EVENTS_MAX_S = 600.0
EVENTS_POLL_S = 0.2


def _queue(service: LimnerService) -> JobQueue:
    return JobQueue(make_sessions(service.engine))


def find_generation(service: LimnerService, generation_id: str, account_id: str) -> Generation:
    """The stored generation, else its async job's state; 404 for unknown or others' ids."""
    try:
        return service.get_generation(generation_id, account_id)
    except NotFoundError:
        job = _queue(service).get(generation_id, account_id)
        if job is None:
            raise
        return job_view(job)


@router.get(
    "/v1/generations/{id}", response_model=Generation, responses=problems(404), summary="Get a generation"
)
def get_generation(id: str, service: ServiceDep, account_id: AccountDep) -> Generation:
    return find_generation(service, id, account_id)


@router.post(
    "/v1/generations/{id}/cancel",
    response_model=Generation,
    responses=problems(404),
    summary="Cancel an async generation",
    description="Answers the generation: `canceled`, or as it finished when it already had.",
)
def cancel_generation(id: str, service: ServiceDep, account_id: AccountDep) -> Generation:
    current = find_generation(service, id, account_id)
    if current.status in TERMINAL:
        return current
    _queue(service).cancel(id, account_id)
    return find_generation(service, id, account_id)


@router.get(
    "/v1/generations/{id}/events",
    responses={
        **problems(404),
        200: {"content": {"text/event-stream": {}}, "description": "Status changes."},
    },
    response_class=StreamingResponse,
    summary="Stream a generation's status changes (SSE)",
)
async def generation_events(id: str, request: Request, account_id: AccountDep) -> StreamingResponse:
    service = cast(LimnerService, request.app.state.service)
    first = await to_thread.run_sync(find_generation, service, id, account_id)  # 404 before streaming

    async def stream() -> AsyncIterator[bytes]:
        current: Generation | None = first
        last = ""
        deadline = time.monotonic() + EVENTS_MAX_S
        while current is not None:
            if current.status != last:
                last = current.status
                yield f"event: {current.status}\ndata: {current.model_dump_json()}\n\n".encode()
            if current.status in TERMINAL or time.monotonic() > deadline or await request.is_disconnected():
                return
            await asyncio.sleep(EVENTS_POLL_S)
            current = await to_thread.run_sync(find_generation, service, id, account_id)

    return StreamingResponse(stream(), media_type="text/event-stream", headers={"Cache-Control": "no-store"})


__all__ = ["find_generation", "router"]
