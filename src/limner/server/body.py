"""A request body read once and shared by every middleware and the route.

The body-limit middleware reads the body (refusing it past the limit) into a :class:`BufferedBody`
and leaves it in ``scope["state"]``; the middlewares inside it use that object instead of
reading and copying the body again. Multipart bodies (file uploads) are spooled to a temporary
file past :data:`SPOOL_MEMORY_BYTES`, so a burst of large uploads does not hold every upload in
memory; JSON bodies stay in memory (they are parsed anyway).
"""

from __future__ import annotations

import hashlib
import tempfile
from collections.abc import Iterator
from typing import IO

from starlette.types import Message, Receive, Scope

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

    def data(self) -> bytes:
        """The bytes (a spooled body is read back: use only for small or JSON bodies)."""
        if self._file is not None:
            self._file.seek(0)
            return self._file.read()
        if self._joined is None:
            self._joined = self._chunks[0] if len(self._chunks) == 1 else b"".join(self._chunks)
            self._chunks = [self._joined] if self._joined else []
        return self._joined

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


def buffered_body(scope: Scope) -> BufferedBody | None:
    """The body the body-limit middleware buffered for this request, if any."""
    value = (scope.get("state") or {}).get(STATE_KEY)
    return value if isinstance(value, BufferedBody) else None


__all__ = ["CHUNK_BYTES", "SPOOL_MEMORY_BYTES", "STATE_KEY", "BufferedBody", "buffered_body"]
