"""References and sentence-level edits over real HTTP, against a real ``limner serve``."""

from __future__ import annotations

import io

import httpx
import numpy as np
import pytest
from PIL import Image, ImageDraw

pytestmark = pytest.mark.e2e


def product_png() -> bytes:
    """A bottle-like product on a plain white background (no alpha: the matte must cut it out)."""
    image = Image.new("RGB", (200, 320), "white")
    draw = ImageDraw.Draw(image)
    draw.rectangle((70, 20, 130, 80), fill=(20, 60, 160))
    draw.rounded_rectangle((40, 80, 160, 300), radius=30, fill=(30, 90, 200))
    draw.rectangle((60, 150, 140, 220), fill=(250, 210, 40))
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def pixels(client: httpx.Client, url: str) -> np.ndarray:
    response = client.get(url)
    assert response.status_code == 200
    return np.asarray(Image.open(io.BytesIO(response.content)).convert("RGB"))


def outside(mask_boxes: list[list[float]], shape: tuple[int, ...]) -> np.ndarray:
    height, width = shape[:2]
    keep = np.ones((height, width), dtype=bool)
    for x0, y0, x1, y1 in mask_boxes:
        keep[int(y0 * height) : int(np.ceil(y1 * height)), int(x0 * width) : int(np.ceil(x1 * width))] = False
    return keep


def test_reference_named_in_prompt_is_composited(client: httpx.Client) -> None:
    upload = client.post(
        "/v1/references",
        files={"file": ("aurora.png", product_png(), "image/png")},
        data={"role": "product", "name": "Aurora bottle"},
    )
    assert upload.status_code == 201, upload.text
    ref = upload.json()
    assert ref["id"].startswith("ref_") and ref["role"] == "product"
    assert client.get(f"/v1/references/{ref['id']}").json()["sha256"] == ref["sha256"]

    plan = client.post(
        "/v1/reason",
        json={"prompt": "the Aurora bottle on top of a brown table", "references": [ref["id"]]},
    ).json()
    linked = [e for e in plan["elements"] if e["reference_id"] == ref["id"]]
    assert len(linked) == 1
    generation = client.post("/v1/generate", json={"plan_id": plan["id"]}).json()
    assert generation["status"] == "succeeded"
    image = pixels(client, generation["images"][0]["url"])
    x0, y0, x1, y1 = linked[0]["box"]
    h, w = image.shape[:2]
    region = image[int(y0 * h) : int(y1 * h), int(x0 * w) : int(x1 * w)].reshape(-1, 3).astype(int)
    yellow = (region[:, 0] > 200) & (region[:, 1] > 170) & (region[:, 2] < 100)
    assert yellow.mean() > 0.02, "the product's yellow label is not in its box"


def test_too_many_references_is_422(client: httpx.Client) -> None:
    ids = [f"ref_{i:024d}" for i in range(10)]
    response = client.post("/v1/reason", json={"prompt": "a cat", "references": ids})
    assert response.status_code == 422 and response.json()["param"] == "references"


def test_sentence_edit_keeps_everything_else(client: httpx.Client) -> None:
    base = client.post(
        "/v1/reason", json={"prompt": "a red car left of a green tree and a blue bench", "size": "768x512"}
    ).json()
    first = client.post("/v1/generate", json={"plan_id": base["id"], "seed": 5}).json()

    edited = client.post("/v1/reason", json={"prompt": "make the car yellow", "base_plan_id": base["id"]})
    assert edited.status_code == 200, edited.text
    plan = edited.json()
    assert plan["base_plan_id"] == base["id"]
    car = next(e for e in plan["elements"] if e["noun"] == "car")
    assert plan["diff"]["changed"] == [{"id": car["id"], "fields": ["attributes.color"]}]
    assert car["attributes"]["color"] == "yellow"
    untouched = [e for e in base["elements"] if e["id"] != car["id"]]
    assert all(e in plan["elements"] for e in untouched)

    second = client.post(
        "/v1/generate", json={"plan_id": plan["id"], "base_image_id": first["images"][0]["id"]}
    ).json()
    assert second["status"] == "succeeded" and second["change_mask"]
    before = pixels(client, first["images"][0]["url"])
    after = pixels(client, second["images"][0]["url"])
    keep = outside(second["change_mask"], before.shape)
    assert np.array_equal(before[keep], after[keep])
    assert not np.array_equal(before, after)

    absent = client.post("/v1/reason", json={"prompt": "remove the giraffe", "base_plan_id": base["id"]})
    assert absent.status_code == 422 and "giraffe" in absent.json()["detail"]
