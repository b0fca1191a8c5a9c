"""Auto-paging of the Python SDK's list calls (sync and async), against a fake list server on
httpx.MockTransport that pages like the real one: newest first, ``limit`` a page, ``after`` an id."""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Iterator

import httpx
import pytest
from limner_client import (
    APIError,
    APIResponseValidationError,
    AsyncLimner,
    AsyncPage,
    Generation,
    Image,
    InvalidRequestError,
    Limner,
    LimnerError,
    NotFoundError,
    Plan,
    Reference,
    SyncPage,
)

from tests.sdk.python.test_retries import problem


def generation(number: int) -> dict[str, object]:
    image = {
        "id": f"img_{number}",
        "url": f"/v1/images/img_{number}",
        "width": 64,
        "height": 64,
        "format": "png",
        "seed": number,
        "sha256": "0" * 64,
        "locale": None,
        "notes": [f"text shrunk to fit in image {number}"],
        "signed_url": f"/v1/images/img_{number}?expires=1795003600&signature=s{number}",
        "signed_url_expires": 1795003600,
    }
    return {
        "id": f"gen_{number}",
        "object": "generation",
        "status": "succeeded",
        "plan_id": f"plan_{number}",
        "created": 1795000000 + number,
        "images": [image],
        "usage": {"images": 1},
        "error": None,
        "change_mask": None,
    }


class ListServer:
    """Serves ``items`` (newest first) as the list endpoint does; records every request.

    ``failures`` maps a request number (0 = the first) to the answer given instead.
    """

    def __init__(self, items: list[dict[str, object]], failures: dict[int, httpx.Response] | None = None):
        self.items = items
        self.failures = failures or {}
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        number = len(self.requests)
        self.requests.append(request)
        if number in self.failures:
            return self.failures[number]
        limit = int(request.url.params.get("limit", "20"))
        after = request.url.params.get("after")
        ids = [str(item["id"]) for item in self.items]
        start = ids.index(after) + 1 if after is not None else 0
        page = self.items[start : start + limit]
        body = {"object": "list", "data": page, "has_more": start + limit < len(self.items)}
        return httpx.Response(200, json=body, headers={"x-request-id": f"req_{number}"})

    @property
    def afters(self) -> list[str | None]:
        return [r.url.params.get("after") for r in self.requests]

    @property
    def limits(self) -> list[str | None]:
        return [r.url.params.get("limit") for r in self.requests]


GENERATIONS = [generation(n) for n in range(5, 0, -1)]  # newest first: gen_5 … gen_1


def client_for(server: ListServer, **options: object) -> Limner:
    http = httpx.Client(transport=httpx.MockTransport(server))
    return Limner(base_url="http://limner.test", api_key="sk_test", http_client=http, **options)  # type: ignore[arg-type]


def async_client_for(server: ListServer, **options: object) -> AsyncLimner:
    http = httpx.AsyncClient(transport=httpx.MockTransport(server))
    return AsyncLimner(base_url="http://limner.test", api_key="sk_test", http_client=http, **options)  # type: ignore[arg-type]


@pytest.fixture(autouse=True)
def no_sleep(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    async def no_async_sleep(_seconds: float) -> None:
        return None

    monkeypatch.setattr(time, "sleep", lambda _seconds: None)
    monkeypatch.setattr(asyncio, "sleep", no_async_sleep)
    yield


def test_iterating_a_page_fetches_every_later_page_with_after_the_last_id() -> None:
    server = ListServer(GENERATIONS)
    page = client_for(server).generations.list(limit=2)
    assert isinstance(page, SyncPage) and len(server.requests) == 1  # the first page, at once
    assert [g.id for g in page.data] == ["gen_5", "gen_4"] and page.has_more
    ids = [g.id for g in page]
    assert ids == ["gen_5", "gen_4", "gen_3", "gen_2", "gen_1"]
    assert all(isinstance(g, Generation) for g in page)
    assert server.afters[:3] == [None, "gen_4", "gen_2"] and server.limits[:3] == ["2", "2", "2"]
    assert {r.url.path for r in server.requests} == {"/v1/generations"}
    assert {r.headers["authorization"] for r in server.requests} == {"Bearer sk_test"}
    assert all("idempotency-key" not in r.headers for r in server.requests)


def test_next_page_has_more_and_the_end_of_the_list() -> None:
    server = ListServer(GENERATIONS)
    first = client_for(server).generations.list(limit=3, after="gen_5")
    assert server.afters == ["gen_5"] and [g.id for g in first.data] == ["gen_4", "gen_3", "gen_2"]
    assert first.has_next_page() and first.next_page_cursor() == "gen_2"
    last = first.next_page()
    assert [g.id for g in last.data] == ["gen_1"] and not last.has_more and not last.has_next_page()
    with pytest.raises(LimnerError, match="no next page"):
        last.next_page()
    assert [len(p.data) for p in first.iter_pages()] == [3, 1]
    assert server.afters == ["gen_5", "gen_2", "gen_2"]


def test_an_empty_list_is_one_request_and_no_items() -> None:
    server = ListServer([])
    page = client_for(server).plans.list()
    assert page.data == [] and not page.has_more and list(page) == []
    assert len(server.requests) == 1 and server.requests[0].url.path == "/v1/plans"
    assert server.requests[0].url.query == b""  # the server's defaults, not the SDK's


def test_has_more_with_no_items_stops_instead_of_looping() -> None:
    server = ListServer([])
    server.failures[0] = httpx.Response(200, json={"object": "list", "data": [], "has_more": True})
    page = client_for(server).references.list()
    assert list(page) == [] and not page.has_next_page() and len(server.requests) == 1


def test_an_error_mid_iteration_raises_after_the_items_already_read() -> None:
    server = ListServer(GENERATIONS, failures={1: problem(404, "not_found", param="after")})
    seen: list[str] = []
    with pytest.raises(NotFoundError) as caught:
        for g in client_for(server).generations.list(limit=2):
            seen.append(g.id)
    assert seen == ["gen_5", "gen_4"] and caught.value.param == "after"
    assert server.afters == [None, "gen_4"]


def test_a_later_page_is_retried_like_any_call_with_the_calls_options() -> None:
    server = ListServer(GENERATIONS, failures={1: problem(503, "overloaded")})
    client = client_for(server, max_retries=0)
    ids = [g.id for g in client.generations.list(limit=3, max_retries=1, timeout=4.0)]
    assert ids == ["gen_5", "gen_4", "gen_3", "gen_2", "gen_1"]
    assert server.afters == [None, "gen_3", "gen_3"]
    assert {r.extensions["timeout"]["read"] for r in server.requests} == {4.0}
    server = ListServer(GENERATIONS, failures={1: problem(503, "overloaded")})
    with pytest.raises(APIError) as caught:
        list(client_for(server, max_retries=0).generations.list(limit=3))
    assert caught.value.status_code == 503 and len(server.requests) == 2


def test_a_bad_limit_is_the_servers_422_naming_limit() -> None:
    server = ListServer(GENERATIONS, failures={0: problem(422, "invalid_request", param="limit")})
    with pytest.raises(InvalidRequestError) as caught:
        client_for(server).images.list(limit=0)
    assert caught.value.param == "limit" and server.limits == ["0"]


@pytest.mark.parametrize(
    "body",
    [
        {"object": "generation", "data": [], "has_more": False},
        {"object": "list", "data": {}, "has_more": False},
        {"object": "list", "data": [], "has_more": "no"},
        {"object": "list", "data": [{"object": "generation"}], "has_more": False},
    ],
)
def test_an_answer_that_is_not_a_list_is_a_validation_error(body: dict[str, object]) -> None:
    server = ListServer([], failures={0: httpx.Response(200, content=json.dumps(body))})
    with pytest.raises(APIResponseValidationError, match="/v1/generations"):
        client_for(server).generations.list()


def test_each_list_answers_its_own_typed_items() -> None:
    images = [
        {**generation(n)["images"][0], "object": "image", "generation_id": f"gen_{n}"}  # type: ignore[index]
        for n in (2, 1)
    ]
    image_page = client_for(ListServer(images)).images.list()
    first = image_page.data[0]
    assert isinstance(first, Image) and first.generation_id == "gen_2"
    assert first.signed_url == "/v1/images/img_2?expires=1795003600&signature=s2"
    assert first.signed_url_expires == 1795003600 and first.notes == ["text shrunk to fit in image 2"]
    plans = [{"id": "plan_2", "object": "plan", "prompt": "a red apple"}, {"id": "plan_1", "object": "plan"}]
    plan_page = client_for(ListServer(plans)).plans.list()
    assert all(isinstance(p, Plan) for p in plan_page) and plan_page.data[0].prompt == "a red apple"
    references = [{"id": "ref_1", "object": "reference", "role": "product", "name": "bottle"}]
    reference_page = client_for(ListServer(references)).references.list()
    assert isinstance(reference_page.data[0], Reference) and reference_page.data[0].name == "bottle"
    generation_image = client_for(ListServer(GENERATIONS)).generations.list().data[0].images[0]
    assert generation_image.notes and generation_image.signed_url and generation_image.signed_url_expires


def test_with_raw_response_answers_the_first_pages_http_response() -> None:
    server = ListServer(GENERATIONS)
    raw = client_for(server).with_raw_response.generations.list(limit=4)
    assert raw.status_code == 200 and raw.request_id == "req_0"
    assert [g.id for g in raw.parse()] == ["gen_5", "gen_4", "gen_3", "gen_2", "gen_1"]


def test_the_async_client_pages_the_same_way() -> None:
    server = ListServer(GENERATIONS, failures={2: problem(503, "overloaded")})

    async def scenario() -> tuple[list[str], AsyncPage[Generation], list[str], list[str]]:
        async with async_client_for(server, max_retries=1) as client:
            every = [g.id async for g in client.generations.list(limit=2)]
            first = await client.generations.list(limit=3)
            second = await first.next_page()
            pages = [len(p.data) async for p in first.iter_pages()]
            with pytest.raises(LimnerError, match="no next page"):
                await second.next_page()
            return every, second, [str(n) for n in pages], [i.id async for i in first]

    every, second, pages, again = asyncio.run(scenario())
    assert every == ["gen_5", "gen_4", "gen_3", "gen_2", "gen_1"]
    assert [g.id for g in second.data] == ["gen_2", "gen_1"] and not second.has_more
    assert pages == ["3", "2"] and again == every
    assert server.afters[:4] == [None, "gen_4", "gen_2", "gen_2"]  # the 503 was retried


def test_the_async_client_raises_mid_iteration_and_on_an_empty_list() -> None:
    failing = ListServer(GENERATIONS, failures={1: problem(404, "not_found")})
    empty = ListServer([])

    async def scenario() -> tuple[list[str], list[Reference]]:
        seen: list[str] = []
        async with async_client_for(failing) as client:
            with pytest.raises(NotFoundError):
                async for g in client.generations.list(limit=2):
                    seen.append(g.id)
        async with async_client_for(empty) as client:
            nothing = [r async for r in client.references.list()]
            raw = await client.with_raw_response.references.list(limit=5)
            assert raw.status_code == 200 and raw.parse().data == []
        return seen, nothing

    seen, nothing = asyncio.run(scenario())
    assert seen == ["gen_5", "gen_4"] and nothing == []
    assert empty.limits == [None, "5"] and {r.url.path for r in empty.requests} == {"/v1/references"}
