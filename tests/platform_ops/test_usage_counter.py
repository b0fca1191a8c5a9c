"""The per-account monthly usage counter (``usage_months``): always equal to the month's image
ledger rows (count and amount), under concurrency on SQLite and PostgreSQL; the Scale included
images are never granted twice; the spend cap reads it; migration ``0005`` backfills it; and the
hot path reads no ledger rows."""

from __future__ import annotations

import json
import re
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from sqlalchemy import Engine, event, insert, inspect, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from limner.config import Settings
from limner.platform.access import Access, Denied, Principal
from limner.platform.accounts_tables import LedgerRow, UsageMonthRow
from limner.platform.db import alembic_config, make_engine, make_sessions, prepare_data_dir, upgrade_to_head
from limner.platform.keys import KeyStore
from limner.platform.metering import (
    IMAGE,
    UNIT_FEE,
    charge_images,
    month_spend,
    period_of,
    reconcile,
)
from limner.platform.schemas import GenerateBody
from limner.platform.service import LimnerService
from limner.platform.tables import LOCAL_ACCOUNT, GenerationRow, ImageRow, table_of
from limner.render.registry import RendererRegistry
from tests.platform.doubles import BoxesRenderer, FailingRenderer, WordsReasoner
from tests.platform_ops.conftest import Backend, Postgres

#: Images one Scale unit includes per month in these tests (small, to cross into overage).
INCLUDED = 5
SMALL = {"prompt": "a red apple next to a blue cup", "size": "64x64"}
Sums = dict[tuple[str, str], tuple[int, Decimal]]


def _settings(backend: Backend, tmp_path: Path) -> Settings:
    prices = tmp_path / "prices.json"
    prices.write_text(json.dumps({"scale_unit_images": INCLUDED}), encoding="utf-8")
    return Settings(
        data_dir=backend.data_dir,
        database_url=backend.database_url,
        prices_file=prices,
        render_slots=4,
        render_wait_s=120.0,
        render_processes=False,
    )


@contextmanager
def _service(settings: Settings) -> Iterator[LimnerService]:
    registry = RendererRegistry([("builtin", BoxesRenderer), ("failing", lambda: FailingRenderer(succeed=0))])
    with LimnerService.open(settings, reasoner=WordsReasoner(), renderers=registry) as service:
        yield service


def _key(service: LimnerService, tier: str, units: int = 0, cap: str | None = None) -> tuple[str, str]:
    """(account id, secret) of a new key on a new account."""
    created = KeyStore(make_sessions(service.engine)).create(tier, units=units, monthly_cap=cap)
    return created.info.account_id, created.secret


def _generate(service: LimnerService, account_id: str, **body: Any) -> str:
    return service.generate(GenerateBody.model_validate({**SMALL, **body}), account_id).status


def _ledger(sessions: sessionmaker[Session]) -> Sums:
    sums: Sums = {}
    with sessions() as session:
        rows = session.execute(
            select(LedgerRow.account_id, LedgerRow.created, LedgerRow.amount).where(LedgerRow.kind == IMAGE)
        )
        for account_id, created, amount in rows:
            count, total = sums.get((account_id, period_of(created)), (0, Decimal("0")))
            sums[(account_id, period_of(created))] = (count + 1, total + Decimal(amount))
    return sums


def _counters(sessions: sessionmaker[Session]) -> Sums:
    with sessions() as session:
        return {
            (row.account_id, row.period): (row.images, Decimal(row.amount))
            for row in session.scalars(select(UsageMonthRow))
        }


def _items(sessions: sessionmaker[Session], account_id: str) -> dict[str, int]:
    counts: dict[str, int] = {}
    with sessions() as session:
        for item in session.scalars(
            select(LedgerRow.item).where(LedgerRow.account_id == account_id, LedgerRow.kind == IMAGE)
        ):
            counts[item] = counts.get(item, 0) + 1
    return counts


def _assert_counters_match(sessions: sessionmaker[Session]) -> None:
    assert _counters(sessions) == _ledger(sessions)
    result = reconcile(sessions)
    assert result.ok and result.counter_mismatches == () and result.counters >= 1, result


def test_counter_equals_ledger_after_mixed_generations(backend: Backend, tmp_path: Path) -> None:
    with _service(_settings(backend, tmp_path)) as service:
        sessions = make_sessions(service.engine)
        build, _ = _key(service, "build")
        scale, _ = _key(service, "scale", units=1)
        for account in (build, scale, LOCAL_ACCOUNT):
            assert _generate(service, account, n=2) == "succeeded"  # 2
            assert _generate(service, account, n=2, locales=["de", "fr"]) == "succeeded"  # 4
            assert _generate(service, account, renderer="failing", n=3) == "failed"  # free
            assert _generate(service, account, size="640x640") == "succeeded"  # 1, medium
            assert _generate(service, account, n=2, seed=7) == "succeeded"  # 2
        counters = _counters(sessions)
        month = period_of(int(time.time()))
        assert counters[(build, month)] == (9, Decimal("0.0100") * 8 + Decimal("0.0200"))
        assert counters[(LOCAL_ACCOUNT, month)] == counters[(build, month)]
        # Scale: 9 images, the first INCLUDED free, the rest at the overage price
        assert counters[(scale, month)] == (9, Decimal("0.0150") * (9 - INCLUDED))
        assert _items(sessions, scale) == {"scale included image": INCLUDED, "scale overage image": 4}
        _assert_counters_match(sessions)
        with sessions() as session:
            assert month_spend(session, build, int(time.time())) == Decimal("0.1000")
            assert month_spend(session, "acct_nobody", int(time.time())) == Decimal("0")
            fees = session.scalars(
                select(LedgerRow.period).where(LedgerRow.account_id == scale, LedgerRow.kind == UNIT_FEE)
            ).all()
        assert fees == [month]  # the fee is not an image: it is in the ledger, not in the counter
        assert (scale, month) in service.fees


def test_concurrent_generations_never_over_grant(backend: Backend, tmp_path: Path) -> None:
    """Threads in two services (two processes' worth of engines and caches) on one database."""
    settings = _settings(backend, tmp_path)
    with _service(settings) as first, _service(settings) as second:
        sessions = make_sessions(first.engine)
        scale, _ = _key(first, "scale", units=1)
        build, _ = _key(first, "build")

        def run(service: LimnerService, index: int) -> None:
            for round_ in range(4):
                account = scale if (index + round_) % 3 else build
                renderer = "failing" if (index + round_) % 5 == 4 else "builtin"
                _generate(service, account, n=1 + round_ % 2, renderer=renderer, seed=index)

        with ThreadPoolExecutor(6) as pool:
            runs = [pool.submit(run, (first, second)[i % 2], i) for i in range(6)]
            for done in runs:
                done.result()  # a thread's failure fails the test
        items = _items(sessions, scale)
        assert items["scale included image"] == INCLUDED  # exactly: never granted twice
        assert items["scale overage image"] >= 1
        assert _items(sessions, build)
        _assert_counters_match(sessions)
        with sessions() as session:
            fees = session.scalars(
                select(LedgerRow.period).where(LedgerRow.account_id == scale, LedgerRow.kind == UNIT_FEE)
            ).all()
        assert fees == [period_of(int(time.time()))]


def _principal(access: Access, secret: str) -> Principal:
    who = access.identify(f"Bearer {secret}", admin=False)
    assert isinstance(who, Principal)
    return who


def test_spend_cap_denies_once_the_counter_reaches_it(backend: Backend, tmp_path: Path) -> None:
    settings = _settings(backend, tmp_path)
    with _service(settings) as service:
        access = Access(settings, service.engine)
        build, secret = _key(service, "build", cap="0.025")
        assert access.over_quota(_principal(access, secret)) is None
        assert _generate(service, build) == "succeeded"  # 0.01
        assert _generate(service, build, renderer="failing") == "failed"  # free
        assert _generate(service, build) == "succeeded"  # 0.02 < 0.025
        assert access.over_quota(_principal(access, secret)) is None
        assert _generate(service, build) == "succeeded"  # 0.03 >= 0.025
        denied = access.over_quota(_principal(access, secret))
        assert isinstance(denied, Denied) and (denied.status, denied.code) == (429, "quota_exceeded")
        assert "0.0300" in denied.detail and (denied.retry_after or 0) >= 1
        # Scale: included images cost nothing, the overage counts
        scale, scale_secret = _key(service, "scale", units=1, cap="0.0150")
        assert _generate(service, scale, n=INCLUDED) == "succeeded"
        assert access.over_quota(_principal(access, scale_secret)) is None
        assert _generate(service, scale) == "succeeded"  # one overage image: 0.0150
        denied = access.over_quota(_principal(access, scale_secret))
        assert isinstance(denied, Denied) and denied.code == "quota_exceeded"
        _assert_counters_match(make_sessions(service.engine))


def _unsaved_rows(account: str, name: str) -> tuple[GenerationRow, ImageRow]:
    """A succeeded generation of one 64² image, not stored: what a charge reads."""
    generation = GenerationRow(
        id=f"gen_{name}",
        account_id=account,
        plan_id="plan_x",
        status="succeeded",
        created=int(time.time()),
        renderer="builtin",
        request="{}",
    )
    return generation, ImageRow(id=f"img_{name}", width=64, height=64)


def test_a_rolled_back_charge_leaves_no_trace(backend: Backend, tmp_path: Path) -> None:
    with _service(_settings(backend, tmp_path)) as service:
        sessions = make_sessions(service.engine)
        scale, _ = _key(service, "scale", units=2)
        month = period_of(int(time.time()))
        generation, image = _unsaved_rows(scale, "rolled_back")
        with pytest.raises(RuntimeError, match="after the charge"), sessions.begin() as session:
            assert (
                len(charge_images(session, service.prices, scale, generation, [image], 0, fees=service.fees))
                == 1
            )
            raise RuntimeError("after the charge")
        assert (scale, month) not in service.fees  # its fee insert was rolled back
        assert (
            _counters(sessions).get((scale, month)) is None and _ledger(sessions).get((scale, month)) is None
        )
        # A job stored twice (a worker that died after storing): the second store changes nothing
        body = GenerateBody.model_validate({**SMALL, "n": 2})
        service.generate(body, scale, generation_id=f"gen_once_{backend.name}")
        assert (scale, month) not in service.fees  # inserted by this very transaction: not yet known
        with pytest.raises(IntegrityError):
            service.generate(body, scale, generation_id=f"gen_once_{backend.name}")
        assert _counters(sessions)[(scale, month)] == (2, Decimal("0"))
        assert _generate(service, scale) == "succeeded"
        assert (scale, month) in service.fees  # found committed: later requests skip the fee
        _assert_counters_match(sessions)


@contextmanager
def _statements(engine: Engine) -> Iterator[list[str]]:
    seen: list[str] = []

    def record(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        seen.append(" ".join(statement.split()))

    event.listen(engine, "before_cursor_execute", record)
    try:
        yield seen
    finally:
        event.remove(engine, "before_cursor_execute", record)


def test_the_hot_path_reads_no_ledger_rows(tmp_path: Path) -> None:
    backend = Backend("sqlite", tmp_path / "data", None)
    settings = _settings(backend, tmp_path)
    with _service(settings) as service:
        scale, secret = _key(service, "scale", units=1, cap="100")
        for _ in range(2):  # records the month's fee, then finds it recorded
            assert _generate(service, scale) == "succeeded"
        access = Access(settings, service.engine)
        principal = _principal(access, secret)
        with _statements(service.engine) as seen:
            assert _generate(service, scale, n=2) == "succeeded"
            assert access.over_quota(principal) is None
    reads = [s for s in seen if s.startswith("SELECT")]
    assert not [s for s in reads if re.search(r"\bFROM ledger\b", s) or "count(" in s.lower()], reads
    writes = [s.split(" (")[0] for s in seen if not s.startswith("SELECT")]
    assert "INSERT INTO ledger" in writes and any(s.startswith("UPDATE usage_months") for s in writes)
    assert not any(s.startswith("INSERT INTO ledger") and "ON CONFLICT" in s for s in seen)  # no fee


def test_the_account_read_with_the_key_is_charged_without_reading_it_again(tmp_path: Path) -> None:
    backend = Backend("sqlite", tmp_path / "data", None)
    settings = _settings(backend, tmp_path)
    with _service(settings) as service:
        scale, secret = _key(service, "scale", units=1)
        known = _principal(Access(settings, service.engine), secret).limits
        assert known is not None and known.created is not None and (known.tier, known.units) == ("scale", 1)
        body = GenerateBody.model_validate({**SMALL, "n": INCLUDED + 1})
        with _statements(service.engine) as seen:
            assert service.generate(body, scale, account=known).status == "succeeded"
        assert not [s for s in seen if "FROM accounts WHERE accounts.id" in s], seen  # the row by its id
        with _statements(service.engine) as unknown:
            assert service.generate(body.model_copy(update={"n": 1}), scale).status == "succeeded"
        assert [s for s in unknown if "FROM accounts WHERE accounts.id" in s]  # read when not given
        assert any(s.startswith("INSERT INTO ledger") and "ON CONFLICT" in s for s in seen)  # the month's fee
        # charged as when the row is read in the transaction: the included images, then overage
        assert _items(make_sessions(service.engine), scale) == {
            "scale included image": INCLUDED,
            "scale overage image": 2,
        }
        _assert_counters_match(make_sessions(service.engine))


def _counter_updates(seen: list[str]) -> list[str]:
    return [s for s in seen if s.startswith("UPDATE usage_months")]


def test_a_counter_moved_elsewhere_is_charged_from_its_stored_value(backend: Backend, tmp_path: Path) -> None:
    """A service updates a counter it wrote last with one compare-and-set; when another process
    (here another service) or a rolled-back transaction moved it meanwhile, that changes nothing and
    the bump runs: the counter and the ledger still agree and no included image is granted twice."""
    settings = _settings(backend, tmp_path)
    with _service(settings) as first, _service(settings) as second:
        sessions = make_sessions(first.engine)
        scale, _ = _key(first, "scale", units=1)
        month = period_of(int(time.time()))
        assert _generate(first, scale, n=2) == "succeeded"  # creates the counter: 2
        with _statements(first.engine) as seen:
            assert _generate(first, scale) == "succeeded"  # as first left it: 3
        assert len(_counter_updates(seen)) == 1, seen
        assert _generate(second, scale, n=2) == "succeeded"  # moved elsewhere: 5 (all included)
        with _statements(first.engine) as seen:
            assert _generate(first, scale) == "succeeded"  # stale guess, then the bump: 6, overage
        assert len(_counter_updates(seen)) == 3, seen  # compare-and-set (no row), bump, amount
        # A charge rolled back after its compare-and-set leaves a guess the counter never held
        generation, image = _unsaved_rows(scale, "cas_rolled_back")
        with pytest.raises(RuntimeError, match="after the charge"), sessions.begin() as session:
            charge_images(session, first.prices, scale, generation, [image], 0, counters=first.counters)
            raise RuntimeError("after the charge")
        assert _counters(sessions)[(scale, month)] == (6, Decimal("0.0150"))
        assert _generate(first, scale) == "succeeded"  # 7
        assert _counters(sessions)[(scale, month)] == (7, Decimal("0.0150") * 2)
        assert _items(sessions, scale) == {"scale included image": INCLUDED, "scale overage image": 2}
        _assert_counters_match(sessions)


def _fresh(backend: Backend, tmp_path: Path, request: pytest.FixtureRequest) -> Settings:
    url = None
    if backend.name == "postgres":
        postgres: Postgres = request.getfixturevalue("postgres_server")
        url = postgres.create_database()
    return Settings(data_dir=tmp_path / "migrated", database_url=url)


def test_migration_backfills_the_counters(
    backend: Backend, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    settings = _fresh(backend, tmp_path, request)
    prepare_data_dir(settings)
    engine = make_engine(settings)
    try:
        config = alembic_config(engine)
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "0004_fees")
        assert "usage_months" not in inspect(engine).get_table_names()
        october, november = 1_761_955_200 + 3600, 1_764_547_200 + 7200  # 2025-11-01, 2025-12-01 (+)
        charges = [
            ("acct_a", october, "0.0100"),
            ("acct_a", october + 5, "0.0200"),
            ("acct_a", november, "0.0150"),
            ("acct_b", october, "0"),
            ("acct_b", october + 9, "0.0150"),
        ]
        rows: list[dict[str, Any]] = [
            {
                "id": f"led_{i}",
                "account_id": account,
                "image_id": f"img_{i}",
                "generation_id": f"gen_{i}",
                "created": created,
                "item": "x",
                "amount": amount,
                "currency": "USD",
                "kind": IMAGE,
                "period": None,
            }
            for i, (account, created, amount) in enumerate(charges)
        ]
        rows.append({**rows[0], "id": "led_fee", "image_id": None, "generation_id": None})
        rows[-1].update(kind=UNIT_FEE, period="2025-11", amount="500.00")
        with engine.begin() as connection:
            connection.execute(insert(table_of(LedgerRow)), rows)
        upgrade_to_head(settings, engine)
        sessions = make_sessions(engine)
        assert _counters(sessions) == {
            ("acct_a", "2025-11"): (2, Decimal("0.0300")),
            ("acct_a", "2025-12"): (1, Decimal("0.0150")),
            ("acct_b", "2025-11"): (2, Decimal("0.0150")),
        }
        assert _counters(sessions) == _ledger(sessions)
        assert reconcile(sessions).counter_mismatches == ()
        with sessions() as session:
            assert month_spend(session, "acct_a", october + 86_400) == Decimal("0.0300")
        # A counter edited behind the ledger's back is reported
        with sessions.begin() as session:
            session.get_one(UsageMonthRow, ("acct_b", "2025-11")).images = 3
        mismatches = reconcile(sessions).counter_mismatches
        assert mismatches == ("acct_b 2025-11: counter 3 images 0.0150, ledger 2 images 0.0150",)
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.downgrade(config, "0004_fees")
        assert "usage_months" not in inspect(engine).get_table_names()
    finally:
        engine.dispose()
