"""``Limner``: the synchronous client."""

from __future__ import annotations

import copy
import time
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from types import TracebackType
from typing import Any
from urllib.parse import quote

import httpx

from limner_client._core import (
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    ClientOptions,
    FileArg,
    PollSchedule,
    ReferenceArg,
    RequestSpec,
    build_request,
    check_etag,
    connection_error,
    generate_body,
    generation_from_event,
    image_id,
    location_id,
    log_answer,
    parse_model,
    reason_body,
    reference_upload,
)
from limner_client._logs import get_logger
from limner_client._raw import record, to_raw
from limner_client._retry import is_retryable_status, parse_retry_after
from limner_client._sse import iter_events
from limner_client.errors import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    WaitTimeoutError,
    error_from_response,
)
from limner_client.models import Generation, GenerationImage, Image, Plan, Reference, Usage
from limner_client.pagination import ItemT, SyncPage, list_spec, parse_list
from limner_client.webhooks import Webhooks


class Limner:
    """Synchronous Limner client.

    ``base_url`` defaults to ``LIMNER_BASE_URL`` or ``http://127.0.0.1:8000``; ``api_key`` to
    ``LIMNER_API_KEY``. Failed calls are retried ``max_retries`` times (429, 5xx, connection errors),
    each POST with one ``Idempotency-Key`` across its retries. Every call also takes its own
    ``timeout=`` and ``max_retries=``; ``with_options(...)`` makes a client with other defaults and
    ``with_raw_response`` one whose calls answer the HTTP response. ``LIMNER_LOG=debug`` logs each
    attempt to stderr.
    """

    def __init__(
        self,
        *,
        base_url: str | None = None,
        api_key: str | None = None,
        timeout: float = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.Client | None = None,
    ) -> None:
        self._options = ClientOptions.resolve(
            base_url=base_url,
            api_key=api_key,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
        )
        self._owns_http = http_client is None
        self._http = http_client or httpx.Client(timeout=timeout)
        self._log = get_logger()
        self.webhooks = Webhooks()
        self._bind()

    def _bind(self) -> None:
        self.plans = Plans(self)
        self.generations = Generations(self)
        self.images = Images(self)
        self.references = References(self)

    def with_options(
        self,
        *,
        base_url: str | None = None,
        api_key: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        default_headers: Mapping[str, str] | None = None,
    ) -> Limner:
        """A client with these settings changed, sharing this one's connections (close this one)."""
        clone = copy.copy(self)
        clone._options = self._options.replace(
            base_url=base_url,
            api_key=api_key,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
        )
        clone._owns_http = False
        clone._bind()
        return clone

    @property
    def with_raw_response(self) -> LimnerWithRawResponse:
        """The same calls, answering a ``RawResponse`` (``status_code``, ``headers``, ``parse()``)."""
        return LimnerWithRawResponse(self)

    @property
    def timeout(self) -> float:
        return self._options.timeout

    @property
    def base_url(self) -> str:
        return self._options.base_url

    @property
    def max_retries(self) -> int:
        return self._options.retry.max_retries

    # -- lifecycle ---------------------------------------------------------------------------------

    def close(self) -> None:
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> Limner:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    # -- transport ---------------------------------------------------------------------------------

    def _send(self, spec: RequestSpec, *, accept: str | None = None, stream: bool = False) -> httpx.Response:
        """Send ``spec``, retrying what may succeed later; raise the mapped error otherwise."""
        policy = self._options.retry
        retries = spec.retries(self._options)
        attempt = 0
        while True:
            retry_after: float | None = None
            started = time.monotonic()
            try:
                response = self._http.send(
                    build_request(self._http, self._options, spec, accept), stream=stream
                )
            except httpx.TransportError as exc:
                error: APIError | APIConnectionError = connection_error(exc)
                self._log.debug("%s %s failed (attempt %d): %s", spec.method, spec.path, attempt + 1, exc)
            else:
                log_answer(self._log, spec, response, attempt, started)
                if response.is_success:
                    record(response)
                    return response
                if stream:
                    response.read()
                    response.close()
                error = error_from_response(response)
                retry_after = parse_retry_after(response.headers.get("retry-after"))
                if not is_retryable_status(response.status_code):
                    raise error
            if attempt >= retries:
                raise error
            delay = policy.delay(attempt, retry_after)
            self._log.info("%s %s: retrying in %.2f s after %s", spec.method, spec.path, delay, error)
            time.sleep(delay)
            attempt += 1

    def request(
        self,
        method: str,
        path: str,
        *,
        json: Any = None,
        params: Mapping[str, str] | None = None,
        idempotency_key: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
    ) -> httpx.Response:
        """A raw call with this client's auth, retries and idempotency (for endpoints without a method)."""
        spec = RequestSpec.make(
            method,
            path,
            json=json,
            params=params,
            idempotency_key=idempotency_key,
            timeout=timeout,
            max_retries=max_retries,
        )
        return self._send(spec)

    def _list(
        self,
        path: str,
        model: type[ItemT],
        *,
        limit: int | None,
        after: str | None,
        timeout: float | None,
        max_retries: int | None,
    ) -> SyncPage[ItemT]:
        """One page of a list endpoint, able to fetch the pages after it."""
        spec = list_spec(path, limit=limit, after=after, timeout=timeout, max_retries=max_retries)
        data, has_more = parse_list(model, self._send(spec))

        def fetch(cursor: str) -> SyncPage[ItemT]:
            return self._list(
                path, model, limit=limit, after=cursor, timeout=timeout, max_retries=max_retries
            )

        return SyncPage(data, has_more, fetch)

    # -- top-level operations ------------------------------------------------------------------------

    def reason(
        self,
        prompt: str,
        *,
        references: Sequence[ReferenceArg] | None = None,
        base_plan_id: str | None = None,
        size: str | None = None,
        aspect_ratio: str | None = None,
        seed: int | None = None,
        idempotency_key: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
    ) -> Plan:
        """Turn a prompt (or an edit of ``base_plan_id``) into a scene plan: ``POST /v1/reason``."""
        body = reason_body(
            prompt,
            references=references,
            base_plan_id=base_plan_id,
            size=size,
            aspect_ratio=aspect_ratio,
            seed=seed,
            extra_body=extra_body,
        )
        response = self.request(
            "POST",
            "/v1/reason",
            json=body,
            idempotency_key=idempotency_key,
            timeout=timeout,
            max_retries=max_retries,
        )
        return parse_model(Plan, response)

    def generate(
        self,
        *,
        prompt: str | None = None,
        plan_id: str | None = None,
        plan: Plan | Mapping[str, Any] | None = None,
        n: int | None = None,
        size: str | None = None,
        output_format: str | None = None,
        seed: int | None = None,
        renderer: str | None = None,
        locales: Sequence[str] | None = None,
        mirror_rtl: bool | None = None,
        base_image_id: str | None = None,
        async_: bool | None = None,
        webhook_url: str | None = None,
        idempotency_key: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
    ) -> Generation:
        """Render images from exactly one of ``prompt``, ``plan_id`` or ``plan``: ``POST /v1/generate``.

        With ``async_=True`` the server answers at once with a queued generation; follow it with
        ``generations.wait(generation.id)``.
        """
        options = {
            "n": n,
            "size": size,
            "output_format": output_format,
            "seed": seed,
            "renderer": renderer,
            "locales": list(locales) if locales is not None else None,
            "mirror_rtl": mirror_rtl,
            "base_image_id": base_image_id,
            "async": async_,
            "webhook_url": webhook_url,
        }
        body = generate_body(
            prompt=prompt, plan_id=plan_id, plan=plan, options=options, extra_body=extra_body
        )
        response = self.request(
            "POST",
            "/v1/generate",
            json=body,
            idempotency_key=idempotency_key,
            timeout=timeout,
            max_retries=max_retries,
        )
        if response.status_code == 202 and not response.content:
            queued = location_id(response)
            if queued is None:
                raise APIResponseValidationError("202 answer with neither a body nor a Location header")
            return self.generations.get(queued, timeout=timeout, max_retries=max_retries)
        return parse_model(Generation, response)

    def usage(
        self,
        *,
        start: int | None = None,
        end: int | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
    ) -> Usage:
        """Metered usage between two Unix times: ``GET /v1/usage``."""
        params = {k: str(v) for k, v in (("start", start), ("end", end)) if v is not None}
        response = self.request(
            "GET", "/v1/usage", params=params or None, timeout=timeout, max_retries=max_retries
        )
        return parse_model(Usage, response)


class Plans:
    def __init__(self, client: Limner) -> None:
        self._client = client

    def get(self, plan_id: str, *, timeout: float | None = None, max_retries: int | None = None) -> Plan:
        """A stored plan: ``GET /v1/plans/{id}``."""
        path = f"/v1/plans/{quote(plan_id, safe='')}"
        return parse_model(Plan, self._client.request("GET", path, timeout=timeout, max_retries=max_retries))

    def list(
        self,
        *,
        limit: int | None = None,
        after: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
    ) -> SyncPage[Plan]:
        """Your plans, newest first: ``GET /v1/plans``.

        ``limit``: 1–100 a page (default 20); ``after``: an id, to start after it.

        The first page; iterating it yields every plan, fetching later pages when reached.
        """
        return self._client._list(
            "/v1/plans", Plan, limit=limit, after=after, timeout=timeout, max_retries=max_retries
        )


class Generations:
    def __init__(self, client: Limner) -> None:
        self._client = client

    def get(
        self, generation_id: str, *, timeout: float | None = None, max_retries: int | None = None
    ) -> Generation:
        """A generation and its images: ``GET /v1/generations/{id}``."""
        path = f"/v1/generations/{quote(generation_id, safe='')}"
        response = self._client.request("GET", path, timeout=timeout, max_retries=max_retries)
        return parse_model(Generation, response)

    def cancel(
        self, generation_id: str, *, timeout: float | None = None, max_retries: int | None = None
    ) -> Generation:
        """Cancel a queued or running generation: ``POST /v1/generations/{id}/cancel``."""
        path = f"/v1/generations/{quote(generation_id, safe='')}/cancel"
        response = self._client.request("POST", path, timeout=timeout, max_retries=max_retries)
        return parse_model(Generation, response)

    def wait(
        self, generation_id: str, *, timeout: float = 300.0, schedule: PollSchedule | None = None
    ) -> Generation:
        """Poll until the generation is succeeded, failed or canceled; honours the server's Retry-After.

        Raises ``WaitTimeoutError`` when ``timeout`` seconds pass first.
        """
        schedule = schedule or PollSchedule()
        deadline = time.monotonic() + timeout
        interval = schedule.initial
        while True:
            response = self._client.request("GET", f"/v1/generations/{quote(generation_id, safe='')}")
            generation = parse_model(Generation, response)
            if generation.done:
                return generation
            interval = schedule.next(interval, parse_retry_after(response.headers.get("retry-after")))
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise WaitTimeoutError(generation_id, timeout, generation.status)
            time.sleep(min(interval, remaining))

    def events(self, generation_id: str) -> Iterator[Generation]:
        """Status changes as they happen (``GET /v1/generations/{id}/events``), until a terminal one."""
        spec = RequestSpec.make("GET", f"/v1/generations/{quote(generation_id, safe='')}/events")
        response = self._client._send(spec, accept="text/event-stream", stream=True)
        try:
            for event in iter_events(response.iter_lines()):
                generation = generation_from_event(event.data)
                if generation is None:
                    continue
                yield generation
                if generation.done:
                    return
        finally:
            response.close()

    def list(
        self,
        *,
        limit: int | None = None,
        after: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
    ) -> SyncPage[Generation]:
        """Your generations, newest first: ``GET /v1/generations``.

        ``limit``: 1–100 a page (default 20); ``after``: an id, to start after it.

        The first page; iterating it yields every generation, fetching later pages when reached.
        """
        return self._client._list(
            "/v1/generations", Generation, limit=limit, after=after, timeout=timeout, max_retries=max_retries
        )


class Images:
    def __init__(self, client: Limner) -> None:
        self._client = client

    def download(
        self, image: str | GenerationImage, *, timeout: float | None = None, max_retries: int | None = None
    ) -> bytes:
        """The image bytes (``GET /v1/images/{id}``), checked against the sha256 ``ETag``."""
        path = f"/v1/images/{quote(image_id(image), safe='')}"
        spec = RequestSpec.make("GET", path, timeout=timeout, max_retries=max_retries)
        response = self._client._send(spec, accept="*/*")
        check_etag(response.content, response.headers.get("etag"))
        return response.content

    def save(self, image: str | GenerationImage, path: str | Path) -> Path:
        """Download an image into ``path`` and return the path."""
        target = Path(path)
        target.write_bytes(self.download(image))
        return target

    def list(
        self,
        *,
        limit: int | None = None,
        after: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
    ) -> SyncPage[Image]:
        """Your images, newest first: ``GET /v1/images``.

        ``limit``: 1–100 a page (default 20); ``after``: an id, to start after it.

        The first page; iterating it yields every image, fetching later pages when reached.
        """
        return self._client._list(
            "/v1/images", Image, limit=limit, after=after, timeout=timeout, max_retries=max_retries
        )


class References:
    def __init__(self, client: Limner) -> None:
        self._client = client

    def create(
        self,
        file: FileArg,
        *,
        role: str | None = None,
        name: str | None = None,
        idempotency_key: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
    ) -> Reference:
        """Upload a reference image (bytes, a path, or an open binary file) as multipart form data:
        ``POST /v1/references``."""
        files, form = reference_upload(file, role=role, name=name)
        spec = RequestSpec.make(
            "POST",
            "/v1/references",
            files=files,
            data=form,
            idempotency_key=idempotency_key,
            timeout=timeout,
            max_retries=max_retries,
        )
        return parse_model(Reference, self._client._send(spec))

    def get(
        self, reference_id: str, *, timeout: float | None = None, max_retries: int | None = None
    ) -> Reference:
        path = f"/v1/references/{quote(reference_id, safe='')}"
        return parse_model(
            Reference, self._client.request("GET", path, timeout=timeout, max_retries=max_retries)
        )

    def delete(
        self, reference_id: str, *, timeout: float | None = None, max_retries: int | None = None
    ) -> None:
        path = f"/v1/references/{quote(reference_id, safe='')}"
        self._client.request("DELETE", path, timeout=timeout, max_retries=max_retries)

    def list(
        self,
        *,
        limit: int | None = None,
        after: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
    ) -> SyncPage[Reference]:
        """Your references, newest first: ``GET /v1/references``.

        ``limit``: 1–100 a page (default 20); ``after``: an id, to start after it.

        The first page; iterating it yields every reference, fetching later pages when reached.
        """
        return self._client._list(
            "/v1/references", Reference, limit=limit, after=after, timeout=timeout, max_retries=max_retries
        )


class RawPlans:
    def __init__(self, plans: Plans) -> None:
        self.list = to_raw(plans.list)
        self.get = to_raw(plans.get)


class RawGenerations:
    def __init__(self, generations: Generations) -> None:
        self.list = to_raw(generations.list)
        self.get = to_raw(generations.get)
        self.cancel = to_raw(generations.cancel)


class RawImages:
    def __init__(self, images: Images) -> None:
        self.list = to_raw(images.list)
        self.download = to_raw(images.download)


class RawReferences:
    def __init__(self, references: References) -> None:
        self.list = to_raw(references.list)
        self.create = to_raw(references.create)
        self.get = to_raw(references.get)
        self.delete = to_raw(references.delete)


class LimnerWithRawResponse:
    """``client.with_raw_response``: each call answers a ``RawResponse`` whose ``parse()`` is the
    usual result."""

    def __init__(self, client: Limner) -> None:
        self.reason = to_raw(client.reason)
        self.generate = to_raw(client.generate)
        self.usage = to_raw(client.usage)
        self.plans = RawPlans(client.plans)
        self.generations = RawGenerations(client.generations)
        self.images = RawImages(client.images)
        self.references = RawReferences(client.references)


__all__ = ["Generations", "Images", "Limner", "LimnerWithRawResponse", "Plans", "References"]
