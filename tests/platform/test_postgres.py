"""The same schema and service on PostgreSQL, when ``LIMNER_TEST_POSTGRES_URL`` names a database
(e.g. ``postgresql+psycopg://postgres@127.0.0.1:5432/postgres``; needs the ``psycopg`` driver)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text

from limner.config import Settings
from limner.errors import NotFoundError
from limner.platform.db import current_revision
from limner.platform.schemas import GenerateBody
from limner.platform.service import LimnerService
from limner.platform.tables import Base
from limner.render.registry import RendererRegistry
from tests.platform.doubles import BoxesRenderer, FailingRenderer, WordsReasoner

URL = os.environ.get("LIMNER_TEST_POSTGRES_URL")

pytestmark = pytest.mark.skipif(not URL, reason="set LIMNER_TEST_POSTGRES_URL to test on PostgreSQL")


def test_migrations_and_a_round_trip_on_postgres(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path / "data", database_url=URL)
    registry = RendererRegistry([("builtin", BoxesRenderer), ("failing", FailingRenderer)])
    with LimnerService.open(settings, reasoner=WordsReasoner(), renderers=registry) as service:
        with service.engine.begin() as connection:  # a clean slate, then migrate again
            connection.execute(text("DROP TABLE IF EXISTS images, generations, plans, alembic_version"))
        service.close()
    with LimnerService.open(settings, reasoner=WordsReasoner(), renderers=registry) as service:
        assert current_revision(service.engine) == "0001"
        with service.engine.connect() as connection:
            assert compare_metadata(MigrationContext.configure(connection), Base.metadata) == []
        generation = service.generate(GenerateBody(prompt="red cup", size="64x64", n=2))
        assert service.get_generation(generation.id) == generation
        failed = service.generate(GenerateBody(prompt="cat", renderer="failing", n=2))
        assert failed.status == "failed" and failed.images == []
        assert service.count_rows() == {"plans": 2, "generations": 2, "images": 2}
        with pytest.raises(NotFoundError):
            service.get_plan(generation.plan_id, "acct_other")
