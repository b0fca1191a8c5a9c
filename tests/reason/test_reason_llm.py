"""The optional LLM reasoner against a real local server that speaks the OpenAI chat protocol."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler

import pytest
from tests.serving import serving_handler

from limner.config import Settings
from limner.plan.geometry import relative_position
from limner.platform.service import _default_reasoner
from limner.reason import BuiltinReasoner, ReasonRequest
from limner.reason.llm import LLMReasoner, OpenAIChatClient

UNREADABLE = "a zorblax hovering beside a flurbish gadget and a red car"


@dataclass
class Script:
    """What the test server answers next, and what it was asked."""

    content: str = "{}"
    status: int = 200
    delay_s: float = 0.0
    raw: str | None = None
    requests: list[dict[str, object]] = field(default_factory=list)


@pytest.fixture()
def server() -> Iterator[tuple[str, Script]]:
    script = Script()

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length", "0"))
            body = json.loads(self.rfile.read(length))
            script.requests.append({"path": self.path, "body": body})
            if script.delay_s:
                time.sleep(script.delay_s)
            payload = script.raw
            if payload is None:
                payload = json.dumps(
                    {"choices": [{"index": 0, "message": {"role": "assistant", "content": script.content}}]}
                )
            data = payload.encode()
            try:
                self.send_response(script.status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)
            except (BrokenPipeError, ConnectionResetError):
                pass

        def log_message(self, format: str, *args: object) -> None:
            return

    with serving_handler(Handler) as url:
        yield f"{url}/v1", script


def _reasoner(url: str, timeout_s: float = 2.0) -> LLMReasoner:
    return LLMReasoner(OpenAIChatClient(url, "test-model", timeout_s=timeout_s))


def test_llm_structure_is_laid_out_by_the_solver(server: tuple[str, Script]) -> None:
    url, script = server
    script.content = json.dumps(
        {
            "objects": [{"noun": "dogs", "count": 2, "color": "blue"}, {"noun": "zorblax", "count": 1}],
            "relations": [{"subject": 1, "predicate": "left of", "object": 0}],
            "background": "a beach at sunset",
        }
    )
    plan = _reasoner(url).reason(ReasonRequest(prompt=UNREADABLE))
    assert script.requests and script.requests[0]["path"] == "/v1/chat/completions"
    body = script.requests[0]["body"]
    assert isinstance(body, dict) and body["model"] == "test-model"
    dogs = [e for e in plan.elements if e.noun == "dog"]
    ships = [e for e in plan.elements if e.noun == "zorblax"]
    assert len(dogs) == 2 and len(ships) == 1
    assert all(d.attributes["color"] == "blue" and "hex" not in d.attributes for d in dogs)
    assert all("left of" in relative_position(ships[0].box, d.box) for d in dogs)
    assert plan.canvas.background.description is not None
    assert any(t.stage == "llm" for t in plan.trace)
    assert not any("unknown object" in w for w in plan.warnings)


def test_fully_read_prompt_never_calls_the_llm(server: tuple[str, Script]) -> None:
    url, script = server
    plan = _reasoner(url).reason(ReasonRequest(prompt="a red car to the left of a dog"))
    assert script.requests == []
    assert (
        plan.model_dump()
        == BuiltinReasoner().reason(ReasonRequest(prompt="a red car to the left of a dog")).model_dump()
    )


@pytest.mark.parametrize(
    ("content", "status", "raw"),
    [
        ("this is not json", 200, None),
        (json.dumps({"objects": [{"noun": "dog", "count": -3}]}), 200, None),
        (
            json.dumps(
                {
                    "objects": [{"noun": "dog"}],
                    "relations": [{"subject": 0, "predicate": "eats", "object": 0}],
                }
            ),
            200,
            None,
        ),
        ("{}", 500, None),
        ("{}", 200, '{"no": "choices"}'),
    ],
)
def test_invalid_answers_fall_back_with_a_warning(
    server: tuple[str, Script], content: str, status: int, raw: str | None
) -> None:
    url, script = server
    script.content, script.status, script.raw = content, status, raw
    plan = _reasoner(url).reason(ReasonRequest(prompt=UNREADABLE))
    builtin = BuiltinReasoner().reason(ReasonRequest(prompt=UNREADABLE))
    assert len(script.requests) == 1
    assert any(w.startswith("LLM reasoner failed") for w in plan.warnings)
    assert [e.noun for e in plan.elements] == [e.noun for e in builtin.elements]


def test_timeout_falls_back(server: tuple[str, Script]) -> None:
    url, script = server
    script.delay_s = 10.0
    started = time.monotonic()
    plan = _reasoner(url, timeout_s=0.2).reason(ReasonRequest(prompt=UNREADABLE))
    assert time.monotonic() - started < 9.0  # gave up long before the server would have answered
    assert any("LLM reasoner failed" in w and "Timeout" in w for w in plan.warnings)


def test_unreachable_server_falls_back() -> None:
    plan = _reasoner("http://127.0.0.1:9/v1", timeout_s=0.5).reason(ReasonRequest(prompt=UNREADABLE))
    assert any(w.startswith("LLM reasoner failed") for w in plan.warnings)


def test_edits_stay_builtin(server: tuple[str, Script]) -> None:
    url, script = server
    base = BuiltinReasoner().reason(ReasonRequest(prompt="a cat and a dog"))
    plan = _reasoner(url).reason(ReasonRequest(prompt="make the zorblax flurbish", base=base))
    assert script.requests == []
    assert [e.id for e in plan.elements] == [e.id for e in base.elements]


def test_platform_builds_it_from_settings(tmp_path: object) -> None:
    assert isinstance(_default_reasoner(Settings(llm_base_url=None, llm_model=None)), BuiltinReasoner)
    reasoner = _default_reasoner(
        Settings(llm_base_url="http://127.0.0.1:1/v1", llm_model="m", llm_timeout_s=1.0)
    )
    assert isinstance(reasoner, LLMReasoner)
    assert isinstance(reasoner.client, OpenAIChatClient) and reasoner.client.timeout_s == 1.0
