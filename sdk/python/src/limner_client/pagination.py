"""Cursor pages of the list endpoints (``GET /v1/generations``, ``/v1/images``, ``/v1/plans``,
``/v1/references``), and their automatic paging.

A list call answers one ``SyncPage`` (or, awaited, one ``AsyncPage``): ``.data`` holds its items,
``.has_more`` says whether older ones follow, ``.next_page()`` fetches them. Iterating a page goes
through every item of that page and of every later one, fetching each next page (``after=`` the last
id seen) only when it is reached:

>>> for generation in client.generations.list(limit=50):          # doctest: +SKIP
...     print(generation.id)
>>> async for image in async_client.images.list():                  # doctest: +SKIP
...     print(image.signed_url)
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Awaitable, Callable, Generator, Iterator
from typing import Any, Generic, TypeVar

import httpx
from pydantic import BaseModel, ValidationError

from limner_client._core import RequestSpec
from limner_client.errors import APIResponseValidationError, LimnerError

ItemT = TypeVar("ItemT", bound=BaseModel)


def list_spec(
    path: str,
    *,
    limit: int | None,
    after: str | None,
    timeout: float | None,
    max_retries: int | None,
) -> RequestSpec:
    """The GET of one page. ``limit`` and ``after`` go to the server as given: it is the judge of them
    (an out-of-range ``limit`` is its 422 naming ``limit``)."""
    params = {name: str(value) for name, value in (("limit", limit), ("after", after)) if value is not None}
    return RequestSpec.make("GET", path, params=params or None, timeout=timeout, max_retries=max_retries)


def _where(response: httpx.Response) -> str:
    return f"{response.request.method} {response.request.url.path}"


def parse_list(model: type[ItemT], response: httpx.Response) -> tuple[list[ItemT], bool]:
    """The items and ``has_more`` of a list answer; anything else raises ``APIResponseValidationError``."""
    try:
        body: Any = json.loads(response.content)
    except ValueError as exc:
        raise APIResponseValidationError(f"{_where(response)}: answer is not JSON") from exc
    if not isinstance(body, dict) or body.get("object") != "list":
        raise APIResponseValidationError(f"{_where(response)}: answer is not a list object")
    data, has_more = body.get("data"), body.get("has_more")
    if not isinstance(data, list):
        raise APIResponseValidationError(f"{_where(response)}: answer field data is not an array")
    if not isinstance(has_more, bool):
        raise APIResponseValidationError(f"{_where(response)}: answer field has_more is not a boolean")
    items: list[ItemT] = []
    for index, entry in enumerate(data):
        try:
            items.append(model.model_validate(entry))
        except ValidationError as exc:
            raise APIResponseValidationError(
                f"{_where(response)}: data[{index}] is not a {model.__name__}: {exc}"
            ) from exc
    return items, has_more


class _PageBase(Generic[ItemT]):
    """What a sync and an async page share: the items, ``has_more`` and the next cursor."""

    object = "list"

    def __init__(self, data: list[ItemT], has_more: bool) -> None:
        self.data = data
        self.has_more = has_more

    def next_page_cursor(self) -> str | None:
        """The ``after`` of the next page: the id of this page's last item, or None at the end."""
        if not self.has_more or not self.data:
            return None
        cursor = getattr(self.data[-1], "id", None)
        return cursor if isinstance(cursor, str) and cursor else None

    def has_next_page(self) -> bool:
        return self.next_page_cursor() is not None

    def _cursor_or_raise(self) -> str:
        cursor = self.next_page_cursor()
        if cursor is None:
            raise LimnerError("no next page: check has_next_page() (or has_more) first")
        return cursor

    def __len__(self) -> int:
        return len(self.data)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(data=<{len(self.data)} items>, has_more={self.has_more})"


class SyncPage(_PageBase[ItemT]):
    """One page of a list; iterating it yields every item of this page and of all later pages."""

    def __init__(self, data: list[ItemT], has_more: bool, fetch: Callable[[str], SyncPage[ItemT]]) -> None:
        super().__init__(data, has_more)
        self._fetch = fetch

    def next_page(self) -> SyncPage[ItemT]:
        """The page after this one; raises ``LimnerError`` when there is none."""
        return self._fetch(self._cursor_or_raise())

    def iter_pages(self) -> Iterator[SyncPage[ItemT]]:
        """This page, then each later one, fetched as it is reached."""
        page = self
        yield page
        while page.has_next_page():
            page = page.next_page()
            yield page

    def __iter__(self) -> Iterator[ItemT]:
        for page in self.iter_pages():
            yield from page.data


class AsyncPage(_PageBase[ItemT]):
    """One page of a list, for ``AsyncLimner``; ``async for`` yields every item of all later pages too."""

    def __init__(
        self, data: list[ItemT], has_more: bool, fetch: Callable[[str], Awaitable[AsyncPage[ItemT]]]
    ) -> None:
        super().__init__(data, has_more)
        self._fetch = fetch

    async def next_page(self) -> AsyncPage[ItemT]:
        """The page after this one; raises ``LimnerError`` when there is none."""
        return await self._fetch(self._cursor_or_raise())

    async def iter_pages(self) -> AsyncIterator[AsyncPage[ItemT]]:
        page = self
        yield page
        while page.has_next_page():
            page = await page.next_page()
            yield page

    async def __aiter__(self) -> AsyncIterator[ItemT]:
        async for page in self.iter_pages():
            for item in page.data:
                yield item


class AsyncPaginator(Generic[ItemT]):
    """What ``AsyncLimner``'s list calls answer: ``await`` it for the first ``AsyncPage``, or
    ``async for`` over it for every item of every page."""

    def __init__(self, first: Callable[[], Awaitable[AsyncPage[ItemT]]]) -> None:
        self._first = first

    def __await__(self) -> Generator[Any, None, AsyncPage[ItemT]]:
        return self._first().__await__()

    async def __aiter__(self) -> AsyncIterator[ItemT]:
        page = await self._first()
        async for item in page:
            yield item


__all__ = ["AsyncPage", "AsyncPaginator", "SyncPage", "list_spec", "parse_list"]
