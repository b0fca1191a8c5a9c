"""The access middleware for ``/v1/*``: authentication, rate limits, spend cap, idempotency.

It runs inside the body-limit middleware (the body is already buffered), sets
``request.state.account_id`` / ``key_id`` / ``tier`` for the routers, and puts the
``RateLimit-*`` headers (the caller's requests-per-minute bucket) on every ``/v1/*`` answer.
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
        who = await to_thread.run_sync(
            lambda: self.access.identify(headers.get("authorization"), admin=path.startswith("/v1/admin/"))
        )
        if isinstance(who, Denied):
            # Unauthenticated callers share a bucket per client address (slows key guessing).
            client = scope.get("client")
            address = str(client[0]) if client else "unknown"
            anon = await to_thread.run_sync(self.access.hit_anonymous, address)
            await self._deny(scope, receive, send, who if anon.allowed else _too_many("requests"), anon)
            return
        principal = who
        decision = await to_thread.run_sync(self.access.hit_requests, principal)
        if not decision.allowed:
            await self._deny(scope, receive, send, _too_many("requests"), decision)
            return
        state = scope.setdefault("state", {})
        state.update(account_id=principal.account_id, key_id=principal.key_id, tier=principal.tier)
        body = b""
        if method == "POST":
            body = await _read_body(receive)
            receive = _replayer(body, receive)
            if path.startswith("/v1/") and not path.startswith("/v1/admin/"):
                quota = await to_thread.run_sync(self.access.over_quota, principal)
                if quota is not None:
                    await self._deny(scope, receive, send, quota, decision)
                    return
        key = headers.get("idempotency-key") if method == "POST" else None
        if key is not None:
            await self._idempotent(scope, receive, send, principal, decision, key, body)
            return
        if not await self._images_allowed(scope, receive, send, principal, decision, method, path, body):
            return
        await self.app(scope, receive, _with_headers(send, decision))

    async def _images_allowed(
        self,
        scope: Scope,
        receive: Receive,
        send: Send,
        principal: Principal,
        decision: Decision,
        method: str,
        path: str,
        body: bytes,
    ) -> bool:
        if method != "POST" or path not in IMAGE_PATHS:
            return True
        images = await to_thread.run_sync(self.access.hit_images, principal, images_requested(body))
        if images.allowed:
            return True
        await self._deny(scope, receive, send, _too_many("images"), images)
        return False

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
            await self._deny(scope, receive, send, denied, decision)
            return
        print_ = fingerprint("POST", path, body)
        outcome = await to_thread.run_sync(self.idempotency.claim, account, key, print_)
        if isinstance(outcome, Conflict):
            denied = Denied(409, "idempotency_conflict", "Conflict", outcome.detail)
            await self._deny(scope, receive, send, denied, decision)
            return
        if isinstance(outcome, Replay):
            await _replay(send, outcome, decision)
            return
        assert isinstance(outcome, Claimed)
        status = 500
        kept: list[tuple[str, str]] = []
        chunks: list[bytes] = []

        async def capture(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = int(message["status"])
                for name, value in message.get("headers", []):
                    text = name.decode("latin-1")
                    if text.lower() not in _NOT_REPLAYED:
                        kept.append((text, value.decode("latin-1")))
            elif message["type"] == "http.response.body":
                chunks.append(bytes(message.get("body", b"")))
            await send(message)

        try:
            if await self._images_allowed(scope, receive, send, principal, decision, "POST", path, body):
                await self.app(scope, receive, _with_headers(capture, decision))
            else:
                status = 429
        except BaseException:
            await to_thread.run_sync(self.idempotency.release, account, key)
            raise
        if status == 429:
            await to_thread.run_sync(self.idempotency.release, account, key)
            return
        await to_thread.run_sync(self.idempotency.finish, account, key, status, kept, b"".join(chunks))

    @staticmethod
    async def _deny(
        scope: Scope, receive: Receive, send: Send, denied: Denied, decision: Decision | None
    ) -> None:
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


def _with_headers(send: Send, decision: Decision) -> Send:
    async def wrapped(message: Message) -> None:
        if message["type"] == "http.response.start":
            out = MutableHeaders(scope=message)
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


__all__ = ["IMAGE_PATHS", "AccessMiddleware", "images_requested"]
