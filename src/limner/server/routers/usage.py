"""``GET /v1/usage``: what the caller's account was charged (sums of the ledger).

Scale accounts also pay a monthly unit fee (``units × scale_unit_month``): it is a ledger row of
its own (``kind`` ``unit_fee``, one per account per month, dated the first second of the month,
UTC), shown as the line item ``scale unit fee`` and included in ``amount``; ``images`` counts
images only. So usage totals always equal the ledger.
"""

from __future__ import annotations

from typing import Annotated, Literal, cast

from fastapi import APIRouter, Query, Request
from pydantic import BaseModel, Field

from limner.platform.access import Access
from limner.platform.metering import usage
from limner.server.deps import AccountDep, problems

router = APIRouter(tags=["usage"])
_Kind = Literal["image", "unit_fee"]


class UsageLineItem(BaseModel):
    item: str
    images: int = Field(description="Images charged under this item (0 for fees).")
    amount: str = Field(description="Decimal string.")
    kind: _Kind = Field(
        default="image",
        description=(
            "`image`: per-image charges; `unit_fee`: the Scale tier's monthly fee, units × the "
            "unit price, one per month, dated the first second of its month (UTC)."
        ),
    )


class UsageReport(BaseModel):
    object: Literal["usage"] = "usage"
    start: int | None
    end: int | None
    images: int = Field(description="Images charged in the period (fees are not images).")
    amount: str = Field(description="Decimal string, the sum of the line items (fees included).")
    currency: str
    line_items: list[UsageLineItem]


@router.get(
    "/v1/usage",
    response_model=UsageReport,
    responses=problems(422),
    summary="Usage and charges",
    description=(
        "Sums of the account's ledger rows created in `[start, end)`. For Scale accounts the "
        "monthly unit fee is a line item (`kind` `unit_fee`) dated the first second of its month "
        "(UTC): a period containing that instant includes it. Usage equals the ledger exactly."
    ),
)
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
            UsageLineItem(item=i.item, images=i.images, amount=str(i.amount), kind=cast(_Kind, i.kind))
            for i in totals.line_items
        ],
    )


__all__ = ["router"]
