"""Platform tables: accounts, API keys, the billing ledger, rate-limit buckets, idempotency.

They share :class:`~limner.platform.tables.Base` (one metadata); migration ``0002_platform``
creates them. Money is stored as decimal strings (never floats) so SQLite and PostgreSQL agree.
"""

from __future__ import annotations

from sqlalchemy import BigInteger, Boolean, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from limner.platform.tables import Base


class AccountRow(Base):
    __tablename__ = "accounts"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str | None] = mapped_column(String(200), nullable=True)
    #: ``build`` (pay per image, shared capacity) or ``scale`` (provisioned units).
    tier: Mapped[str] = mapped_column(String(16))
    #: Provisioned units (Scale only).
    units: Mapped[int] = mapped_column(Integer, default=0)
    #: Monthly spend cap as a decimal string; ``None`` = no cap.
    monthly_cap: Mapped[str | None] = mapped_column(String(32), nullable=True)
    webhook_secret: Mapped[str] = mapped_column(String(128))
    created: Mapped[int] = mapped_column(BigInteger)


class ApiKeyRow(Base):
    __tablename__ = "api_keys"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    account_id: Mapped[str] = mapped_column(String(64), index=True)
    name: Mapped[str | None] = mapped_column(String(200), nullable=True)
    tier: Mapped[str] = mapped_column(String(16))
    #: SHA-256 (hex) of the secret; the secret itself is never stored.
    secret_hash: Mapped[str] = mapped_column(String(64), unique=True)
    #: The first characters of the secret, to recognise a key in listings.
    prefix: Mapped[str] = mapped_column(String(16))
    created: Mapped[int] = mapped_column(BigInteger)
    revoked: Mapped[bool] = mapped_column(Boolean, default=False)


class LedgerRow(Base):
    """One row per charge: per billed image (``kind`` ``image``; ``image_id`` is unique, so no
    image is charged twice) or per fee (``kind`` ``unit_fee``: a Scale account's monthly unit
    fee, unique per ``(account_id, kind, period)``, so no month is charged twice). Migration
    ``0004_fees`` added ``kind`` and ``period``."""

    __tablename__ = "ledger"
    __table_args__ = (UniqueConstraint("account_id", "kind", "period", name="uq_ledger_charge"),)

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    account_id: Mapped[str] = mapped_column(String(64), index=True)
    image_id: Mapped[str | None] = mapped_column(String(64), unique=True, nullable=True)
    generation_id: Mapped[str | None] = mapped_column(String(64), index=True, nullable=True)
    created: Mapped[int] = mapped_column(BigInteger, index=True)
    #: What was charged, e.g. ``build image small`` (the line item it belongs to).
    item: Mapped[str] = mapped_column(String(100))
    amount: Mapped[str] = mapped_column(String(32))
    currency: Mapped[str] = mapped_column(String(3))
    #: ``image`` or ``unit_fee``.
    kind: Mapped[str] = mapped_column(String(16), default="image", server_default="image")
    #: The month a fee is for (``YYYY-MM``, UTC); ``None`` for images.
    period: Mapped[str | None] = mapped_column(String(7), nullable=True)


class UsageMonthRow(Base):
    """One account's image charges of one month (``period`` ``YYYY-MM``, UTC): the count and the
    sum (a decimal string) of its ``image`` ledger rows, kept in the transaction that writes them
    (:mod:`limner.platform.metering`), so the spend cap and the Scale included images read one
    row instead of the month's ledger. Fee rows are not counted. Migration ``0005_usage_months``."""

    __tablename__ = "usage_months"

    account_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    period: Mapped[str] = mapped_column(String(7), primary_key=True)
    images: Mapped[int] = mapped_column(BigInteger, default=0)
    amount: Mapped[str] = mapped_column(String(32), default="0")


class RateBucketRow(Base):
    """GCRA state of one limit: the theoretical arrival time in milliseconds."""

    __tablename__ = "rate_buckets"

    key: Mapped[str] = mapped_column(String(128), primary_key=True)
    tat_ms: Mapped[int] = mapped_column(BigInteger)


class IdempotencyRow(Base):
    """A stored answer to ``Idempotency-Key`` (scoped per account)."""

    __tablename__ = "idempotency"

    account_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    key: Mapped[str] = mapped_column(String(255), primary_key=True)
    #: SHA-256 of method, path and body.
    fingerprint: Mapped[str] = mapped_column(String(64))
    created: Mapped[int] = mapped_column(BigInteger)
    #: ``None`` while the first request is still running.
    status: Mapped[int | None] = mapped_column(Integer, nullable=True)
    headers: Mapped[str | None] = mapped_column(Text, nullable=True)
    body: Mapped[str | None] = mapped_column(Text, nullable=True)
    #: The process running the first request (``host:pid:nonce``) and until when it holds the claim
    #: (renewed while it runs); ``None`` on rows from before migration 0006.
    owner: Mapped[str | None] = mapped_column(String(128), nullable=True)
    lease_until_ms: Mapped[int | None] = mapped_column(BigInteger, nullable=True)


class JobRow(Base):
    """An async generation: persisted before the 202, claimed by workers with a lease.

    Its id is the generation's id; the finished generation row (same id) is written once only,
    so a job re-run after an expired lease cannot produce (or charge) its images twice.
    """

    __tablename__ = "jobs"
    #: Newest-first pages of an account's generations (``limner.platform.history``).
    __table_args__ = (Index("ix_jobs_account_created", "account_id", "created", "id"),)

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    account_id: Mapped[str] = mapped_column(String(64), index=True)
    created: Mapped[int] = mapped_column(BigInteger)
    #: queued, running, succeeded, failed, canceled
    status: Mapped[str] = mapped_column(String(16), index=True)
    #: The generate body as JSON.
    body: Mapped[str] = mapped_column(Text)
    plan_id: Mapped[str | None] = mapped_column(String(64), nullable=True)
    webhook_url: Mapped[str | None] = mapped_column(Text, nullable=True)
    #: The worker holding the lease (``w<pid>-<thread>``); kept once finished: who ran it last.
    lease_owner: Mapped[str | None] = mapped_column(String(64), nullable=True)
    lease_until_ms: Mapped[int] = mapped_column(BigInteger, default=0)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    #: ``{"code": …, "message": …}`` when the job failed before a generation was stored.
    error: Mapped[str | None] = mapped_column(Text, nullable=True)


class WebhookDeliveryRow(Base):
    """One attempt to deliver a generation's webhook."""

    __tablename__ = "webhook_deliveries"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    generation_id: Mapped[str] = mapped_column(String(64), index=True)
    attempt: Mapped[int] = mapped_column(Integer)
    created: Mapped[int] = mapped_column(BigInteger)
    status_code: Mapped[int | None] = mapped_column(Integer, nullable=True)
    error: Mapped[str | None] = mapped_column(Text, nullable=True)


__all__ = [
    "AccountRow",
    "ApiKeyRow",
    "IdempotencyRow",
    "JobRow",
    "LedgerRow",
    "RateBucketRow",
    "UsageMonthRow",
    "WebhookDeliveryRow",
]
