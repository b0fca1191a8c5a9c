"""The renderer check every renderer must pass, over HTTP against a real ``limner serve``.

1. size and format: the image is the plan's size, in the requested format;
2. text: every text element's box reads back (tesseract) as the plan's text;
3. references: a product reference's box is pixel for pixel the built-in renderer's;
4. edits: with ``base_image_id``, every pixel outside the change mask is the base image's;
5. determinism (where the renderer claims it): the same request twice gives the same bytes.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from typing import Any

import httpx
import numpy as np
import numpy.typing as npt
from PIL import Image

from limner.plan.model import Background, Canvas, Element, Plan, ReferenceUse, TextSpec
from limner.platform.edits import mask_array
from limner.render.base import RenderOptions
from limner.render.overlays import box_rect, layout_guide
from tests.references.images import encode, product
from tests.text.ocr import levenshtein, tesseract

U8 = npt.NDArray[np.uint8]
WIDTH, HEIGHT = 256, 128
WORD = "OPEN"


def decode(data: bytes) -> U8:
    with Image.open(io.BytesIO(data)) as image:
        return np.asarray(image.convert("RGB")).copy()


def check_plan(reference_id: str) -> Plan:
    """A sign's text, a product reference and two ordinary objects, on a park backdrop."""
    return Plan(
        canvas=Canvas(width=WIDTH, height=HEIGHT, background=Background(color="#cfe8c8", setting="park")),
        elements=[
            Element(id="e1", noun="apple", attributes={"color": "red"}, box=(0.04, 0.55, 0.22, 0.95), z=1),
            Element(id="e2", noun="tree", box=(0.25, 0.05, 0.45, 0.95), z=0),
            Element(id="e3", noun="bottle", reference_id=reference_id, box=(0.72, 0.1, 0.96, 0.95), z=2),
            Element(
                id="t1",
                kind="text",
                noun="text",
                box=(0.04, 0.05, 0.62, 0.45),
                z=3,
                text=TextSpec(content=WORD, role="sign"),
            ),
        ],
        references=[ReferenceUse(id=reference_id, role="product", name="bottle")],
    )


@dataclass
class CheckResult:
    renderer: str
    image: U8
    plan: dict[str, Any]
    image_id: str
    ocr: str


def upload_product(client: httpx.Client) -> tuple[str, bytes]:
    data = encode(product())
    response = client.post(
        "/v1/references",
        files={"file": ("bottle.png", data, "image/png")},
        data={"role": "product", "name": "bottle"},
    )
    assert response.status_code == 201, response.text
    return str(response.json()["id"]), data


def generate(client: httpx.Client, body: dict[str, Any]) -> dict[str, Any]:
    response = client.post("/v1/generate", json=body)
    assert response.status_code in (200, 201), response.text
    generation: dict[str, Any] = response.json()
    assert generation["status"] == "succeeded", generation
    return generation


def fetch(client: httpx.Client, image: dict[str, Any]) -> bytes:
    response = client.get(image["url"])
    assert response.status_code == 200, response.text
    return response.content


def read_text(pixels: U8, box: tuple[float, float, float, float]) -> str:
    rect = box_rect(box, pixels.shape[1], pixels.shape[0])
    assert rect is not None
    x0, y0, x1, y1 = rect
    crop = Image.fromarray(pixels[y0:y1, x0:x1]).resize(
        ((x1 - x0) * 3, (y1 - y0) * 3), Image.Resampling.LANCZOS
    )
    return re.sub(r"[^A-Z0-9]", "", tesseract(crop, "eng").upper())


def renderer_check(client: httpx.Client, renderer: str, *, deterministic: bool, seed: int = 5) -> CheckResult:
    """Runs checks 1–5 on ``renderer``; returns what it drew (for more checks by the caller)."""
    reference_id, product_png = upload_product(client)
    plan = check_plan(reference_id)
    body = {"plan": plan.model_dump(mode="json"), "renderer": renderer, "seed": seed}

    # 1. size and format (webp too: every renderer encodes every listed format)
    for fmt, magic in (("webp", b"RIFF"), ("png", b"\x89PNG")):
        generation = generate(client, {**body, "output_format": fmt})
        (image,) = generation["images"]
        data = fetch(client, image)
        assert data.startswith(magic), (renderer, fmt)
        assert (image["width"], image["height"], image["format"]) == (WIDTH, HEIGHT, fmt)
    pixels = decode(data)
    assert pixels.shape == (HEIGHT, WIDTH, 3)

    # 2. the text reads back
    ocr = read_text(pixels, plan.elements[3].box)
    assert levenshtein(ocr, WORD) <= 1, f"{renderer}: read {ocr!r} for {WORD!r}"

    # 3. what the text and the product drew is exactly the built-in renderer's pixels
    guide = layout_guide(plan, RenderOptions(seed=seed, references={reference_id: product_png}))
    exact = guide.exact
    assert np.array_equal(pixels[exact], guide.pixels[exact]), renderer
    for element, least in ((plan.elements[2], 0.3), (plan.elements[3], 0.05)):
        x0, y0, x1, y1 = box_rect(element.box, WIDTH, HEIGHT) or (0, 0, 0, 0)
        assert exact[y0:y1, x0:x1].mean() >= least, (renderer, element.id)  # the bottle, the letters
    assert not exact[:, : int(0.02 * WIDTH)].any()  # nothing else is copied (the left edge is painted)

    # 4. an edit (the apple turns green and moves): nothing outside the change mask changes
    stored_plan = client.get(f"/v1/plans/{generation['plan_id']}").json()
    edited = Plan.model_validate(stored_plan)
    apple = edited.elements[0].model_copy(
        update={"attributes": {"color": "green"}, "box": (0.06, 0.5, 0.24, 0.9)}
    )
    edited = edited.model_copy(update={"elements": [apple, *edited.elements[1:]], "id": "plan_draft"})
    edit = generate(
        client,
        {"plan": edited.model_dump(mode="json"), "renderer": renderer, "base_image_id": image["id"]},
    )
    (edit_image,) = edit["images"]
    after = decode(fetch(client, edit_image))
    mask = mask_array([tuple(b) for b in edit["change_mask"]], WIDTH, HEIGHT)
    assert mask.any() and not mask.all(), edit["change_mask"]
    assert np.array_equal(after[~mask], pixels[~mask]), f"{renderer}: pixels outside the mask changed"

    # 5. determinism where claimed
    if deterministic:
        again = generate(client, {**body, "output_format": "png"})
        assert again["images"][0]["sha256"] == image["sha256"], renderer
    return CheckResult(renderer, pixels, stored_plan, image["id"], ocr)
