"""``Idempotency-Key``: the first request with a key runs; the same key + same body replays its
stored answer; a different body, or a request while the first is still running, gets 409.

The claim is an INSERT on the primary key ``(account_id, key)``, so two concurrent requests (in
any processes) cannot both run. Answers ≥ 500 are not stored (the key is released to retry).

A claim names its owner (``host:pid:nonce``) and holds a lease of :data:`LEASE_S` that the owner
renews every :data:`RENEW_S` while the request runs (like a worker's lease on a job). A claim is an
orphan, and a retry runs, once its lease ran out or when its owner ran on this host and that
process is gone (killed with SIGKILL, it had no chance to release the key). While the owner really
runs, a retry gets 409 with ``retry_after`` (the seconds left on the lease, at least 1). Claims
from before the lease existed expire :data:`STALE_CLAIM_S` after they were made.
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import socket
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import delete, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from limner.platform.accounts_tables import IdempotencyRow

WINDOW_S = 24 * 3600
STALE_CLAIM_S = 300
#: Seconds a claim's lease lasts; its owner renews it every :data:`RENEW_S` while the request runs.
LEASE_S = 15.0
RENEW_S = 5.0


def fingerprint(method: str, path: str, body: bytes) -> str:
    return fingerprint_chunks(method, path, len(body), [body])


def fingerprint_chunks(method: str, path: str, size: int, body: Iterable[bytes]) -> str:
    """:func:`fingerprint` of a body given in pieces (``size`` bytes in all), e.g. a spooled upload."""
    digest = hashlib.sha256()
    for part in (method.encode(), path.encode()):
        digest.update(len(part).to_bytes(8, "big"))
        digest.update(part)
    digest.update(size.to_bytes(8, "big"))
    for piece in body:
        digest.update(piece)
    return digest.hexdigest()


def _host() -> str:
    return socket.gethostname()[:80]


def process_started(pid: int) -> str:
    """When process ``pid`` started (clock ticks since boot, Linux ``/proc``); ``"?"`` elsewhere or
    when there is no such process. With the pid it names one process: a reused pid starts later."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_bytes()
    except OSError:
        return "?"
    fields = stat[stat.rfind(b")") + 2 :].split()
    return fields[19].decode() if len(fields) > 19 else "?"


def pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # another user's process: alive
    return True


def new_owner() -> str:
    """``host:pid:started`` naming this process."""
    pid = os.getpid()
    return f"{_host()}:{pid}:{process_started(pid)}"


@dataclass(frozen=True)
class Claimed:
    """This request runs; store its answer with :meth:`Idempotency.finish`."""


@dataclass(frozen=True)
class Replay:
    status: int
    headers: list[tuple[str, str]]
    body: bytes


@dataclass(frozen=True)
class Conflict:
    detail: str
    #: Seconds after which a retry may find the key free (``Retry-After``); ``None``: never (a
    #: different body).
    retry_after: int | None = None


class Idempotency:
    def __init__(self, sessions: sessionmaker[Session], owner: str | None = None) -> None:
        self._sessions = sessions
        #: This process's name on its claims.
        self.owner = owner or new_owner()

    def owner_gone(self, owner: str) -> bool:
        """Whether ``owner`` ran on this host and that process no longer exists (its pid is free,
        or belongs to a process that started later)."""
        parts = owner.rsplit(":", 2)
        if len(parts) != 3 or not parts[1].isdigit():
            return False
        host, pid, started = parts[0], int(parts[1]), parts[2]
        if host != _host():
            return False  # another machine's process: only its lease can tell
        now_started = process_started(pid)
        if now_started == "?":
            return not pid_alive(pid)  # no such process (or no /proc: ask the kernel)
        return now_started != started

    def _orphaned(self, row: IdempotencyRow, now_ms: int) -> bool:
        if row.lease_until_ms is None or row.owner is None:  # a claim from before leases
            return now_ms // 1000 - row.created > STALE_CLAIM_S
        return row.lease_until_ms < now_ms or self.owner_gone(row.owner)

    def claim(self, account_id: str, key: str, print_: str) -> Claimed | Replay | Conflict:
        for _ in range(3):
            now_ms = int(time.time() * 1000)
            now = now_ms // 1000
            try:
                with self._sessions.begin() as session:
                    session.add(
                        IdempotencyRow(
                            account_id=account_id,
                            key=key,
                            fingerprint=print_,
                            created=now,
                            owner=self.owner,
                            lease_until_ms=now_ms + int(LEASE_S * 1000),
                        )
                    )
                return Claimed()
            except IntegrityError:
                pass
            with self._sessions.begin() as session:
                row = session.get(IdempotencyRow, (account_id, key))
                if row is None:
                    continue
                expired = now - row.created > WINDOW_S
                if expired or (row.status is None and self._orphaned(row, now_ms)):
                    same = delete(IdempotencyRow).where(
                        IdempotencyRow.account_id == account_id,
                        IdempotencyRow.key == key,
                        IdempotencyRow.created == row.created,
                    )
                    if not expired:  # only the orphaned claim itself, not one made since
                        same = same.where(IdempotencyRow.status.is_(None))
                        same = same.where(
                            IdempotencyRow.owner == row.owner
                            if row.owner is not None
                            else IdempotencyRow.owner.is_(None)
                        )
                    session.execute(same)
                    continue
                if row.fingerprint != print_:
                    return Conflict("this Idempotency-Key was used with a different request body")
                if row.status is None:
                    left = (row.lease_until_ms - now_ms) / 1000 if row.lease_until_ms else RENEW_S
                    return Conflict(
                        "a request with this Idempotency-Key is still running; retry after Retry-After",
                        retry_after=max(1, min(math.ceil(left), int(LEASE_S))),
                    )
                headers = [(str(k), str(v)) for k, v in json.loads(row.headers or "[]")]
                return Replay(row.status, headers, (row.body or "").encode("latin-1"))
        return Conflict("this Idempotency-Key is contended; retry", retry_after=1)

    def renew(self, account_id: str, key: str) -> bool:
        """Extend this process's running claim; ``False`` when it is no longer ours."""
        with self._sessions.begin() as session:
            result = session.execute(
                update(IdempotencyRow)
                .where(
                    IdempotencyRow.account_id == account_id,
                    IdempotencyRow.key == key,
                    IdempotencyRow.owner == self.owner,
                    IdempotencyRow.status.is_(None),
                )
                .values(lease_until_ms=int(time.time() * 1000) + int(LEASE_S * 1000))
                .execution_options(synchronize_session=False)
            )
            return getattr(result, "rowcount", 0) == 1

    def finish(
        self, account_id: str, key: str, status: int, headers: list[tuple[str, str]], body: bytes
    ) -> None:
        with self._sessions.begin() as session:
            row = session.get(IdempotencyRow, (account_id, key))
            if row is None:
                return
            if status >= 500:
                session.delete(row)
                return
            row.status = status
            row.headers = json.dumps(headers)
            row.body = body.decode("latin-1")

    def release(self, account_id: str, key: str) -> None:
        with self._sessions.begin() as session:
            session.execute(
                delete(IdempotencyRow).where(
                    IdempotencyRow.account_id == account_id,
                    IdempotencyRow.key == key,
                    IdempotencyRow.status.is_(None),
                )
            )


__all__ = [
    "LEASE_S",
    "RENEW_S",
    "STALE_CLAIM_S",
    "WINDOW_S",
    "Claimed",
    "Conflict",
    "Idempotency",
    "Replay",
    "fingerprint",
    "fingerprint_chunks",
    "new_owner",
    "process_started",
]
