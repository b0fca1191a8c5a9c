"""One call to an OpenAI-compatible ``/images/edits``, with a timeout and bounded retries.

Retried: 429 and 5xx answers (waiting ``Retry-After`` when the upstream sends one, else an
exponential backoff), timeouts and dropped connections; never more than ``retries`` times and
never longer than ``max_wait_s`` a wait. Anything else fails at once with the upstream's own
message. The API key goes in the ``Authorization`` header only: it is never logged, and any
message that would echo it has it replaced by ``***``.
"""

from __future__ import annotations

import base64
import binascii
import email.utils
import json
import logging
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass

import httpx

from limner.errors import RenderError
from limner.render.openai_images.config import UpstreamSettings

logger = logging.getLogger(__name__)

RETRY_STATUSES = frozenset({408, 409, 425, 429, 500, 502, 503, 504})
#: Longest upstream message kept in a generation's error.
MAX_MESSAGE = 300


class UpstreamError(RenderError):
    """The upstream image service failed: the generation fails (not charged) with its message."""

    status = 502
    code = "upstream_error"
    title = "Upstream image service failed"


@dataclass(frozen=True)
class EditCall:
    """What one ``/images/edits`` call sends."""

    image_png: bytes
    mask_png: bytes
    prompt: str
    width: int
    height: int


def retry_after_s(headers: Mapping[str, str], now: float | None = None) -> float | None:
    """Seconds the ``Retry-After`` header asks for (delta-seconds or an HTTP date), if any."""
    raw = headers.get("retry-after")
    if raw is None:
        return None
    raw = raw.strip()
    try:
        return max(0.0, float(raw))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(raw)
    except (TypeError, ValueError, IndexError):
        return None
    current = time.time() if now is None else now
    return max(0.0, when.timestamp() - current)


def upstream_message(response: httpx.Response) -> str:
    """The upstream's own words: OpenAI's ``error.message``, a problem's ``detail``, or the text."""
    try:
        body = response.json()
    except (json.JSONDecodeError, UnicodeDecodeError, ValueError):
        body = None
    if isinstance(body, dict):
        error = body.get("error")
        if isinstance(error, dict) and isinstance(error.get("message"), str):
            return str(error["message"])
        if isinstance(error, str):
            return error
        for key in ("detail", "message", "title"):
            if isinstance(body.get(key), str):
                return str(body[key])
    text = response.text.strip()
    return text or f"HTTP {response.status_code}"


class UpstreamClient:
    """Posts edits to ``settings.base_url``; ``sleep`` is injectable for tests."""

    def __init__(
        self,
        settings: UpstreamSettings,
        *,
        sleep: Callable[[float], None] = time.sleep,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self.settings = settings
        self._sleep = sleep
        self._transport = transport

    def _redact(self, text: str) -> str:
        key = self.settings.api_key
        text = text.replace(key, "***") if key else text
        return text if len(text) <= MAX_MESSAGE else text[: MAX_MESSAGE - 1] + "…"

    def _fail(self, message: str) -> UpstreamError:
        return UpstreamError(self._redact(message))

    def wait_s(self, attempt: int, response: httpx.Response | None) -> float:
        """How long to wait before retry ``attempt`` (1-based)."""
        asked = retry_after_s(response.headers) if response is not None else None
        wait = asked if asked is not None else self.settings.backoff_s * 2 ** (attempt - 1)
        return min(wait, self.settings.max_wait_s)

    def edit(self, call: EditCall) -> bytes:
        """The first image of the upstream's answer (file bytes), or :class:`UpstreamError`."""
        settings = self.settings
        if settings.base_url is None:
            raise self._fail("no upstream configured (set LIMNER_UPSTREAM_BASE_URL)")
        url = f"{settings.base_url}/images/edits"
        headers = {"Accept": "application/json"}
        if settings.api_key:
            headers["Authorization"] = f"Bearer {settings.api_key}"
        data = {"prompt": call.prompt, "n": "1", "size": f"{call.width}x{call.height}"}
        if settings.model:
            data["model"] = settings.model
        if settings.quality:
            data["quality"] = settings.quality
        files = [
            ("image", ("image.png", call.image_png, "image/png")),
            ("mask", ("mask.png", call.mask_png, "image/png")),
        ]
        with httpx.Client(timeout=settings.timeout_s, transport=self._transport) as client:
            attempt = 0
            while True:
                response: httpx.Response | None = None
                problem: str
                try:
                    response = client.post(url, headers=headers, data=data, files=files)
                except httpx.TimeoutException:
                    problem = f"upstream timed out after {settings.timeout_s:g} s"
                except httpx.TransportError as exc:
                    problem = f"upstream unreachable: {type(exc).__name__}"
                else:
                    if response.status_code < 300:
                        return self._image(client, response)
                    message = upstream_message(response)
                    problem = f"upstream answered {response.status_code}: {message}"
                    if response.status_code not in RETRY_STATUSES:
                        raise self._fail(problem)
                if attempt >= settings.retries:
                    tries = attempt + 1
                    raise self._fail(f"{problem} (after {tries} tr{'y' if tries == 1 else 'ies'})")
                attempt += 1
                wait = self.wait_s(attempt, response)
                logger.warning("upstream image call failed (%s); retry %d in %.2f s", problem, attempt, wait)
                self._sleep(wait)

    def _image(self, client: httpx.Client, response: httpx.Response) -> bytes:
        try:
            body = response.json()
        except (json.JSONDecodeError, UnicodeDecodeError, ValueError):
            raise self._fail("upstream answered with something that is not JSON") from None
        items = body.get("data") if isinstance(body, dict) else None
        first = items[0] if isinstance(items, list) and items and isinstance(items[0], dict) else None
        if first is None:
            raise self._fail("upstream answered without an image (no data[0])")
        if isinstance(first.get("b64_json"), str):
            try:
                return base64.b64decode(first["b64_json"], validate=True)
            except (binascii.Error, ValueError):
                raise self._fail("upstream answered with b64_json that is not base64") from None
        if isinstance(first.get("url"), str):
            try:
                fetched = client.get(first["url"])
            except httpx.HTTPError as exc:
                raise self._fail(f"could not fetch the upstream's image: {type(exc).__name__}") from None
            if fetched.status_code >= 300:
                raise self._fail(f"fetching the upstream's image answered {fetched.status_code}")
            return fetched.content
        raise self._fail("upstream answered without b64_json or url")


__all__ = ["EditCall", "UpstreamClient", "UpstreamError", "retry_after_s", "upstream_message"]
