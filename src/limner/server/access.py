"""The access middlewares for ``/v1/*``: authentication, rate limits, spend cap, idempotency.

Two layers around the body-limit middleware:

- :class:`RateLimitGate` (outside it, before any body is read): who is calling (401) and the
  requests-per-minute bucket (429). Every request counts here, valid or not. From here in every
  answer carries the caller's ``RateLimit-*`` headers, the body limit's 413 included. A JSON image
  request that declares a length within the body limit (and no ``Idempotency-Key``) is read here
  first, and its images are taken with the request in one thread hop and one transaction; an
  answer that refuses it before the access middleware claims them (the JSON guard's) gives them back.
- :class:`AccessMiddleware` (inside it, the body buffered): spend cap, idempotency and the
  images-per-minute bucket. It sets ``request.state.account_id`` / ``key_id`` / ``tier`` for the
  routers. Used alone (no gate outside) it identifies and rate-limits by itself.

Images per minute: a request for ``n`` images reserves them before it runs and gets them back when
it is answered with an error (any status ≥ 400: an invalid body, an unknown plan, an overloaded
server…), so only requests that the server accepted spend the images budget; requests that are
refused still count against requests per minute. When the bucket is empty the answer is 429
before the body is validated. Images are priced by their work (:mod:`limner.platform.cost`: a
4096² image counts as sixteen); a request larger than the bucket can ever hold is 422 naming ``n``
or ``locales`` (a 429 would repeat after every ``Retry-After``).

Idempotency: the claim on a key is leased and renewed while the request runs (a crashed owner's
claim is taken over by the retry); the answer is stored before its last byte is sent, so a retry
made as soon as it arrived replays it. A method no route serves on a path is passed to the router
(405 with ``Allow``) before any key is checked.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import anyio
from anyio import to_thread
from starlette.datastructures import Headers, MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from limner.errors import LimnerError
from limner.platform.access import Access, Denied, Principal
from limner.platform.cost import image_equivalents
from limner.platform.idempotency import RENEW_S, Claimed, Conflict, Idempotency, Replay, fingerprint_chunks
from limner.platform.ratelimit import Decision
from limner.platform.safejson import check_depth
from limner.platform.schemas import MAX_SIDE, parse_size
from limner.server.body import STATE_KEY, BufferedBody, buffered_body
from limner.server.jsonguard import is_json_media
from limner.server.links import link_request
from limner.server.middleware import request_id_of
from limner.server.shapes import error_response

#: POST endpoints that produce images, and so spend from the images-per-minute bucket.
IMAGE_PATHS = frozenset(
    {"/v1/generate", "/v1/images/generations", "/v1/images/edits", "/v1/images/variations"}
)
#: Headers of a stored answer that are not replayed (they belong to the new response).
_NOT_REPLAYED = frozenset({"x-request-id", "ratelimit-limit", "ratelimit-remaining", "ratelimit-reset"})


def images_requested(body: bytes) -> int:
    """What a generate body spends from the images-per-minute bucket: ``n`` × locales images,
    priced by their work (:func:`~limner.platform.cost.image_equivalents`: pixels of ``size`` or of
    the inline plan's canvas, and its elements); 1 when unreadable."""
    try:
        check_depth(body)  # too deep to parse safely: the JSON guard answers 400
        data = json.loads(body or b"{}")
    except (LimnerError, ValueError):
        return 1
    return images_of(data)


def _images_buffered(body: BufferedBody) -> int:
    """:func:`images_requested` of a buffered body, from its one safe parse when it has one."""
    try:
        data = body.json() if body.size else {}
    except LimnerError:  # not JSON, too deep or not finite: priced as the plain parse prices it
        return images_requested(body.data())
    return images_of(data)


def images_of(data: Any) -> int:
    """:func:`images_requested` of a parsed body."""
    if not isinstance(data, dict):
        return 1
    n = data.get("n", 1)
    locales = data.get("locales")
    count = n if isinstance(n, int) and 1 <= n <= 64 else 1
    images = count * (len(locales) if isinstance(locales, list) and locales else 1)
    width, height, elements = _work_of(data)
    return image_equivalents(width, height, images, elements)


def _work_of(data: dict[str, Any]) -> tuple[int, int, int]:
    """``(width, height, elements)`` a body asks for, as far as it says (1024² and 0 otherwise)."""
    width = height = 1024
    elements = 0
    plan = data.get("plan")
    if isinstance(plan, dict):
        canvas = plan.get("canvas")
        if isinstance(canvas, dict):
            w, h = canvas.get("width"), canvas.get("height")
            if isinstance(w, int) and isinstance(h, int) and 0 < w <= MAX_SIDE and 0 < h <= MAX_SIDE:
                width, height = w, h
        listed = plan.get("elements")
        elements = len(listed) if isinstance(listed, list) else 0
    size = data.get("size")
    if isinstance(size, str):
        with contextlib.suppress(ValueError):  # "auto" or invalid: validation answers
            width, height = parse_size(size)
    return width, height, elements


#: Where the gate leaves ``(Principal, Decision)`` for the inner middleware (``scope["state"]``).
_ADMITTED = "limner_admitted"
#: Set by the gate on a method no route serves on the path (the router's 405 answers it).
_UNSERVED = "limner_unserved"
#: Where :func:`admit` leaves the images it took with the request (a :class:`_Reservation`), for
#: :class:`AccessMiddleware` to claim (``scope["state"]``).
_RESERVED = "limner_reserved_images"


@dataclass
class _Reservation:
    """Images taken from the images-per-minute bucket by the gate; until the access middleware
    claims them (and answers for their refund) the gate gives them back on an error answer."""

    images: int
    claimed: bool = False


#: Where :func:`deny` names the limit that refused a request (``Denied.bucket``), for the
#: request metrics outside (``scope["state"]``).
REJECTED_BY = "limner_rejected_by"


async def admit(
    access: Access, scope: Scope, receive: Receive, send: Send, *, images: int | None = None
) -> tuple[Principal, Decision] | None:
    """Identify the caller and spend one request from its bucket; ``None`` once denied (answered).
    A signed image link is judged by its signature alone (403 when it does not hold), not a key.
    With ``images`` (a buffered image request's price) the images are taken in the same thread hop
    and transaction when they can be, and left in ``scope["state"]`` for :class:`AccessMiddleware`."""
    headers = Headers(scope=scope)
    path = str(scope.get("path", ""))
    # Unauthenticated callers share a bucket per client address (slows key guessing).
    client = scope.get("client")
    address = str(client[0]) if client else "unknown"
    link = link_request(scope)
    taken: Decision | None = None
    if images is not None and link is None:
        count = images
        who, decision, taken = await to_thread.run_sync(
            lambda: access.admit_images(headers.get("authorization"), address=address, images=count)
        )
    elif link is not None:
        who, decision = await to_thread.run_sync(
            lambda: access.admit_link(link.image_id, link.expires, link.signature, address=address)
        )
    else:
        who, decision = await to_thread.run_sync(
            lambda: access.admit(
                headers.get("authorization"), admin=path.startswith("/v1/admin/"), address=address
            )
        )
    if isinstance(who, Denied):
        await deny(scope, receive, send, who if decision.allowed else _too_many("requests"), decision)
        return None
    if not decision.allowed:
        await deny(scope, receive, send, _too_many("requests"), decision)
        return None
    if images is not None and taken is not None and taken.allowed:
        scope.setdefault("state", {})[_RESERVED] = _Reservation(images)
    return who, decision


class RateLimitGate:
    """Authentication and requests per minute before the body is read; ``RateLimit-*`` on every
    answer that comes back through it (413 from the body limit included)."""

    def __init__(
        self,
        app: ASGIApp,
        *,
        access: Access,
        methods: Callable[[str], Sequence[str]] | None = None,
        max_body_bytes: int = 0,
    ) -> None:
        self.app = app
        self.access = access
        #: The methods served on a path: another method is the router's 405, before any key check.
        self.methods = methods
        #: A JSON image request declaring at most this many bytes is read here, before admission,
        #: so that its images are taken in the same thread hop and transaction as the request
        #: (0: never; the body limit middleware inside reads every body).
        self.max_body_bytes = max_body_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path = str(scope.get("path", ""))
        if scope["type"] != "http" or not path.startswith("/v1/"):
            await self.app(scope, receive, send)
            return
        if self.methods is not None:
            served = self.methods(path)
            if served and str(scope.get("method", "GET")).upper() not in served:
                scope.setdefault("state", {})[_UNSERVED] = True
                await self.app(scope, receive, send)  # 405 with Allow: no body is read, nothing runs
                return
        buffered = None
        if self._reads_first(scope):
            buffered = await _buffer(receive)
            if buffered is None:
                return  # the client went away before sending its body
        try:
            images = None
            if buffered is not None:
                scope.setdefault("state", {})[STATE_KEY] = buffered
                receive = buffered.replay(receive)
                images = _images_buffered(buffered)
            admitted = await admit(self.access, scope, receive, send, images=images)
            if admitted is None:
                return
            state = scope.setdefault("state", {})
            state[_ADMITTED] = admitted
            reservation = state.get(_RESERVED)
            if isinstance(reservation, _Reservation):
                send = self._refunding(send, admitted[0], reservation)
            # Answers that name another bucket (images per minute) keep their own headers.
            try:
                await self.app(scope, receive, _with_headers(send, admitted[1], replace=False))
            except BaseException:
                if isinstance(reservation, _Reservation) and not reservation.claimed:
                    reservation.claimed = True
                    with anyio.CancelScope(shield=True):
                        await to_thread.run_sync(self.access.refund_images, admitted[0], reservation.images)
                raise
        finally:
            if buffered is not None:
                buffered.close()

    def _reads_first(self, scope: Scope) -> bool:
        """Whether to read the body before admission: a JSON image ``POST`` without an
        ``Idempotency-Key`` whose declared length is within the body limit (anything else is read
        by the body limit middleware, after admission, as before)."""
        if self.max_body_bytes <= 0 or str(scope.get("method", "")).upper() != "POST":
            return False
        if str(scope.get("path", "")) not in IMAGE_PATHS:
            return False
        headers = Headers(scope=scope)
        declared = headers.get("content-length")
        return (
            declared is not None
            and declared.isdigit()
            and int(declared) <= self.max_body_bytes
            and "idempotency-key" not in headers
            and is_json_media(headers.get("content-type", ""))
        )

    def _refunding(self, send: Send, principal: Principal, reservation: _Reservation) -> Send:
        """``send`` that gives the reserved images back on an error answered before the access
        middleware claimed them (the JSON guard's 400/415/422)."""

        async def wrapped(message: Message) -> None:
            started = message["type"] == "http.response.start"
            if started and int(message["status"]) >= 400 and not reservation.claimed:
                reservation.claimed = True
                await to_thread.run_sync(self.access.refund_images, principal, reservation.images)
            await send(message)

        return wrapped


class AccessMiddleware:
    def __init__(self, app: ASGIApp, *, access: Access) -> None:
        self.app = app
        self.access = access
        self.idempotency = Idempotency(access.sessions)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path = str(scope.get("path", ""))
        if scope["type"] != "http" or not path.startswith("/v1/"):
            await self.app(scope, receive, send)
            return
        if (scope.get("state") or {}).get(_UNSERVED):  # the router answers 405
            await self.app(scope, receive, send)
            return
        headers = Headers(scope=scope)
        method = str(scope.get("method", "GET")).upper()
        admitted = (scope.get("state") or {}).get(_ADMITTED)
        if admitted is None:  # no gate outside: identify and rate-limit here
            admitted = await admit(self.access, scope, receive, send)
            if admitted is None:
                return
        principal, decision = admitted
        state = scope.setdefault("state", {})
        state.update(account_id=principal.account_id, key_id=principal.key_id, tier=principal.tier)
        state.update(account=principal.limits)  # as read with the key: charging needs not read it again
        body = b""
        key = headers.get("idempotency-key") if method == "POST" else None
        # A plain image request has its spend cap checked with its images, in one thread hop.
        quota_with_images = method == "POST" and key is None and path in IMAGE_PATHS
        buffered = buffered_body(scope)
        if method == "POST":
            if buffered is None:  # not behind the body-limit middleware: read it here
                buffered = BufferedBody(spool=False)
                buffered.append(await _read_body(receive))
                receive = buffered.replay(receive)
            # An upload (spooled to a file) is never read whole here: its fingerprint streams.
            body = b"" if buffered.spooled else buffered.data()
            if not path.startswith("/v1/admin/") and not quota_with_images:
                quota = await to_thread.run_sync(self.access.over_quota, principal)
                if quota is not None:
                    await deny(scope, receive, send, quota, decision)
                    return
        if key is not None:
            assert buffered is not None  # keys are POST-only
            await self._idempotent(scope, receive, send, principal, decision, key, body, buffered)
            return
        reserved = await self._reserve_images(
            scope, receive, send, principal, decision, method, path, body, quota=quota_with_images
        )
        if reserved is None:
            return
        await self._run_refunding(scope, receive, _with_headers(send, decision), principal, reserved)

    async def _reserve_images(
        self,
        scope: Scope,
        receive: Receive,
        send: Send,
        principal: Principal,
        decision: Decision,
        method: str,
        path: str,
        body: bytes,
        *,
        quota: bool,
    ) -> int | None:
        """Images taken from the images-per-minute bucket (0 for other endpoints), after the spend
        cap when ``quota``; ``None`` when either refused (answered)."""
        if method != "POST" or path not in IMAGE_PATHS:
            return 0
        reservation = (scope.get("state") or {}).get(_RESERVED)
        if isinstance(reservation, _Reservation) and not reservation.claimed:
            reservation.claimed = True  # taken (spend cap checked) by the gate with the request
            return reservation.images
        count = images_requested(body)
        per_minute = self.access.images_per_minute(principal)
        if count > per_minute:  # a bucket never holds this many: 429 would repeat for ever
            await deny(scope, receive, send, too_large(count, per_minute, path, body), decision)
            return None
        take = self.access.spend_images if quota else self.access.hit_images
        outcome = await to_thread.run_sync(take, principal, count)
        if isinstance(outcome, Denied):
            await deny(scope, receive, send, outcome, decision)
            return None
        if outcome.allowed:
            return count
        await deny(scope, receive, send, _too_many("images"), outcome)
        return None

    async def _run_refunding(
        self, scope: Scope, receive: Receive, send: Send, principal: Principal, reserved: int
    ) -> int:
        """Run the application; give the reserved images back if it answers an error (or fails).
        Its status code. The refund is made before the answer starts, so the caller's next
        request already finds the images back."""
        status = 500
        refunded = False

        async def refund() -> None:
            nonlocal refunded
            if reserved and not refunded:
                refunded = True
                await to_thread.run_sync(self.access.refund_images, principal, reserved)

        async def watch(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = int(message["status"])
                if status >= 400:
                    await refund()
            await send(message)

        try:
            await self.app(scope, receive, watch)
        except BaseException:
            await refund()
            raise
        return status

    async def _idempotent(
        self,
        scope: Scope,
        receive: Receive,
        send: Send,
        principal: Principal,
        decision: Decision,
        key: str,
        body: bytes,
        buffered: BufferedBody,
    ) -> None:
        account = principal.account_id
        path = str(scope.get("path", ""))
        if not 1 <= len(key) <= 255:
            denied = Denied(422, "invalid_request", "Invalid request", "Idempotency-Key: 1 to 255 characters")
            await deny(scope, receive, send, denied, decision)
            return
        print_ = await to_thread.run_sync(
            lambda: fingerprint_chunks("POST", path, buffered.size, buffered.chunks())
        )
        outcome = await to_thread.run_sync(self.idempotency.claim, account, key, print_)
        if isinstance(outcome, Conflict):
            denied = Denied(409, "idempotency_conflict", "Conflict", outcome.detail, outcome.retry_after)
            await deny(scope, receive, send, denied, decision)
            return
        if isinstance(outcome, Replay):
            await _replay(send, outcome, decision)
            return
        assert isinstance(outcome, Claimed)
        kept: list[tuple[str, str]] = []
        chunks: list[bytes] = []
        answered = 500
        settled = False

        async def settle(status: int) -> None:
            """Store the answer (or free the key) once: before its last byte reaches the caller, so
            a retry made as soon as the answer arrived replays it instead of a 409."""
            nonlocal settled
            if settled:
                return
            settled = True
            if status in (429, 503):  # refused for now (rate, capacity): a retry runs it for real
                await to_thread.run_sync(self.idempotency.release, account, key)
            else:
                await to_thread.run_sync(
                    self.idempotency.finish, account, key, status, kept, b"".join(chunks)
                )

        async def capture(message: Message) -> None:
            nonlocal answered
            if message["type"] == "http.response.start":
                answered = int(message["status"])
                for name, value in message.get("headers", []):
                    text = name.decode("latin-1")
                    if text.lower() not in _NOT_REPLAYED:
                        kept.append((text, value.decode("latin-1")))
            elif message["type"] == "http.response.body":
                chunks.append(bytes(message.get("body", b"")))
                if not message.get("more_body", False):
                    await settle(answered)
            await send(message)

        # The claim's lease, renewed while this request runs (a crash lets it lapse).
        renewing = asyncio.ensure_future(self._renew_forever(account, key))
        try:
            reserved = await self._reserve_images(
                scope, receive, send, principal, decision, "POST", path, body, quota=False
            )
            if reserved is None:
                status = 429
            else:
                status = await self._run_refunding(
                    scope, receive, _with_headers(capture, decision), principal, reserved
                )
        except BaseException:
            renewing.cancel()
            if not settled:
                with anyio.CancelScope(shield=True):
                    await to_thread.run_sync(self.idempotency.release, account, key)
            raise
        renewing.cancel()
        await settle(status)

    async def _renew_forever(self, account: str, key: str) -> None:
        while True:
            await anyio.sleep(RENEW_S)
            await to_thread.run_sync(self.idempotency.renew, account, key)


async def deny(scope: Scope, receive: Receive, send: Send, denied: Denied, decision: Decision | None) -> None:
    """Answer ``denied`` as problem+json with the bucket's ``RateLimit-*`` (and ``Retry-After``)."""
    if denied.bucket is not None:
        scope.setdefault("state", {})[REJECTED_BY] = denied.bucket
    headers = decision.headers() if decision is not None else {}
    if denied.retry_after is not None:
        headers["Retry-After"] = str(denied.retry_after)
    elif decision is not None and decision.retry_after_s:
        headers["Retry-After"] = str(decision.retry_after_s)
    response = error_response(
        str(scope.get("path", "")),
        status=denied.status,
        code=denied.code,
        title=denied.title,
        detail=denied.detail,
        param=denied.param,
        request_id=request_id_of(scope),
        headers=headers,
    )
    await response(scope, receive, send)


def too_large(count: int, per_minute: int, path: str, body: bytes) -> Denied:
    """422 for a request of more images than the images-per-minute bucket can ever hold (a 429
    would repeat after every ``Retry-After``): ``param`` names ``locales`` when several are given."""
    try:
        data = json.loads(body or b"{}")
    except ValueError:
        data = {}
    locales = data.get("locales") if isinstance(data, dict) else None
    param = "locales" if path == "/v1/generate" and isinstance(locales, list) and len(locales) > 1 else "n"
    detail = (
        f"this request costs {count} images (n × locales, a large size or plan counting as several), "
        f"more than this key's limit of {per_minute} images per minute, so it could never be admitted: "
        f"reduce n, locales or size to at most {per_minute} images"
    )
    return Denied(422, "invalid_request", "Invalid request", detail, param=param)


def _too_many(what: str) -> Denied:
    return Denied(
        429, "rate_limited", "Too many requests", f"{what} per minute exceeded; see Retry-After", bucket=what
    )


async def _buffer(receive: Receive) -> BufferedBody | None:
    """The whole body, in memory; ``None`` when the client went away first."""
    body = BufferedBody(spool=False)
    while True:
        message = await receive()
        if message["type"] != "http.request":
            body.close()
            return None
        body.append(message.get("body", b""))
        if not message.get("more_body", False):
            return body


async def _read_body(receive: Receive) -> bytes:
    body = bytearray()
    while True:
        message = await receive()
        if message["type"] != "http.request":
            return bytes(body)
        body += message.get("body", b"")
        if not message.get("more_body", False):
            return bytes(body)


def _with_headers(send: Send, decision: Decision, *, replace: bool = True) -> Send:
    """``send`` that puts the bucket's ``RateLimit-*`` headers on the answer (with
    ``replace=False`` only where the answer has none yet)."""

    async def wrapped(message: Message) -> None:
        if message["type"] == "http.response.start":
            out = MutableHeaders(scope=message)
            if replace or "ratelimit-limit" not in out:
                for name, value in decision.headers().items():
                    out[name] = value
        await send(message)

    return wrapped


async def _replay(send: Send, replay: Replay, decision: Decision) -> None:
    raw = [(k.encode("latin-1"), v.encode("latin-1")) for k, v in replay.headers]
    raw.append((b"idempotent-replayed", b"true"))
    raw += [(k.lower().encode(), v.encode()) for k, v in decision.headers().items()]
    await send({"type": "http.response.start", "status": replay.status, "headers": raw})
    await send({"type": "http.response.body", "body": replay.body, "more_body": False})


__all__ = [
    "IMAGE_PATHS",
    "REJECTED_BY",
    "AccessMiddleware",
    "RateLimitGate",
    "admit",
    "deny",
    "images_of",
    "images_requested",
]
