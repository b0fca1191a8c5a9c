"""Accounts and API keys: secrets shown once, stored as SHA-256, compared in constant time."""

from __future__ import annotations

import hashlib
import hmac
import secrets
import time
from dataclasses import dataclass
from typing import Literal

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from limner.errors import InvalidRequestError, NotFoundError
from limner.platform.accounts_tables import AccountRow, ApiKeyRow
from limner.platform.ids import new_id
from limner.platform.tables import LOCAL_ACCOUNT

Tier = Literal["build", "scale"]
TIERS: tuple[str, ...] = ("build", "scale")
SECRET_PREFIX = "lk_"


def hash_secret(secret: str) -> str:
    """SHA-256 hex of a key secret (secrets carry 256 random bits: no salt/stretching needed)."""
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


def secrets_equal(a: str, b: str) -> bool:
    return hmac.compare_digest(a.encode("utf-8"), b.encode("utf-8"))


@dataclass(frozen=True)
class KeyInfo:
    id: str
    account_id: str
    tier: str
    name: str | None
    prefix: str
    created: int
    revoked: bool


@dataclass(frozen=True)
class CreatedKey:
    info: KeyInfo
    secret: str
    #: The account's secret for ``Limner-Signature`` on webhooks.
    webhook_secret: str

    def as_json(self) -> dict[str, object]:
        return {
            "id": self.info.id,
            "secret": self.secret,
            "tier": self.info.tier,
            "account_id": self.info.account_id,
            "name": self.info.name,
            "created": self.info.created,
            "webhook_secret": self.webhook_secret,
        }


def _info(row: ApiKeyRow) -> KeyInfo:
    return KeyInfo(row.id, row.account_id, row.tier, row.name, row.prefix, row.created, row.revoked)


class KeyStore:
    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions

    def create(
        self,
        tier: str,
        *,
        name: str | None = None,
        account_id: str | None = None,
        units: int = 0,
        monthly_cap: str | None = None,
    ) -> CreatedKey:
        """A new key; a new account for it unless ``account_id`` names an existing one."""
        if tier not in TIERS:
            raise InvalidRequestError("tier must be 'build' or 'scale'", param="tier")
        if units < 0 or (tier == "build" and units):
            raise InvalidRequestError("units are for the scale tier only (>= 0)", param="units")
        secret = SECRET_PREFIX + secrets.token_urlsafe(32)
        now = int(time.time())
        with self._sessions.begin() as session:
            if account_id is None:
                account = AccountRow(
                    id=new_id("acct"),
                    name=name,
                    tier=tier,
                    units=units if tier == "scale" else 0,
                    monthly_cap=monthly_cap,
                    webhook_secret="whsec_" + secrets.token_urlsafe(32),
                    created=now,
                )
                session.add(account)
                session.flush()
                account_id = account.id
                webhook_secret = account.webhook_secret
            else:
                existing = session.get(AccountRow, account_id)
                if existing is None:
                    raise NotFoundError(f"no account {account_id!r}", param="account_id")
                webhook_secret = existing.webhook_secret
            row = ApiKeyRow(
                id=new_id("key"),
                account_id=account_id,
                name=name,
                tier=tier,
                secret_hash=hash_secret(secret),
                prefix=secret[:10],
                created=now,
                revoked=False,
            )
            session.add(row)
        return CreatedKey(_info(row), secret, webhook_secret)

    def listing(self, account_id: str | None = None) -> list[KeyInfo]:
        with self._sessions() as session:
            query = select(ApiKeyRow).order_by(ApiKeyRow.created, ApiKeyRow.id)
            if account_id is not None:
                query = query.where(ApiKeyRow.account_id == account_id)
            return [_info(r) for r in session.scalars(query)]

    def revoke(self, key_id: str) -> KeyInfo:
        with self._sessions.begin() as session:
            row = session.get(ApiKeyRow, key_id)
            if row is None:
                raise NotFoundError(f"no key {key_id!r}", param="id")
            row.revoked = True
            return _info(row)

    def authenticate(self, secret: str) -> KeyInfo | None:
        """The live key with this secret, or ``None``."""
        digest = hash_secret(secret)
        with self._sessions() as session:
            row = session.scalars(select(ApiKeyRow).where(ApiKeyRow.secret_hash == digest)).first()
            if row is None or row.revoked or not secrets_equal(row.secret_hash, digest):
                return None
            return _info(row)

    def account(self, account_id: str) -> AccountRow | None:
        with self._sessions() as session:
            return session.get(AccountRow, account_id)

    def set_account(
        self, account_id: str, *, monthly_cap: str | None = None, units: int | None = None
    ) -> AccountRow:
        with self._sessions.begin() as session:
            row = session.get(AccountRow, account_id)
            if row is None:
                raise NotFoundError(f"no account {account_id!r}", param="id")
            if monthly_cap is not None:
                row.monthly_cap = monthly_cap or None
            if units is not None:
                row.units = units
            return row

    def accounts(self) -> list[AccountRow]:
        with self._sessions() as session:
            return list(session.scalars(select(AccountRow).order_by(AccountRow.created, AccountRow.id)))


def tier_of(store: KeyStore, account_id: str) -> str:
    if account_id == LOCAL_ACCOUNT:
        return "build"
    account = store.account(account_id)
    return account.tier if account is not None else "build"


__all__ = [
    "SECRET_PREFIX",
    "TIERS",
    "CreatedKey",
    "KeyInfo",
    "KeyStore",
    "Tier",
    "hash_secret",
    "secrets_equal",
    "tier_of",
]
