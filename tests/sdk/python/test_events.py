"""Server-sent status events of a generation, parsed by the Python SDK."""

from __future__ import annotations

import json

import httpx
from limner_client import Limner
from limner_client._sse import iter_events


def _event(name: str, status: str) -> str:
    payload = {"id": "gen_1", "object": "generation", "status": status, "images": []}
    return f"event: {name}\ndata: {json.dumps(payload)}\n\n"


def test_sse_decoder_handles_comments_multiline_data_and_ids() -> None:
    lines = [": keep-alive", "event: status", "id: 3", "data: a", "data: b", "", "data: tail"]
    events = list(iter_events(lines))
    assert [(e.event, e.data, e.id) for e in events] == [
        ("status", "a\nb", "3"),
        ("message", "tail", "3"),
    ]  # the last id persists


def test_events_yield_generations_until_a_terminal_status() -> None:
    stream = ": hello\n\n" + _event("status", "queued") + _event("status", "running")
    stream += _event("status", "succeeded") + _event("status", "ignored-after-terminal")
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, content=stream.encode(), headers={"Content-Type": "text/event-stream"})

    client = Limner(
        base_url="http://limner.test", http_client=httpx.Client(transport=httpx.MockTransport(handler))
    )
    statuses = [g.status for g in client.generations.events("gen_1")]
    assert statuses == ["queued", "running", "succeeded"]
    assert seen[0].url.path == "/v1/generations/gen_1/events"
    assert seen[0].headers["Accept"] == "text/event-stream"
