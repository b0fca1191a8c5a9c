"""The GCRA buckets as single SQL statements, on SQLite and on a real PostgreSQL: exact under
concurrency, refunds never below now, and the same numbers as the reference arithmetic
(``_decide`` applied read-compute-write, as the limiter did before it became one statement).
Also the Core key lookup with its account's limits and the merged access calls."""

from __future__ import annotations

import random
import threading
import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor

import pytest
from sqlalchemy import Engine, select

from limner.config import Settings
from limner.platform.access import Access, Denied, Principal
from limner.platform.accounts_tables import RateBucketRow
from limner.platform.db import make_engine, make_sessions, upgrade_to_head
from limner.platform.keys import AccountLimits, KeyStore
from limner.platform.ratelimit import Decision, RateLimiter, _decide, step_ms
from tests.platform_ops.conftest import Backend

NOW = 1_764_000_000_000  # a fixed clock (ms): concurrent hits see no refill


@pytest.fixture(scope="module")
def settings(backend: Backend) -> Settings:
    return Settings(data_dir=backend.data_dir, database_url=backend.database_url, admin_key="adm")


@pytest.fixture(scope="module")
def engine(settings: Settings) -> Iterator[Engine]:
    active = make_engine(settings)
    upgrade_to_head(settings, active)
    yield active
    active.dispose()


def _bucket() -> str:
    return "test:" + uuid.uuid4().hex


def _tat(engine: Engine, key: str) -> int | None:
    with engine.connect() as connection:
        tat = connection.execute(select(RateBucketRow.tat_ms).where(RateBucketRow.key == key)).scalar()
    return None if tat is None else int(tat)


@pytest.mark.parametrize("created", [False, True], ids=["new-bucket", "existing-bucket"])
def test_concurrent_hits_admit_exactly_the_burst(engine: Engine, created: bool) -> None:
    limiter = RateLimiter(engine)
    key, burst, threads, each = _bucket(), 20, 12, 4
    if created:  # a full bucket, refilled long ago
        assert limiter.hit(key, burst, cost=0, now_ms=NOW - 600_000).allowed
    start = threading.Barrier(threads)

    def worker() -> list[Decision]:
        start.wait()
        return [limiter.hit(key, burst, now_ms=NOW) for _ in range(each)]

    with ThreadPoolExecutor(threads) as pool:
        decisions = [d for chunk in pool.map(lambda _: worker(), range(threads)) for d in chunk]
    allowed = [d for d in decisions if d.allowed]
    assert len(allowed) == burst
    assert sorted(d.remaining for d in allowed) == list(range(burst))  # each one saw its own state
    assert all(d.retry_after_s >= 1 and d.remaining == 0 for d in decisions if not d.allowed)
    assert _tat(engine, key) == NOW + burst * step_ms(burst, 1)


class _Reference:
    """The limiter as it was: read the TAT, ``_decide``, write (no concurrency here)."""

    def __init__(self) -> None:
        self.tats: dict[str, int] = {}

    def hit(self, key: str, per_minute: int, cost: int, now: int) -> Decision:
        seen = self.tats.get(key)
        allowed, tat, decision = _decide(now if seen is None else seen, now, per_minute, cost)
        if seen is None:
            self.tats[key] = tat if allowed else now
        elif allowed:
            self.tats[key] = tat
        return decision

    def refund(self, key: str, per_minute: int, cost: int, now: int) -> None:
        seen = self.tats.get(key)
        if seen is not None and seen > now:
            self.tats[key] = max(now, seen - step_ms(per_minute, cost))


def test_decisions_and_tats_equal_the_reference_arithmetic(engine: Engine) -> None:
    limiter, reference = RateLimiter(engine), _Reference()
    rng = random.Random(7)
    keys = [_bucket() for _ in range(3)]
    rates = {k: rng.choice([1, 3, 7, 60, 500]) for k in keys}
    now = NOW
    for _ in range(300):
        now += rng.choice([0, 0, 1, 13, 250, 999, 4_000, 61_000])
        key = rng.choice(keys)
        per_minute, cost = rates[key], rng.choice([1, 1, 2, 5, 9])
        if rng.random() < 0.2:
            limiter.refund(key, per_minute, cost, now_ms=now)
            reference.refund(key, per_minute, cost, now)
        else:
            assert limiter.hit(key, per_minute, cost, now_ms=now) == reference.hit(key, per_minute, cost, now)
        assert _tat(engine, key) == reference.tats.get(key)


def test_a_first_hit_larger_than_the_burst_is_refused_and_leaves_a_full_bucket(engine: Engine) -> None:
    limiter, key = RateLimiter(engine), _bucket()
    refused = limiter.hit(key, 3, cost=4, now_ms=NOW)
    assert refused == _decide(NOW, NOW, 3, 4)[2] and not refused.allowed
    assert _tat(engine, key) == NOW
    assert limiter.hit(key, 3, cost=3, now_ms=NOW).allowed


def test_refunds_never_move_the_tat_before_now(engine: Engine) -> None:
    limiter, key = RateLimiter(engine), _bucket()
    limiter.refund(key, 60, now_ms=NOW)
    assert _tat(engine, key) is None  # nothing to refund: no bucket made
    assert limiter.hit(key, 60, cost=3, now_ms=NOW).remaining == 57
    limiter.refund(key, 60, cost=1, now_ms=NOW)
    assert _tat(engine, key) == NOW + 2_000
    limiter.refund(key, 60, cost=50, now_ms=NOW + 500)
    assert _tat(engine, key) == NOW + 500
    limiter.refund(key, 60, cost=1, now_ms=NOW + 10_000)  # refilled already: left alone
    assert _tat(engine, key) == NOW + 500
    assert limiter.hit(key, 60, now_ms=NOW + 10_000).remaining == 59


def test_concurrent_refunds_and_hits_never_exceed_the_burst(engine: Engine) -> None:
    limiter, key, burst = RateLimiter(engine), _bucket(), 10
    start = threading.Barrier(8)

    def worker(i: int) -> int:
        start.wait()
        spent = 0
        for _ in range(5):
            if limiter.hit(key, burst, now_ms=NOW).allowed:
                spent += 1
                if i % 2:
                    limiter.refund(key, burst, now_ms=NOW)
                    spent -= 1
        return spent

    with ThreadPoolExecutor(8) as pool:
        kept = sum(pool.map(worker, range(8)))
    assert kept <= burst
    assert _tat(engine, key) == NOW + kept * step_ms(burst, 1)


def test_keys_come_with_their_accounts_limits_and_revocation_is_immediate(engine: Engine) -> None:
    keys = KeyStore(make_sessions(engine))
    created = keys.create("scale", units=2, monthly_cap="12.50")
    found = keys.identify(created.secret)
    assert found is not None and found.key == created.info
    assert found.account == AccountLimits("scale", 2, "12.50")
    assert keys.limits(created.info.account_id) == found.account
    assert keys.authenticate(created.secret) == created.info
    assert keys.identify(created.secret + "x") is None and keys.limits("acct_missing") is None
    keys.revoke(created.info.id)
    assert keys.identify(created.secret) is None and keys.authenticate(created.secret) is None


def test_admit_and_spend_images_keep_the_order_of_the_checks(settings: Settings, engine: Engine) -> None:
    access = Access(settings, engine)
    capped = access.keys.create("build", monthly_cap="0")
    who, decision = access.admit(f"Bearer {capped.secret}", admin=False, address="10.0.0.1")
    assert isinstance(who, Principal) and decision.allowed
    assert decision.limit == settings.rpm_build and decision.remaining == settings.rpm_build - 1
    quota = access.spend_images(who, 3)
    assert isinstance(quota, Denied) and quota.code == "quota_exceeded"
    ipm = settings.ipm_build
    untouched = access.limiter.peek("ipm:" + who.key_id, ipm)
    assert untouched.remaining == ipm  # an over-quota account spent no images
    # Read afresh without the limits that came with the key: the same answer.
    bare = Principal(who.account_id, who.key_id, who.tier)
    assert access.over_quota(bare) == quota

    free = access.keys.create("build")
    who, _ = access.admit(f"Bearer {free.secret}", admin=False, address="10.0.0.1")
    assert isinstance(who, Principal)
    images = access.spend_images(who, 2)
    assert isinstance(images, Decision) and images.allowed and images.remaining == ipm - 2

    stranger, anon = access.admit("Bearer lk_nope", admin=False, address="10.9.9.9")
    assert isinstance(stranger, Denied) and stranger.status == 401
    assert anon.limit == settings.rpm_build and anon.remaining == settings.rpm_build - 1
    admin, _ = access.admit("Bearer adm", admin=True, address="10.9.9.9")
    assert isinstance(admin, Principal) and admin.key_id == "admin"


def test_hit_both_takes_the_second_bucket_only_with_the_first_and_stays_exact(engine: Engine) -> None:
    """``hit_both`` (a request and its images in one transaction): the same decisions as two
    ``hit`` calls, the second bucket untouched when the first refuses, and exact when limiters on
    separate connections (as separate processes) race for both buckets."""
    limiter, reference = RateLimiter(engine), _Reference()
    first, then = _bucket(), _bucket()
    for step in range(6):  # burst 4 on the first: the last two are refused and take no images
        now = NOW + step
        decision, taken = limiter.hit_both((first, 4, 1), (then, 10, 2), now_ms=now)
        assert decision == reference.hit(first, 4, 1, now)
        if decision.allowed:
            assert taken == reference.hit(then, 10, 2, now)
        else:
            assert taken is None
        assert _tat(engine, then) == reference.tats.get(then)

    requests, images = _bucket(), _bucket()
    burst, threads, each = 20, 12, 4
    limiters = [RateLimiter(engine) for _ in range(3)]
    start = threading.Barrier(threads)

    def worker(index: int) -> list[tuple[Decision, Decision | None]]:
        start.wait()
        both = limiters[index % len(limiters)].hit_both
        return [both((requests, burst, 1), (images, 100, 3), now_ms=NOW) for _ in range(each)]

    with ThreadPoolExecutor(threads) as pool:
        results = [r for chunk in pool.map(worker, range(threads)) for r in chunk]
    admitted = [taken for decision, taken in results if decision.allowed]
    assert len(admitted) == burst and all(t is not None and t.allowed for t in admitted)
    assert all(taken is None for decision, taken in results if not decision.allowed)
    assert _tat(engine, images) == NOW + burst * step_ms(100, 3)


def test_admit_images_takes_them_with_the_request_unless_a_check_refuses(
    settings: Settings, engine: Engine
) -> None:
    access = Access(settings, engine)
    ipm = settings.ipm_build
    free = access.keys.create("build")
    who, decision, taken = access.admit_images(f"Bearer {free.secret}", address="10.0.0.2", images=3)
    assert isinstance(who, Principal) and decision.allowed and decision.remaining == settings.rpm_build - 1
    assert taken is not None and taken.allowed and taken.remaining == ipm - 3
    # More than the bucket ever holds: not tried (the access middleware answers 422 naming n).
    who, decision, taken = access.admit_images(f"Bearer {free.secret}", address="10.0.0.2", images=ipm + 1)
    assert decision.allowed and taken is None
    assert access.limiter.peek("ipm:" + free.info.id, ipm).remaining == ipm - 3
    # Over its spend cap: the request counts, no images are taken (the 429 comes from the middleware).
    capped = access.keys.create("build", monthly_cap="0")
    who, decision, taken = access.admit_images(f"Bearer {capped.secret}", address="10.0.0.2", images=1)
    assert isinstance(who, Principal) and decision.allowed and taken is None
    assert access.limiter.peek("ipm:" + capped.info.id, ipm).remaining == ipm
    # An unknown key: 401 from the anonymous bucket, nothing taken.
    stranger, anon, taken = access.admit_images("Bearer lk_nope", address="10.9.9.8", images=1)
    assert isinstance(stranger, Denied) and stranger.status == 401 and anon.allowed and taken is None
