"""``/v1/references`` over HTTP, and references in ``POST /v1/reason`` and generation."""

from __future__ import annotations

import base64
from pathlib import Path

import numpy as np
import pytest
from fastapi.testclient import TestClient
from PIL import Image
from pydantic import ValidationError

from limner.errors import NotFoundError
from limner.plan.model import Plan, ReferenceUse
from limner.platform.references import unreferenced_warnings
from limner.platform.schemas import GenerateBody, ReasonBody
from limner.platform.service import LimnerService
from limner.reason import BuiltinReasoner
from limner.reason.base import ReasonRequest

from .images import character, decode, encode, product
from .test_imagecheck import SVG, png_bomb

PNG = encode(product())


def upload(client: TestClient, data: bytes, role: str = "product", name: str = "bottle") -> dict[str, object]:
    response = client.post(
        "/v1/references",
        files={"file": ("x.bin", data, "application/octet-stream")},
        data={"role": role, "name": name},
    )
    assert response.status_code == 201, response.text
    body: dict[str, object] = response.json()
    return body


def blob_files(service: LimnerService) -> list[Path]:
    return [p for p in service.settings.blob_dir.rglob("*") if p.is_file()]


def test_multipart_and_json_uploads_get_delete(client: TestClient, service: LimnerService) -> None:
    first = upload(client, PNG)
    assert str(first["id"]).startswith("ref_") and first["object"] == "reference"
    assert (first["format"], first["width"], first["height"], first["role"]) == ("png", 200, 260, "product")
    second = client.post("/v1/references", json={"data": base64.b64encode(PNG).decode(), "role": "style"})
    assert second.status_code == 201, second.text
    assert second.json()["sha256"] == first["sha256"] and second.json()["role"] == "style"
    assert len(blob_files(service)) == 1  # the same bytes are stored once
    got = client.get(f"/v1/references/{first['id']}")
    assert got.status_code == 200 and got.json() == first
    assert client.delete(f"/v1/references/{first['id']}").status_code == 204
    assert client.get(f"/v1/references/{first['id']}").status_code == 404
    assert len(blob_files(service)) == 1  # still used by the second upload
    assert client.delete(f"/v1/references/{second.json()['id']}").status_code == 204
    assert blob_files(service) == []
    assert client.delete(f"/v1/references/{second.json()['id']}").status_code == 404


@pytest.mark.parametrize(
    ("data", "status"),
    [(SVG, 415), (png_bomb(6000, 6000), 413), (PNG[:500], 422), (PNG + b"PK\x03\x04junk", 422)],
)
def test_bad_uploads_are_problems(
    client: TestClient, service: LimnerService, data: bytes, status: int
) -> None:
    for response in (
        client.post("/v1/references", files={"file": ("a.png", data, "image/png")}),
        client.post("/v1/references", json={"data": base64.b64encode(data).decode()}),
    ):
        assert response.status_code == status, response.text
        assert response.headers["content-type"].startswith("application/problem+json")
        assert response.json()["param"] in ("file", "data")
    assert blob_files(service) == []


def test_malformed_upload_requests(client: TestClient) -> None:
    assert (
        client.post("/v1/references", content=b"x", headers={"content-type": "text/plain"}).status_code == 415
    )
    assert client.post("/v1/references", json={"data": "!!notbase64!!"}).json()["param"] == "data"
    assert client.post("/v1/references", json={"data": "aGk=", "role": "hero"}).json()["param"] == "role"
    assert client.post("/v1/references", json={}).status_code == 422
    missing = client.post("/v1/references", files={"other": ("a", b"x")})
    assert missing.status_code == 422 and missing.json()["param"] == "file"
    bad_role = client.post("/v1/references", files={"file": ("a", PNG)}, data={"role": "hero"})
    assert bad_role.status_code == 422 and bad_role.json()["param"] == "role"
    assert (
        client.post("/v1/references", content=b"{", headers={"content-type": "application/json"}).status_code
        == 400
    )


def test_references_belong_to_their_account(service: LimnerService) -> None:
    ref = service.references.create(PNG, "product", "bottle", "acct_a")
    with pytest.raises(NotFoundError):
        service.references.get(ref.id, "acct_b")
    with pytest.raises(NotFoundError):
        service.references.delete(ref.id, "acct_b")
    with pytest.raises(NotFoundError) as info:
        service.reason(ReasonBody(prompt="a bottle", references=[ref.id]), "acct_b")
    assert info.value.param == "references.0"


class Recording:
    """The built-in reasoner, keeping the requests it got."""

    name = "recording"

    def __init__(self, bind: bool = True) -> None:
        self.requests: list[ReasonRequest] = []
        self.inner = BuiltinReasoner()
        self.bind = bind

    def reason(self, request: ReasonRequest) -> Plan:
        self.requests.append(request)
        return self.inner.reason(
            request if self.bind else ReasonRequest(request.prompt, request.width, request.height)
        )


def test_reason_checks_and_passes_references(client: TestClient, service: LimnerService) -> None:
    product_ref = upload(client, PNG, "product", "bottle")
    style_ref = upload(client, encode(character()), "style", "mood")
    recording = Recording()
    service.reasoner = recording
    body = {
        "prompt": "the bottle on a table",
        "references": [product_ref["id"], {"id": style_ref["id"], "role": "style", "name": "look"}],
    }
    response = client.post("/v1/reason", json=body)
    assert response.status_code == 200, response.text
    uses = recording.requests[-1].references
    assert uses == (
        ReferenceUse(id=str(product_ref["id"]), role="product", name="bottle"),
        ReferenceUse(id=str(style_ref["id"]), role="style", name="look"),
    )
    plan = response.json()
    assert {r["id"] for r in plan["references"]} == {product_ref["id"], style_ref["id"]}
    assert any(e["reference_id"] == product_ref["id"] for e in plan["elements"])
    # a 10th reference is refused, naming references
    ten = client.post("/v1/reason", json={"prompt": "x", "references": [product_ref["id"]] * 10})
    assert ten.status_code == 422 and ten.json()["param"].startswith("references")
    unknown = client.post("/v1/reason", json={"prompt": "x", "references": [product_ref["id"], "ref_nope"]})
    assert unknown.status_code == 404 and unknown.json()["param"] == "references.1"
    twice = client.post("/v1/reason", json={"prompt": "x", "references": [product_ref["id"]] * 2})
    assert twice.status_code == 422 and twice.json()["param"] == "references.1"


def test_unused_references_are_warned_about(service: LimnerService) -> None:
    ref = service.references.create(PNG, "product", "bottle", "acct_local")
    service.reasoner = Recording(bind=False)
    plan = service.reason(ReasonBody(prompt="a red apple", references=[ref.id]))
    assert any(ref.id in w and "not used" in w for w in plan.warnings)
    style = ReferenceUse(id="ref_style", role="style")
    assert unreferenced_warnings(Plan(), (style,)) == []


def test_generation_composites_the_uploaded_reference(service: LimnerService) -> None:
    ref = service.references.create(PNG, "product", "bottle", "acct_local")
    plan = service.reason(ReasonBody(prompt="a bottle", references=[ref.id], size="512x512"))
    element = next(e for e in plan.elements if e.reference_id == ref.id)
    generation = service.generate(GenerateBody(plan_id=plan.id))
    image = decode(service.get_image(generation.images[0].id)[0])
    x0, y0, x1, y1 = (int(v * 512) for v in element.box)
    region = image[y0:y1, x0:x1].reshape(-1, 3).astype(int)
    # the product's label orange (230, 150, 20) appears inside its box
    assert (np.abs(region - (230, 150, 20)).max(axis=1) < 30).sum() > 50
    service.references.delete(ref.id, "acct_local")
    with pytest.raises(NotFoundError) as info:
        service.generate(GenerateBody(plan_id=plan.id))
    assert info.value.param == "plan"


def test_reference_roles_are_checked(service: LimnerService) -> None:
    with pytest.raises(ValidationError):
        ReasonBody.model_validate({"prompt": "x", "references": [{"id": "ref_a", "role": "hero"}]})


def test_large_uploads_json_and_multipart(client: TestClient) -> None:
    noise = np.random.default_rng(7).integers(0, 256, (900, 900, 3), dtype=np.uint8)
    big = encode(Image.fromarray(noise))
    assert 1_500_000 < len(big) < 20_000_000  # over the 1 MB JSON body limit of other endpoints
    as_json = client.post("/v1/references", json={"data": base64.b64encode(big).decode()})
    assert as_json.status_code == 201, as_json.text
    huge = b"\x89PNG\r\n\x1a\n" + bytes(20_000_001)
    too_big = client.post("/v1/references", files={"file": ("a.png", huge, "image/png")})
    assert too_big.status_code == 413
    too_big_json = client.post("/v1/references", json={"data": base64.b64encode(huge).decode()})
    assert too_big_json.status_code == 413
