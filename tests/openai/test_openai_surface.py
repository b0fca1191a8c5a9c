"""The rest of the OpenAI Images surface (issue 17 item 6), through the official ``openai`` client and
raw HTTP against a real ``limner serve`` (see conftest.py): models, dall-e defaults, n up to 10,
32,000-character prompts, streaming with partial images, transparent backgrounds, variations and
JSON-body edits (data: URLs, http URLs through the SSRF guard, Limner ids as file_id)."""

from __future__ import annotations

import base64
import io
import json
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler
from typing import Any

import httpx
import numpy as np
import pytest
from openai.types import ImagesResponse
from PIL import Image

import openai
from tests.serving import serving_handler


@pytest.fixture(scope="module")
def client(server_url: str) -> openai.OpenAI:
    return openai.OpenAI(base_url=f"{server_url}/v1", api_key="anything", max_retries=0, timeout=120)


def _image(b64: str | None) -> Image.Image:
    assert b64 is not None
    image = Image.open(io.BytesIO(base64.b64decode(b64)))
    image.load()
    return image


def _png(pixels: np.ndarray, mode: str = "RGB") -> bytes:
    out = io.BytesIO()
    Image.fromarray(pixels, mode).save(out, "PNG")
    return out.getvalue()


def _noise(width: int, height: int, seed: int) -> np.ndarray:
    return np.random.default_rng(seed).integers(0, 256, (height, width, 3), dtype=np.uint8)


def _bad_request(raised: pytest.ExceptionInfo[openai.BadRequestError]) -> dict[str, Any]:
    body = raised.value.body
    assert isinstance(body, dict) and set(body) == {"message", "type", "param", "code"}, body
    assert body["type"] == "invalid_request_error" and body["message"]
    return body


# --- models ---------------------------------------------------------------------------------------


def test_models_list_renderers_and_aliases(client: openai.OpenAI) -> None:
    models = {model.id: model for model in client.models.list()}
    assert "builtin" in models
    for alias in ("dall-e-2", "dall-e-3", "gpt-image-1", "limner"):
        assert alias in models
    for model in models.values():
        assert model.object == "model" and model.owned_by == "limner" and model.created > 1_700_000_000
    assert models["dall-e-3"].model_extra == {"renderer": "builtin"}
    retrieved = client.models.retrieve("gpt-image-1")
    assert retrieved.id == "gpt-image-1" and retrieved.object == "model"
    assert client.models.retrieve("builtin").created == models["builtin"].created


def test_unknown_and_unavailable_models(client: openai.OpenAI, server_url: str) -> None:
    with pytest.raises(openai.NotFoundError) as unknown:
        client.models.retrieve("no-such-model")
    body = unknown.value.body
    assert isinstance(body, dict) and body["code"] == "model_not_found" and body["param"] == "model"
    renderers = httpx.get(f"{server_url}/v1/renderers", timeout=30).json()["data"]
    unavailable = [r["name"] for r in renderers if not r["available"]]
    if not unavailable:
        pytest.skip("every renderer is available on this machine")
    name = unavailable[0]
    with pytest.raises(openai.NotFoundError) as missing:
        client.models.retrieve(name)
    assert "not available on this server" in str(missing.value)
    with pytest.raises(openai.BadRequestError) as refused:
        client.images.generate(model=name, prompt="a cat", size="64x64")
    assert _bad_request(refused)["param"] == "model"


# --- generation options ---------------------------------------------------------------------------


def test_dall_e_models_answer_urls_others_b64(client: openai.OpenAI) -> None:
    dalle = client.images.generate(model="dall-e-3", prompt="a yellow duck", size="256x256")
    assert dalle.data[0].b64_json is None and dalle.data[0].url is not None
    fetched = httpx.get(dalle.data[0].url, timeout=30)
    assert fetched.status_code == 200 and Image.open(io.BytesIO(fetched.content)).size == (256, 256)
    gpt = client.images.generate(model="gpt-image-1", prompt="a yellow duck", size="256x256")
    assert gpt.data[0].url is None and gpt.data[0].b64_json is not None
    explicit = client.images.generate(
        model="dall-e-2", prompt="a yellow duck", size="256x256", response_format="b64_json"
    )
    assert explicit.data[0].b64_json == gpt.data[0].b64_json  # same plan, same seed: same bytes


def test_ten_images_in_one_request(client: openai.OpenAI) -> None:
    result = client.images.generate(model="limner", prompt="a red kite", n=10, size="64x64")
    assert len(result.data) == 10
    assert all(_image(d.b64_json).size == (64, 64) for d in result.data)
    assert result.usage is not None and result.usage.output_tokens == 10 * 2 * 2


def test_a_32000_character_prompt_is_reasoned_in_part_and_traced(
    client: openai.OpenAI, server_url: str
) -> None:
    sentence = "A green pear sits beside a blue bowl. "
    prompt = (sentence * (32_000 // len(sentence) + 1))[:32_000]
    result = client.images.generate(model="limner", prompt=prompt, size="128x128")
    assert result.data[0].revised_prompt is not None and "pear" in result.data[0].revised_prompt
    assert result.usage is not None and result.usage.input_tokens_details.text_tokens > 6000
    plans = httpx.get(f"{server_url}/v1/plans", params={"limit": 100}, timeout=30).json()["data"]
    notes = [
        entry["message"] for plan in plans for entry in plan["trace"] if "were reasoned" in entry["message"]
    ]
    assert any("32000 characters" in note and "at most 8000" in note for note in notes), notes
    shortened = [plan for plan in plans if plan["prompt"].startswith(sentence * 3)]
    assert shortened and all(len(plan["prompt"]) <= 8000 for plan in shortened)
    assert all(plan["prompt"].endswith("bowl.") for plan in shortened)  # cut at a sentence end


# --- streaming -------------------------------------------------------------------------------------


def test_stream_with_the_official_client(client: openai.OpenAI) -> None:
    prompt = "a red apple left of a blue cup"
    stream = client.images.generate(
        model="gpt-image-1", prompt=prompt, size="256x192", stream=True, partial_images=2
    )
    events = list(stream)
    assert [e.type for e in events] == [
        "image_generation.partial_image",
        "image_generation.partial_image",
        "image_generation.completed",
    ]
    partials = [e for e in events if e.type == "image_generation.partial_image"]
    assert [e.partial_image_index for e in partials] == [0, 1]
    layout = _image(partials[0].b64_json)
    assert layout.size == (256, 192) and layout.format == "PNG"
    completed = events[-1]
    assert completed.type == "image_generation.completed"
    assert completed.size == "256x192" and completed.output_format == "png"
    assert completed.usage.output_tokens == 8 * 6
    # The final image is the one a plain request draws: same plan, seed 0, same bytes.
    plain = client.images.generate(model="gpt-image-1", prompt=prompt, size="256x192")
    assert completed.b64_json == plain.data[0].b64_json
    assert partials[1].b64_json != completed.b64_json  # a partial has not every element yet


def _sse(response: httpx.Response) -> list[tuple[str, dict[str, Any]]]:
    events: list[tuple[str, dict[str, Any]]] = []
    name = ""
    for line in response.iter_lines():
        if line.startswith("event: "):
            name = line[len("event: ") :]
        elif line.startswith("data: "):
            events.append((name, json.loads(line[len("data: ") :])))
    return events


def test_stream_raw_sse_and_n_images(server_url: str) -> None:
    body = {"prompt": "two green cars", "size": "128x128", "n": 2, "stream": True, "partial_images": 1}
    with httpx.stream("POST", f"{server_url}/v1/images/generations", json=body, timeout=120) as response:
        assert response.status_code == 200
        assert response.headers["content-type"].startswith("text/event-stream")
        events = _sse(response)
    names = [name for name, _ in events]
    assert names == [
        "image_generation.partial_image",
        "image_generation.partial_image",
        "image_generation.completed",
        "image_generation.completed",
    ]
    for name, data in events:
        assert data["type"] == name and data["size"] == "128x128" and data["background"] == "opaque"
    finals = [data["b64_json"] for name, data in events if name.endswith("completed")]
    assert finals[0] != finals[1]  # seeds 0 and 1


def test_stream_edit_with_the_official_client(client: openai.OpenAI) -> None:
    source = _noise(160, 120, seed=11)
    stream = client.images.edit(
        image=("in.png", _png(source), "image/png"),
        prompt="a big yellow star",
        stream=True,
        partial_images=1,
    )
    events = list(stream)
    assert [e.type for e in events] == ["image_edit.partial_image", "image_edit.completed"]
    final = _image(events[-1].b64_json)
    assert final.size == (160, 120)


# --- transparent backgrounds ------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["png", "webp"])
def test_transparent_background(client: openai.OpenAI, fmt: str) -> None:
    result = client.images.generate(
        model="limner",
        prompt="a red apple left of a blue cup",
        size="256x256",
        background="transparent",
        output_format=fmt,  # type: ignore[arg-type]
    )
    assert result.background == "transparent"
    image = _image(result.data[0].b64_json)
    assert image.format == fmt.upper() and image.mode == "RGBA"
    alpha = np.asarray(image)[..., 3]
    assert (alpha == 0).mean() > 0.3  # no backdrop
    assert (alpha == 255).mean() > 0.05  # the apple and the cup


def test_transparent_is_a_renderer_capability(server_url: str) -> None:
    renderers = httpx.get(f"{server_url}/v1/renderers", timeout=30).json()["data"]
    builtin = next(r for r in renderers if r["name"] == "builtin")
    assert builtin["transparent_background"] is True


# --- variations ------------------------------------------------------------------------------------


def _picture() -> bytes:
    pixels = np.zeros((60, 90, 3), np.uint8)
    pixels[:, :45] = (200, 30, 30)
    pixels[:, 45:] = (30, 30, 200)
    return _png(pixels)


@pytest.mark.filterwarnings("ignore:deprecated:DeprecationWarning")  # OpenAI retired the route
def test_variations_restage_the_picture(client: openai.OpenAI) -> None:
    picture = ("pic.png", _picture(), "image/png")
    result = client.images.create_variation(image=picture, n=3, size="256x256", response_format="b64_json")
    images = [_image(d.b64_json) for d in result.data]
    assert [i.size for i in images] == [(256, 256)] * 3
    pixels = [np.asarray(i.convert("RGB")) for i in images]
    assert not np.array_equal(pixels[0], pixels[1]) and not np.array_equal(pixels[1], pixels[2])
    for array in pixels:  # the picture itself is in every variation: its exact red and blue
        colours = {tuple(c) for c in array.reshape(-1, 3)}
        assert (200, 30, 30) in colours and (30, 30, 200) in colours
    again = client.images.create_variation(image=picture, n=3, size="256x256", response_format="b64_json")
    assert [d.b64_json for d in again.data] == [d.b64_json for d in result.data]  # deterministic
    assert result.usage is not None and result.usage.input_tokens_details.text_tokens == 0


@pytest.mark.filterwarnings("ignore:deprecated:DeprecationWarning")  # OpenAI retired the route
def test_variation_defaults_to_a_1024_url(client: openai.OpenAI) -> None:
    result = client.images.create_variation(image=("pic.png", _picture(), "image/png"))
    url = result.data[0].url
    assert url is not None and result.data[0].b64_json is None
    assert Image.open(io.BytesIO(httpx.get(url, timeout=30).content)).size == (1024, 1024)


@pytest.mark.filterwarnings("ignore:deprecated:DeprecationWarning")  # OpenAI retired the route
def test_variation_errors(client: openai.OpenAI, server_url: str) -> None:
    with pytest.raises(openai.BadRequestError) as not_image:
        client.images.create_variation(image=("a.png", b"not a picture", "image/png"))
    assert _bad_request(not_image)["param"] == "image"
    with pytest.raises(openai.BadRequestError) as too_many:
        client.images.create_variation(image=("a.png", _picture(), "image/png"), n=11)
    assert _bad_request(too_many)["param"] == "n"
    missing = httpx.post(f"{server_url}/v1/images/variations", data={"n": "1"}, files={"x": b""}, timeout=30)
    assert missing.status_code == 400 and missing.json()["error"]["param"] == "x"
    no_image = httpx.post(f"{server_url}/v1/images/variations", files={"n": (None, "2")}, timeout=30)
    assert no_image.status_code == 400 and no_image.json()["error"]["param"] == "image"
    wrong_method = httpx.get(f"{server_url}/v1/images/variations", timeout=30)
    assert wrong_method.status_code == 405 and wrong_method.headers["Allow"] == "POST"


# --- JSON-body edits --------------------------------------------------------------------------------


def _json_edit(client: openai.OpenAI, body: dict[str, Any]) -> ImagesResponse:
    return client.post("/images/edits", body=body, cast_to=ImagesResponse)


def _data_url(data: bytes) -> str:
    return "data:image/png;base64," + base64.b64encode(data).decode("ascii")


def test_json_edit_with_data_urls_and_a_mask(client: openai.OpenAI) -> None:
    width, height = 192, 128
    source = _noise(width, height, seed=21)
    alpha = np.full((height, width), 255, np.uint8)
    alpha[32:96, 64:160] = 0
    mask = np.dstack([np.zeros((height, width, 3), np.uint8), alpha])
    result = _json_edit(
        client,
        {
            "prompt": "a big yellow star",
            "images": [{"image_url": _data_url(_png(source))}],
            "mask": {"image_url": _data_url(_png(mask, "RGBA"))},
        },
    )
    pixels = np.asarray(_image(result.data[0].b64_json).convert("RGB"))
    changed = np.any(pixels != source, axis=2)
    assert int(changed[alpha == 255].sum()) == 0
    assert int(changed[alpha == 0].sum()) > 0


def test_json_edit_with_limner_ids_as_file_id(client: openai.OpenAI, server_url: str) -> None:
    source = _noise(128, 96, seed=22)
    uploaded = httpx.post(
        f"{server_url}/v1/references",
        files={"file": ("in.png", _png(source), "image/png")},
        data={"role": "object"},
        timeout=30,
    )
    assert uploaded.status_code == 201, uploaded.text
    ref_id = uploaded.json()["id"]
    from_ref = _json_edit(client, {"prompt": "a blue car", "images": [{"file_id": ref_id}]})
    assert _image(from_ref.data[0].b64_json).size == (128, 96)
    generated = httpx.post(
        f"{server_url}/v1/generate", json={"prompt": "a red ball", "size": "96x64"}, timeout=60
    ).json()
    image_id = generated["images"][0]["id"]
    from_image = _json_edit(client, {"prompt": "a green tree", "images": [{"file_id": image_id}]})
    assert _image(from_image.data[0].b64_json).size == (96, 64)


@pytest.fixture(scope="module")
def picture_server() -> Iterator[str]:
    """A loopback HTTP server: /pic.png is a picture, /moved redirects to it."""
    picture = _png(_noise(100, 80, seed=23))

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            if self.path == "/pic.png":
                self.send_response(200)
                self.send_header("Content-Type", "image/png")
                self.send_header("Content-Length", str(len(picture)))
                self.end_headers()
                self.wfile.write(picture)
            elif self.path == "/moved":
                self.send_response(302)
                self.send_header("Location", "/pic.png")
                self.end_headers()
            else:
                self.send_response(404)
                self.end_headers()

        def log_message(self, format: str, *args: object) -> None:
            return

    with serving_handler(Handler) as url:
        yield url


def test_json_edit_fetches_an_http_url(client: openai.OpenAI, picture_server: str) -> None:
    result = _json_edit(
        client, {"prompt": "a red kite", "images": [{"image_url": f"{picture_server}/pic.png"}]}
    )
    assert _image(result.data[0].b64_json).size == (100, 80)
    assert result.usage is not None and result.usage.input_tokens_details.image_tokens == 4 * 3


@pytest.mark.parametrize(
    ("image", "param", "status"),
    [
        ({"image_url": "http://169.254.169.254/latest/meta-data"}, "images[0].image_url", 400),
        ({"image_url": "http://10.1.2.3/pic.png"}, "images[0].image_url", 400),
        ({"image_url": "ftp://example.com/pic.png"}, "images[0].image_url", 400),
        ({"image_url": "data:image/png;base64,@@@"}, "images[0].image_url", 400),
        ({"image_url": "{server}/moved"}, "images[0].image_url", 400),
        ({"image_url": "{server}/missing.png"}, "images[0].image_url", 400),
        ({"file_id": "ref_doesnotexist"}, "images[0].file_id", 404),
        ({"file_id": "file-abc123"}, "images[0].file_id", 400),
        ({"image_url": "data:,x", "file_id": "ref_x"}, "images.0", 400),
    ],
)
def test_json_edit_errors_name_the_field(
    server_url: str, picture_server: str, image: dict[str, str], param: str, status: int
) -> None:
    image = {key: value.replace("{server}", picture_server) for key, value in image.items()}
    response = httpx.post(
        f"{server_url}/v1/images/edits", json={"prompt": "a cat", "images": [image]}, timeout=60
    )
    assert response.status_code == status, response.text
    error = response.json()["error"]
    assert error["param"] == param and error["message"]


def test_openapi_documents_the_new_routes(server_url: str) -> None:
    spec = httpx.get(f"{server_url}/openapi.json", timeout=30).json()
    assert "post" in spec["paths"]["/v1/images/variations"]
    assert "get" in spec["paths"]["/v1/models"] and "get" in spec["paths"]["/v1/models/{model_id}"]
    edits = spec["paths"]["/v1/images/edits"]["post"]["requestBody"]["content"]
    assert "images" in edits["application/json"]["schema"]["properties"]
    generations = spec["paths"]["/v1/images/generations"]["post"]["responses"]["200"]["content"]
    assert "text/event-stream" in generations
