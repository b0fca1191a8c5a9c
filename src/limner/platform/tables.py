"""The relational schema (SQLAlchemy 2 ORM). Alembic migrations in ``migrations/`` create it.

JSON goes into plain ``Text`` columns so that SQLite and PostgreSQL behave the same. Every row
carries the ``account_id`` that owns it; before accounts exist everything belongs to
:data:`LOCAL_ACCOUNT`.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from functools import cache
from typing import Protocol

from sqlalchemy import (
    BigInteger,
    Boolean,
    Connection,
    ForeignKey,
    Index,
    Insert,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    insert,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from limner.platform.hotsql import HotStatement

#: The built-in account used when requests are not authenticated (``--auth local``).
LOCAL_ACCOUNT = "acct_local"

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class PlanRow(Base):
    __tablename__ = "plans"
    #: Newest-first pages of an account's plans (``limner.platform.history``).
    __table_args__ = (Index("ix_plans_account_created", "account_id", "created", "id"),)

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    account_id: Mapped[str] = mapped_column(
        String(64), index=True, default=LOCAL_ACCOUNT, server_default=LOCAL_ACCOUNT
    )
    created: Mapped[int] = mapped_column(BigInteger)
    prompt: Mapped[str] = mapped_column(Text)
    base_plan_id: Mapped[str | None] = mapped_column(String(64), nullable=True)
    #: The whole plan as JSON (``Plan.model_dump_json()``).
    body: Mapped[str] = mapped_column(Text)


class GenerationRow(Base):
    __tablename__ = "generations"
    #: Newest-first pages of an account's generations (``limner.platform.history``).
    __table_args__ = (Index("ix_generations_account_created", "account_id", "created", "id"),)

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    account_id: Mapped[str] = mapped_column(
        String(64), index=True, default=LOCAL_ACCOUNT, server_default=LOCAL_ACCOUNT
    )
    plan_id: Mapped[str] = mapped_column(ForeignKey("plans.id"), index=True)
    status: Mapped[str] = mapped_column(String(16))
    created: Mapped[int] = mapped_column(BigInteger)
    renderer: Mapped[str] = mapped_column(String(64))
    #: The request body as JSON, as the caller sent it (validated).
    request: Mapped[str] = mapped_column(Text)
    #: ``{"code": …, "message": …}`` as JSON when the generation failed.
    error: Mapped[str | None] = mapped_column(Text, nullable=True)
    #: Normalized boxes as JSON (edits only).
    change_mask: Mapped[str | None] = mapped_column(Text, nullable=True)


class ImageRow(Base):
    __tablename__ = "images"
    #: Newest-first pages of an account's images (``limner.platform.history``).
    __table_args__ = (Index("ix_images_account_created", "account_id", "created", "id"),)

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    account_id: Mapped[str] = mapped_column(
        String(64), index=True, default=LOCAL_ACCOUNT, server_default=LOCAL_ACCOUNT
    )
    generation_id: Mapped[str] = mapped_column(ForeignKey("generations.id"), index=True)
    #: Order within the generation (0-based).
    position: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    width: Mapped[int] = mapped_column(Integer)
    height: Mapped[int] = mapped_column(Integer)
    format: Mapped[str] = mapped_column(String(8))
    seed: Mapped[int] = mapped_column(BigInteger)
    locale: Mapped[str | None] = mapped_column(String(35), nullable=True)
    created: Mapped[int] = mapped_column(BigInteger)
    #: The renderer's notes as a JSON list of strings; ``None`` (rows before migration 0007): none.
    notes: Mapped[str | None] = mapped_column(Text, nullable=True, default=None)


class GenerationFields(Protocol):
    """What reading a generation needs: a stored :class:`GenerationRow` or a :class:`NewGeneration`."""

    @property
    def id(self) -> str: ...
    @property
    def plan_id(self) -> str: ...
    @property
    def status(self) -> str: ...
    @property
    def created(self) -> int: ...
    @property
    def error(self) -> str | None: ...
    @property
    def change_mask(self) -> str | None: ...


class ImageFields(Protocol):
    """What reading an image needs: a stored :class:`ImageRow` or a :class:`NewImage`."""

    @property
    def id(self) -> str: ...
    @property
    def sha256(self) -> str: ...
    @property
    def width(self) -> int: ...
    @property
    def height(self) -> int: ...
    @property
    def format(self) -> str: ...
    @property
    def seed(self) -> int: ...
    @property
    def locale(self) -> str | None: ...
    @property
    def notes(self) -> str | None: ...


@dataclass(frozen=True, slots=True)
class NewGeneration:
    """A ``generations`` row being inserted with Core, made from the same column values (no ORM
    instance: much cheaper to make), for what reads it before the transaction ends."""

    id: str
    account_id: str
    plan_id: str
    status: str
    created: int
    renderer: str
    request: str
    error: str | None
    change_mask: str | None


@dataclass(frozen=True, slots=True)
class NewImage:
    """An ``images`` row about to be inserted with Core (see :class:`NewGeneration`)."""

    id: str
    account_id: str
    generation_id: str
    position: int
    sha256: str
    width: int
    height: int
    format: str
    seed: int
    locale: str | None
    created: int
    notes: str | None


def row_values(record: NewGeneration | NewImage) -> dict[str, object]:
    """A record's column values, for a Core ``INSERT``."""
    return {field.name: getattr(record, field.name) for field in fields(record)}


class ReferenceRow(Base):
    """An uploaded reference image (its bytes are a blob: ``sha256`` + ``format``)."""

    __tablename__ = "references"
    #: Newest-first pages of an account's references (``limner.platform.history``).
    __table_args__ = (Index("ix_references_account_created", "account_id", "created", "id"),)

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    account_id: Mapped[str] = mapped_column(
        String(64), index=True, default=LOCAL_ACCOUNT, server_default=LOCAL_ACCOUNT
    )
    created: Mapped[int] = mapped_column(BigInteger)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    format: Mapped[str] = mapped_column(String(8))
    width: Mapped[int] = mapped_column(Integer)
    height: Mapped[int] = mapped_column(Integer)
    bytes: Mapped[int] = mapped_column(BigInteger)
    has_alpha: Mapped[bool] = mapped_column(Boolean)
    role: Mapped[str] = mapped_column(String(16))
    name: Mapped[str | None] = mapped_column(String(200), nullable=True)


def table_of(model: type[Base]) -> Table:
    """The Core table of a mapped class (for Core statements on the hot path)."""
    table = model.__table__
    if not isinstance(table, Table):
        raise TypeError(f"{model.__name__} is not mapped to a table")
    return table


def insert_new(connection: Connection, table: Table, rows: list[dict[str, object]]) -> int:
    """Insert ``rows`` into ``table``, skipping any whose unique key is already taken; how many it
    added. PostgreSQL and SQLite: one ``INSERT … ON CONFLICT DO NOTHING RETURNING <primary key>``
    (a row back per row really inserted: ``rowcount`` is not kept for inserts on every driver);
    other databases: row by row, each in a savepoint that an IntegrityError rolls back."""
    if not rows:
        return 0
    dialect = connection.dialect.name
    if dialect in ("postgresql", "sqlite"):
        builder = postgresql.insert if dialect == "postgresql" else sqlite.insert
        statement = builder(table).on_conflict_do_nothing().returning(*table.primary_key.columns)
        return len(connection.execute(statement.values(rows)).all())
    added = 0
    for row in rows:
        try:
            with connection.begin_nested():
                connection.execute(insert(table).values(row))
            added += 1
        except IntegrityError:
            continue
    return added


@cache
def hot_insert(model: type[Base]) -> HotStatement:
    """:func:`insert_into` run on the DBAPI cursor (:mod:`limner.platform.hotsql`): for the rows
    every request writes."""
    return HotStatement(insert_into(model))


@cache
def insert_into(model: type[Base]) -> Insert:
    """``INSERT INTO`` a mapped class's table as a Core statement, built once: execute it with
    a dict of column values (or a list of them) to skip the ORM unit of work."""
    return insert(table_of(model))


__all__ = [
    "LOCAL_ACCOUNT",
    "Base",
    "GenerationFields",
    "GenerationRow",
    "ImageFields",
    "ImageRow",
    "NewGeneration",
    "NewImage",
    "PlanRow",
    "ReferenceRow",
    "hot_insert",
    "insert_into",
    "insert_new",
    "row_values",
    "table_of",
]
