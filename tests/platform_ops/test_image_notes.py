"""Render notes are stored per image: ``GET /v1/generations/{id}`` returns them, for synchronous and
async generations, on SQLite and PostgreSQL; images stored before notes were have ``[]``."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import insert, inspect

from limner.config import Settings
from limner.platform.db import alembic_config, make_engine, prepare_data_dir
from limner.platform.service import LimnerService
from limner.platform.tables import GenerationRow, ImageRow, PlanRow, table_of
from limner.server.app import create_app
from tests.platform_ops.conftest import Backend, Postgres, start_server, stop_server
from tests.server.live import client, serving

#: No art for a hair drier: the built-in renderer notes what it drew instead.
PROMPT = {"prompt": "a hair drier next to a red apple", "size": "256x256", "seed": 5}
BEFORE_NOTES = "0006_idempotency_lease"


def test_sync_and_async_generations_keep_their_notes(backend: Backend) -> None:
    server = start_server(backend, auth="local")
    try:
        with server.client() as http:
            made = http.post("/v1/generate", json=PROMPT)
            assert made.status_code == 200, made.text
            notes = made.json()["images"][0]["notes"]
            assert any("'hair drier'" in note for note in notes), notes
            stored = http.get(f"/v1/generations/{made.json()['id']}").json()
            assert stored["images"][0]["notes"] == notes

            queued = http.post("/v1/generate", json={**PROMPT, "async": True})
            assert queued.status_code == 202, queued.text
            deadline = time.monotonic() + 60
            while (job := http.get(queued.headers["Location"]).json())["status"] in ("queued", "running"):
                assert time.monotonic() < deadline, job
                time.sleep(0.1)
    finally:
        stop_server(server)
    assert job["status"] == "succeeded", job
    # Same prompt, seed and version: the same drawing, so the same notes.
    assert job["images"][0]["notes"] == notes


@pytest.fixture(params=["sqlite", "postgres"])
def fresh(request: pytest.FixtureRequest, tmp_path: Path) -> Settings:
    """Settings on an empty database of each kind."""
    url = None
    if request.param == "postgres":
        pg: Postgres = request.getfixturevalue("postgres_server")
        url = pg.create_database()
    return Settings(data_dir=tmp_path / "data", database_url=url, embedded_workers=0, render_processes=False)


def _store_before_notes(settings: Settings) -> None:
    """A database at the revision before notes, holding one generation with one image."""
    prepare_data_dir(settings)
    engine = make_engine(settings)
    try:
        config = alembic_config(engine)
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, BEFORE_NOTES)
        with engine.begin() as connection:
            assert "notes" not in {c["name"] for c in inspect(connection).get_columns("images")}
            connection.execute(
                insert(table_of(PlanRow)).values(id="plan_old", created=1, prompt="an apple", body="{}")
            )
            connection.execute(
                insert(table_of(GenerationRow)).values(
                    id="gen_old",
                    plan_id="plan_old",
                    status="succeeded",
                    created=1,
                    renderer="builtin",
                    request="{}",
                )
            )
            old_image = {
                "id": "img_old",
                "generation_id": "gen_old",
                "position": 0,
                "sha256": "0" * 64,
                "width": 64,
                "height": 64,
                "format": "png",
                "seed": 0,
                "created": 1,
            }
            connection.execute(insert(table_of(ImageRow)).values(old_image))
    finally:
        engine.dispose()


@pytest.fixture
def upgraded(fresh: Settings) -> Iterator[LimnerService]:
    _store_before_notes(fresh)
    with LimnerService.open(fresh) as service:  # migrates to the newest schema
        yield service


def test_images_from_before_notes_have_an_empty_list(fresh: Settings, upgraded: LimnerService) -> None:
    with serving(create_app(fresh, upgraded)) as url, client(url) as http:
        old = http.get("/v1/generations/gen_old")
        made = http.post("/v1/generate", json=PROMPT)
    assert old.status_code == 200, old.text
    assert [image["notes"] for image in old.json()["images"]] == [[]]
    assert made.status_code == 200 and made.json()["images"][0]["notes"]
