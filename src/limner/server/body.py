"""A request body read once and shared by every middleware and the route.

The body-limit middleware reads the body (refusing it past the limit) into a :class:`BufferedBody`
and leaves it in ``scope["state"]``; the middlewares inside it use that object instead of
reading and copying the body again. Multipart bodies (file uploads) are spooled to a temporary
file past :data:`SPOOL_MEMORY_BYTES`, so a burst of large uploads does not hold every upload in
memory; JSON bodies stay in memory (they are parsed anyway).

A JSON body is parsed once (:meth:`BufferedBody.json`, the safe parse of
:func:`limner.platform.safejson.loads`): the rate-limit gate prices it, the JSON guard checks it
and the route validates it from that one parse (:class:`ParsedOnceRoute`).
"""

from __future__ import annotations

import hashlib
import tempfile
from collections.abc import Callable, Coroutine, Iterator
from typing import IO, Any

from fastapi import Request, Response
from fastapi.routing import APIRoute
from starlette.types import Message, Receive, Scope

from limner.errors import LimnerError
from limner.platform.safejson import loads

#: Where the buffered body is left for the inner middlewares.
STATE_KEY = "limner_body"
#: A spooled body stays in memory up to this size, then moves to a temporary file.
SPOOL_MEMORY_BYTES = 1_000_000
#: Size of the pieces a spooled body is replayed in.
CHUNK_BYTES = 256 * 1024


class BufferedBody:
    """The whole body: bytes in memory, or a spooled temporary file."""

    def __init__(self, *, spool: bool) -> None:
        self._chunks: list[bytes] = []
        self._file: IO[bytes] | None = (
            tempfile.SpooledTemporaryFile(max_size=SPOOL_MEMORY_BYTES) if spool else None  # noqa: SIM115
        )
        self._joined: bytes | None = None
        #: The body's parse (:meth:`json`): ``(value, None)`` or ``(None, the error)``.
        self._parsed: tuple[Any, LimnerError | None] | None = None
        self.size = 0

    @property
    def spooled(self) -> bool:
        return self._file is not None

    def append(self, data: bytes) -> None:
        if not data:
            return
        self.size += len(data)
        if self._file is not None:
            self._file.write(data)
        else:
            self._chunks.append(data)
            self._joined = None
        self._parsed = None

    def data(self) -> bytes:
        """The bytes (a spooled body is read back: use only for small or JSON bodies)."""
        if self._file is not None:
            self._file.seek(0)
            return self._file.read()
        if self._joined is None:
            self._joined = self._chunks[0] if len(self._chunks) == 1 else b"".join(self._chunks)
            self._chunks = [self._joined] if self._joined else []
        return self._joined

    def json(self) -> Any:
        """The body parsed safely (:func:`~limner.platform.safejson.loads`: its 400/422 raised),
        once: later calls give the same object (treat it as read-only) or raise the same error."""
        if self._parsed is None:
            try:
                self._parsed = (loads(self.data()), None)
            except LimnerError as exc:
                self._parsed = (None, exc)
        value, error = self._parsed
        if error is not None:
            raise error
        return value

    def chunks(self) -> Iterator[bytes]:
        if self._file is None:
            data = self.data()
            if data:
                yield data
            return
        offset = 0
        while True:
            self._file.seek(offset)  # its own position: other readers may seek in between
            piece = self._file.read(CHUNK_BYTES)
            if not piece:
                return
            offset += len(piece)
            yield piece

    def sha256(self, prefix: bytes = b"") -> hashlib._Hash:
        digest = hashlib.sha256(prefix)
        for piece in self.chunks():
            digest.update(piece)
        return digest

    def replay(self, receive: Receive) -> Receive:
        """A ``receive`` that gives the body again, then defers to ``receive`` (disconnects)."""
        pieces: Iterator[bytes] | None = None
        current: bytes | None = None
        finished = False

        async def replayed() -> Message:
            nonlocal pieces, current, finished
            if finished:
                return await receive()
            if pieces is None:
                pieces = self.chunks()
                current = next(pieces, b"")
            following = next(pieces, None)
            message: Message = {
                "type": "http.request",
                "body": current or b"",
                "more_body": following is not None,
            }
            current = following
            finished = following is None
            return message

        return replayed

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
        self._chunks = []
        self._joined = None
        self._parsed = None


def buffered_body(scope: Scope) -> BufferedBody | None:
    """The body the body-limit middleware buffered for this request, if any."""
    value = (scope.get("state") or {}).get(STATE_KEY)
    return value if isinstance(value, BufferedBody) else None


class _ParsedOnceRequest(Request):
    """A request whose JSON body is the buffered body's own parse (when it parsed)."""

    async def json(self) -> Any:
        if not hasattr(self, "_json"):
            buffered = buffered_body(self.scope)
            if buffered is None or buffered.spooled:
                return await super().json()
            try:
                self._json = buffered.json()
            except LimnerError:  # not JSON (or not finite): the route answers it as it would
                return await super().json()
        return self._json


class ParsedOnceRoute(APIRoute):
    """A route that validates the body from :meth:`BufferedBody.json` instead of parsing it
    again (a body not buffered, or one that does not parse safely, is read as FastAPI reads it)."""

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        handler = super().get_route_handler()

        async def handle(request: Request) -> Response:
            return await handler(_ParsedOnceRequest(request.scope, request.receive))

        return handle


__all__ = [
    "CHUNK_BYTES",
    "SPOOL_MEMORY_BYTES",
    "STATE_KEY",
    "BufferedBody",
    "ParsedOnceRoute",
    "buffered_body",
]
