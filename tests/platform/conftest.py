from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from limner.config import Settings
from limner.platform.service import LimnerService
from limner.render.registry import RendererRegistry
from tests.platform.doubles import BoxesRenderer, FailingRenderer, WordsReasoner


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(data_dir=tmp_path / "data", database_url=None)


@pytest.fixture
def service(settings: Settings) -> Iterator[LimnerService]:
    registry = RendererRegistry(
        [
            ("builtin", BoxesRenderer),
            ("failing", FailingRenderer),
            ("crashing", lambda: FailingRenderer(succeed=0, crash=True)),
        ]
    )
    with LimnerService.open(settings, reasoner=WordsReasoner(), renderers=registry) as opened:
        yield opened
