from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect

from limner.config import Settings
from limner.platform.db import alembic_config, make_engine, upgrade_to_head
from limner.platform.tables import Base


def test_migrations_create_the_schema_on_a_fresh_database(settings: Settings) -> None:
    upgrade_to_head(settings)
    assert (settings.data_dir / "limner.db").is_file()
    assert settings.blob_dir.is_dir()
    engine = make_engine(settings)
    try:
        inspector = inspect(engine)
        assert {"plans", "generations", "images", "alembic_version"} <= set(inspector.get_table_names())
        columns = {
            t: {c["name"] for c in inspector.get_columns(t)} for t in ("plans", "generations", "images")
        }
        assert columns["plans"] >= {"id", "account_id", "created", "prompt", "base_plan_id", "body"}
        assert columns["generations"] >= {
            "id", "account_id", "plan_id", "status", "created", "request", "error", "change_mask",
        }  # fmt: skip
        assert columns["images"] >= {
            "id", "account_id", "generation_id", "sha256", "width", "height", "format", "seed", "locale",
            "created",
        }  # fmt: skip
        fks = inspector.get_foreign_keys("images")
        assert [(fk["referred_table"], fk["constrained_columns"]) for fk in fks] == [
            ("generations", ["generation_id"])
        ]
        with engine.connect() as connection:  # migrations may branch: every head is applied
            applied = set(MigrationContext.configure(connection).get_current_heads())
        assert "0001" not in applied or applied == {"0001"}
        assert applied == set(ScriptDirectory.from_config(alembic_config(engine)).get_heads())
    finally:
        engine.dispose()


def test_the_migration_matches_the_orm_tables(settings: Settings) -> None:
    upgrade_to_head(settings)
    engine = make_engine(settings)
    try:
        with engine.connect() as connection:
            diff = compare_metadata(MigrationContext.configure(connection), Base.metadata)
        assert diff == []
    finally:
        engine.dispose()


def test_upgrade_is_idempotent_and_keeps_rows(settings: Settings) -> None:
    upgrade_to_head(settings)
    engine = make_engine(settings)
    try:
        with engine.begin() as connection:
            connection.exec_driver_sql(
                "INSERT INTO plans (id, created, prompt, body) VALUES ('plan_x', 1, 'p', '{}')"
            )
        upgrade_to_head(settings)
        with engine.connect() as connection:
            rows = connection.exec_driver_sql("SELECT id, account_id FROM plans").all()
        assert rows == [("plan_x", "acct_local")]
    finally:
        engine.dispose()


def test_sqlite_runs_in_wal_mode_with_foreign_keys(settings: Settings) -> None:
    upgrade_to_head(settings)
    engine = make_engine(settings)
    try:
        with engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 1  # NORMAL
    finally:
        engine.dispose()
