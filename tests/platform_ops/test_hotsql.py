"""Hot statements run on the DBAPI cursor behave as Core's ``execute`` of the same statement: the
same rows, counts and returned values, the same errors, the same transaction, and statement
listeners still see them. A JSON image request is admitted in one transaction on one connection:
the key read, then the requests and images buckets; a capped account still has its spend checked
before its images are taken (SQLite and PostgreSQL)."""

from __future__ import annotations

import datetime
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import (
    BigInteger,
    Column,
    DateTime,
    Engine,
    MetaData,
    String,
    Table,
    bindparam,
    case,
    event,
    insert,
    select,
    update,
)
from sqlalchemy.exc import IntegrityError

from limner.config import Settings
from limner.platform.access import Access, Denied, Principal
from limner.platform.db import make_engine, make_sessions, upgrade_to_head
from limner.platform.hotsql import HotStatement
from limner.platform.keys import KeyStore
from tests.platform_ops.conftest import Backend

_META = MetaData()
_ROWS = Table(
    "hot_rows",
    _META,
    Column("key", String(32), primary_key=True),
    Column("count", BigInteger, nullable=False),
    Column("note", String(32), nullable=True),
)
#: A column type that needs a bind processor on SQLite: such statements run through Core.
_STAMPED = Table("hot_stamped", _META, Column("key", String(32), primary_key=True), Column("at", DateTime))
_KEY = bindparam("k", type_=String)
_BY = bindparam("by", type_=BigInteger)
#: A literal in the statement (bound by SQLAlchemy as a constant parameter) and RETURNING.
_BUMP = (
    update(_ROWS)
    .where(_ROWS.c.key == _KEY, _ROWS.c.count + _BY <= 10)
    .values(count=case((_ROWS.c.count > 5, _ROWS.c.count + _BY), else_=_ROWS.c.count + _BY))
    .returning(_ROWS.c.count)
)
_SET = update(_ROWS).where(_ROWS.c.key == _KEY).values(note=bindparam("note"))


@pytest.fixture
def engine(backend: Backend, tmp_path: Path) -> Iterator[Engine]:
    made = make_engine(Settings(data_dir=tmp_path, database_url=backend.database_url))
    _META.drop_all(made)
    _META.create_all(made)
    try:
        yield made
    finally:
        _META.drop_all(made)
        made.dispose()


def _all(engine: Engine) -> list[tuple[Any, ...]]:
    with engine.connect() as connection:
        return [tuple(r) for r in connection.execute(select(_ROWS).order_by(_ROWS.c.key))]


def test_rows_counts_and_returned_values_are_cores(engine: Engine) -> None:
    seen: list[tuple[str, Any]] = []
    event.listen(engine, "before_cursor_execute", lambda _c, _k, sql, params, *_: seen.append((sql, params)))
    add = HotStatement(insert(_ROWS))
    with engine.begin() as connection:
        assert add.run(connection, {"key": "a", "count": 1, "note": None}).rowcount == 1
        add.run(connection, [{"key": "b", "count": 2, "note": "x"}, {"key": "c", "count": 9, "note": None}])
        bumped = HotStatement(_BUMP).run(connection, {"k": "a", "by": 4})
        assert bumped.scalar() == 5  # the literal 10 went with the statement
        assert HotStatement(_BUMP).run(connection, {"k": "c", "by": 4}).row is None  # 13 > 10
        assert HotStatement(_SET).run(connection, {"k": "b", "note": "y"}).rowcount == 1
        assert HotStatement(_SET).run(connection, {"k": "zz", "note": "y"}).rowcount == 0
    assert _all(engine) == [("a", 5, None), ("b", 2, "y"), ("c", 9, None)]
    dialect = engine.dialect
    assert add.on_cursor(dialect, ["key", "count", "note"]) and HotStatement(_BUMP).on_cursor(
        dialect, ["k", "by"]
    )
    # Listeners saw each statement with the parameters sent (the executemany as one)
    assert [sql.split()[0] for sql, _ in seen[:6]] == [
        "INSERT",
        "INSERT",
        "UPDATE",
        "UPDATE",
        "UPDATE",
        "UPDATE",
    ]
    assert any("hot_rows" in sql and "RETURNING" in sql for sql, _ in seen)


def test_errors_are_cores_and_the_transaction_rolls_back(engine: Engine) -> None:
    add = HotStatement(insert(_ROWS))
    with pytest.raises(IntegrityError) as raised, engine.begin() as connection:
        add.run(connection, {"key": "a", "count": 1, "note": None})
        add.run(connection, {"key": "a", "count": 2, "note": None})
    assert raised.value.orig is not None and raised.value.__cause__ is raised.value.orig
    assert _all(engine) == []  # nothing of the transaction was kept
    with engine.begin() as connection:  # the pooled connection still works
        add.run(connection, {"key": "a", "count": 3, "note": None})
    assert _all(engine) == [("a", 3, None)]


def test_statements_needing_type_processing_run_through_core(engine: Engine) -> None:
    at = datetime.datetime(2026, 1, 2, 3, 4, 5)
    stamp = HotStatement(insert(_STAMPED))
    if engine.dialect.name == "sqlite":  # SQLite's DateTime binds through a processor
        assert not stamp.on_cursor(engine.dialect, ["key", "at"])
    with engine.begin() as connection:
        stamp.run(connection, {"key": "a", "at": at})
    with engine.connect() as connection:
        assert connection.execute(select(_STAMPED.c.at)).scalar() == at
    # Columns left out that have no value of their own are NULL, as with Core
    with engine.begin() as connection:
        HotStatement(insert(_ROWS)).run(connection, {"key": "n", "count": 0})
    assert _all(engine) == [("n", 0, None)]


def _access(backend: Backend, tmp_path: Path) -> Access:
    settings = Settings(
        data_dir=backend.data_dir, database_url=backend.database_url, ipm_build=5, auth="required"
    )
    engine = make_engine(settings)
    upgrade_to_head(settings, engine)
    return Access(settings, engine)


def test_an_image_request_is_admitted_on_one_connection(backend: Backend, tmp_path: Path) -> None:
    access = _access(backend, tmp_path)
    engine = access.limiter.engine
    try:
        secret = KeyStore(make_sessions(engine)).create("build").secret
        checkouts: list[Any] = []
        event.listen(engine, "checkout", lambda *args: checkouts.append(args))
        who, requests, images = access.admit_images(f"Bearer {secret}", address="a", images=2)
        assert isinstance(who, Principal) and requests.allowed and images is not None and images.allowed
        assert len(checkouts) == 1
        # The same buckets as apart: 5 images a minute, 2 taken, 4 more refused (nothing spent)
        _, _, more = access.admit_images(f"Bearer {secret}", address="a", images=4)
        assert more is not None and not more.allowed
        assert access.limiter.peek("ipm:" + who.key_id, 5).remaining == 3
        # More images than the bucket ever holds: the request is counted, the images are not tried
        _, counted, never = access.admit_images(f"Bearer {secret}", address="a", images=6)
        assert counted.allowed and never is None
        assert access.limiter.peek("rpm:" + who.key_id, access.requests_per_minute(who)).remaining == (
            access.requests_per_minute(who) - 3
        )
        # An unknown key spends from its address's bucket
        denied, anonymous, none = access.admit_images("Bearer lim_nope", address="b", images=1)
        assert isinstance(denied, Denied) and denied.status == 401 and anonymous.allowed and none is None
    finally:
        engine.dispose()


def test_a_capped_account_is_checked_before_its_images_are_taken(backend: Backend, tmp_path: Path) -> None:
    access = _access(backend, tmp_path)
    engine = access.limiter.engine
    try:
        secret = KeyStore(make_sessions(engine)).create("build", monthly_cap="0").secret
        who, requests, images = access.admit_images(f"Bearer {secret}", address="a", images=1)
        assert isinstance(who, Principal) and requests.allowed and images is None  # cap 0: reached
        assert access.limiter.peek("ipm:" + who.key_id, 5).remaining == 5
    finally:
        engine.dispose()
