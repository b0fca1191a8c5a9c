"""History lists and signed image links over HTTP: two ``limner serve --auth required`` processes on
one data dir, on SQLite and on PostgreSQL."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
from sqlalchemy import create_engine, text

from limner.platform.signing import SECRET_FILE, LinkSigner
from tests.platform_ops.conftest import Backend, Server, start_server, stop_server

pytestmark = pytest.mark.slow  # its files run first (tests/conftest.py)

PUBLIC = "https://images.example.test"
GEN = {"prompt": "a red apple next to a blue cup", "size": "64x64"}


@pytest.fixture(scope="module")
def pair(backend: Backend) -> Iterator[list[Server]]:
    # No job threads: an async generation stays queued (listed as such, deterministically).
    env = {"LIMNER_PUBLIC_URL": PUBLIC, "LIMNER_SIGNED_URL_TTL": "600", "LIMNER_WORKERS": "0"}
    first = start_server(backend, **env)
    try:
        second = start_server(backend, **env)
    except BaseException:
        stop_server(first)
        raise
    try:
        yield [first, second]
    finally:
        stop_server(first)
        stop_server(second)


def _secret(server: Server, tier: str = "build") -> str:
    with server.admin() as admin:
        response = admin.post("/v1/admin/keys", json={"tier": tier})
    assert response.status_code == 201, response.text
    return str(response.json()["secret"])


def _problem(response: httpx.Response, status: int, param: str | None) -> dict[str, Any]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    body = dict(response.json())
    assert body["status"] == status and body["param"] == param, body
    return body


def _pages(client: httpx.Client, path: str, limit: int) -> list[list[dict[str, Any]]]:
    pages: list[list[dict[str, Any]]] = []
    params: dict[str, Any] = {"limit": limit}
    while True:
        response = client.get(path, params=params)
        assert response.status_code == 200, response.text
        body = response.json()
        assert body["object"] == "list" and set(body) == {"object", "data", "has_more"}
        pages.append(body["data"])
        if not body["has_more"]:
            return pages
        params["after"] = body["data"][-1]["id"]


def _local(server: Server, signed_url: str) -> str:
    """The signed URL (made for the public base) on this test's server."""
    assert signed_url.startswith(PUBLIC + "/v1/images/"), signed_url
    return server.url + signed_url.removeprefix(PUBLIC)


def test_lists_page_newest_first_through_both_processes(pair: list[Server]) -> None:
    alice, bob = _secret(pair[0]), _secret(pair[1])
    with pair[0].client(alice) as client:
        made = [client.post("/v1/generate", json={**GEN, "n": 2, "seed": i}).json() for i in range(4)]
        made.append(client.post("/v1/generate", json={**GEN, "async": True}).json())
        reference = client.post(
            "/v1/references", files={"file": ("a.png", _png(), "image/png")}, data={"role": "object"}
        ).json()
    with pair[1].client(alice) as client:  # the other process lists what the first stored
        generations = [g for page in _pages(client, "/v1/generations", 2) for g in page]
        assert {g["id"] for g in generations} == {g["id"] for g in made}
        assert {g["id"]: g["status"] for g in generations}[made[-1]["id"]] == "queued"
        keys = [(g["created"], g["id"]) for g in generations]
        assert keys == sorted(keys, reverse=True)  # newest first, the id breaking ties
        images = [i for page in _pages(client, "/v1/images", 3) for i in page]
        assert sorted(i["id"] for i in images) == sorted(i["id"] for g in made for i in g["images"])
        assert all(i["object"] == "image" and i["signed_url"].startswith(PUBLIC) for i in images)
        plans = [p for page in _pages(client, "/v1/plans", 100) for p in page]
        assert {g["plan_id"] for g in made if g["plan_id"]} <= {p["id"] for p in plans}
        assert client.get("/v1/plans", params={"limit": 1}).json()["data"][0]["object"] == "plan"
        references = client.get("/v1/references").json()
        assert [r["id"] for r in references["data"]] == [reference["id"]] and not references["has_more"]
        one = client.get("/v1/generations", params={"limit": 1}).json()
        assert len(one["data"]) == 1 and one["has_more"] is True
    with pair[1].client(bob) as client:  # another account sees none of it
        for path in ("/v1/generations", "/v1/images", "/v1/plans", "/v1/references"):
            assert client.get(path).json() == {"object": "list", "data": [], "has_more": False}, path
    with httpx.Client(base_url=pair[0].url) as anonymous:
        assert anonymous.get("/v1/generations").status_code == 401


def test_bad_limit_or_after_is_a_problem_naming_it(pair: list[Server]) -> None:
    alice, bob = _secret(pair[0]), _secret(pair[0])
    with pair[0].client(bob) as client:
        theirs = client.post("/v1/generate", json=GEN).json()
    with pair[0].client(alice) as client:
        mine = client.post("/v1/generate", json=GEN).json()
        for limit in ("0", "101", "-3", "ten", "2.5"):
            _problem(client.get("/v1/generations", params={"limit": limit}), 422, "limit")
        assert len(client.get("/v1/images", params={"limit": "100"}).json()["data"]) == 1
        for path, after in (
            ("/v1/generations", "gen_doesnotexist"),
            ("/v1/generations", theirs["id"]),  # another account's id: as unknown
            ("/v1/images", theirs["images"][0]["id"]),
            ("/v1/plans", theirs["plan_id"]),
            ("/v1/images", mine["id"]),  # an id of another kind
            ("/v1/references", "ref_nope"),
        ):
            _problem(client.get(path, params={"after": after}), 404, "after")
        _problem(client.get("/v1/plans", params={"after": "x" * 65}), 422, "after")
        last = client.get("/v1/generations", params={"after": mine["id"]}).json()
        assert last == {"object": "list", "data": [], "has_more": False}


def test_signed_urls_open_without_a_key_on_either_process(backend: Backend, pair: list[Server]) -> None:
    alice = _secret(pair[0])
    with pair[0].client(alice) as client:
        generation = client.post("/v1/generate", json=GEN, headers={"Host": "evil.example.net"}).json()
        image = generation["images"][0]
        keyed = client.get(f"/v1/images/{image['id']}")
        fetched = client.get(f"/v1/generations/{generation['id']}", headers={"Host": "evil.example.net"})
    assert keyed.status_code == 200
    signed = image["signed_url"]
    assert "evil" not in signed and signed == fetched.json()["images"][0]["signed_url"]
    query = parse_qs(urlsplit(signed).query)
    assert set(query) == {"expires", "signature"}
    assert int(query["expires"][0]) == image["signed_url_expires"]
    assert 600 <= image["signed_url_expires"] - generation["created"] <= 600 + 50 + 5
    for server in pair:  # the same secret in both processes (the data dir's)
        with httpx.Client() as anonymous:
            opened = anonymous.get(_local(server, signed))
        assert opened.status_code == 200, opened.text
        assert opened.content == keyed.content
        assert hashlib.sha256(opened.content).hexdigest() == image["sha256"]
        assert (
            opened.headers["content-type"] == "image/png" and opened.headers["etag"] == f'"{image["sha256"]}"'
        )
        assert opened.headers["cache-control"].startswith("private, max-age=")
        assert int(opened.headers["cache-control"].rsplit("=", 1)[1]) <= 600 + 50
    base = f"{pair[1].url}/v1/images/{image['id']}"
    expires, signature = query["expires"][0], query["signature"][0]
    flipped = signature[:-1] + ("0" if signature[-1] != "0" else "1")
    secret = (backend.data_dir / SECRET_FILE).read_bytes()
    expired = LinkSigner(secret, pair[1].url, ttl_s=1).link(image["id"], now=1_000_000)
    with httpx.Client() as anonymous:
        _problem(anonymous.get(base), 401, None)  # no key, no signature
        _problem(anonymous.get(base, params={"expires": expires, "signature": flipped}), 403, "signature")
        _problem(
            anonymous.get(base, params={"expires": int(expires) + 60, "signature": signature}),
            403,
            "signature",
        )
        _problem(anonymous.get(base, params={"expires": expires}), 403, "signature")
        _problem(anonymous.get(base, params={"expires": "tomorrow", "signature": signature}), 403, "expires")
        body = _problem(anonymous.get(expired.url), 403, "expires")  # signed by the secret, expired
        assert "expired" in body["detail"]
        other = generation["images"][0]["id"].replace("img_", "img_x")
        _problem(
            anonymous.get(f"{pair[1].url}/v1/images/{other}?expires={expires}&signature={signature}"),
            403,
            "signature",
        )
        # A valid link opens its image only: the list and other routes still need a key
        _problem(
            anonymous.get(f"{pair[1].url}/v1/images", params={"expires": expires, "signature": signature}),
            401,
            None,
        )


def test_openai_url_is_the_signed_link(pair: list[Server]) -> None:
    alice = _secret(pair[0])
    with pair[0].client(alice) as client:
        response = client.post(
            "/v1/images/generations",
            json={"prompt": "a yellow kite", "size": "64x64", "response_format": "url"},
            headers={"Host": "evil.example.net"},
        )
    assert response.status_code == 200, response.text
    url = response.json()["data"][0]["url"]
    assert url.startswith(PUBLIC + "/v1/images/img_") and "signature=" in url and "expires=" in url
    with httpx.Client() as anonymous:
        opened = anonymous.get(_local(pair[1], url))
    assert opened.status_code == 200 and opened.headers["content-type"] == "image/png"


def test_a_deep_page_reads_the_account_index(backend: Backend, pair: list[Server]) -> None:
    """The list query of each kind is an index range in the server's own database, read in order."""
    query = (
        'SELECT id FROM "{table}" WHERE account_id = :a AND (created, id) < (:c, :i) '
        "ORDER BY created DESC, id DESC LIMIT 21"
    )
    values = {"a": "acct_x", "c": 10**10, "i": "zzz"}
    url = backend.database_url or f"sqlite:///{backend.data_dir / 'limner.db'}"
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            if backend.database_url is None:
                explain, sort = "EXPLAIN QUERY PLAN ", "TEMP B-TREE"
            else:
                connection.execute(text("SET enable_seqscan = off"))
                explain, sort = "EXPLAIN ", "Sort"
            for table in ("plans", "generations", "images", "references", "jobs"):
                rows = connection.execute(text(explain + query.format(table=table)), values).all()
                plan = " ".join(str(row[-1]) for row in rows)
                assert f"ix_{table}_account_created" in plan and sort not in plan, plan
    finally:
        engine.dispose()


def _png() -> bytes:
    import io

    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (64, 48), (30, 30, 200)).save(buffer, "PNG")
    return buffer.getvalue()
