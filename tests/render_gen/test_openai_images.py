"""The ``openai-images`` renderer against a scripted upstream: retries, Retry-After, errors, garbage."""

from __future__ import annotations

import base64
import io
import json

import httpx
import numpy as np
import pytest
from PIL import Image

from limner.plan.model import Background, Canvas, Element, Plan, Relation, TextSpec
from limner.render.base import RenderOptions
from limner.render.openai_images import OpenAIImagesRenderer, UpstreamClient, UpstreamError, UpstreamSettings
from limner.render.openai_images.client import retry_after_s
from limner.render.openai_images.renderer import closest_size, mask_png
from limner.render.overlays import layout_guide, paint_mask
from limner.render.scene_prompt import plan_prompt
from tests.render_gen.conftest import UPSTREAM_KEY
from tests.render_gen.fake_upstream import Answer, Script, error_answer, fake_upstream, image_answer
from tests.serving import running_server


def small_plan() -> Plan:
    return Plan(
        canvas=Canvas(width=64, height=64, background=Background(color="#87ceeb", setting="beach")),
        elements=[
            Element(id="e1", noun="ball", attributes={"color": "red"}, box=(0.1, 0.6, 0.3, 0.9)),
            Element(id="e2", noun="dog", box=(0.55, 0.5, 0.95, 0.95), attributes={"facing": "left"}),
            Element(
                id="t1", kind="text", noun="text", box=(0.05, 0.05, 0.95, 0.35), text=TextSpec(content="HI")
            ),
        ],
        relations=[Relation(subject="e2", predicate="chases", object="e1")],
    )


class Sleeps:
    def __init__(self) -> None:
        self.waits: list[float] = []

    def __call__(self, seconds: float) -> None:
        self.waits.append(seconds)


def renderer(url: str, sleeps: Sleeps, **overrides: object) -> OpenAIImagesRenderer:
    values: dict[str, object] = {
        "base_url": url,
        "api_key": UPSTREAM_KEY,
        "model": "gpt-image-1",
        "backoff_s": 0.5,
    }
    values.update(overrides)
    settings = UpstreamSettings(**values)  # type: ignore[arg-type]
    return OpenAIImagesRenderer(settings, UpstreamClient(settings, sleep=sleeps))


def test_429_with_retry_after_is_retried_then_drawn_with_exact_text() -> None:
    script = Script([error_answer(429, "slow down", ("Retry-After", "3")), image_answer()])
    sleeps = Sleeps()
    with fake_upstream(script) as url:
        image = renderer(url, sleeps).render(small_plan(), RenderOptions(seed=1))
    assert sleeps.waits == [3.0] and len(script.seen) == 2
    call = script.seen[-1]
    assert call.path == "/v1/images/edits"
    assert call.headers["authorization"] == f"Bearer {UPSTREAM_KEY}"
    for name in (b'name="image"', b'name="mask"', b'name="prompt"', b'name="model"', b'name="size"'):
        assert name in call.body
    assert b"gpt-image-1" in call.body and b"64x64" in call.body
    pixels = np.asarray(Image.open(io.BytesIO(image.data)).convert("RGB"))
    guide = layout_guide(small_plan(), RenderOptions(seed=1))
    # the letters (with a halo) are the built-in renderer's, the rest is what the upstream painted (blue)
    assert guide.exact[3:23, 3:61].any() and not guide.exact[30:].any()
    assert np.array_equal(pixels[guide.exact], guide.pixels[guide.exact])
    assert tuple(pixels[50, 30]) == (40, 90, 200) and tuple(pixels[1, 1]) == (40, 90, 200)


def test_5xx_backs_off_exponentially_and_gives_up_with_the_upstreams_message() -> None:
    script = Script([], then=error_answer(503, "engine overloaded"))
    sleeps = Sleeps()
    with fake_upstream(script) as url, pytest.raises(UpstreamError) as caught:
        renderer(url, sleeps, retries=2).render(small_plan(), RenderOptions())
    assert caught.value.code == "upstream_error"
    assert caught.value.detail == "upstream answered 503: engine overloaded (after 3 tries)"
    assert sleeps.waits == [0.5, 1.0] and len(script.seen) == 3


def test_a_client_error_is_not_retried_and_the_key_is_never_echoed() -> None:
    script = Script([error_answer(400, f"Incorrect API key provided: {UPSTREAM_KEY}")])
    sleeps = Sleeps()
    with fake_upstream(script) as url, pytest.raises(UpstreamError) as caught:
        renderer(url, sleeps).render(small_plan(), RenderOptions())
    assert len(script.seen) == 1 and sleeps.waits == []
    assert (
        UPSTREAM_KEY not in caught.value.detail and "Incorrect API key provided: ***" in caught.value.detail
    )


@pytest.mark.parametrize(
    ("answer", "words"),
    [
        (Answer(200, b"<html>gateway</html>"), "not JSON"),
        (Answer(200, b'{"data": []}'), "without an image"),
        (Answer(200, b'{"data": [{"b64_json": "@@not base64@@"}]}'), "not base64"),
        (
            Answer(200, json.dumps({"data": [{"b64_json": base64.b64encode(b"GIF? no").decode()}]}).encode()),
            "not an image",
        ),
        (Answer(502, b"Bad Gateway"), "upstream answered 502: Bad Gateway"),
    ],
)
def test_garbage_answers_are_upstream_errors(answer: Answer, words: str) -> None:
    with fake_upstream(Script([answer], then=answer)) as url, pytest.raises(UpstreamError) as caught:
        renderer(url, Sleeps(), retries=0).render(small_plan(), RenderOptions())
    assert words in caught.value.detail


def test_a_timeout_is_retried_then_fails() -> None:
    slow = Answer(200, b"{}", delay_s=2.0)
    script = Script([slow, slow])
    with fake_upstream(script) as url, pytest.raises(UpstreamError) as caught:
        renderer(url, Sleeps(), retries=1, timeout_s=0.3).render(small_plan(), RenderOptions())
    assert "timed out after 0.3 s (after 2 tries)" in caught.value.detail


def test_an_upstream_that_draws_another_size_is_resized_back() -> None:
    sleeps = Sleeps()
    script = Script([image_answer(128, 128)])
    with fake_upstream(script) as url:
        image = renderer(url, sleeps, sizes=((128, 128), (256, 128))).render(small_plan(), RenderOptions())
    assert (image.width, image.height) == (64, 64)
    assert b"128x128" in script.seen[0].body
    assert any("resized" in note for note in image.notes)


def test_retry_after_and_sizes_and_mask() -> None:
    assert retry_after_s({"retry-after": "7"}) == 7.0
    assert retry_after_s({"retry-after": "Wed, 21 Oct 2015 07:28:00 GMT"}, now=1445412470.0) == 10.0
    assert retry_after_s({"retry-after": "soon"}) is None and retry_after_s({}) is None
    assert closest_size(1920, 1080, ((1024, 1024), (1536, 1024), (1024, 1536))) == (1536, 1024)
    assert closest_size(300, 200, ()) == (300, 200)
    guide = layout_guide(small_plan(), RenderOptions())
    paint = paint_mask(guide)
    alpha = np.asarray(Image.open(io.BytesIO(mask_png(paint, (64, 64)))))[..., 3]
    assert np.array_equal(alpha == 255, guide.exact)  # the letters are kept, the rest may change
    assert alpha[50, 30] == 0 and alpha[1, 1] == 0
    edit = paint_mask(guide, [(0.0, 0.5, 0.5, 1.0)])
    assert edit[50, 10] and not edit[50, 50] and not edit[10, 10]


def test_the_prompt_is_written_from_the_plan() -> None:
    prompt = plan_prompt(small_plan())
    assert prompt.startswith("An illustration of a beach.")
    assert "A red ball at the bottom left." in prompt and "The dog chases the ball." in prompt
    assert "HI" not in prompt  # the exact text is overlaid, never asked of the model


@pytest.mark.e2e
def test_an_upstream_failure_is_a_failed_generation_not_charged(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    script = Script([], then=error_answer(500, "the model is on fire"))
    with fake_upstream(script) as url:
        monkeypatch.setenv("LIMNER_UPSTREAM_BASE_URL", url)
        monkeypatch.setenv("LIMNER_UPSTREAM_API_KEY", UPSTREAM_KEY)
        monkeypatch.setenv("LIMNER_UPSTREAM_RETRIES", "1")
        monkeypatch.setenv("LIMNER_UPSTREAM_BACKOFF", "0.05")
        monkeypatch.setenv("LIMNER_RENDER_SLOTS", "1")
        with running_server(tmp_path_factory.mktemp("failing") / "data") as server, server.client() as client:
            response = client.post(
                "/v1/generate", json={"prompt": "a red apple", "size": "64x64", "renderer": "openai-images"}
            )
            assert response.status_code in (200, 201), response.text
            generation = response.json()
            usage = client.get("/v1/usage").json()
            log = server.log.read_text()
    assert generation["status"] == "failed" and generation["images"] == []
    assert generation["error"]["code"] == "upstream_error"
    assert "the model is on fire" in generation["error"]["message"]
    assert usage["images"] == 0
    assert len(script.seen) == 2
    assert UPSTREAM_KEY not in log and UPSTREAM_KEY not in json.dumps(generation)


def test_httpx_is_what_the_client_speaks() -> None:
    transport = httpx.MockTransport(
        lambda request: httpx.Response(401, json={"error": {"message": "no key"}})
    )
    settings = UpstreamSettings(base_url="https://upstream.test/v1", retries=3)
    client = UpstreamClient(settings, transport=transport)
    renderer_ = OpenAIImagesRenderer(settings, client)
    with pytest.raises(UpstreamError, match="upstream answered 401: no key"):
        renderer_.render(small_plan(), RenderOptions())


def test_overlay_alpha_is_exact_inside_and_feathered_outside() -> None:
    from limner.render.overlays import blend, dilate, overlay_alpha

    exact = np.zeros((9, 9), dtype=bool)
    exact[4, 4] = True
    assert dilate(exact, 1).sum() == 9 and dilate(exact, 2).sum() == 25
    alpha = overlay_alpha(exact, feather=3)
    assert alpha[4, 4] == 1.0 and alpha[4, 5] == pytest.approx(0.75) and alpha[4, 7] == pytest.approx(0.25)
    assert alpha[4, 8] == 0.0 and alpha[0, 0] == 0.0
    under = np.zeros((9, 9, 3), dtype=np.uint8)
    over = np.full((9, 9, 3), 201, dtype=np.uint8)
    mixed = blend(under, over, alpha)
    assert tuple(mixed[4, 4]) == (201, 201, 201) and tuple(mixed[0, 0]) == (0, 0, 0)
    assert tuple(mixed[4, 5]) == (151, 151, 151)
