"""Async generations: a job table that any number of workers claim with leases.

A job is persisted before the API answers 202. A worker claims the oldest claimable job (queued,
or running with an expired lease) by a compare-and-set on ``(status, lease_until_ms)``; on
PostgreSQL the candidate is read ``FOR UPDATE SKIP LOCKED`` so workers do not queue on one row.
The finished generation is stored under the job's id (a primary key), so a job that is run again
after its worker died completes exactly once and is charged at most once.

Cancel and completion race on one row, and exactly one of them wins:

- the worker stores the generation, its images and their ledger rows in the transaction that
  first runs ``UPDATE jobs SET status=… WHERE id=… AND status='running' AND lease_owner=<worker>``
  (:meth:`JobQueue.complete`); when that matches no row (canceled, or the lease was taken over)
  it raises :class:`LeaseLost` and the whole transaction rolls back: no generation, no image,
  no charge;
- cancel is ``UPDATE jobs SET status='canceled' WHERE id=… AND status IN ('queued','running')``.

So a canceled job never has a stored generation, and ``POST …/cancel`` answers either the
canceled job or, when completion committed first, the finished generation as it is (200 both
times, as API.md says: "canceled, or already finished").
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from sqlalchemy import ColumnElement, func, or_, select, true, update
from sqlalchemy.orm import Session, sessionmaker

from limner.config import JobsFor
from limner.errors import NotFoundError
from limner.platform.accounts_tables import AccountRow, JobRow
from limner.platform.ids import new_id
from limner.platform.schemas import GenerateBody, Generation, GenerationError, Usage

TERMINAL = frozenset({"succeeded", "failed", "canceled"})
CANCELABLE = ("queued", "running")
#: Every status a job can have, in the order it goes through them.
JOB_STATUSES = ("queued", "running", "succeeded", "failed", "canceled")


class LeaseLost(RuntimeError):
    """The job is no longer this worker's (canceled, or taken over after its lease expired):
    what the worker produced must not be stored."""


def _now_ms() -> int:
    return int(time.time() * 1000)


@dataclass(frozen=True)
class Claim:
    id: str
    account_id: str
    body: GenerateBody
    webhook_url: str | None
    attempts: int
    lease_until_ms: int


class JobQueue:
    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions

    def enqueue(self, account_id: str, body: GenerateBody) -> Generation:
        row = JobRow(
            id=new_id("gen"),
            account_id=account_id,
            created=int(time.time()),
            status="queued",
            body=body.model_dump_json(by_alias=True, exclude_unset=True),
            plan_id=body.plan_id,
            webhook_url=body.webhook_url,
            lease_owner=None,
            lease_until_ms=0,
            attempts=0,
        )
        with self._sessions.begin() as session:
            session.add(row)
        return job_view(row)

    def get(self, job_id: str, account_id: str) -> JobRow | None:
        with self._sessions() as session:
            row = session.get(JobRow, job_id)
            return row if row is not None and row.account_id == account_id else None

    def claim(self, worker: str, lease_s: float, jobs_for: JobsFor = "all") -> Claim | None:
        """The oldest claimable job of the accounts ``jobs_for`` names, now leased to ``worker``
        (``None`` when there is none)."""
        for _ in range(20):
            now = _now_ms()
            with self._sessions.begin() as session:
                query = (
                    select(JobRow)
                    .where(
                        or_(
                            JobRow.status == "queued",
                            (JobRow.status == "running") & (JobRow.lease_until_ms < now),
                        ),
                        _accounts(jobs_for),
                    )
                    .order_by(JobRow.created, JobRow.id)
                    .limit(1)
                )
                if session.get_bind().dialect.name == "postgresql":
                    query = query.with_for_update(skip_locked=True)
                row = session.scalars(query).first()
                if row is None:
                    return None
                until = now + int(lease_s * 1000)
                result = session.execute(
                    update(JobRow)
                    .where(
                        JobRow.id == row.id,
                        JobRow.status == row.status,
                        JobRow.lease_until_ms == row.lease_until_ms,
                    )
                    .values(
                        status="running", lease_owner=worker, lease_until_ms=until, attempts=row.attempts + 1
                    )
                    .execution_options(synchronize_session=False)
                )
                if getattr(result, "rowcount", 0) != 1:
                    continue  # another worker won this one: look again
                body = GenerateBody.model_validate_json(row.body)
                return Claim(row.id, row.account_id, body, row.webhook_url, row.attempts + 1, until)
        return None

    def extend(self, claim: Claim, worker: str, lease_s: float) -> bool:
        """Renew the lease; ``False`` when the job is no longer this worker's (canceled, taken)."""
        with self._sessions.begin() as session:
            result = session.execute(
                update(JobRow)
                .where(JobRow.id == claim.id, JobRow.status == "running", JobRow.lease_owner == worker)
                .values(lease_until_ms=_now_ms() + int(lease_s * 1000))
                .execution_options(synchronize_session=False)
            )
            return getattr(result, "rowcount", 0) == 1

    def complete(self, session: Session, job_id: str, worker: str, status: str, plan_id: str) -> None:
        """In the caller's transaction: mark the job finished if it is still ``worker``'s running job.

        Raises :class:`LeaseLost` otherwise, so the caller's transaction (the generation, its
        images and their ledger rows) rolls back. Run it first in that transaction: on
        PostgreSQL the row lock then orders it against a concurrent cancel.
        """
        result = session.execute(
            update(JobRow)
            .where(JobRow.id == job_id, JobRow.status == "running", JobRow.lease_owner == worker)
            .values(status=status, plan_id=plan_id)
            .execution_options(synchronize_session=False)
        )
        if getattr(result, "rowcount", 0) != 1:
            raise LeaseLost(f"job {job_id} is no longer running under {worker}")

    def finish(
        self,
        job_id: str,
        worker: str,
        status: str,
        *,
        plan_id: str | None = None,
        error: GenerationError | None = None,
    ) -> bool:
        """Mark ``worker``'s running job finished; ``False`` when it is no longer its own."""
        with self._sessions.begin() as session:
            result = session.execute(
                update(JobRow)
                .where(JobRow.id == job_id, JobRow.status == "running", JobRow.lease_owner == worker)
                .values(
                    status=status,
                    plan_id=plan_id,
                    error=error.model_dump_json() if error is not None else None,
                )
                .execution_options(synchronize_session=False)
            )
            return getattr(result, "rowcount", 0) == 1

    def cancel(self, job_id: str, account_id: str) -> bool:
        """Cancel a queued or running job; ``False`` when it had already finished (or was canceled).

        404 for unknown ids and other accounts' jobs. A compare-and-set, so it either wins over
        the worker's completion (which is then discarded) or loses to it (nothing changes).
        """
        with self._sessions.begin() as session:
            result = session.execute(
                update(JobRow)
                .where(
                    JobRow.id == job_id,
                    JobRow.account_id == account_id,
                    JobRow.status.in_(CANCELABLE),
                )
                .values(status="canceled", lease_owner=None)
                .execution_options(synchronize_session=False)
            )
            if getattr(result, "rowcount", 0) == 1:
                return True
            row = session.get(JobRow, job_id)
            if row is None or row.account_id != account_id:
                raise NotFoundError(f"no generation {job_id!r}", param="id")
            return False


def job_counts(session: Session) -> dict[str, int]:
    """Jobs per status, every status of :data:`JOB_STATUSES` present (0 when none): one query."""
    counts = dict.fromkeys(JOB_STATUSES, 0)
    for status, count in session.execute(select(JobRow.status, func.count()).group_by(JobRow.status)):
        counts[str(status)] = int(count)
    return counts


def _accounts(jobs_for: JobsFor) -> ColumnElement[bool]:
    """Which accounts' jobs: Scale accounts with units (``reserved``), the others, or all."""
    if jobs_for == "all":
        return true()
    reserved = select(AccountRow.id).where(AccountRow.tier == "scale", AccountRow.units > 0)
    inside = JobRow.account_id.in_(reserved)
    return inside if jobs_for == "reserved" else ~inside


def job_view(row: JobRow) -> Generation:
    """The generation object of a job that has no stored generation (yet, or ever)."""
    return Generation(
        id=row.id,
        status=row.status,
        plan_id=row.plan_id or "",
        created=row.created,
        images=[],
        usage=Usage(images=0),
        error=GenerationError.model_validate_json(row.error) if row.error else None,
    )


def error_of(code: str, message: str) -> GenerationError:
    return GenerationError.model_validate({"code": code, "message": message})


__all__ = [
    "CANCELABLE",
    "JOB_STATUSES",
    "TERMINAL",
    "Claim",
    "JobQueue",
    "LeaseLost",
    "error_of",
    "job_counts",
    "job_view",
]
