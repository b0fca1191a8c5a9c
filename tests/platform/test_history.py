"""The list queries (``limner.platform.history``) and signed image links (``limner.platform.signing``),
in process on SQLite. Over HTTP, on SQLite and PostgreSQL: ``tests/platform_ops/test_lists_http.py``."""

from __future__ import annotations

import io
import os
import stat
import threading
from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import text

from limner.config import Settings
from limner.errors import InvalidRequestError, NotFoundError
from limner.platform.db import make_sessions
from limner.platform.jobs import JobQueue
from limner.platform.lists import PageRequest
from limner.platform.schemas import GenerateBody, ReasonBody
from limner.platform.service import LimnerService
from limner.platform.signing import SECRET_FILE, LinkRefused, LinkSigner, load_secret
from limner.render.registry import RendererRegistry
from tests.platform.doubles import BoxesRenderer, WordsReasoner

OTHER = "acct_other"


def _all_pages(fetch: object, limit: int) -> list[list[str]]:
    """Every page's ids, following ``after`` until ``has_more`` is false."""
    pages: list[list[str]] = []
    after: str | None = None
    while True:
        page = fetch(PageRequest(limit=limit, after=after))  # type: ignore[operator]
        ids = [item.id for item in page.data]
        pages.append(ids)
        if not page.has_more:
            return pages
        assert ids, "has_more with an empty page"
        after = ids[-1]


def _png() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (64, 48), (200, 30, 30)).save(buffer, "PNG")
    return buffer.getvalue()


def test_generations_page_newest_first_with_the_id_breaking_ties(service: LimnerService) -> None:
    made = [service.generate(GenerateBody(prompt=f"apple {i}", size="64x64")) for i in range(7)]
    service.generate(GenerateBody(prompt="not mine", size="64x64"), OTHER)
    # Rows stored within one second share `created`: the id decides, in both directions alike.
    with service.engine.begin() as connection:
        connection.execute(text("UPDATE generations SET created = 1000 WHERE account_id = 'acct_local'"))
    expected = sorted((g.id for g in made), reverse=True)
    pages = _all_pages(lambda p: service.history.generations("acct_local", p), limit=3)
    assert [len(p) for p in pages] == [3, 3, 1]
    assert [i for p in pages for i in p] == expected
    listed = service.history.generations("acct_local", PageRequest(limit=100)).data
    by_id = {g.id: g for g in listed}
    for generation in made:  # the same objects as GET /v1/generations/{id}
        assert by_id[generation.id] == service.get_generation(generation.id)
        assert by_id[generation.id].images[0].signed_url


def test_generations_include_async_jobs_not_yet_stored(service: LimnerService) -> None:
    done = service.generate(GenerateBody(prompt="kite", size="64x64"))
    queued = JobQueue(make_sessions(service.engine)).enqueue(
        "acct_local", GenerateBody.model_validate({"prompt": "cup", "async": True})
    )
    with service.engine.begin() as connection:  # the job came later
        connection.execute(
            text("UPDATE jobs SET created = :c WHERE id = :i"), {"c": done.created + 5, "i": queued.id}
        )
    page = service.history.generations("acct_local", PageRequest(limit=1))
    assert [g.id for g in page.data] == [queued.id] and page.data[0].status == "queued" and page.has_more
    rest = service.history.generations("acct_local", PageRequest(limit=5, after=queued.id))
    assert [g.id for g in rest.data] == [done.id] and not rest.has_more


def test_images_plans_and_references_are_listed_per_account(service: LimnerService) -> None:
    generation = service.generate(GenerateBody(prompt="three pears", size="64x64", n=3))
    plan = service.reason(ReasonBody(prompt="a red kite"))
    reference = service.references.create(_png(), "object", "logo", "acct_local")
    service.reason(ReasonBody(prompt="someone else's"), OTHER)

    images = service.history.images("acct_local", PageRequest(limit=2))
    assert len(images.data) == 2 and images.has_more
    first = images.data[0]
    assert first.object == "image" and first.generation_id == generation.id
    assert first.url == f"/v1/images/{first.id}" and first.signed_url is not None
    as_in_generation = {i.id: i for i in service.get_generation(generation.id).images}[first.id]
    assert first.model_dump(exclude={"object", "generation_id", "created"}) == as_in_generation.model_dump()
    assert first.signed_url.startswith(f"{service.settings.base_url}/v1/images/{first.id}?expires=")
    all_images = [i for p in _all_pages(lambda p: service.history.images("acct_local", p), 1) for i in p]
    assert sorted(all_images) == sorted(i.id for i in generation.images)

    plans = service.history.plans("acct_local", PageRequest())
    assert plan.id in [p.id for p in plans.data] and generation.plan_id in [p.id for p in plans.data]
    assert plans.data[0] == service.get_plan(plans.data[0].id)
    assert service.history.plans(OTHER, PageRequest()).data[0].prompt == "someone else's"

    references = service.history.references("acct_local", PageRequest())
    assert [r.id for r in references.data] == [reference.id] and not references.has_more
    assert service.history.references(OTHER, PageRequest()).data == []


def test_after_must_be_an_id_of_the_same_account_and_kind(service: LimnerService) -> None:
    mine = service.generate(GenerateBody(prompt="pear", size="64x64"))
    theirs = service.generate(GenerateBody(prompt="fig", size="64x64"), OTHER)
    for after in ("gen_unknown", theirs.id, mine.plan_id):
        with pytest.raises(NotFoundError) as info:
            service.history.generations("acct_local", PageRequest(after=after))
        assert info.value.param == "after"
    with pytest.raises(NotFoundError):
        service.history.images("acct_local", PageRequest(after=theirs.images[0].id))
    for limit in (0, 101, -1):
        with pytest.raises(InvalidRequestError) as bad:
            PageRequest(limit=limit)
        assert bad.value.param == "limit"


@pytest.mark.parametrize("table", ["plans", "generations", "images", "references", "jobs"])
def test_a_deep_page_reads_the_account_index(service: LimnerService, table: str) -> None:
    query = (
        f'EXPLAIN QUERY PLAN SELECT id FROM "{table}" WHERE account_id = :a AND (created, id) < (:c, :i) '
        "ORDER BY created DESC, id DESC LIMIT 21"
    )
    with service.engine.connect() as connection:
        plan = " ".join(str(row[-1]) for row in connection.execute(text(query), {"a": "x", "c": 1, "i": "y"}))
    assert f"ix_{table}_account_created" in plan, plan
    assert "TEMP B-TREE" not in plan, plan  # no sort: the index gives the order


def test_signed_links_open_only_their_image_until_they_expire(tmp_path: Path) -> None:
    signer = LinkSigner(b"s" * 32, "https://img.example.com/", ttl_s=3600)
    link = signer.link("img_a", now=1_000_000)
    assert link.url == f"https://img.example.com/v1/images/img_a?{link.query}"
    assert 1_000_000 + 3600 <= link.expires <= 1_000_000 + 3600 + signer.step_s
    assert signer.link("img_a", now=1_000_001) == link  # the same URL a moment later (cacheable)
    expires, signature = str(link.expires), link.query.split("signature=")[1]
    signer.check("img_a", expires, signature, now=1_000_000)
    refusals = {
        "another image": ("img_b", expires, signature, 1_000_000),
        "a later expiry": ("img_a", str(link.expires + 1), signature, 1_000_000),
        "a changed signature": ("img_a", expires, signature[:-1] + ("0" if signature[-1] != "0" else "1"), 0),
        "no signature": ("img_a", expires, None, 0),
        "expired": ("img_a", expires, signature, link.expires),
        "expires not a number": ("img_a", "soon", signature, 0),
    }
    for name, (image_id, exp, sig, now) in refusals.items():
        with pytest.raises(LinkRefused) as refused:
            signer.check(image_id, exp, sig, now=now)
        assert refused.value.param == (
            "expires" if name in ("expired", "expires not a number") else "signature"
        ), name
    other_secret = LinkSigner(b"t" * 32, "https://img.example.com", ttl_s=3600)
    with pytest.raises(LinkRefused):
        other_secret.check("img_a", expires, signature, now=0)


def test_the_secret_is_made_once_per_data_dir_and_shared(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path / "data", database_url=None, signing_secret=None)
    secrets: list[bytes] = []
    threads = [threading.Thread(target=lambda: secrets.append(load_secret(settings))) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(set(secrets)) == 1 and len(secrets[0]) == 32
    path = settings.data_dir / SECRET_FILE
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert sorted(p.name for p in path.parent.iterdir()) == [SECRET_FILE]  # no temporary files left
    assert load_secret(settings.with_(signing_secret="from-the-environment")) == b"from-the-environment"


def test_the_generation_view_signs_with_the_configured_public_url(tmp_path: Path) -> None:
    settings = Settings(
        data_dir=tmp_path / "data",
        database_url=None,
        public_url="https://cdn.example.org/",
        signed_url_ttl_s=60,
    )
    registry = RendererRegistry([("builtin", BoxesRenderer)])
    with LimnerService.open(settings, reasoner=WordsReasoner(), renderers=registry) as opened:
        generation = opened.generate(GenerateBody(prompt="a cat", size="64x64"))
        image = generation.images[0]
        assert image.signed_url is not None and image.signed_url_expires is not None
        assert image.signed_url.startswith(f"https://cdn.example.org/v1/images/{image.id}?expires=")
        assert 60 <= image.signed_url_expires - generation.created <= 60 + 5 + 1  # step: 60 // 12
        opened.links.check(
            image.id, str(image.signed_url_expires), image.signed_url.split("signature=")[1], 0
        )
