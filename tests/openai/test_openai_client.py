"""The official ``openai`` client against a real ``limner serve`` (see conftest.py)."""

from __future__ import annotations

import base64
import io

import httpx
import numpy as np
import pytest
from PIL import Image

import openai


@pytest.fixture(scope="module")
def client(server_url: str) -> openai.OpenAI:
    return openai.OpenAI(base_url=f"{server_url}/v1", api_key="anything", max_retries=0, timeout=120)


def _decode(b64: str | None) -> Image.Image:
    assert b64 is not None
    image = Image.open(io.BytesIO(base64.b64decode(b64)))
    image.load()
    return image


def _png(image: Image.Image) -> bytes:
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def _noise(width: int, height: int, seed: int = 1) -> np.ndarray:
    return np.random.default_rng(seed).integers(0, 256, (height, width, 3), dtype=np.uint8)


def test_generate_two_png_images_b64(client: openai.OpenAI) -> None:
    result = client.images.generate(
        model="limner", prompt="a red apple left of a blue cup", n=2, size="1024x1024", output_format="png"
    )
    assert result.created > 1_700_000_000
    assert len(result.data) == 2
    for datum in result.data:
        image = _decode(datum.b64_json)
        assert image.format == "PNG" and image.size == (1024, 1024)
        assert datum.url is None
        assert datum.revised_prompt is not None
        assert "red apple" in datum.revised_prompt and "blue cup" in datum.revised_prompt
    usage = result.usage
    assert usage is not None
    assert usage.input_tokens_details.text_tokens == 8  # a red apple left of a blue cup
    assert usage.input_tokens_details.image_tokens == 0
    assert usage.output_tokens == 2 * 32 * 32
    assert usage.total_tokens == usage.input_tokens + usage.output_tokens
    assert result.size == "1024x1024" and result.output_format == "png"


def test_generate_auto_size_jpeg_compression(client: openai.OpenAI) -> None:
    sizes = {}
    for compression in (95, 20):
        result = client.images.generate(
            model="builtin",
            prompt="a green tree next to a yellow house",
            size="auto",
            quality="high",
            background="opaque",
            output_format="jpeg",
            output_compression=compression,
        )
        image = _decode(result.data[0].b64_json)
        assert image.format == "JPEG" and image.size == (1024, 1024)
        assert result.quality == "high" and result.background == "opaque"
        sizes[compression] = len(base64.b64decode(result.data[0].b64_json or ""))
    assert sizes[20] < sizes[95]


@pytest.mark.parametrize("size", ["256x256", "512x512", "1536x1024", "1024x1536"])
def test_generate_openai_sizes(client: openai.OpenAI, size: str) -> None:
    result = client.images.generate(model="limner", prompt="a cat", size=size)  # type: ignore[arg-type]
    width, height = map(int, size.split("x"))
    assert _decode(result.data[0].b64_json).size == (width, height)


def test_generate_webp_url_is_fetchable(client: openai.OpenAI, server_url: str) -> None:
    result = client.images.generate(
        model="limner", prompt="two orange cats", n=1, output_format="webp", response_format="url"
    )
    url = result.data[0].url
    assert url is not None and url.startswith(f"{server_url}/v1/images/img_")
    assert result.data[0].b64_json is None
    response = httpx.get(url, timeout=30)
    assert response.status_code == 200
    assert response.headers["content-type"] == "image/webp"
    assert Image.open(io.BytesIO(response.content)).size == (1024, 1024)


@pytest.mark.parametrize(
    ("kwargs", "param"),
    [
        ({"background": "transparent", "output_format": "jpeg"}, "background"),
        ({"n": 11}, "n"),
        ({"prompt": "a cat " * 5334}, "prompt"),  # 32,004 characters
        ({"stream": True, "response_format": "url"}, "response_format"),
        ({"partial_images": 2}, "partial_images"),
        ({"size": "10x10"}, "size"),
        ({"output_format": "gif"}, "output_format"),
        ({"output_format": "png", "output_compression": 50}, "output_compression"),
        ({"output_format": "jpeg", "output_compression": 101}, "output_compression"),
        ({"quality": "ultra"}, "quality"),
        ({"extra_body": {"colour_depth": 9}}, "colour_depth"),
    ],
)
def test_generate_errors_are_openai_shaped(
    client: openai.OpenAI, kwargs: dict[str, object], param: str
) -> None:
    with pytest.raises(openai.BadRequestError) as raised:
        options = {"model": "limner", "prompt": "a cat", **kwargs}
        client.images.generate(**options)  # type: ignore[arg-type, call-overload]
    error = raised.value
    assert error.status_code == 400
    assert isinstance(error.body, dict)
    assert set(error.body) == {"message", "type", "param", "code"}
    assert error.body["type"] == "invalid_request_error"
    assert error.body["param"] == param
    assert error.body["message"]


def test_malformed_json_is_openai_shaped(server_url: str) -> None:
    response = httpx.post(
        f"{server_url}/v1/images/generations",
        content=b"{not json",
        headers={"Content-Type": "application/json"},
        timeout=30,
    )
    assert response.status_code == 400
    assert response.headers["content-type"].startswith("application/json")
    assert response.json()["error"]["type"] == "invalid_request_error"
    missing = httpx.post(f"{server_url}/v1/images/generations", json={"model": "limner"}, timeout=30)
    assert missing.status_code == 400 and missing.json()["error"]["param"] == "prompt"


def test_other_routes_keep_problem_json(server_url: str) -> None:
    response = httpx.post(f"{server_url}/v1/generate", json={"n": 2}, timeout=30)
    assert response.status_code == 422
    assert response.headers["content-type"].startswith("application/problem+json")


def test_edit_with_mask_preserves_every_pixel_outside(client: openai.OpenAI) -> None:
    width, height = 320, 256
    source = _noise(width, height)
    yy, xx = np.mgrid[0:height, 0:width]
    editable = (xx - 160) ** 2 + (yy - 128) ** 2 < 90**2  # a disc
    alpha = np.where(editable, 0, 255).astype(np.uint8)
    mask = np.dstack([np.zeros((height, width, 3), np.uint8), alpha])
    result = client.images.edit(
        model="limner",
        image=[("photo.png", _png(Image.fromarray(source)), "image/png")],
        mask=("mask.png", _png(Image.fromarray(mask, "RGBA")), "image/png"),
        prompt="a big yellow star",
        output_format="png",
    )
    out = _decode(result.data[0].b64_json)
    assert out.format == "PNG" and out.size == (width, height)
    pixels = np.asarray(out.convert("RGB"))
    changed = np.any(pixels != source, axis=2)
    assert int(changed[~editable].sum()) == 0
    assert int(changed[editable].sum()) > 0.5 * int(editable.sum())  # noise replaced by a drawing
    assert result.data[0].revised_prompt is not None and "star" in result.data[0].revised_prompt
    assert result.usage is not None
    assert result.usage.input_tokens_details.image_tokens == 10 * 8
    assert result.usage.output_tokens == 10 * 8


def test_edit_without_mask_may_change_everything(client: openai.OpenAI, server_url: str) -> None:
    source = _noise(200, 150, seed=2)
    other = _noise(64, 64, seed=3)
    result = client.images.edit(
        image=[
            ("a.png", _png(Image.fromarray(source)), "image/png"),
            ("b.png", _png(Image.fromarray(other)), "image/png"),
        ],
        prompt="a blue car",
        n=2,
        response_format="url",
    )
    assert len(result.data) == 2
    url = result.data[0].url
    assert url is not None
    fetched = Image.open(io.BytesIO(httpx.get(url, timeout=30).content))
    assert fetched.size == (200, 150)
    changed = np.any(np.asarray(fetched.convert("RGB")) != source, axis=2)
    assert changed.mean() > 0.9
    assert result.usage is not None and result.usage.input_tokens_details.image_tokens == 7 * 5 + 2 * 2


def test_edit_single_image_jpeg_input(client: openai.OpenAI) -> None:
    out = io.BytesIO()
    Image.fromarray(_noise(160, 96, seed=4)).save(out, "JPEG")
    result = client.images.edit(
        image=("in.jpg", out.getvalue(), "image/jpeg"), prompt="a red ball", size="auto"
    )
    image = _decode(result.data[0].b64_json)
    assert image.format == "PNG" and image.size == (160, 96)
    assert result.size == "160x96"


def test_edit_errors(client: openai.OpenAI) -> None:
    image = ("a.png", _png(Image.fromarray(_noise(128, 128))), "image/png")
    small_mask = ("m.png", _png(Image.new("RGBA", (64, 64), (0, 0, 0, 0))), "image/png")
    opaque_mask = ("m.png", _png(Image.new("RGB", (128, 128))), "image/png")
    for mask in (small_mask, opaque_mask):
        with pytest.raises(openai.BadRequestError) as raised:
            client.images.edit(image=[image], mask=mask, prompt="a dog")
        assert isinstance(raised.value.body, dict) and raised.value.body["param"] == "mask"
    with pytest.raises(openai.BadRequestError) as not_image:
        client.images.edit(image=[("a.png", b"not an image", "image/png")], prompt="a dog")
    assert isinstance(not_image.value.body, dict) and not_image.value.body["param"] == "image"
    with pytest.raises(openai.BadRequestError) as size:
        client.images.edit(image=[image], prompt="a dog", size="1024x1024")
    assert isinstance(size.value.body, dict) and size.value.body["param"] == "size"


def test_openapi_documents_both_routes(server_url: str) -> None:
    spec = httpx.get(f"{server_url}/openapi.json", timeout=30).json()
    generations = spec["paths"]["/v1/images/generations"]["post"]
    edits = spec["paths"]["/v1/images/edits"]["post"]
    assert "application/json" in generations["requestBody"]["content"]
    form = edits["requestBody"]["content"]["multipart/form-data"]["schema"]
    assert {"image", "image[]", "mask", "prompt"} <= set(form["properties"])
    assert "400" in generations["responses"] and "400" in edits["responses"]


def test_openai_images_are_billed_like_generate(client: openai.OpenAI, server_url: str) -> None:
    before = httpx.get(f"{server_url}/v1/usage").json()["images"]
    client.images.generate(model="limner", prompt="two green pears", n=2, size="256x256")
    after = httpx.get(f"{server_url}/v1/usage").json()["images"]
    assert after - before == 2
