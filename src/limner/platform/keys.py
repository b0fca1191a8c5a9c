"""Accounts and API keys: secrets shown once, stored as SHA-256, compared in constant time."""

from __future__ import annotations

import hashlib
import hmac
import secrets
import time
from dataclasses import dataclass, field
from typing import Literal

from sqlalchemy import Connection, Integer, Table, bindparam, cast, select
from sqlalchemy.orm import Session, sessionmaker

from limner.errors import InvalidRequestError, NotFoundError
from limner.platform.accounts_tables import AccountRow, ApiKeyRow
from limner.platform.db import bound_engine
from limner.platform.hotsql import HotStatement
from limner.platform.ids import new_id
from limner.platform.tables import LOCAL_ACCOUNT, table_of

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


@dataclass(frozen=True)
class AccountLimits:
    """What the access checks need of an account (read afresh for every request)."""

    tier: str
    units: int
    #: Monthly spend cap as a decimal string; ``None`` = no cap.
    monthly_cap: str | None
    #: When the account was made (unix seconds; its Scale unit fees start then); ``None``: not read.
    #: Not one of the limits: left out of comparisons.
    created: int | None = field(default=None, compare=False)


@dataclass(frozen=True)
class Authenticated:
    key: KeyInfo
    #: The key's account; ``None`` if it is missing.
    account: AccountLimits | None


def _info(row: ApiKeyRow) -> KeyInfo:
    return KeyInfo(row.id, row.account_id, row.tier, row.name, row.prefix, row.created, row.revoked)


_KEYS: Table = table_of(ApiKeyRow)
_ACCOUNTS: Table = table_of(AccountRow)
_LIMITS = (_ACCOUNTS.c.tier, _ACCOUNTS.c.units, _ACCOUNTS.c.monthly_cap)
#: A key by its secret's hash, with its account's limits (one statement per request).
_BY_DIGEST = (
    select(
        _KEYS.c.id,
        _KEYS.c.account_id,
        _KEYS.c.tier,
        _KEYS.c.name,
        _KEYS.c.prefix,
        _KEYS.c.created,
        cast(_KEYS.c.revoked, Integer),  # read as a number: no conversion, so it runs on the cursor
        _KEYS.c.secret_hash,
        _ACCOUNTS.c.id,
        *_LIMITS,
        _ACCOUNTS.c.created,
    )
    .select_from(_KEYS.outerjoin(_ACCOUNTS, _ACCOUNTS.c.id == _KEYS.c.account_id))
    .where(_KEYS.c.secret_hash == bindparam("digest"))
    .limit(1)
)
_BY_DIGEST_HOT = HotStatement(_BY_DIGEST)
_LIMITS_BY_ID = select(*_LIMITS).where(_ACCOUNTS.c.id == bindparam("account"))


class KeyStore:
    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions
        self._engine = bound_engine(sessions)

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
        found = self.identify(secret)
        return found.key if found is not None else None

    def identify(self, secret: str, connection: Connection | None = None) -> Authenticated | None:
        """The live key with this secret and its account's limits, or ``None`` (read on
        ``connection`` when given, e.g. the transaction that then spends from its buckets)."""
        digest = hash_secret(secret)
        if connection is None:
            with self._engine.connect() as own:
                row = _BY_DIGEST_HOT.run(own, {"digest": digest}).row
        else:
            row = _BY_DIGEST_HOT.run(connection, {"digest": digest}).row
        if row is None or row[6] or not secrets_equal(row[7], digest):
            return None
        key = KeyInfo(row[0], row[1], row[2], row[3], row[4], row[5], bool(row[6]))
        account = AccountLimits(row[9], row[10], row[11], row[12]) if row[8] is not None else None
        return Authenticated(key, account)

    def limits(self, account_id: str) -> AccountLimits | None:
        """The account's tier, units and cap, or ``None`` if there is no such account."""
        with self._engine.connect() as connection:
            row = connection.execute(_LIMITS_BY_ID, {"account": account_id}).first()
        return AccountLimits(row[0], row[1], row[2]) if row is not None else None

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
    "AccountLimits",
    "Authenticated",
    "CreatedKey",
    "KeyInfo",
    "KeyStore",
    "Tier",
    "hash_secret",
    "secrets_equal",
    "tier_of",
]
