"""The image fetcher of JSON edits (``image_url``) against a real loopback HTTP server, and a streamed
answer's ``error`` event when drawing fails after the stream began."""

from __future__ import annotations

import base64
import json
from collections.abc import Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any

import pytest

from limner.config import Settings
from limner.errors import InvalidRequestError, PayloadTooLargeError, RenderError
from limner.plan.model import Plan
from limner.platform.openai_compat import Job, OpenAIImages, Painter, parse_generations
from limner.platform.openai_stream import ImageStream
from limner.platform.remote_images import ImageFetcher, decode_data_url
from limner.platform.service import LimnerService
from tests.serving import serving_handler

BODY = b"x" * 5000


@pytest.fixture(scope="module")
def origin() -> Iterator[str]:
    """/blob: 5000 bytes with Content-Length; /chunked: the same without it; /slow: never ends."""

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:
            if self.path == "/blob":
                self.send_response(200)
                self.send_header("Content-Length", str(len(BODY)))
                self.end_headers()
                self.wfile.write(BODY)
            elif self.path == "/chunked":
                self.send_response(200)
                self.send_header("Transfer-Encoding", "chunked")
                self.end_headers()
                for start in range(0, len(BODY), 1000):
                    chunk = BODY[start : start + 1000]
                    self.wfile.write(f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n")
                self.wfile.write(b"0\r\n\r\n")
            else:
                self.send_response(404)
                self.send_header("Content-Length", "0")
                self.end_headers()

        def log_message(self, format: str, *args: object) -> None:
            return

    with serving_handler(Handler) as url:
        yield url


def test_fetches_within_the_limit(origin: str) -> None:
    fetcher = ImageFetcher(allow_loopback=True, max_bytes=len(BODY))
    assert fetcher.get(f"{origin}/blob", "images[0].image_url") == BODY
    assert fetcher.get(f"{origin}/chunked", "images[0].image_url") == BODY


@pytest.mark.parametrize("path", ["/blob", "/chunked"])
def test_over_the_limit_is_413_naming_the_field(origin: str, path: str) -> None:
    fetcher = ImageFetcher(allow_loopback=True, max_bytes=len(BODY) - 1)
    with pytest.raises(PayloadTooLargeError) as raised:
        fetcher.get(f"{origin}{path}", "mask.image_url")
    assert raised.value.param == "mask.image_url"


def test_loopback_is_refused_unless_allowed(origin: str) -> None:
    with pytest.raises(InvalidRequestError) as raised:
        ImageFetcher().get(f"{origin}/blob", "images[1].image_url")
    assert raised.value.param == "images[1].image_url" and "not a public address" in raised.value.detail


def test_dns_answers_are_checked_before_connecting() -> None:
    rebinding = ImageFetcher(resolve=lambda host, port: ["93.184.216.34", "127.0.0.1"])
    with pytest.raises(InvalidRequestError) as raised:
        rebinding.get("http://pictures.example/a.png", "images[0].image_url")
    assert "127.0.0.1" in raised.value.detail


def test_data_urls() -> None:
    assert (
        decode_data_url("data:image/png;base64," + base64.b64encode(b"\x89PNG").decode(), "p") == b"\x89PNG"
    )
    assert decode_data_url("data:text/plain,a%20b", "p") == b"a b"
    with pytest.raises(InvalidRequestError):
        decode_data_url("data:image/png;base64,not base64!", "p")
    with pytest.raises(PayloadTooLargeError):
        decode_data_url("data:;base64," + base64.b64encode(b"y" * 100).decode(), "p", max_bytes=10)


@dataclass(frozen=True)
class FailingPainter:
    """Draws the layout as ``inner`` does, then fails as a renderer can."""

    inner: Painter

    @property
    def width(self) -> int:
        return self.inner.width

    @property
    def height(self) -> int:
        return self.inner.height

    @property
    def image_tokens(self) -> int:
        return self.inner.image_tokens

    def paint(self, plan: Plan, seed: int) -> Any:
        raise RenderError("the renderer gave up")

    def sketch(self, plan: Plan) -> Any:
        return self.inner.sketch(plan)


def test_a_failure_after_the_stream_began_is_an_error_event(tmp_path: Path) -> None:
    with LimnerService.open(Settings(data_dir=tmp_path / "data", database_url=None)) as service:
        images = OpenAIImages(service)
        request = parse_generations({"prompt": "a cat", "stream": True, "partial_images": 1, "size": "64x64"})
        job = images.generation_job(request, "acct_local")
        failing = Job(job.request, job.plan, FailingPainter(job.painter))
        chunks = list(ImageStream(images, failing, "acct_local", "http://x", "image_generation"))
        before = service.count_rows()
    events = [chunk.decode().split("\n") for chunk in chunks]
    assert [lines[0] for lines in events] == ["event: image_generation.partial_image", "event: error"]
    error = json.loads(events[1][1][len("data: ") :])
    assert error["type"] == "error" and "gave up" in error["error"]["message"]
    assert before["images"] == 0  # nothing stored, nothing charged
