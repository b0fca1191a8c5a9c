"""``GET /metrics`` through real HTTP (uvicorn on loopback), read with Prometheus' own parser."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path

import httpx
import pytest
from fastapi import FastAPI
from prometheus_client.parser import text_string_to_metric_families

from limner.config import Settings
from limner.platform.db import make_sessions
from limner.platform.keys import KeyStore
from limner.platform.service import LimnerService
from limner.platform.webhooks import WebhookSender
from limner.platform.worker import Worker
from limner.server.app import create_app
from tests.hardening.uploads import mask_png, noisy_png
from tests.server.conftest import engines, real_engines_available
from tests.server.live import client, serving

ADMIN_KEY = "metrics-admin-secret-0123456789"
GENERATE = {"prompt": "a red apple next to a blue cup", "size": "256x256", "seed": 3}
#: A client address that is not loopback, as a reverse proxy on this host reports it.
REMOTE = {"X-Forwarded-For": "203.0.113.9"}

Samples = dict[tuple[str, frozenset[tuple[str, str]]], float]
MakeApp = Callable[..., FastAPI]


def scrape(http: httpx.Client, **headers: str) -> Samples:
    response = http.get("/metrics", headers=headers)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("text/plain; version=0.0.4")
    return {
        (sample.name, frozenset(sample.labels.items())): sample.value
        for family in text_string_to_metric_families(response.text)
        for sample in family.samples
    }


def value(samples: Samples, name: str, **labels: str) -> float:
    return samples.get((name, frozenset(labels.items())), 0.0)


def labelled(samples: Samples, name: str) -> list[dict[str, str]]:
    return [dict(labels) for sample, labels in samples if sample == name]


@pytest.fixture
def make_app(tmp_path: Path) -> Iterator[MakeApp]:
    """``make_app(**settings)``: an app on a fresh data dir (closed at the end)."""
    opened: list[LimnerService] = []

    def make(**changes: object) -> FastAPI:
        settings = Settings(
            data_dir=tmp_path / f"data{len(opened)}",
            database_url=None,
            embedded_workers=0,
            render_processes=False,
        ).with_(**changes)
        reasoner, registry = engines()
        service = LimnerService.open(settings, reasoner=reasoner, renderers=registry)
        opened.append(service)
        return create_app(settings, service)

    yield make
    for service in opened:
        service.close()


def test_requests_and_generations_are_counted_by_route_template(make_app: MakeApp) -> None:
    app = make_app()
    with serving(app) as url, client(url) as http:
        before = scrape(http)
        for missing in ("gen_missing1", "gen_missing2"):
            assert http.get(f"/v1/generations/{missing}").status_code == 404
        made = http.post("/v1/generate", json=GENERATE)
        assert made.status_code == 200
        assert http.get(f"/v1/generations/{made.json()['id']}").status_code == 200
        assert http.get("/no/such/path/123").status_code == 404
        after = scrape(http)

    route = "/v1/generations/{id}"
    requests = "limner_http_requests_total"
    assert (
        value(after, requests, method="GET", route=route, status="404")
        - value(before, requests, method="GET", route=route, status="404")
        == 2
    )
    assert value(after, requests, method="GET", route=route, status="200") == 1
    assert value(after, requests, method="POST", route="/v1/generate", status="200") == 1
    assert value(after, requests, method="GET", route="unmatched", status="404") == 1
    # Labels are templates: no id or raw path of a request appears anywhere.
    routes = {labels["route"] for labels in labelled(after, requests)}
    assert routes >= {route, "/v1/generate", "/metrics", "unmatched"}
    assert not any("gen_" in r or "/no/such" in r for r in routes), routes

    # The latency histogram: cumulative buckets ending in +Inf, which equals the count.
    name = "limner_http_request_duration_seconds"
    labels = {"method": "POST", "route": "/v1/generate", "status": "200"}
    buckets = sorted(
        (float(b["le"]), value(after, name + "_bucket", **b))
        for b in labelled(after, name + "_bucket")
        if {k: v for k, v in b.items() if k != "le"} == labels
    )
    assert len(buckets) > 5 and buckets[-1][0] == float("inf")
    counts = [count for _, count in buckets]
    assert counts == sorted(counts) and counts[-1] == value(after, name + "_count", **labels) == 1
    assert value(after, name + "_sum", **labels) > 0

    # Generations and per-image render time by renderer and size class (256² is "small").
    assert (
        value(after, "limner_generations_total", renderer="builtin", size_class="small", status="succeeded")
        == 1
    )
    render = "limner_render_duration_seconds"
    assert value(after, render + "_count", renderer="builtin", size_class="small") == 1
    assert value(after, render + "_bucket", renderer="builtin", size_class="small", le="+Inf") == 1
    assert value(after, "limner_build_info", version=app.version) == 1


class Receiver(HTTPServer):
    """A loopback webhook receiver answering every POST with ``answer``."""

    answer = 204


class _Handler(BaseHTTPRequestHandler):
    server: Receiver

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length", "0")))
        self.send_response(self.server.answer)
        self.end_headers()

    def log_message(self, format: str, *args: object) -> None:
        return


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    server = Receiver(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


def test_queue_depth_slots_and_webhooks_are_read_when_scraped(make_app: MakeApp, receiver: Receiver) -> None:
    app = make_app(webhooks_allow_loopback=True, render_slots=3)
    service: LimnerService = app.state.service
    worker = Worker(service)
    # No backoff sleeps between the failing attempts.
    worker.webhooks = WebhookSender(make_sessions(service.engine), allow_loopback=True, sleep=lambda _s: None)
    hook = f"http://127.0.0.1:{receiver.server_address[1]}/hook"
    with serving(app) as url, client(url) as http:
        idle = scrape(http)
        assert value(idle, "limner_render_slots", pool="shared") == 3
        assert value(idle, "limner_render_slots", pool="reserved") == 0
        assert value(idle, "limner_render_slots_busy", pool="shared") == 0
        assert ("limner_render_slot_waiters", frozenset()) in idle
        assert value(idle, "limner_metrics_database_up") == 1
        for _ in range(2):
            queued = http.post("/v1/generate", json={**GENERATE, "async": True, "webhook_url": hook})
            assert queued.status_code == 202, queued.text
        waiting = scrape(http)
        assert value(waiting, "limner_async_jobs", status="queued") == 2
        assert value(waiting, "limner_async_jobs", status="succeeded") == 0

        assert worker.run_once()  # delivered at the first attempt
        receiver.answer = 500
        assert worker.run_once()  # every attempt fails
        done = scrape(http)
    assert value(done, "limner_async_jobs", status="queued") == 0
    assert value(done, "limner_async_jobs", status="succeeded") == 2
    assert value(done, "limner_webhook_attempts_total", outcome="delivered") == 1
    assert value(done, "limner_webhook_attempts_total", outcome="failed") == 4
    # Both jobs ran in this process (its worker): counted as generations here too.
    assert (
        value(done, "limner_generations_total", renderer="builtin", size_class="small", status="succeeded")
        == 2
    )


def test_rate_limit_rejections_are_counted_and_metrics_are_never_limited(make_app: MakeApp) -> None:
    app = make_app(rpm_local=3)
    with serving(app) as url, client(url) as http:
        answers = [http.get(f"/v1/generations/gen_{i}").status_code for i in range(4)]
        assert answers == [404, 404, 404, 429]
        for _ in range(10):  # far beyond the 3 requests per minute: never limited, no RateLimit-*
            response = http.get("/metrics")
            assert response.status_code == 200 and "ratelimit-limit" not in response.headers
        samples = scrape(http)
    assert value(samples, "limner_rate_limit_rejections_total", bucket="requests") == 1
    assert value(samples, "limner_rate_limit_rejections_total", bucket="images") == 0
    # Refused before routing, still labelled with its template.
    requests = "limner_http_requests_total"
    assert value(samples, requests, method="GET", route="/v1/generations/{id}", status="429") == 1


def test_auth_required_admits_the_admin_key_or_loopback_only(make_app: MakeApp) -> None:
    app = make_app(auth="required", admin_key=ADMIN_KEY)
    build = KeyStore(make_sessions(app.state.service.engine)).create("build").secret
    with serving(app) as url, client(url) as http:
        scrape(http)  # a loopback client, no key
        scrape(http, **REMOTE, Authorization=f"Bearer {ADMIN_KEY}")
        for refused in ({}, {"Authorization": "Bearer wrong"}, {"Authorization": f"Bearer {build}"}):
            response = http.get("/metrics", headers={**REMOTE, **refused})
            assert response.status_code == 403, refused
            assert response.headers["content-type"].startswith("application/problem+json")
            problem = response.json()
            assert problem["code"] == "forbidden" and problem["status"] == 403
            assert problem["request_id"].startswith("req_")


def test_auth_local_lets_anyone_read_them(make_app: MakeApp) -> None:
    with serving(make_app()) as url, client(url) as http:
        scrape(http, **REMOTE)


#: No art for a hair drier: the built-in renderer notes what it drew instead.
NOTED = {"prompt": "a hair drier next to a red apple", "size": "256x256"}


def test_openai_images_are_counted_and_keep_their_notes(make_app: MakeApp) -> None:
    app = make_app()
    generations = "limner_generations_total"
    small = {"renderer": "builtin", "size_class": "small", "status": "succeeded"}
    with serving(app) as url, client(url) as http:
        before = scrape(http)
        made = http.post("/v1/images/generations", json={**NOTED, "n": 2, "response_format": "b64_json"})
        assert made.status_code == 200, made.text
        edited = http.post(
            "/v1/images/edits",
            data={"prompt": NOTED["prompt"], "response_format": "b64_json"},
            files=[
                ("image", ("a.png", noisy_png(256, 256, 1), "image/png")),
                ("mask", ("m.png", mask_png(256, 256, (64, 64, 192, 192)), "image/png")),
            ],
        )
        assert edited.status_code == 200, edited.text
        after = scrape(http)
        # The same prompt, size and seed through /v1/generate: the same drawing, so the same notes.
        native = http.post("/v1/generate", json={**NOTED, "seed": 0})
        assert native.status_code == 200, native.text
        listed = http.get("/v1/generations", params={"limit": 3})
        assert listed.status_code == 200, listed.text
    # Both OpenAI requests are generations in the metrics, like /v1/generate's.
    assert value(after, generations, **small) - value(before, generations, **small) == 2
    native_notes = native.json()["images"][0]["notes"]
    openai = [g for g in listed.json()["data"] if g["id"] != native.json()["id"]]
    generation = next(g for g in openai if len(g["images"]) == 2)
    edit = next(g for g in openai if len(g["images"]) == 1)
    assert generation["images"][0]["notes"] == native_notes
    if real_engines_available():
        assert any("'hair drier'" in note for note in native_notes), native_notes
        assert any("'hair drier'" in note for note in edit["images"][0]["notes"]), edit
