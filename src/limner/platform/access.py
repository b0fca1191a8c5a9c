"""Who is calling and may they: API keys, the admin key, rate limits and the monthly spend cap.

:class:`Access` is what the server's access middleware asks, once per ``/v1/*`` request.
Everything it decides is stored in the database, so the answers hold across API processes.
"""

from __future__ import annotations

import calendar
import time
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from sqlalchemy import Connection, Engine
from sqlalchemy.orm import Session, sessionmaker

from limner.config import Settings
from limner.platform.db import make_sessions
from limner.platform.keys import SECRET_PREFIX, AccountLimits, KeyStore, secrets_equal
from limner.platform.metering import month_spend
from limner.platform.pricing import Prices, load_prices
from limner.platform.ratelimit import Decision, RateLimiter
from limner.platform.signing import LinkRefused, LinkSigner
from limner.platform.tables import LOCAL_ACCOUNT, ImageRow

ADMIN = "admin"
#: The key id of a request admitted by a signed image link (``limner.platform.signing``).
SIGNED_LINK = "link"


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
    #: The limit that refused it (``requests``, ``images`` per minute, ``spend_cap``); ``None``
    #: for refusals that are not limits (no key, a conflict…).
    bucket: str | None = None


def _reads_spend(principal: Principal) -> bool:
    """Whether :meth:`Access.over_quota` reads the database for ``principal`` (its account's row
    unknown, or a spend cap to compare with the month's spend)."""
    return principal.limits is None or principal.limits.monthly_cap is not None


def next_month(now: int) -> int:
    t = time.gmtime(now)
    year, month = (t.tm_year + 1, 1) if t.tm_mon == 12 else (t.tm_year, t.tm_mon + 1)
    return calendar.timegm((year, month, 1, 0, 0, 0, 0, 0, 0))


class Access:
    def __init__(self, settings: Settings, engine: Engine, *, links: LinkSigner | None = None) -> None:
        self.settings = settings
        self.sessions: sessionmaker[Session] = make_sessions(engine)
        self.links = links if links is not None else LinkSigner.for_settings(settings)
        self.keys = KeyStore(self.sessions)
        self.limiter = RateLimiter(engine)
        self.prices: Prices = load_prices(settings.prices_file)

    def identify(
        self, authorization: str | None, *, admin: bool, connection: Connection | None = None
    ) -> Principal | Denied:
        """The caller of ``authorization`` (its key read on ``connection`` when given)."""
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
        found = self.keys.identify(secret, connection)
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

    def admit_images(
        self, authorization: str | None, *, address: str, images: int
    ) -> tuple[Principal | Denied, Decision, Decision | None]:
        """:meth:`admit` for a request for ``images`` (priced) images, which also takes them from
        the images-per-minute bucket in the same transaction when it can: the caller is admitted,
        the images fit in the bucket's burst and the spend cap is not reached. The third item is
        that bucket's decision, ``None`` when it was not tried (the caller answers as without)."""
        # The common case on one connection: the key, then both buckets in its transaction (the
        # key's read takes no write lock). A spend cap to check reads on connections of its own:
        # then the buckets are hit in a transaction of their own too (no connection held meanwhile).
        with self.limiter.engine.begin() as connection:
            who = self.identify(authorization, admin=False, connection=connection)
            if isinstance(who, Principal) and not _reads_spend(who):
                if images > self.images_per_minute(who):
                    return who, self.limiter.hit(*self._requests_bucket(who), connection=connection), None
                requests, taken = self.limiter.hit_both(
                    self._requests_bucket(who), self._images_bucket(who, images), connection=connection
                )
                return who, requests, taken
        if isinstance(who, Denied):
            return who, self.hit_anonymous(address), None
        if images > self.images_per_minute(who) or self.over_quota(who) is not None:
            return who, self.hit_requests(who), None
        requests, taken = self.limiter.hit_both(self._requests_bucket(who), self._images_bucket(who, images))
        return who, requests, taken

    def _requests_bucket(self, principal: Principal) -> tuple[str, int, int]:
        return "rpm:" + principal.key_id, self.requests_per_minute(principal), 1

    def _images_bucket(self, principal: Principal, images: int) -> tuple[str, int, int]:
        return "ipm:" + principal.key_id, self.images_per_minute(principal), images

    def admit_link(
        self, image_id: str, expires: str | None, signature: str | None, *, address: str
    ) -> tuple[Principal | Denied, Decision]:
        """A ``GET /v1/images/{id}?expires=…&signature=…``: the image's owner when the signature
        is valid and unexpired (no key needed), else 403 naming the query field at fault. Either way
        one request from the anonymous bucket of ``address``."""
        decision = self.hit_anonymous(address)
        try:
            self.links.check(image_id, expires, signature, int(time.time()))
        except LinkRefused as refused:
            return Denied(403, "forbidden", "Forbidden", refused.detail, param=refused.param), decision
        with self.sessions() as session:
            row = session.get(ImageRow, image_id)
            owner = row.account_id if row is not None else None
        if owner is None:
            return Denied(404, "not_found", "Not found", f"no image {image_id!r}", param="id"), decision
        return Principal(owner, SIGNED_LINK, "build"), decision

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
            bucket="spend_cap",
        )


__all__ = ["ADMIN", "SIGNED_LINK", "Access", "Denied", "Principal", "next_month"]
