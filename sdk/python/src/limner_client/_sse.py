"""A small parser for ``text/event-stream`` (the subset the Limner server sends)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Iterator
from dataclasses import dataclass, field


@dataclass
class ServerSentEvent:
    """One event: its ``event`` name (default ``message``), ``data`` text and optional ``id``."""

    event: str = "message"
    data: str = ""
    id: str | None = None
    retry: int | None = None


@dataclass
class SSEDecoder:
    """Feed lines in order; a blank line completes an event."""

    _event: str | None = None
    _data: list[str] = field(default_factory=list)
    _id: str | None = None
    _retry: int | None = None

    def feed(self, line: str) -> ServerSentEvent | None:
        line = line.rstrip("\r\n")
        if not line:
            return self._flush()
        if line.startswith(":"):
            return None
        name, _, value = line.partition(":")
        value = value.removeprefix(" ")
        if name == "event":
            self._event = value
        elif name == "data":
            self._data.append(value)
        elif name == "id":
            self._id = value
        elif name == "retry" and value.isdigit():
            self._retry = int(value)
        return None

    def _flush(self) -> ServerSentEvent | None:
        if self._event is None and not self._data:
            return None
        event = ServerSentEvent(self._event or "message", "\n".join(self._data), self._id, self._retry)
        self._event, self._data, self._retry = None, [], None
        return event


def iter_events(lines: Iterable[str]) -> Iterator[ServerSentEvent]:
    decoder = SSEDecoder()
    for line in lines:
        event = decoder.feed(line)
        if event is not None:
            yield event
    last = decoder.feed("")
    if last is not None:
        yield last


async def aiter_events(lines: AsyncIterator[str]) -> AsyncIterator[ServerSentEvent]:
    decoder = SSEDecoder()
    async for line in lines:
        event = decoder.feed(line)
        if event is not None:
            yield event
    last = decoder.feed("")
    if last is not None:
        yield last


__all__ = ["SSEDecoder", "ServerSentEvent", "aiter_events", "iter_events"]
