"""``GET /v1/schema/plan``: the plan's JSON Schema."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter

from limner.plan.schema import plan_json_schema
from limner.server.deps import problems

router = APIRouter(tags=["meta"])


@router.get(
    "/v1/schema/plan",
    response_model=dict[str, Any],
    responses=problems(),
    summary="The scene plan's JSON Schema (draft 2020-12)",
)
async def get_plan_schema() -> dict[str, Any]:
    return plan_json_schema()
