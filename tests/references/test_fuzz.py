"""Schemathesis over the reference endpoints: no 5xx, every answer as documented."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis import GenerationMode

from limner.config import Settings
from limner.platform.service import LimnerService
from limner.server.app import create_app
from tests.server.test_fuzz import CHECKS

from .images import encode, product

OPERATIONS = [("POST", "/v1/references"), ("GET", "/v1/references/{id}"), ("DELETE", "/v1/references/{id}")]


@pytest.fixture(scope="module")
def api_schema(tmp_path_factory: pytest.TempPathFactory) -> Iterator[schemathesis.BaseSchema]:
    data_dir: Path = tmp_path_factory.mktemp("fuzz-refs") / "data"
    with LimnerService.open(Settings(data_dir=data_dir, database_url=None)) as service:
        service.references.create(encode(product()), "product", "bottle", "acct_local")
        yield schemathesis.openapi.from_asgi("/openapi.json", create_app(service.settings, service))


#: Negative data (values outside the schema) only exists where there is a body to break.
CASES = [(m, p, GenerationMode.POSITIVE) for m, p in OPERATIONS] + [
    ("POST", "/v1/references", GenerationMode.NEGATIVE)
]


@pytest.mark.parametrize(("method", "path", "mode"), CASES, ids=str)
def test_reference_operations(
    api_schema: schemathesis.BaseSchema, method: str, path: str, mode: GenerationMode
) -> None:
    operation = api_schema[path][method]

    @given(case=operation.as_strategy(generation_mode=mode))
    @settings(
        max_examples=20,
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much, HealthCheck.data_too_large],
    )
    def fuzz(case: schemathesis.Case[Any]) -> None:
        response = case.call()
        case.validate_response(response, checks=CHECKS)

    fuzz()
