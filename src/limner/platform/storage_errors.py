"""Storage failures a caller can act on, told apart from bugs: a full disk is 507
``insufficient_storage`` and a database that stayed locked is 503 ``storage_busy`` (both with
``Retry-After``), never a 500 and never SQLite's own words ("database is locked")."""

from __future__ import annotations

import errno

from limner.errors import InsufficientStorageError, LimnerError, OverloadedError

_FULL_ERRNOS = frozenset({errno.ENOSPC, errno.EDQUOT})
_FULL_WORDS = ("database or disk is full", "no space left on device", "disk quota exceeded")
_BUSY_WORDS = ("database is locked", "database table is locked", "database is busy", "lock timeout")
RETRY_FULL_S = 60
RETRY_BUSY_S = 1


class StorageBusyError(OverloadedError):
    """The database stayed locked by other writers past the busy timeout (503)."""

    code = "storage_busy"
    title = "Storage busy"


def _chain(exc: BaseException) -> list[BaseException]:
    seen: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and current not in seen and len(seen) < 16:
        seen.append(current)
        current = current.__cause__ or current.__context__
    return seen


def storage_error(exc: BaseException) -> LimnerError | None:
    """The problem to answer for ``exc`` when it (or what caused it) is a full disk or a locked
    database; ``None`` for anything else."""
    for link in _chain(exc):
        if isinstance(link, OSError) and link.errno in _FULL_ERRNOS:
            return InsufficientStorageError(
                "the server's storage is full; nothing was stored", retry_after=RETRY_FULL_S
            )
        text = str(link).lower()
        if any(words in text for words in _FULL_WORDS):
            return InsufficientStorageError(
                "the server's storage is full; nothing was stored", retry_after=RETRY_FULL_S
            )
        if any(words in text for words in _BUSY_WORDS):
            return StorageBusyError("the store is busy with other writes; retry", retry_after=RETRY_BUSY_S)
    return None


__all__ = ["RETRY_BUSY_S", "RETRY_FULL_S", "StorageBusyError", "storage_error"]
