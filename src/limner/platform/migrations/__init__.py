"""Alembic migrations of Limner's database (run by ``limner.platform.db.upgrade_to_head``)."""
