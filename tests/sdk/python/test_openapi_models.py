"""The SDK's models cover every field the server documents in ``/openapi.json``."""

from __future__ import annotations

import types
import typing
from typing import Any

import httpx
import pytest
from limner_client import Generation, Image, Plan, Problem, Reference
from pydantic import BaseModel

from tests.serving import Server

pytestmark = pytest.mark.e2e


def _component(components: dict[str, Any], name: str) -> dict[str, Any]:
    for candidate in (name, f"{name}-Output", f"{name}Output"):
        if candidate in components:
            schema: dict[str, Any] = components[candidate]
            return schema
    raise AssertionError(f"/openapi.json has no component named {name!r}: {sorted(components)}")


def _ref(schema: dict[str, Any]) -> str | None:
    """The component a property points at (directly, in a list, or in an optional union)."""
    if "$ref" in schema:
        return str(schema["$ref"]).rsplit("/", 1)[-1]
    for key in ("anyOf", "oneOf", "allOf"):
        for option in schema.get(key, []):
            found = _ref(option)
            if found:
                return found
    if isinstance(schema.get("items"), dict):
        return _ref(schema["items"])
    return None


def _model_in(annotation: Any) -> type[BaseModel] | None:
    """The pydantic model inside a field annotation such as ``list[Element]`` or ``TextSpec | None``."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    if isinstance(annotation, types.UnionType) or typing.get_origin(annotation) is not None:
        for arg in typing.get_args(annotation):
            found = _model_in(arg)
            if found is not None:
                return found
    return None


def _missing(
    model: type[BaseModel], schema: dict[str, Any], components: dict[str, Any], path: str
) -> list[str]:
    names = {field.alias or name for name, field in model.model_fields.items()}
    missing = [f"{path}.{prop}" for prop in schema.get("properties", {}) if prop not in names]
    for prop, prop_schema in schema.get("properties", {}).items():
        ref = _ref(prop_schema)
        field = model.model_fields.get(prop)
        sub = _model_in(field.annotation) if field is not None else None
        if ref and sub is not None and ref in components:
            missing += _missing(sub, components[ref], components, f"{path}.{prop}")
    return missing


@pytest.fixture(scope="module")
def components(sdk_server: Server) -> dict[str, Any]:
    spec = httpx.get(f"{sdk_server.url}/openapi.json", timeout=30).json()
    schemas: dict[str, Any] = spec["components"]["schemas"]
    return schemas


@pytest.mark.parametrize(
    ("model", "name"),
    [
        (Generation, "Generation"),
        (Plan, "Plan"),
        (Problem, "Problem"),
        (Image, "ImageObject"),
        (Reference, "Reference"),
    ],
)
def test_every_server_field_exists_in_the_sdk_model(
    components: dict[str, Any], model: type[BaseModel], name: str
) -> None:
    schema = _component(components, name)
    assert schema.get("properties"), f"{name} has no properties in /openapi.json"
    assert _missing(model, schema, components, name) == []
