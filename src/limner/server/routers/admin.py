"""``/v1/admin/…``: keys and accounts. The access middleware admits only the admin key here."""

from __future__ import annotations

from typing import Annotated, Literal, cast

from fastapi import APIRouter, Depends, Request
from pydantic import BaseModel, ConfigDict, Field, StrictInt

from limner.platform.access import Access
from limner.platform.accounts_tables import AccountRow
from limner.platform.capacity import CapacityView
from limner.platform.keys import KeyInfo
from limner.server.deps import BODY_PROBLEMS, ServiceDep, problems, require_json

router = APIRouter(prefix="/v1/admin", tags=["admin"])


def get_access(request: Request) -> Access:
    return cast(Access, request.app.state.access)


AccessDep = Annotated[Access, Depends(get_access)]
_MONEY = r"^\d{1,12}(\.\d{1,6})?$"


class KeyBody(BaseModel):
    model_config = ConfigDict(extra="forbid")

    tier: Literal["build", "scale"]
    name: str | None = Field(default=None, max_length=200)
    account_id: str | None = Field(default=None, description="Add the key to this account; else a new one.")
    units: StrictInt = Field(default=0, ge=0, le=10_000, description="Provisioned units (scale only).")
    monthly_cap: str | None = Field(default=None, pattern=_MONEY, description="Monthly spend cap (decimal).")


class Key(BaseModel):
    id: str
    object: Literal["key"] = "key"
    account_id: str
    tier: str
    name: str | None
    prefix: str
    created: int
    revoked: bool


class CreatedKey(Key):
    secret: str = Field(description="Shown once; only its hash is stored.")
    webhook_secret: str = Field(description="The account's key for verifying `Limner-Signature`.")


class KeyList(BaseModel):
    object: Literal["list"] = "list"
    data: list[Key]


class Account(BaseModel):
    id: str
    object: Literal["account"] = "account"
    name: str | None
    tier: str
    units: int
    monthly_cap: str | None
    created: int


class AccountList(BaseModel):
    object: Literal["list"] = "list"
    data: list[Account]


class AccountPatch(BaseModel):
    model_config = ConfigDict(extra="forbid")

    monthly_cap: str | None = Field(default=None, pattern=r"^$|" + _MONEY, description='"" removes the cap.')
    units: StrictInt | None = Field(default=None, ge=0, le=10_000)


def _key(info: KeyInfo) -> Key:
    return Key.model_validate(info, from_attributes=True)


def _account(row: AccountRow) -> Account:
    return Account.model_validate(row, from_attributes=True)


@router.post(
    "/keys",
    status_code=201,
    response_model=CreatedKey,
    responses=problems(*BODY_PROBLEMS, 401, 404),
    dependencies=[Depends(require_json)],
    summary="Create an API key (and its account)",
)
def create_key(body: KeyBody, access: AccessDep, service: ServiceDep) -> CreatedKey:
    created = access.keys.create(
        body.tier, name=body.name, account_id=body.account_id, units=body.units, monthly_cap=body.monthly_cap
    )
    service.slots.refresh()  # a new Scale account's units reserve render slots at once
    return CreatedKey(
        **_key(created.info).model_dump(), secret=created.secret, webhook_secret=created.webhook_secret
    )


@router.get("/keys", response_model=KeyList, responses=problems(401), summary="List API keys")
def list_keys(access: AccessDep, account_id: str | None = None) -> KeyList:
    return KeyList(data=[_key(k) for k in access.keys.listing(account_id)])


@router.delete("/keys/{id}", response_model=Key, responses=problems(401, 404), summary="Revoke a key")
def revoke_key(id: str, access: AccessDep) -> Key:
    return _key(access.keys.revoke(id))


@router.get("/accounts", response_model=AccountList, responses=problems(401), summary="List accounts")
def list_accounts(access: AccessDep) -> AccountList:
    return AccountList(data=[_account(a) for a in access.keys.accounts()])


@router.patch(
    "/accounts/{id}",
    response_model=Account,
    responses=problems(*BODY_PROBLEMS, 401, 404),
    dependencies=[Depends(require_json)],
    summary="Change an account's spend cap or units",
)
def patch_account(id: str, body: AccountPatch, access: AccessDep, service: ServiceDep) -> Account:
    account = _account(access.keys.set_account(id, monthly_cap=body.monthly_cap, units=body.units))
    service.slots.refresh()  # units reserve render slots (other API processes follow within seconds)
    return account


@router.get(
    "/capacity",
    response_model=CapacityView,
    responses=problems(401),
    summary="Render slots of this API process",
    description=(
        "`total` slots (`LIMNER_RENDER_SLOTS`); each Scale account's units reserve that many "
        "(`accounts[].reserved`, fewer than `units` when they exceed `total` - 1: `capped`); "
        "Build and local requests use the `shared` rest. Busy and waiting counts are live. "
        "Every API process has its own slots: this answer is the one process that served it."
    ),
)
def capacity(service: ServiceDep) -> CapacityView:
    return service.capacity()


__all__ = ["router"]
