"""A small OpenAI-Images-shaped server that answers what a test scripts: 429, 500, timeouts, garbage."""

from __future__ import annotations

import base64
import io
import json
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler

from PIL import Image

from tests.serving import serving_handler


@dataclass(frozen=True)
class Answer:
    status: int = 200
    body: bytes = b""
    headers: tuple[tuple[str, str], ...] = ()
    delay_s: float = 0.0


@dataclass
class Seen:
    path: str
    headers: dict[str, str]
    body: bytes


@dataclass
class Script:
    answers: list[Answer]
    seen: list[Seen] = field(default_factory=list)
    #: What to answer once ``answers`` is used up.
    then: Answer = field(default_factory=lambda: Answer(500, b'{"error": {"message": "script ran out"}}'))


def image_answer(width: int = 64, height: int = 64, color: tuple[int, int, int] = (40, 90, 200)) -> Answer:
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), color).save(buffer, format="PNG")
    payload = {"created": 0, "data": [{"b64_json": base64.b64encode(buffer.getvalue()).decode()}]}
    return Answer(200, json.dumps(payload).encode(), (("Content-Type", "application/json"),))


def error_answer(status: int, message: str, *headers: tuple[str, str]) -> Answer:
    body = json.dumps({"error": {"message": message, "type": "test"}}).encode()
    return Answer(status, body, (("Content-Type", "application/json"), *headers))


@contextmanager
def fake_upstream(script: Script) -> Iterator[str]:
    """Serves ``script`` on a loopback port; yields the base URL (``…/v1``)."""
    lock = threading.Lock()

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length", "0"))
            body = self.rfile.read(length)
            with lock:
                script.seen.append(Seen(self.path, {k.lower(): v for k, v in self.headers.items()}, body))
                answer = script.answers.pop(0) if script.answers else script.then
            if answer.delay_s:
                time.sleep(answer.delay_s)
            try:
                self.send_response(answer.status)
                for key, value in answer.headers:
                    self.send_header(key, value)
                self.send_header("Content-Length", str(len(answer.body)))
                self.end_headers()
                self.wfile.write(answer.body)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up (a timeout test)

        def log_message(self, format: str, *args: object) -> None:
            return

    with serving_handler(Handler) as url:
        yield f"{url}/v1"
