"""Who is calling and may they: API keys, the admin key, rate limits and the monthly spend cap.

:class:`Access` is what the server's access middleware asks, once per ``/v1/*`` request.
Everything it decides is stored in the database, so the answers hold across API processes.
"""

from __future__ import annotations

import calendar
import time
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from limner.config import Settings
from limner.platform.db import make_sessions
from limner.platform.keys import SECRET_PREFIX, AccountLimits, KeyStore, secrets_equal
from limner.platform.metering import month_spend
from limner.platform.pricing import Prices, load_prices
from limner.platform.ratelimit import Decision, RateLimiter
from limner.platform.tables import LOCAL_ACCOUNT

ADMIN = "admin"


@dataclass(frozen=True)
class Principal:
    account_id: str
    #: The key's id, ``local`` for the local account, ``admin`` for the admin key.
    key_id: str
    tier: str
    #: The account's limits as read with the key (this request only); ``None``: not read yet.
    limits: AccountLimits | None = field(default=None, compare=False, repr=False)


@dataclass(frozen=True)
class Denied:
    status: int
    code: str
    title: str
    detail: str
    retry_after: int | None = None
    #: The field to change (requests that can never be admitted).
    param: str | None = None


def next_month(now: int) -> int:
    t = time.gmtime(now)
    year, month = (t.tm_year + 1, 1) if t.tm_mon == 12 else (t.tm_year, t.tm_mon + 1)
    return calendar.timegm((year, month, 1, 0, 0, 0, 0, 0, 0))


class Access:
    def __init__(self, settings: Settings, engine: Engine) -> None:
        self.settings = settings
        self.sessions: sessionmaker[Session] = make_sessions(engine)
        self.keys = KeyStore(self.sessions)
        self.limiter = RateLimiter(engine)
        self.prices: Prices = load_prices(settings.prices_file)

    def identify(self, authorization: str | None, *, admin: bool) -> Principal | Denied:
        secret = None
        if authorization is not None:
            scheme, _, value = authorization.partition(" ")
            if scheme.lower() != "bearer" or not value.strip():
                return Denied(401, "unauthorized", "Unauthorized", "use Authorization: Bearer <secret>")
            secret = value.strip()
        if admin:
            wanted = self.settings.admin_key
            if wanted is None:
                return Denied(
                    401, "unauthorized", "Unauthorized", "the admin API is off: set LIMNER_ADMIN_KEY"
                )
            if secret is None or not secrets_equal(secret, wanted):
                if (
                    secret is not None
                    and secret.startswith(SECRET_PREFIX)
                    and self.keys.identify(secret) is not None
                ):
                    return Denied(
                        403,
                        "forbidden",
                        "Forbidden",
                        "this API key may not use the admin API: use the admin key",
                    )
                return Denied(401, "unauthorized", "Unauthorized", "the admin API needs the admin key")
            return Principal(ADMIN, ADMIN, "scale")
        if secret is not None and self.settings.auth == "local" and not secret.startswith(SECRET_PREFIX):
            # Local mode: a placeholder that is not a Limner key (OpenAI SDKs insist on sending
            # one) counts as no key; anything shaped like a Limner key must be a valid one.
            secret = None
        if secret is None:
            if self.settings.auth == "local":
                return Principal(LOCAL_ACCOUNT, "local", "local")
            return Denied(401, "unauthorized", "Unauthorized", "this server needs an API key (Bearer)")
        found = self.keys.identify(secret)
        if found is None:
            return Denied(401, "unauthorized", "Unauthorized", "unknown or revoked API key")
        key = found.key
        return Principal(key.account_id, key.id, key.tier, found.account)

    def admit(
        self, authorization: str | None, *, admin: bool, address: str
    ) -> tuple[Principal | Denied, Decision]:
        """:meth:`identify`, then one request from the caller's bucket: its key's requests per
        minute, or for a refused caller the anonymous bucket of its ``address``."""
        who = self.identify(authorization, admin=admin)
        if isinstance(who, Denied):
            return who, self.hit_anonymous(address)
        return who, self.hit_requests(who)

    def requests_per_minute(self, principal: Principal) -> int:
        s = self.settings
        return {"build": s.rpm_build, "scale": s.rpm_scale}.get(principal.tier, s.rpm_local)

    def images_per_minute(self, principal: Principal) -> int:
        s = self.settings
        return {"build": s.ipm_build, "scale": s.ipm_scale}.get(principal.tier, s.ipm_local)

    def hit_requests(self, principal: Principal) -> Decision:
        return self.limiter.hit("rpm:" + principal.key_id, self.requests_per_minute(principal))

    def hit_anonymous(self, address: str) -> Decision:
        """Requests without a valid key, per client address (at the Build tier's rate)."""
        return self.limiter.hit("anon:" + address, self.settings.rpm_build)

    def hit_images(self, principal: Principal, images: int) -> Decision:
        return self.limiter.hit("ipm:" + principal.key_id, self.images_per_minute(principal), cost=images)

    def refund_images(self, principal: Principal, images: int) -> None:
        """Give back images taken by :meth:`hit_images` for a request that was refused."""
        self.limiter.refund("ipm:" + principal.key_id, self.images_per_minute(principal), cost=images)

    def spend_images(self, principal: Principal, images: int) -> Denied | Decision:
        """:meth:`over_quota` (its denial, no images spent), then :meth:`hit_images`."""
        quota = self.over_quota(principal)
        return quota if quota is not None else self.hit_images(principal, images)

    def over_quota(self, principal: Principal) -> Denied | None:
        """429 ``quota_exceeded`` once this month's spend reached the account's cap."""
        account = principal.limits or self.keys.limits(principal.account_id)
        if account is None or account.monthly_cap is None:
            return None
        try:
            cap = Decimal(account.monthly_cap)
        except InvalidOperation:
            return None
        now = int(time.time())
        with self.sessions() as session:
            spent = month_spend(session, principal.account_id, now)
        if spent < cap:
            return None
        return Denied(
            429,
            "quota_exceeded",
            "Quota exceeded",
            f"this month's spend {spent} {self.prices.currency} reached the cap {cap}",
            retry_after=max(1, next_month(now) - now),
        )


__all__ = ["ADMIN", "Access", "Denied", "Principal", "next_month"]
