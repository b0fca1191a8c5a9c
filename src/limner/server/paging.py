"""The ``limit`` and ``after`` query parameters of the list endpoints, as a dependency."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Query

from limner.platform.lists import DEFAULT_LIMIT, MAX_LIMIT, PageRequest


def page_request(
    limit: Annotated[
        int, Query(ge=1, le=MAX_LIMIT, description=f"Items per page (1–{MAX_LIMIT}).")
    ] = DEFAULT_LIMIT,
    after: Annotated[
        str | None,
        Query(
            min_length=1,
            max_length=64,
            description="The last id of the previous page: the page of items listed after it.",
        ),
    ] = None,
) -> PageRequest:
    return PageRequest(limit=limit, after=after)


PageDep = Annotated[PageRequest, Depends(page_request)]

#: What the list endpoints answer besides 200: an unknown ``after`` (404), a bad ``limit`` (422).
LIST_PROBLEMS = (404, 422)

__all__ = ["LIST_PROBLEMS", "PageDep", "page_request"]
