"""The answers of the list endpoints: ``{"object": "list", "data": [...], "has_more": bool}``.

A page is asked for with ``limit`` (1–100, default 20) and ``after`` (the last id of the previous
page); pages run newest first (``created``, then ``id``, both descending).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field

from limner.errors import InvalidRequestError
from limner.plan.model import Plan
from limner.platform.references import Reference
from limner.platform.schemas import Generation, GenerationImage

DEFAULT_LIMIT = 20
MAX_LIMIT = 100

Item = TypeVar("Item", bound=BaseModel)


@dataclass(frozen=True)
class PageRequest:
    """Which page: at most ``limit`` items, those listed after the id ``after`` (else the newest)."""

    limit: int = DEFAULT_LIMIT
    after: str | None = None

    def __post_init__(self) -> None:
        if not 1 <= self.limit <= MAX_LIMIT:
            raise InvalidRequestError(f"limit must be between 1 and {MAX_LIMIT}", param="limit")
        if self.after is not None and not 1 <= len(self.after) <= 64:
            raise InvalidRequestError("after must be an id from a previous page", param="after")


class ListPage(BaseModel, Generic[Item]):
    model_config = ConfigDict(extra="forbid")

    object: Literal["list"] = "list"
    data: list[Item] = Field(description="Newest first.")
    has_more: bool = Field(description="Whether older items follow: ask again with `after` = the last id.")


class ImageObject(GenerationImage):
    """An image as ``GET /v1/images`` lists it: a generation's image, with where it came from."""

    object: Literal["image"] = "image"
    generation_id: str = Field(description="gen_… that made it.")
    created: int


class GenerationList(ListPage[Generation]):
    pass


class ImageList(ListPage[ImageObject]):
    pass


class PlanList(ListPage[Plan]):
    pass


class ReferenceList(ListPage[Reference]):
    pass


__all__ = [
    "DEFAULT_LIMIT",
    "MAX_LIMIT",
    "GenerationList",
    "ImageList",
    "ImageObject",
    "ListPage",
    "PageRequest",
    "PlanList",
    "ReferenceList",
]
