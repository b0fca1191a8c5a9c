"""The access middlewares for ``/v1/*``: authentication, rate limits, spend cap, idempotency.

Two layers around the body-limit middleware:

- :class:`RateLimitGate` (outside it, before any body is read): who is calling (401) and the
  requests-per-minute bucket (429). Every request counts here, valid or not. From here in every
  answer carries the caller's ``RateLimit-*`` headers, the body limit's 413 included.
- :class:`AccessMiddleware` (inside it, the body buffered): spend cap, idempotency and the
  images-per-minute bucket. It sets ``request.state.account_id`` / ``key_id`` / ``tier`` for the
  routers. Used alone (no gate outside) it identifies and rate-limits by itself.

Images per minute: a request for ``n`` images reserves them before it runs and gets them back when
it is answered with an error (any status ≥ 400: an invalid body, an unknown plan, an overloaded
server…), so only requests that the server accepted spend the images budget; requests that are
refused still count against requests per minute. When the bucket is empty the answer is 429
before the body is validated.
"""

from __future__ import annotations

import json

from anyio import to_thread
from starlette.datastructures import Headers, MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from limner.platform.access import Access, Denied, Principal
from limner.platform.idempotency import Claimed, Conflict, Idempotency, Replay, fingerprint
from limner.platform.ratelimit import Decision
from limner.server.middleware import request_id_of
from limner.server.problems import problem_response

#: POST endpoints that produce images, and so spend from the images-per-minute bucket.
IMAGE_PATHS = frozenset({"/v1/generate", "/v1/images/generations", "/v1/images/edits"})
#: Headers of a stored answer that are not replayed (they belong to the new response).
_NOT_REPLAYED = frozenset({"x-request-id", "ratelimit-limit", "ratelimit-remaining", "ratelimit-reset"})


def images_requested(body: bytes) -> int:
    """How many images a generate body asks for (``n`` × locales); 1 when unreadable."""
    try:
        data = json.loads(body or b"{}")
    except ValueError:
        return 1
    if not isinstance(data, dict):
        return 1
    n = data.get("n", 1)
    locales = data.get("locales")
    count = n if isinstance(n, int) and 1 <= n <= 64 else 1
    return count * (len(locales) if isinstance(locales, list) and locales else 1)


#: Where the gate leaves ``(Principal, Decision)`` for the inner middleware (``scope["state"]``).
_ADMITTED = "limner_admitted"


async def admit(
    access: Access, scope: Scope, receive: Receive, send: Send
) -> tuple[Principal, Decision] | None:
    """Identify the caller and spend one request from its bucket; ``None`` once denied (answered)."""
    headers = Headers(scope=scope)
    path = str(scope.get("path", ""))
    # Unauthenticated callers share a bucket per client address (slows key guessing).
    client = scope.get("client")
    address = str(client[0]) if client else "unknown"
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
    return who, decision


class RateLimitGate:
    """Authentication and requests per minute before the body is read; ``RateLimit-*`` on every
    answer that comes back through it (413 from the body limit included)."""

    def __init__(self, app: ASGIApp, *, access: Access) -> None:
        self.app = app
        self.access = access

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not str(scope.get("path", "")).startswith("/v1/"):
            await self.app(scope, receive, send)
            return
        admitted = await admit(self.access, scope, receive, send)
        if admitted is None:
            return
        scope.setdefault("state", {})[_ADMITTED] = admitted
        # Answers that name another bucket (images per minute) keep their own headers.
        await self.app(scope, receive, _with_headers(send, admitted[1], replace=False))


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
        body = b""
        key = headers.get("idempotency-key") if method == "POST" else None
        # A plain image request has its spend cap checked with its images, in one thread hop.
        quota_with_images = method == "POST" and key is None and path in IMAGE_PATHS
        if method == "POST":
            body = await _read_body(receive)
            receive = _replayer(body, receive)
            if not path.startswith("/v1/admin/") and not quota_with_images:
                quota = await to_thread.run_sync(self.access.over_quota, principal)
                if quota is not None:
                    await deny(scope, receive, send, quota, decision)
                    return
        if key is not None:
            await self._idempotent(scope, receive, send, principal, decision, key, body)
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
        count = images_requested(body)
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
    ) -> None:
        account = principal.account_id
        path = str(scope.get("path", ""))
        if not 1 <= len(key) <= 255:
            denied = Denied(422, "invalid_request", "Invalid request", "Idempotency-Key: 1 to 255 characters")
            await deny(scope, receive, send, denied, decision)
            return
        print_ = fingerprint("POST", path, body)
        outcome = await to_thread.run_sync(self.idempotency.claim, account, key, print_)
        if isinstance(outcome, Conflict):
            denied = Denied(409, "idempotency_conflict", "Conflict", outcome.detail)
            await deny(scope, receive, send, denied, decision)
            return
        if isinstance(outcome, Replay):
            await _replay(send, outcome, decision)
            return
        assert isinstance(outcome, Claimed)
        kept: list[tuple[str, str]] = []
        chunks: list[bytes] = []

        async def capture(message: Message) -> None:
            if message["type"] == "http.response.start":
                for name, value in message.get("headers", []):
                    text = name.decode("latin-1")
                    if text.lower() not in _NOT_REPLAYED:
                        kept.append((text, value.decode("latin-1")))
            elif message["type"] == "http.response.body":
                chunks.append(bytes(message.get("body", b"")))
            await send(message)

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
            await to_thread.run_sync(self.idempotency.release, account, key)
            raise
        if status in (429, 503):  # refused for now (rate, capacity): a retry runs it for real
            await to_thread.run_sync(self.idempotency.release, account, key)
            return
        await to_thread.run_sync(self.idempotency.finish, account, key, status, kept, b"".join(chunks))


async def deny(scope: Scope, receive: Receive, send: Send, denied: Denied, decision: Decision | None) -> None:
    """Answer ``denied`` as problem+json with the bucket's ``RateLimit-*`` (and ``Retry-After``)."""
    headers = decision.headers() if decision is not None else {}
    if denied.retry_after is not None:
        headers["Retry-After"] = str(denied.retry_after)
    elif decision is not None and decision.retry_after_s:
        headers["Retry-After"] = str(decision.retry_after_s)
    response = problem_response(
        status=denied.status,
        code=denied.code,
        title=denied.title,
        detail=denied.detail,
        request_id=request_id_of(scope),
        headers=headers,
    )
    await response(scope, receive, send)


def _too_many(what: str) -> Denied:
    return Denied(429, "rate_limited", "Too many requests", f"{what} per minute exceeded; see Retry-After")


async def _read_body(receive: Receive) -> bytes:
    body = bytearray()
    while True:
        message = await receive()
        if message["type"] != "http.request":
            return bytes(body)
        body += message.get("body", b"")
        if not message.get("more_body", False):
            return bytes(body)


def _replayer(body: bytes, receive: Receive) -> Receive:
    sent = False

    async def replay() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return replay


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


__all__ = ["IMAGE_PATHS", "AccessMiddleware", "RateLimitGate", "admit", "deny", "images_requested"]
