"""Engine, sessions and schema migrations.

SQLite (the default, a file under the data dir) runs in WAL mode with ``synchronous=NORMAL``,
foreign keys on and a busy timeout; its writers queue on a file lock and the server checkpoints its
log in the background (``sqlite_writers``). Any other SQLAlchemy URL (e.g. PostgreSQL) is used as given.
The schema is managed by Alembic, configured in code: no ``alembic.ini`` is needed.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from limner.config import Settings
from limner.platform.sqlite_writers import AUTOCHECKPOINT_PAGES, WriterLockConnection, WriterQueue

MIGRATIONS_DIR = Path(__file__).with_name("migrations")

#: Milliseconds a SQLite writer waits for another writer before giving up.
SQLITE_BUSY_TIMEOUT_MS = 10_000


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        cursor.execute(f"PRAGMA wal_autocheckpoint={AUTOCHECKPOINT_PAGES}")
    finally:
        cursor.close()


def prepare_data_dir(settings: Settings) -> None:
    """Create the data dir, the blob dir and the folder of a SQLite database file."""
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    settings.blob_dir.mkdir(parents=True, exist_ok=True)
    url = make_url(settings.db_url)
    if url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:"):
        Path(url.database).parent.mkdir(parents=True, exist_ok=True)


def make_engine(settings: Settings) -> Engine:
    """An engine for ``settings.db_url`` with Limner's SQLite pragmas applied on every connection."""
    url = make_url(settings.db_url)
    if url.get_backend_name() == "sqlite":
        factory = functools.partial(WriterLockConnection, queue=WriterQueue())
        engine = create_engine(url, connect_args={"check_same_thread": False, "factory": factory})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(url, pool_pre_ping=True)


def make_sessions(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(bind=engine, expire_on_commit=False)


def bound_engine(sessions: sessionmaker[Session] | Engine) -> Engine:
    """The engine behind ``sessions`` (Core statements skip the ORM's unit of work)."""
    if isinstance(sessions, Engine):
        return sessions
    with sessions() as session:
        bind = session.get_bind()
    if not isinstance(bind, Engine):
        raise TypeError("the sessions must be bound to an Engine")
    return bind


def alembic_config(engine: Engine) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.set_main_option(
        "sqlalchemy.url", engine.url.render_as_string(hide_password=False).replace("%", "%%")
    )
    return config


def upgrade_to_head(settings: Settings, engine: Engine | None = None) -> None:
    """Bring the database at ``settings.db_url`` to the newest schema (idempotent)."""
    prepare_data_dir(settings)
    own = engine is None
    active = make_engine(settings) if engine is None else engine
    try:
        config = alembic_config(active)
        with active.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "heads")
    finally:
        if own:
            active.dispose()


def current_revision(engine: Engine) -> str | None:
    """The Alembic revision the database is at (``None`` before the first migration)."""
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


__all__ = [
    "MIGRATIONS_DIR",
    "alembic_config",
    "bound_engine",
    "current_revision",
    "make_engine",
    "make_sessions",
    "prepare_data_dir",
    "upgrade_to_head",
]
