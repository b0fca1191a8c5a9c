"""``GET /v1/usage``: what the caller's account was charged (sums of the ledger)."""

from __future__ import annotations

from typing import Annotated, Literal, cast

from fastapi import APIRouter, Query, Request
from pydantic import BaseModel, Field

from limner.platform.access import Access
from limner.platform.metering import usage
from limner.server.deps import AccountDep, problems

router = APIRouter(tags=["usage"])


class UsageLineItem(BaseModel):
    item: str
    images: int
    amount: str = Field(description="Decimal string.")


class UsageReport(BaseModel):
    object: Literal["usage"] = "usage"
    start: int | None
    end: int | None
    images: int
    amount: str = Field(description="Decimal string, the sum of the line items.")
    currency: str
    line_items: list[UsageLineItem]


@router.get("/v1/usage", response_model=UsageReport, responses=problems(422), summary="Usage and charges")
def get_usage(
    request: Request,
    account_id: AccountDep,
    start: Annotated[int | None, Query(ge=0, le=2**62, description="Unix seconds, inclusive.")] = None,
    end: Annotated[int | None, Query(ge=0, le=2**62, description="Unix seconds, exclusive.")] = None,
) -> UsageReport:
    access = cast(Access, request.app.state.access)
    totals = usage(access.sessions, access.prices, account_id, start, end)
    return UsageReport(
        start=start,
        end=end,
        images=totals.images,
        amount=str(totals.amount),
        currency=totals.currency,
        line_items=[
            UsageLineItem(item=i.item, images=i.images, amount=str(i.amount)) for i in totals.line_items
        ],
    )


__all__ = ["router"]
