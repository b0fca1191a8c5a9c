"""``GET /v1/generations`` (newest first), ``GET /v1/generations/{id}``, its ``/events``
(server-sent events) and ``POST …/cancel``."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Callable
from typing import Any, cast

from anyio import to_thread
from fastapi import APIRouter, Request
from fastapi.responses import StreamingResponse
from starlette.types import Receive, Scope, Send

from limner.errors import NotFoundError
from limner.platform.db import make_sessions
from limner.platform.jobs import TERMINAL, JobQueue, job_view
from limner.platform.lists import GenerationList
from limner.platform.schemas import Generation
from limner.platform.service import LimnerService
from limner.server.deps import AccountDep, ServiceDep, problems
from limner.server.paging import LIST_PROBLEMS, PageDep
from limner.server.streams import POLL_FIRST_S, POLL_SLOWEST_S, EventStreams

router = APIRouter(tags=["generations"])

#: Longest an event stream stays open (bounds, heartbeats, idle timeout: ``limner.server.streams``).
EVENTS_MAX_S = 600.0


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
    "/v1/generations",
    response_model=GenerationList,
    responses=problems(*LIST_PROBLEMS),
    summary="List generations",
    description=(
        "This account's generations, newest first, async ones still queued or running included; "
        "`after` = the last id of the previous page."
    ),
)
def list_generations(service: ServiceDep, account_id: AccountDep, page: PageDep) -> GenerationList:
    return service.history.generations(account_id, page)


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
        **problems(404, 429),
        200: {
            "content": {"text/event-stream": {}},
            "description": "Status changes; `: keep-alive` comments; `event: timeout` after a long idle.",
        },
    },
    response_class=StreamingResponse,
    summary="Stream a generation's status changes (SSE)",
)
async def generation_events(id: str, request: Request, account_id: AccountDep) -> StreamingResponse:
    service = cast(LimnerService, request.app.state.service)
    streams = cast(EventStreams, request.app.state.event_streams)
    first = await to_thread.run_sync(find_generation, service, id, account_id)  # 404 before streaming
    streams.acquire(account_id)  # 429 too_many_streams; released when the answer ends (below)

    async def stream() -> AsyncIterator[bytes]:
        current: Generation | None = first
        last = ""
        now = time.monotonic()
        deadline = now + EVENTS_MAX_S
        changed = beat = now
        poll = POLL_FIRST_S
        while current is not None:
            now = time.monotonic()
            if current.status != last:
                last, changed, poll = current.status, now, POLL_FIRST_S
                beat = now
                yield f"event: {current.status}\ndata: {current.model_dump_json()}\n\n".encode()
            elif now - beat >= streams.heartbeat_s:
                beat = now
                yield b": keep-alive\n\n"
            if current.status in TERMINAL or await request.is_disconnected():
                return
            if now > deadline or now - changed >= streams.idle_s:
                yield b"event: timeout\ndata: {}\n\n"
                return
            await asyncio.sleep(poll)
            poll = min(POLL_SLOWEST_S, poll * 1.5)  # nothing changed: look less often
            current = await to_thread.run_sync(find_generation, service, id, account_id)

    return BoundedStream(
        stream(),
        release=lambda: streams.release(account_id),
        media_type="text/event-stream",
        headers={"Cache-Control": "no-store"},
    )


class BoundedStream(StreamingResponse):
    """A streaming answer that gives its stream slot back however it ends (also never started)."""

    def __init__(self, content: AsyncIterator[bytes], *, release: Callable[[], None], **kwargs: Any) -> None:
        super().__init__(content, **kwargs)
        self._release = release

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        try:
            await super().__call__(scope, receive, send)
        finally:
            self._release()


__all__ = ["find_generation", "router"]
