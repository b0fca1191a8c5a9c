"""The explorer's history in headless Chromium, against a real ``limner serve --auth required``: after
a reload the page shows the account's recent generations (``GET /v1/generations``), per key; and an
image's ``signed_url`` works in a plain ``<img>`` tag on another page, without a key."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.explorer.conftest import CHROMIUM_ARGS
from tests.serving import Server, running_server

pytestmark = pytest.mark.e2e

ADMIN_KEY = "admin-explorer-history-0123456789"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    data = tmp_path_factory.mktemp("explorer-history") / "data"
    with running_server(data, "--auth", "required", env={"LIMNER_ADMIN_KEY": ADMIN_KEY}) as running:
        # Signed links name the public URL: here, this server's own address.
        yield running


def _key(server: Server) -> str:
    response = httpx.post(
        f"{server.url}/v1/admin/keys",
        json={"tier": "build"},
        headers={"Authorization": f"Bearer {ADMIN_KEY}"},
        timeout=30,
    )
    assert response.status_code == 201, response.text
    return str(response.json()["secret"])


def _generate(server: Server, key: str, prompt: str, seed: int) -> dict[str, Any]:
    response = httpx.post(
        f"{server.url}/v1/generate",
        json={"prompt": prompt, "size": "96x64", "seed": seed},
        headers={"Authorization": f"Bearer {key}"},
        timeout=60,
    )
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


@pytest.fixture(scope="module")
def browser(chromium_path: str) -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=chromium_path, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


def _thumbnails(page: Any) -> list[str]:
    ids: list[str] = page.eval_on_selector_all(
        "#history img", "nodes => nodes.map(n => n.dataset.generationId)"
    )
    return ids


def _wait_for_thumbnails(page: Any, count: int) -> None:
    page.wait_for_function(
        "n => document.querySelectorAll('#history img').length === n"
        " && [...document.querySelectorAll('#history img')].every(i => i.complete && i.naturalWidth > 0)",
        arg=count,
    )


def _wait_for_plan(page: Any, plan_id: str) -> None:
    page.wait_for_function(
        "id => (JSON.parse(document.getElementById('json').textContent || 'null') || {}).id === id",
        arg=plan_id,
    )


def test_history_survives_a_reload_per_account(browser: Any, server: Server, tmp_path: Path) -> None:
    alice, bob = _key(server), _key(server)
    made = [
        _generate(server, alice, f"{word} apple", seed) for seed, word in enumerate(["red", "green", "pink"])
    ]
    theirs = _generate(server, bob, "a blue kite", 9)
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    page = context.new_page()
    page.set_default_timeout(20_000)
    try:
        # 1. No key on a server that needs one: the page says so instead of showing history.
        page.goto(f"{server.url}/explorer")
        page.wait_for_selector("body[data-ready=true]")
        page.get_by_test_id("tab-image").click()  # the history is under the Image tab
        note = page.get_by_test_id("history-note")
        note.wait_for(state="visible")
        assert "API key" in note.inner_text()
        assert _thumbnails(page) == []

        # 2. With Alice's key remembered, a reload shows her generations, newest first.
        page.evaluate("key => localStorage.setItem('limner.explorer.apiKey', key)", alice)
        page.reload()
        page.wait_for_selector("body[data-ready=true]")
        _wait_for_thumbnails(page, 3)
        assert page.get_by_test_id("tab-image").get_attribute("aria-selected") == "true"  # shown at once
        # Newest first as the server orders them: created, then id (for the same second).
        ordered = sorted(made, key=lambda g: (g["created"], g["id"]), reverse=True)
        assert _thumbnails(page) == [g["id"] for g in ordered]
        newest, oldest = ordered[0], ordered[-1]
        assert page.get_by_test_id("history-note").is_hidden()
        image = page.locator("#image")
        assert image.get_attribute("data-generation-id") == newest["id"]
        assert image.get_attribute("data-image-id") == newest["images"][0]["id"]
        assert page.evaluate("() => document.getElementById('image').naturalWidth") == 96
        assert newest["images"][0]["id"] in page.locator("#image-meta").inner_text()
        # ... and its plan is the page's plan (the JSON tab holds it, ready to edit and draw again).
        _wait_for_plan(page, newest["plan_id"])

        # 3. A thumbnail clicked becomes the current image.
        page.locator(f'#history img[data-generation-id="{oldest["id"]}"]').click()
        page.wait_for_function(
            "id => document.getElementById('image').dataset.generationId === id", arg=oldest["id"]
        )
        assert _thumbnails(page)[0] == oldest["id"]
        _wait_for_plan(page, oldest["plan_id"])  # with the plan it was drawn from

        # 4. Another key is another account: only Bob's generation.
        key = page.get_by_test_id("api-key")
        key.fill(bob)
        key.dispatch_event("change")
        _wait_for_thumbnails(page, 1)
        assert _thumbnails(page) == [theirs["id"]]
        page.reload()
        page.wait_for_selector("body[data-ready=true]")
        _wait_for_thumbnails(page, 1)
        assert _thumbnails(page) == [theirs["id"]]
    finally:
        context.close()


def test_a_signed_url_works_in_an_img_tag_without_a_key(browser: Any, server: Server) -> None:
    key = _key(server)
    image = _generate(server, key, "two yellow bananas", 3)["images"][0]
    signed = image["signed_url"]
    assert signed.startswith(f"{server.url}/v1/images/{image['id']}?expires=")
    tampered = signed[:-1] + ("0" if signed[-1] != "0" else "1")
    context = browser.new_context()
    page = context.new_page()
    try:
        page.set_content(
            f'<img id="signed" src="{signed}"><img id="plain" src="{server.url}{image["url"]}">'
            f'<img id="tampered" src="{tampered}">'
        )
        page.wait_for_function("() => [...document.images].every(i => i.complete)")
        widths = page.evaluate(
            "() => Object.fromEntries([...document.images].map(i => [i.id, i.naturalWidth]))"
        )
        assert widths == {"signed": 96, "plain": 0, "tampered": 0}  # no key: 401; tampered: 403
    finally:
        context.close()
