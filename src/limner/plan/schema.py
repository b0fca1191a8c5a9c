"""The plan's JSON Schema, as served at ``GET /v1/schema/plan``."""

from __future__ import annotations

from functools import cache
from typing import Any

from limner.plan.model import SCHEMA_VERSION, Plan

SCHEMA_ID = "https://limner.dev/schema/plan/v1.json"


@cache
def plan_json_schema() -> dict[str, Any]:
    schema = Plan.model_json_schema(mode="serialization")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = SCHEMA_ID
    schema["title"] = f"Limner scene plan v{SCHEMA_VERSION}"
    return schema


__all__ = ["SCHEMA_ID", "plan_json_schema"]
