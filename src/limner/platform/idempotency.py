"""``Idempotency-Key``: the first request with a key runs; the same key + same body replays its
stored answer; a different body, or a request while the first is still running, gets 409.

The claim is an INSERT on the primary key ``(account_id, key)``, so two concurrent requests (in
any processes) cannot both run. Answers ≥ 500 are not stored (the key is released to retry).
A claim left by a crashed process expires after :data:`STALE_CLAIM_S`.
"""

from __future__ import annotations

import hashlib
import json
import time
from dataclasses import dataclass

from sqlalchemy import delete
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from limner.platform.accounts_tables import IdempotencyRow

WINDOW_S = 24 * 3600
STALE_CLAIM_S = 300


def fingerprint(method: str, path: str, body: bytes) -> str:
    digest = hashlib.sha256()
    for part in (method.encode(), path.encode(), body):
        digest.update(len(part).to_bytes(8, "big"))
        digest.update(part)
    return digest.hexdigest()


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


class Idempotency:
    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions

    def claim(self, account_id: str, key: str, print_: str) -> Claimed | Replay | Conflict:
        for _ in range(3):
            now = int(time.time())
            try:
                with self._sessions.begin() as session:
                    session.add(
                        IdempotencyRow(account_id=account_id, key=key, fingerprint=print_, created=now)
                    )
                return Claimed()
            except IntegrityError:
                pass
            with self._sessions.begin() as session:
                row = session.get(IdempotencyRow, (account_id, key))
                if row is None:
                    continue
                expired = now - row.created > WINDOW_S
                stale = row.status is None and now - row.created > STALE_CLAIM_S
                if expired or stale:
                    session.execute(
                        delete(IdempotencyRow).where(
                            IdempotencyRow.account_id == account_id,
                            IdempotencyRow.key == key,
                            IdempotencyRow.created == row.created,
                        )
                    )
                    continue
                if row.fingerprint != print_:
                    return Conflict("this Idempotency-Key was used with a different request body")
                if row.status is None:
                    return Conflict("a request with this Idempotency-Key is still running")
                headers = [(str(k), str(v)) for k, v in json.loads(row.headers or "[]")]
                return Replay(row.status, headers, (row.body or "").encode("latin-1"))
        return Conflict("this Idempotency-Key is contended; retry")

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


__all__ = ["STALE_CLAIM_S", "WINDOW_S", "Claimed", "Conflict", "Idempotency", "Replay", "fingerprint"]
