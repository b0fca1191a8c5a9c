"""SQLite writers queue on a kernel file lock, so a waiting writer wakes the moment the lock is free.

SQLite lets one writer at a time into a database; another one waits in its busy handler, which
*sleeps* 1, 2, 5, 10 … ms between tries. Where several processes write to one file (lanes, ``limner
worker``) that sleep lands on whoever loses the race: with ``--lanes`` on one CPU a Scale request
that met the nice-19 Build lane mid-transaction slept 3-8 ms, which was all of Scale's p99 rise
under Build load. Every connection made here takes an exclusive ``flock`` on ``<database>-writer.lock``
before the first statement that may write (SQLite's own lock is taken by that statement) and drops it
once the transaction is over, so writers queue in the kernel and the next one runs as soon as the
previous one commits. Readers never take it (WAL readers don't wait for writers).

SQLite's busy timeout still covers writers that don't go through this (another program, the
``sqlite3`` shell). A thread that already holds the lock through one connection doesn't queue for it
through another (that would wait for itself); SQLite's busy timeout answers that case as before.

Checkpoints (copying the write-ahead log into the database file) run on a server thread,
:func:`checkpoint_until`, instead of inside whichever commit takes the log past 1,000 pages.
"""

from __future__ import annotations

import fcntl
import logging
import os
import sqlite3
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.exc import SQLAlchemyError

logger = logging.getLogger(__name__)

#: First words of statements that only read (everything else may write and takes the lock).
_READS = frozenset({"SELECT", "PRAGMA", "EXPLAIN", "VALUES"})


def writer_lock_path(database: str) -> str | None:
    """The lock file of a SQLite database file (``None`` for in-memory and URI databases)."""
    if database in ("", ":memory:") or database.startswith("file:"):
        return None
    return f"{database}-writer.lock"


def _may_write(statement: str) -> bool:
    words = statement.lstrip(" \t\r\n(").split(None, 1)
    return bool(words) and words[0].upper() not in _READS


class WriterQueue:
    """The threads holding the writer lock through one engine's connections (one per engine)."""

    def __init__(self) -> None:
        self._holders: set[int] = set()
        self._guard = threading.Lock()

    def holds(self, thread: int) -> bool:
        with self._guard:
            return thread in self._holders

    def mark(self, thread: int, holding: bool) -> None:
        with self._guard:
            if holding:
                self._holders.add(thread)
            else:
                self._holders.discard(thread)


class WriterLockConnection(sqlite3.Connection):
    """A ``sqlite3`` connection that holds the writer lock while it writes; pass
    ``factory=functools.partial(WriterLockConnection, queue=<the engine's WriterQueue>)``."""

    def __init__(
        self, database: str | bytes | os.PathLike[str], *args: Any, queue: WriterQueue, **kwargs: Any
    ) -> None:
        super().__init__(database, *args, **kwargs)
        path = writer_lock_path(os.fsdecode(database))
        self._lock_fd = -1 if path is None else os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o600)
        self._queue = queue
        #: The thread that took the lock (``None``: not held).
        self._owner: int | None = None

    def cursor(self, factory: Any = None) -> Any:
        return super().cursor(factory or _WriterLockCursor)

    # The C shortcuts make a plain cursor: these go through ours.
    def execute(self, sql: str, parameters: Any = (), /) -> sqlite3.Cursor:
        return self.cursor().execute(sql, parameters)  # type: ignore[no-any-return]

    def executemany(self, sql: str, parameters: Iterable[Any], /) -> sqlite3.Cursor:
        return self.cursor().executemany(sql, parameters)  # type: ignore[no-any-return]

    @contextmanager
    def running(self, statement: str) -> Iterator[None]:
        """Around one statement: the writer lock taken first if it may write, dropped after if no
        transaction is left open."""
        self._acquire_for(statement)
        try:
            yield
        finally:
            self.release_if_done()

    def _acquire_for(self, statement: str) -> None:
        if self._owner is not None or self._lock_fd < 0 or not _may_write(statement):
            return
        me = threading.get_ident()
        if self._queue.holds(me):
            return
        fcntl.flock(self._lock_fd, fcntl.LOCK_EX)
        self._owner = me
        self._queue.mark(me, True)

    def release_if_done(self) -> None:
        """Drop the writer lock once no transaction is open."""
        if self._owner is not None and not self.in_transaction:
            self._drop()

    def _drop(self) -> None:
        assert self._owner is not None
        self._queue.mark(self._owner, False)
        self._owner = None
        fcntl.flock(self._lock_fd, fcntl.LOCK_UN)

    def commit(self) -> None:
        try:
            super().commit()
        finally:
            self.release_if_done()

    def rollback(self) -> None:
        try:
            super().rollback()
        finally:
            self.release_if_done()

    def close(self) -> None:
        try:
            super().close()
        finally:
            if self._owner is not None:
                self._drop()
            if self._lock_fd >= 0:
                os.close(self._lock_fd)
                self._lock_fd = -1


class _WriterLockCursor(sqlite3.Cursor):
    connection: WriterLockConnection

    def execute(self, sql: str, parameters: Any = (), /) -> _WriterLockCursor:
        with self.connection.running(sql):
            super().execute(sql, parameters)
        return self

    def executemany(self, sql: str, parameters: Iterable[Any], /) -> _WriterLockCursor:
        with self.connection.running(sql):
            super().executemany(sql, parameters)
        return self


# --- checkpoints: off the writers' path ---------------------------------------------------------

#: Pages (4 KiB) the WAL may reach before the writer that commits past it checkpoints it itself.
#: The background checkpointer keeps the WAL far below this; it bounds the WAL where none runs.
AUTOCHECKPOINT_PAGES = 10_000
#: Seconds between background checkpoints.
CHECKPOINT_EVERY_S = 0.5


def checkpoint_until(engine: Engine, stop: threading.Event, every_s: float = CHECKPOINT_EVERY_S) -> None:
    """Copy the WAL into the database every ``every_s`` until ``stop`` (a thread's target).

    With SQLite's default a commit that takes the WAL past 1,000 pages runs the checkpoint itself,
    before it answers (3-5 ms here, the slowest 1 % of small requests). A passive checkpoint waits
    for no reader or writer, so it needs no writer lock and holds up nobody.
    """
    while not stop.wait(every_s):
        try:
            with engine.connect() as connection:
                connection.exec_driver_sql("PRAGMA wal_checkpoint(PASSIVE)")
        except SQLAlchemyError as exc:
            logger.warning("WAL checkpoint failed (retried in %.1f s): %s", every_s, exc)
