"""SQLite writers queue on a file lock; checkpoints run on a background thread."""

from __future__ import annotations

import fcntl
import functools
import multiprocessing
import os
import sqlite3
import threading
import time
from collections.abc import Iterator
from multiprocessing.synchronize import Event
from pathlib import Path

import pytest
from sqlalchemy import Engine, text

from limner.config import Settings
from limner.platform.db import make_engine
from limner.platform.sqlite_writers import (
    AUTOCHECKPOINT_PAGES,
    WriterLockConnection,
    WriterQueue,
    checkpoint_until,
    writer_lock_path,
)


def _connect(path: Path, *, busy_ms: int = 0) -> WriterLockConnection:
    factory = functools.partial(WriterLockConnection, queue=WriterQueue())
    connection = sqlite3.connect(path, factory=factory, check_same_thread=False)
    assert isinstance(connection, WriterLockConnection)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute(f"PRAGMA busy_timeout={busy_ms}")
    return connection


def _lock_is_free(path: Path) -> bool:
    fd = os.open(f"{path}-writer.lock", os.O_RDWR | os.O_CREAT)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    finally:
        os.close(fd)  # drops it if taken
    return True


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Path]:
    path = tmp_path / "t.db"
    with _connect(path) as setup:
        setup.execute("CREATE TABLE t (k INTEGER PRIMARY KEY, v TEXT)")
        setup.commit()
    yield path


def test_the_lock_is_held_from_the_first_write_to_the_end_of_the_transaction(db: Path) -> None:
    connection = _connect(db)
    try:
        connection.execute("SELECT count(*) FROM t").fetchall()
        assert _lock_is_free(db)  # reads never take it
        connection.execute("INSERT INTO t (k, v) VALUES (1, 'a')")
        assert connection.in_transaction and not _lock_is_free(db)
        connection.execute("SELECT v FROM t").fetchall()
        assert not _lock_is_free(db)
        connection.commit()
        assert _lock_is_free(db)
        connection.execute("UPDATE t SET v = 'b' WHERE k = 1")
        assert not _lock_is_free(db)
        connection.rollback()
        assert _lock_is_free(db)
        assert connection.execute("SELECT v FROM t").fetchall() == [("a",)]
        # A write that fails outside a transaction doesn't keep it.
        with pytest.raises(sqlite3.IntegrityError):
            connection.execute("INSERT INTO t (k, v) VALUES (1, 'dup')")
        connection.rollback()
        assert _lock_is_free(db)
        connection.execute("INSERT INTO t (k, v) VALUES (2, 'c')")
    finally:
        connection.close()  # closing with a transaction open drops it too
    assert _lock_is_free(db)


def _hold_a_write(path: str, held: Event, go: Event) -> None:
    connection = _connect(Path(path))
    connection.execute("INSERT INTO t (k, v) VALUES (100, 'other process')")
    held.set()
    go.wait(30)
    time.sleep(0.2)  # still holding while the other writer has started waiting
    connection.commit()
    connection.close()


def test_a_writer_waits_for_another_process_without_a_busy_timeout(db: Path) -> None:
    # With SQLite's lock alone and no busy timeout, the second writer fails at once ("database is
    # locked"); queued on the file lock it waits for the commit and goes on.
    context = multiprocessing.get_context("spawn")
    held, go = context.Event(), context.Event()
    other = context.Process(target=_hold_a_write, args=(str(db), held, go))
    other.start()
    try:
        assert held.wait(30)
        connection = _connect(db, busy_ms=0)
        go.set()
        connection.execute("INSERT INTO t (k, v) VALUES (101, 'this process')")
        connection.commit()
        assert connection.execute("SELECT k FROM t ORDER BY k").fetchall() == [(100,), (101,)]
        connection.close()
    finally:
        other.join(30)
    assert other.exitcode == 0

    plain = sqlite3.connect(db, timeout=0)  # the same race without the file lock
    other_plain = sqlite3.connect(db, timeout=0)
    plain.execute("INSERT INTO t (k, v) VALUES (200, 'x')")
    with pytest.raises(sqlite3.OperationalError, match="locked"):
        other_plain.execute("INSERT INTO t (k, v) VALUES (201, 'y')")
    plain.rollback()
    plain.close()
    other_plain.close()


def test_threads_of_one_process_queue_and_one_thread_never_waits_for_itself(db: Path) -> None:
    queue = WriterQueue()
    factory = functools.partial(WriterLockConnection, queue=queue)
    first = sqlite3.connect(db, factory=factory, check_same_thread=False)
    second = sqlite3.connect(db, factory=factory, check_same_thread=False, timeout=0.05)
    first.execute("INSERT INTO t (k, v) VALUES (1, 'first')")
    # The same thread through another connection: SQLite's busy timeout answers, no hang.
    with pytest.raises(sqlite3.OperationalError, match="locked"):
        second.execute("INSERT INTO t (k, v) VALUES (2, 'second')")
    second.rollback()
    # Another thread waits for the first connection's commit.
    done = threading.Event()

    def write() -> None:
        second.execute("INSERT INTO t (k, v) VALUES (3, 'other thread')")
        second.commit()
        done.set()

    thread = threading.Thread(target=write)
    thread.start()
    assert not done.wait(0.2)  # queued, not failed (its busy timeout is 50 ms)
    first.commit()
    thread.join(10)
    assert done.is_set()
    assert [k for (k,) in first.execute("SELECT k FROM t ORDER BY k")] == [1, 3]
    first.close()
    second.close()


def test_lock_paths() -> None:
    assert writer_lock_path("/data/limner.db") == "/data/limner.db-writer.lock"
    assert writer_lock_path(":memory:") is None
    assert writer_lock_path("file:x?mode=memory") is None


def _engine(tmp_path: Path) -> Engine:
    engine = make_engine(Settings(data_dir=tmp_path, database_url=f"sqlite:///{tmp_path / 'c.db'}"))
    with engine.begin() as connection:
        connection.execute(text("CREATE TABLE blobs (b BLOB)"))
    return engine


def test_commits_leave_checkpoints_to_the_background_thread(tmp_path: Path) -> None:
    engine = _engine(tmp_path)
    database, log = tmp_path / "c.db", tmp_path / "c.db-wal"
    try:
        with engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA wal_autocheckpoint").scalar() == AUTOCHECKPOINT_PAGES
        before = database.stat().st_size
        with engine.begin() as connection:  # ~2,000 pages: past SQLite's default of 1,000
            for _ in range(500):
                connection.execute(text("INSERT INTO blobs VALUES (randomblob(16000))"))
        assert log.stat().st_size > 8_000_000
        assert database.stat().st_size == before  # the commit didn't checkpoint
        stop = threading.Event()
        thread = threading.Thread(target=checkpoint_until, args=(engine, stop, 0.05))
        thread.start()
        deadline = time.monotonic() + 10
        while database.stat().st_size < 8_000_000 and time.monotonic() < deadline:
            time.sleep(0.02)
        stop.set()
        thread.join(10)
        assert database.stat().st_size > 8_000_000
        with engine.connect() as connection:
            assert connection.exec_driver_sql("SELECT count(*) FROM blobs").scalar() == 500
    finally:
        engine.dispose()
