"""``/docs`` and CORS in headless Chromium against a real ``limner serve --auth required --cors-origin``.

- ``/docs``: Swagger UI renders every operation of ``/openapi.json`` with nothing loaded from another
  origin and no CSP violation; a key entered under "Authorize" is sent by "Try it out".
- CORS: a page served by a second HTTP server (another port, so another origin) calls the API with
  ``fetch`` and an ``Authorization`` header (so the browser sends a preflight), and through the
  TypeScript SDK (compiled by tsc into the page's folder): allowed from the origin given to
  ``--cors-origin``, refused by the browser from any other (``localhost`` instead of ``127.0.0.1``
  is another origin on the same server).
"""

from __future__ import annotations

import json
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from functools import partial
from http.server import SimpleHTTPRequestHandler
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.explorer.conftest import CHROMIUM_ARGS
from tests.sdk.tools import SDK, file_digest, run, tool
from tests.serving import Server, limner_command, running_server, serving_handler

pytestmark = pytest.mark.e2e

PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>another origin</title></head>
<body><h1>A page on another origin</h1></body></html>
"""

#: What the page runs: a preflighted POST with a key and an idempotency key, then an unauthenticated
#: call whose 401 must be readable, each reported as status, exposed headers and body (or the error).
CALLS = """async ([api, key]) => {
  const call = async (path, init) => {
    try {
      const response = await fetch(api + path, init);
      return {
        status: response.status,
        requestId: response.headers.get("X-Request-ID"),
        remaining: response.headers.get("RateLimit-Remaining"),
        body: await response.json(),
      };
    } catch (error) {
      return { error: String(error) };
    }
  };
  const json = { "Content-Type": "application/json" };
  return {
    reason: await call("/v1/reason", {
      method: "POST",
      headers: { ...json, Authorization: `Bearer ${key}`, "Idempotency-Key": "browser-1" },
      body: JSON.stringify({ prompt: "a red kite above a green tree", size: "256x256" }),
    }),
    unauthorized: await call("/v1/renderers", { headers: { Authorization: "Bearer wrong-key" } }),
  };
}"""

#: The same through the TypeScript SDK, imported as ES modules from the page's own origin.
SDK_CALLS = """async ([api, key]) => {
  const sdk = await import("/sdk/src/index.js");
  const client = new sdk.Limner({ baseUrl: api, apiKey: key, maxRetries: 0 });
  try {
    const plan = await client.reason("two yellow bananas next to a blue cup", { size: "256x256" });
    const generation = await client.generate({ plan_id: plan.id, seed: 7, output_format: "png" });
    return {
      nouns: plan.elements.map((element) => element.noun).sort(),
      status: generation.status,
      images: generation.images.map((image) => [image.width, image.height, image.format]),
    };
  } catch (error) {
    return { error: error.constructor.name, message: String(error) };
  }
}"""
TYPESCRIPT = SDK / "typescript"


@dataclass
class Setup:
    api: Server
    key: str
    page_port: int


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        return


def compile_sdk(out: Path, scratch: Path) -> None:
    """The TypeScript SDK as ES modules in ``out`` (``out/src/index.js``), never touching its dist/.

    tsc comes from the SDK's node_modules when they were installed from its package-lock.json (what
    tests/sdk stamps); else from a private ``npm ci`` in ``scratch``, so a concurrent install there
    cannot pull the compiler away mid-build.
    """
    tool("node", "nodejs")
    modules = TYPESCRIPT / "node_modules"
    stamp = modules / ".limner-lock-sha256"
    if not (stamp.is_file() and stamp.read_text().strip() == file_digest(TYPESCRIPT / "package-lock.json")):
        npm = tool("npm", "npm")
        scratch.mkdir(parents=True, exist_ok=True)
        for name in ("package.json", "package-lock.json"):
            (scratch / name).write_bytes((TYPESCRIPT / name).read_bytes())
        run([npm, "ci", "--no-audit", "--no-fund", "--ignore-scripts"], scratch, {})
        modules = scratch / "node_modules"
    compiler = [str(modules / ".bin" / "tsc"), "-p", str(TYPESCRIPT / "tsconfig.json")]
    options = ["--declaration", "false", "--sourceMap", "false", "--typeRoots", str(modules / "@types")]
    run([*compiler, "--outDir", str(out), *options], TYPESCRIPT, {})
    assert (out / "src" / "index.js").is_file()


@pytest.fixture(scope="module")
def page_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[int]:
    """A plain static HTTP server for the other origin's page and the compiled SDK; yields its port."""
    folder = tmp_path_factory.mktemp("other-origin")
    (folder / "index.html").write_text(PAGE)
    compile_sdk(folder / "sdk", tmp_path_factory.mktemp("npm"))
    with serving_handler(partial(_QuietHandler, directory=str(folder))) as url:
        yield int(url.rsplit(":", 1)[1])


@pytest.fixture(scope="module")
def setup(tmp_path_factory: pytest.TempPathFactory, page_server: int) -> Iterator[Setup]:
    data = tmp_path_factory.mktemp("docs-cors") / "data"
    created = subprocess.run(
        [*limner_command(), "keys", "create", "--tier", "build", "--data-dir", str(data), "--json"],
        capture_output=True,
        text=True,
        check=True,
    )
    key = json.loads(created.stdout)["secret"]
    origin = f"http://127.0.0.1:{page_server}"
    with running_server(data, "--auth", "required", "--cors-origin", origin) as api:
        yield Setup(api, key, page_server)


@pytest.fixture(scope="module")
def browser(chromium_path: str) -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=chromium_path, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture
def tab(browser: Any) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.set_default_timeout(20_000)
    yield page
    context.close()


def test_docs_render_every_operation_from_this_origin_only(tab: Any, setup: Setup) -> None:
    url = setup.api.url
    requested: list[str] = []
    console_errors: list[str] = []
    tab.on("request", lambda request: requested.append(request.url))
    tab.on("console", lambda message: message.type == "error" and console_errors.append(message.text))
    tab.on("pageerror", lambda error: console_errors.append(f"pageerror: {error}"))

    response = tab.goto(f"{url}/docs")
    assert response is not None and response.status == 200
    assert "script-src 'self'" in response.headers["content-security-policy"]
    tab.wait_for_selector(".opblock")

    # Every operation in the document is on the page, under its tag, by its operationId.
    document = httpx.get(f"{url}/openapi.json", timeout=30).json()
    operations = [
        (operation.get("tags") or ["default"])[0] + "-" + operation["operationId"]
        for item in document["paths"].values()
        for operation in item.values()
    ]
    assert tab.locator(".opblock").count() == len(operations)
    for anchor in operations:
        assert tab.locator(f"#operations-{anchor}").count() == 1, anchor
    assert tab.locator(".btn.authorize").is_visible()  # the bearerAuth scheme

    # "Authorize" with a key, then "Try it out": the answer is the server's 200, sent with the key.
    tab.locator(".btn.authorize").first.click()
    tab.locator(".modal-ux input").first.fill(setup.key)
    tab.locator(".modal-ux .auth-btn-wrapper .authorize").click()
    tab.locator(".modal-ux .btn-done").click()
    renderers = tab.locator("#operations-renderers-list_renderers")
    renderers.locator(".opblock-summary").click()
    renderers.locator(".try-out__btn").click()
    renderers.locator(".execute").click()
    status = renderers.locator(".live-responses-table .response .response-col_status").first
    status.wait_for()
    assert status.inner_text().strip().startswith("200")
    assert "Authorization: Bearer" in renderers.locator(".curl-command").inner_text()
    assert '"builtin"' in renderers.locator(".live-responses-table .response .microlight").first.inner_text()

    assert console_errors == []
    assert requested and all(request.startswith(f"{url}/") for request in requested), requested


def test_a_page_on_an_allowed_origin_calls_the_api_with_a_key(tab: Any, setup: Setup) -> None:
    tab.goto(f"http://127.0.0.1:{setup.page_port}/index.html")
    results = tab.evaluate(CALLS, [setup.api.url, setup.key])

    reason = results["reason"]
    assert "error" not in reason, reason
    assert reason["status"] == 200
    assert reason["body"]["object"] == "plan" and reason["body"]["id"].startswith("plan_")
    assert reason["requestId"].startswith("req_")  # exposed to the page
    assert reason["remaining"] is not None and int(reason["remaining"]) >= 0
    # The 401 is readable by the page: the CORS headers are on error answers too.
    unauthorized = results["unauthorized"]
    assert unauthorized["status"] == 401, unauthorized
    assert unauthorized["body"]["code"] == "unauthorized"

    # The TypeScript SDK, as a web app would use it.
    through_sdk = tab.evaluate(SDK_CALLS, [setup.api.url, setup.key])
    assert "error" not in through_sdk, through_sdk
    assert through_sdk == {
        "nouns": ["banana", "banana", "cup"],
        "status": "succeeded",
        "images": [[256, 256, "png"]],
    }


def test_a_page_on_another_origin_is_refused_by_the_browser(tab: Any, setup: Setup) -> None:
    console: list[str] = []
    tab.on("console", lambda message: console.append(message.text))
    tab.goto(f"http://localhost:{setup.page_port}/index.html")  # not the origin given to --cors-origin
    results = tab.evaluate(CALLS, [setup.api.url, setup.key])
    for name in ("reason", "unauthorized"):
        assert results[name].get("error", "").startswith("TypeError"), results[name]
    assert any("CORS policy" in line for line in console), console
    through_sdk = tab.evaluate(SDK_CALLS, [setup.api.url, setup.key])
    assert through_sdk["error"] == "APIConnectionError", through_sdk
    # What the browser was told: the preflight from that origin is a 403 naming the origin.
    preflight = httpx.options(
        f"{setup.api.url}/v1/reason",
        headers={"Origin": f"http://localhost:{setup.page_port}", "Access-Control-Request-Method": "POST"},
        timeout=30,
    )
    assert preflight.status_code == 403 and preflight.json()["param"] == "Origin"
