"""Issue 15 defect 10: event streams are bounded per account and in all, send heartbeats and
close after an idle timeout, and always give their slot back."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from limner.config import Settings
from limner.platform.tables import LOCAL_ACCOUNT
from limner.server.streams import EventStreams
from tests.hardening.conftest import open_client


@pytest.fixture
def queued(tmp_path: Path) -> Iterator[tuple[TestClient, EventStreams, str]]:
    """No workers: an async job stays queued; streams with short heartbeats and idle timeout."""
    settings = Settings(data_dir=tmp_path / "data", database_url=None, embedded_workers=0)
    for client, _service in open_client(settings):
        streams = EventStreams(per_account=2, total=3, heartbeat_s=0.05, idle_s=0.6)
        client.app.state.event_streams = streams  # type: ignore[attr-defined]
        job = client.post("/v1/generate", json={"prompt": "a cat", "size": "64x64", "async": True})
        assert job.status_code == 202, job.text
        yield client, streams, job.json()["id"]


def test_stream_sends_heartbeats_then_times_out_and_releases(
    queued: tuple[TestClient, EventStreams, str],
) -> None:
    client, streams, job = queued
    response = client.get(f"/v1/generations/{job}/events")
    assert response.status_code == 200
    text = response.text
    assert text.startswith("event: queued\n")
    assert ": keep-alive\n\n" in text
    assert text.endswith("event: timeout\ndata: {}\n\n")
    assert streams.open_count() == 0


def test_streams_per_account_and_in_all_are_bounded(queued: tuple[TestClient, EventStreams, str]) -> None:
    client, streams, job = queued
    streams.acquire(LOCAL_ACCOUNT)
    streams.acquire(LOCAL_ACCOUNT)  # this account's two streams are open
    response = client.get(f"/v1/generations/{job}/events")
    assert response.status_code == 429, response.text
    assert response.json()["code"] == "too_many_streams" and response.headers["Retry-After"].isdigit()
    streams.acquire("acct_other")  # three in all: another account is refused too
    with pytest.raises(Exception, match="event streams open"):
        streams.acquire("acct_third")
    streams.release(LOCAL_ACCOUNT)
    streams.release("acct_other")
    assert client.get(f"/v1/generations/{job}/events").status_code == 200
    assert streams.open_count(LOCAL_ACCOUNT) == 1  # only the one acquired by hand


def test_unknown_generation_takes_no_stream_slot(queued: tuple[TestClient, EventStreams, str]) -> None:
    client, streams, _job = queued
    assert client.get("/v1/generations/gen_nope0000000000/events").status_code == 404
    assert streams.open_count() == 0
