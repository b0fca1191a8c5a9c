"""The explorer page in headless Chromium against a real Limner server.

One scenario, in the order a person would use the page: reason a prompt, drag and resize boxes,
edit an element, generate (twice, to compare), read the JSON and the code snippets, then the error
paths. Screenshots go to $LIMNER_SCREENSHOT_DIR (docs/ to refresh the README's pictures).
"""

from __future__ import annotations

import io
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from PIL import Image

from tests.explorer.conftest import CHROMIUM_ARGS, ExplorerServer

pytestmark = pytest.mark.e2e

#: Where the screenshots go: the repository's docs/, unless LIMNER_SCREENSHOT_DIR says otherwise (CI).
#: To refresh the pictures in docs/: LIMNER_SCREENSHOT_DIR=docs make test PYTEST_ARGS=tests/explorer
DOCS = Path(os.environ.get("LIMNER_SCREENSHOT_DIR") or tempfile.gettempdir())
PROMPT = "two red apples left of a blue cup"
NETWORK_ERROR = re.compile(r"^Failed to load resource: the server responded with a status of (\d{3})")


@pytest.fixture(scope="module")
def page(chromium_path: str, explorer_server: ExplorerServer) -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium_path, args=CHROMIUM_ARGS)
        context = browser.new_context(viewport={"width": 1440, "height": 900}, device_scale_factor=1)
        tab = context.new_page()
        tab.set_default_timeout(15_000)
        yield tab
        context.close()
        browser.close()


def plan_json(page: Any) -> dict[str, Any]:
    text = page.get_by_test_id("json").text_content()
    plan: dict[str, Any] = json.loads(text)
    return plan


def element_box(plan: dict[str, Any], element_id: str) -> list[float]:
    return next(e["box"] for e in plan["elements"] if e["id"] == element_id)


def wait_image(page: Any, locator: Any, previous: str | None = None, timeout: float = 20.0) -> None:
    """Until the <img> has decoded pixels (and, if given, a different source than before)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        state = locator.evaluate("img => [img.complete, img.naturalWidth, img.currentSrc]")
        if state[0] and state[1] > 0 and state[2] != previous:
            return
        error = page.get_by_test_id("error")
        if error.is_visible():
            raise AssertionError(f"the page shows an error: {error.inner_text()}")
        page.wait_for_timeout(50)
    raise AssertionError("the image did not load")


def drag(page: Any, x: float, y: float, dx: float, dy: float) -> None:
    page.mouse.move(x, y)
    page.mouse.down()
    page.mouse.move(x + dx / 2, y + dy / 2, steps=4)
    page.mouse.move(x + dx, y + dy, steps=4)
    page.mouse.up()


def test_reason_edit_generate_compare(page: Any, explorer_server: ExplorerServer, tmp_path: Path) -> None:
    url = explorer_server.url
    console_errors: list[str] = []

    def on_console(message: Any) -> None:
        if message.type == "error":
            console_errors.append(message.text)

    page.on("console", on_console)
    page.on("pageerror", lambda error: console_errors.append(f"pageerror: {error}"))

    # 1. The page loads from the server, self-hosted, and knows the server is healthy.
    response = page.goto(f"{url}/explorer")
    assert response is not None and response.status == 200
    assert "default-src 'self'" in response.headers["content-security-policy"]
    page.wait_for_selector("body[data-ready=true]")
    page.wait_for_selector("#health-dot.ok")
    assert page.get_by_test_id("generate").is_disabled()

    # 2. Reason: one box per element, each labelled with its noun.
    page.get_by_test_id("prompt").fill(PROMPT)
    page.get_by_test_id("reason").click()
    boxes = page.get_by_test_id("box")
    boxes.first.wait_for()
    assert boxes.count() == 3
    plan = plan_json(page)
    assert plan["object"] == "plan" and plan["prompt"] == PROMPT
    assert sorted(e["noun"] for e in plan["elements"]) == ["apple", "apple", "cup"]
    for element in plan["elements"]:
        box = page.locator(f'[data-testid=box][data-element-id="{element["id"]}"]')
        assert box.locator(".box-noun").inner_text() == element["noun"]
    assert page.locator(".relation").count() == len(plan["relations"]) >= 1
    canvas = plan["canvas"]
    stage = page.get_by_test_id("stage").bounding_box()
    assert abs(stage["width"] / stage["height"] - canvas["width"] / canvas["height"]) < 0.02

    # 3. Drag the cup: its stored box moves by the same fraction of the canvas.
    cup = next(e for e in plan["elements"] if e["noun"] == "cup")
    before = cup["box"]
    node = page.locator(f'[data-testid=box][data-element-id="{cup["id"]}"]')
    rect = node.bounding_box()
    cx, cy = rect["x"] + rect["width"] / 2, rect["y"] + rect["height"] / 2
    dx = 24.0 if before[2] + 24 / stage["width"] < 0.99 else -24.0  # away from the edge
    dy = 72.0 if before[3] + 72 / stage["height"] < 0.99 else -72.0
    drag(page, cx, cy, dx, dy)
    after = element_box(plan_json(page), cup["id"])
    assert after != before
    assert after[0] - before[0] == pytest.approx(dx / stage["width"], abs=0.004)
    assert after[1] - before[1] == pytest.approx(dy / stage["height"], abs=0.004)
    assert after[2] - after[0] == pytest.approx(before[2] - before[0], abs=1e-3)
    assert after[3] - after[1] == pytest.approx(before[3] - before[1], abs=1e-3)
    moved = node.bounding_box()
    assert moved["x"] - rect["x"] == pytest.approx(dx, abs=3)
    assert page.get_by_test_id("edited").is_visible()
    assert page.locator("#insp-id").inner_text().startswith(cup["id"])

    # 4. Resize an apple from its south-east handle: x1 and y1 grow, x0 and y0 stay.
    apple = min((e for e in plan["elements"] if e["noun"] == "apple"), key=lambda e: e["box"][0])
    apple_node = page.locator(f'[data-testid=box][data-element-id="{apple["id"]}"]')
    apple_node.click()
    handle = apple_node.locator(".handle-se").bounding_box()
    drag(page, handle["x"] + handle["width"] / 2, handle["y"] + handle["height"] / 2, 8, 36)
    resized = element_box(plan_json(page), apple["id"])
    assert resized[:2] == pytest.approx(apple["box"][:2], abs=1e-9)
    assert resized[2] > apple["box"][2] and resized[3] > apple["box"][3]
    page.keyboard.press("ArrowDown")  # the focused box nudges by 0.01
    nudged = element_box(plan_json(page), apple["id"])
    assert [b - a for a, b in zip(resized, nudged, strict=True)] == pytest.approx([0, 0.01, 0, 0.01])

    # 5. The side panel edits the selected element: colour word and swatch.
    page.get_by_test_id("insp-color").fill("green")
    edited = next(e for e in plan_json(page)["elements"] if e["id"] == apple["id"])
    assert edited["attributes"]["color"] == "green"
    swatch = apple_node.locator(".swatch").evaluate("s => getComputedStyle(s).backgroundColor")
    assert swatch == "rgb(63, 163, 77)"
    page.get_by_test_id("tab-plan").click()
    DOCS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(DOCS / "explorer-plan.png"))

    # 6. Generate sends the edited plan; the image loads with the plan's canvas size.
    sent = plan_json(page)
    page.get_by_test_id("generate").click()
    image = page.get_by_test_id("image")
    wait_image(page, image)
    natural = image.evaluate("img => [img.naturalWidth, img.naturalHeight]")
    assert natural == [canvas["width"], canvas["height"]]
    image_id = image.get_attribute("data-image-id")
    assert image_id and image_id.startswith("img_")
    with httpx.Client(base_url=url, timeout=30) as api:
        png = api.get(f"/v1/images/{image_id}")
        assert png.status_code == 200
        assert Image.open(io.BytesIO(png.content)).size == (canvas["width"], canvas["height"])
        # The server drew the edited plan: its stored plan has the dragged and resized boxes.
        generation = api.get(f"/v1/generations/{image.get_attribute('data-generation-id')}").json()
        assert generation["plan_id"] == image.get_attribute("data-plan-id")
        stored = api.get(f"/v1/plans/{generation['plan_id']}").json()
        for element_id in (cup["id"], apple["id"]):
            assert element_box(stored, element_id) == pytest.approx(element_box(sent, element_id), abs=1e-6)
        assert next(e for e in stored["elements"] if e["id"] == apple["id"])["attributes"]["color"] == "green"
    page.screenshot(path=str(DOCS / "explorer-image.png"))

    # 7. Edit again, generate again: the compare tab shows the last two images.
    page.get_by_test_id("tab-plan").click()
    page.locator(f'[data-testid=box][data-element-id="{cup["id"]}"]').click()
    page.get_by_test_id("insp-color").fill("yellow")
    page.get_by_test_id("generate").click()
    page.wait_for_selector("#history img:nth-child(2)")
    wait_image(page, image)
    second_id = image.get_attribute("data-image-id")
    assert second_id != image_id
    page.get_by_test_id("tab-compare").click()
    assert page.get_by_test_id("compare").is_visible()
    before_src, after_src = (page.locator(f"#compare-{n}").get_attribute("src") for n in ("before", "after"))
    assert before_src and after_src and before_src != after_src
    page.locator("#compare-range").fill("20")
    assert "20%" in (page.locator("#compare-after").get_attribute("style") or "")

    # 8. The JSON tab is the plan that was sent, including the dragged box.
    page.get_by_test_id("tab-json").click()
    assert page.get_by_test_id("json").is_visible()
    final_plan = plan_json(page)
    assert element_box(final_plan, cup["id"]) == after
    assert element_box(sent, cup["id"]) == after

    # 9. Code snippets: the same request in four languages; curl and Python run for real.
    page.get_by_test_id("tab-code").click()
    snippets: dict[str, str] = {}
    for lang in ("curl", "python", "typescript", "go"):
        page.locator(f'[data-lang="{lang}"]').click()
        block = page.get_by_test_id(f"snippet-{lang}")
        assert block.is_visible()
        snippets[lang] = block.inner_text()
        assert f"{url}" in snippets[lang]
    heredoc = snippets["curl"].split("<<'JSON'\n", 1)[1].rsplit("\nJSON", 1)[0]
    assert json.loads(heredoc)["plan"] == final_plan
    assert "from limner_client import Limner" in snippets["python"]
    assert f'client = Limner(base_url="{url}")' in snippets["python"]
    assert "gen = client.generate(plan=plan" in snippets["python"]
    assert 'method: "POST"' in snippets["typescript"] and "/v1/generate" in snippets["typescript"]
    assert "http.NewRequest" in snippets["go"] and "package main" in snippets["go"]
    ran = subprocess.run(["bash", "-c", snippets["curl"]], capture_output=True, text=True, timeout=30)
    assert ran.returncode == 0, ran.stderr
    generation = json.loads(ran.stdout)
    assert generation["status"] == "succeeded" and generation["images"][0]["id"].startswith("img_")
    ran = subprocess.run(
        [sys.executable, "-c", snippets["python"]], capture_output=True, text=True, timeout=60
    )
    assert ran.returncode == 0, ran.stderr
    assert ran.stdout.startswith("gen_")
    gofmt, go = shutil.which("gofmt"), shutil.which("go")
    if gofmt and go:  # Debian's golang-go: the Go snippet is gofmt-clean and runs
        go_source = snippets["go"].rstrip("\n") + "\n"
        checked = subprocess.run([gofmt, "-l"], input=go_source, capture_output=True, text=True, timeout=20)
        assert checked.returncode == 0 and checked.stdout == "", (checked.stdout, checked.stderr)
        source = tmp_path / "snippet.go"
        source.write_text(go_source)
        ran = subprocess.run([go, "run", str(source)], capture_output=True, text=True, timeout=60)
        assert ran.returncode == 0, ran.stderr
        assert re.match(r"^gen_\S+ /v1/images/img_", ran.stdout), ran.stdout

    # 10. The API key field is remembered in localStorage.
    page.get_by_test_id("api-key").fill("sk-test")
    assert page.evaluate("() => localStorage.getItem('limner.explorer.apiKey')") == "sk-test"
    assert "Authorization: Bearer" in page.get_by_test_id("snippet-curl").text_content()
    page.get_by_test_id("api-key").fill("")
    assert page.evaluate("() => localStorage.getItem('limner.explorer.apiKey')") is None

    assert console_errors == [], console_errors

    # 11. A problem+json error is shown readably: detail and the offending param.
    page.get_by_test_id("prompt").fill("")
    page.get_by_test_id("reason").click()
    error = page.get_by_test_id("error")
    error.wait_for(state="visible")
    assert page.get_by_test_id("error-param").inner_text() == "prompt"
    assert page.locator("#error-detail").inner_text().strip()
    assert page.locator("#error-status").inner_text() == "422"
    assert page.locator("#prompt.invalid").count() == 1
    assert page.get_by_test_id("box").count() == 3  # the plan is kept

    # 12. References: an upload either succeeds or, on a server without the endpoint, says so.
    buffer = io.BytesIO()
    Image.new("RGB", (32, 32), (200, 30, 30)).save(buffer, "PNG")
    page.get_by_test_id("reference-file").set_input_files(
        files=[{"name": "red.png", "mimeType": "image/png", "buffer": buffer.getvalue()}]
    )
    page.get_by_test_id("reference-upload").click()
    status = page.get_by_test_id("reference-status")
    status.wait_for(state="visible")
    text = status.inner_text()
    assert re.match(r"^Uploaded ref_\S+: ", text) or "answered 404" in text, text

    network = [match for match in map(NETWORK_ERROR.match, console_errors) if match]
    unexpected = [m for m in console_errors if not NETWORK_ERROR.match(m)]
    statuses = sorted({int(match.group(1)) for match in network})
    assert unexpected == [], unexpected
    assert statuses in ([422], [404, 422]), console_errors
