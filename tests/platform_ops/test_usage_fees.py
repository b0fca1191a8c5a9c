"""The Scale tier's monthly unit fee: a ledger row of its own, once per account per month, shown by
``GET /v1/usage`` and counted in its total, while ``limner billing reconcile`` stays exact."""

from __future__ import annotations

import calendar
import json
import threading
import time
from decimal import Decimal
from typing import Any

import httpx
import pytest
from sqlalchemy import select

from limner.config import Settings
from limner.platform.accounts_tables import AccountRow, LedgerRow
from limner.platform.db import make_engine, make_sessions, upgrade_to_head
from limner.platform.metering import UNIT_FEE, accrue_unit_fees, months_between, period_of, usage
from limner.platform.pricing import Prices
from tests.platform_ops.conftest import Backend, Server, limner

pytestmark = pytest.mark.slow  # its files run first (tests/conftest.py)

GEN = {"prompt": "a red apple next to a blue cup", "size": "64x64"}


def _scale_key(server: Server, units: int, **extra: Any) -> dict[str, Any]:
    with server.admin() as admin:
        response = admin.post("/v1/admin/keys", json={"tier": "scale", "units": units, **extra})
    assert response.status_code == 201, response.text
    return dict(response.json())


def _month_bounds(now: int) -> tuple[int, int]:
    t = time.gmtime(now)
    start = calendar.timegm((t.tm_year, t.tm_mon, 1, 0, 0, 0, 0, 0, 0))
    year, month = (t.tm_year + 1, 1) if t.tm_mon == 12 else (t.tm_year, t.tm_mon + 1)
    return start, calendar.timegm((year, month, 1, 0, 0, 0, 0, 0, 0))


def test_usage_shows_the_unit_fee_once_and_reconciles(backend: Backend, servers: list[Server]) -> None:
    key = _scale_key(servers[0], units=2)
    start, end = _month_bounds(int(time.time()))
    clients = [s.client(key["secret"]) for s in servers]
    try:
        # Many first looks at once, from two processes: the month's fee is recorded once.
        answers: list[httpx.Response] = []
        threads = [
            threading.Thread(target=lambda c=c: answers.append(c.get("/v1/usage"))) for c in clients * 4
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert [a.status_code for a in answers] == [200] * 8
        assert all(Decimal(a.json()["amount"]) == Decimal("1000.00") for a in answers)
        assert clients[0].post("/v1/generate", json={**GEN, "n": 2}).status_code == 200
        report = clients[1].get("/v1/usage", params={"start": start, "end": end}).json()
    finally:
        for c in clients:
            c.close()
    items = {i["item"]: i for i in report["line_items"]}
    assert items["scale unit fee"] == {
        "item": "scale unit fee",
        "images": 0,
        "amount": "1000.00",  # 2 units × 500.00, a decimal string
        "kind": "unit_fee",
    }
    assert items["scale included image"]["images"] == 2 and items["scale included image"]["kind"] == "image"
    assert report["images"] == 2
    assert Decimal(report["amount"]) == sum(Decimal(i["amount"]) for i in report["line_items"])
    assert Decimal(report["amount"]) == Decimal("1000.00")
    # The fee is dated the first second of the month: a period that starts later leaves it out.
    later = clients_get(servers[0], key["secret"], {"start": start + 1, "end": end})
    assert later["images"] == 2 and Decimal(later["amount"]) == 0
    result = limner(backend, "billing", "reconcile", "--json")
    assert result.returncode == 0, result.stdout + result.stderr
    reconciled = json.loads(result.stdout)
    assert reconciled["ok"] and reconciled["ledger_rows"] == reconciled["billed_images"]
    settings = Settings(data_dir=backend.data_dir, database_url=backend.database_url)
    engine = make_engine(settings)
    try:
        with make_sessions(engine)() as session:
            fees = session.scalars(
                select(LedgerRow).where(LedgerRow.account_id == key["account_id"], LedgerRow.kind == UNIT_FEE)
            ).all()
    finally:
        engine.dispose()
    assert [(f.period, f.amount, f.image_id, f.created) for f in fees] == [
        (period_of(start), "1000.00", None, start)
    ]


def clients_get(server: Server, secret: str, params: dict[str, int]) -> dict[str, Any]:
    with server.client(secret) as client:
        response = client.get("/v1/usage", params=params)
    assert response.status_code == 200, response.text
    return dict(response.json())


def test_the_spend_cap_counts_image_charges_not_the_unit_fee(servers: list[Server]) -> None:
    key = _scale_key(servers[0], units=1, monthly_cap="1.00")
    with servers[1].client(key["secret"]) as client:
        assert Decimal(client.get("/v1/usage").json()["amount"]) == Decimal("500.00")
        assert client.post("/v1/generate", json=GEN).status_code == 200  # the fee is not spend


def test_build_and_zero_unit_accounts_pay_no_fee(servers: list[Server]) -> None:
    with servers[0].admin() as admin:
        build = admin.post("/v1/admin/keys", json={"tier": "build"}).json()
    for secret in (build["secret"], _scale_key(servers[0], units=0)["secret"]):
        with servers[0].client(secret) as client:
            report = client.get("/v1/usage").json()
        assert report["line_items"] == [] and report["amount"] == "0"


def test_missing_months_are_accrued_once_each(backend: Backend) -> None:
    """An account created months ago that was never charged nor asked: every month gets its fee,
    once, at the units it has when the fee is recorded."""
    settings = Settings(data_dir=backend.data_dir, database_url=backend.database_url)
    engine = make_engine(settings)
    upgrade_to_head(settings, engine)
    sessions = make_sessions(engine)
    prices = Prices(scale_unit_month=Decimal("123.45"))
    created = calendar.timegm((2025, 11, 20, 12, 0, 0, 0, 0, 0))
    now = calendar.timegm((2026, 2, 3, 0, 0, 0, 0, 0, 0))
    account_id = f"acct_fee_{backend.name}"
    try:
        with sessions.begin() as session:
            session.add(
                AccountRow(
                    id=account_id,
                    name=None,
                    tier="scale",
                    units=3,
                    monthly_cap=None,
                    webhook_secret="s",
                    created=created,
                )
            )
        assert [period_of(m) for m in months_between(created, now)] == [
            "2025-11",
            "2025-12",
            "2026-01",
            "2026-02",
        ]
        with sessions.begin() as session:
            assert accrue_unit_fees(session, prices, account_id, now) == 4
        with sessions.begin() as session:
            assert accrue_unit_fees(session, prices, account_id, now) == 0
        totals = usage(sessions, prices, account_id, None, None, now=now)
        assert totals.images == 0 and totals.amount == Decimal("123.45") * 3 * 4
        assert [(i.item, i.kind, i.amount) for i in totals.line_items] == [
            ("scale unit fee", "unit_fee", Decimal("1481.40"))
        ]
        january = usage(
            sessions,
            prices,
            account_id,
            calendar.timegm((2026, 1, 1, 0, 0, 0, 0, 0, 0)),
            calendar.timegm((2026, 2, 1, 0, 0, 0, 0, 0, 0)),
            now=now,
        )
        assert january.amount == Decimal("370.35")
    finally:
        engine.dispose()
