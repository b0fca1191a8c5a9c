"""The Python SDK against a real ``limner serve`` subprocess."""

from __future__ import annotations

import asyncio
import hashlib
import io
from pathlib import Path

import pytest
from limner_client import AsyncLimner, InvalidRequestError, Limner, NotFoundError, Plan
from PIL import Image

from tests.serving import Server

pytestmark = pytest.mark.e2e


@pytest.fixture
def client(sdk_server: Server) -> Limner:
    return Limner(base_url=sdk_server.url, api_key="", timeout=60, max_retries=1)


def test_reason_returns_a_typed_plan_that_can_be_fetched_again(client: Limner) -> None:
    plan = client.reason("three red apples to the left of a blue vase", size="640x480", seed=5)
    assert isinstance(plan, Plan) and plan.id.startswith("plan_")
    apples, vases = plan.elements_named("apple"), plan.elements_named("vase")
    assert len(apples) == 3 and len(vases) == 1
    assert {a.attributes.get("color") for a in apples} == {"red"}
    assert (plan.canvas.width, plan.canvas.height) == (640, 480)
    assert all(0 <= e.box[0] < e.box[2] <= 1 and 0 <= e.box[1] < e.box[3] <= 1 for e in plan.elements)
    assert client.plans.get(plan.id) == plan


def test_generate_download_and_save(client: Limner, tmp_path: Path) -> None:
    plan = client.reason("a yellow banana next to a green cup", size="512x384")
    generation = client.generate(plan_id=plan.id, output_format="jpeg", seed=3, n=2)
    assert generation.status == "succeeded" and generation.done and generation.plan_id == plan.id
    assert [image.seed for image in generation.images] == [3, 4]
    image = generation.images[0]
    assert (image.width, image.height, image.format) == (512, 384, "jpeg")

    data = client.images.download(image)
    assert hashlib.sha256(data).hexdigest() == image.sha256
    assert Image.open(io.BytesIO(data)).size == (512, 384)
    saved = client.images.save(image.id, tmp_path / "banana.jpg")
    assert saved.read_bytes() == data

    assert client.generations.get(generation.id) == generation
    assert client.generations.wait(generation.id, timeout=30) == generation


def test_generate_from_a_prompt_and_from_an_edited_plan(client: Limner) -> None:
    plan = client.reason("a red car", size="256x256")
    [car] = plan.elements_named("car")
    car.attributes["color"] = "blue"
    edited = client.generate(plan=plan, seed=1)
    assert edited.status == "succeeded" and len(edited.images) == 1
    stored = client.plans.get(edited.plan_id or "")
    assert [e.attributes.get("color") for e in stored.elements_named("car")] == ["blue"]

    direct = client.generate(prompt="a red car", size="256x256", seed=1)
    assert direct.status == "succeeded" and direct.plan_id not in (None, plan.id, edited.plan_id)
    reasoned = client.plans.get(direct.plan_id or "")
    assert [e.attributes.get("color") for e in reasoned.elements_named("car")] == ["red"]


def test_errors_map_to_families_with_param_and_request_id(client: Limner) -> None:
    with pytest.raises(InvalidRequestError) as invalid:
        client.generate(prompt="a cat", n=99)
    assert invalid.value.status == 422 and invalid.value.param == "n"
    assert invalid.value.code and invalid.value.request_id and invalid.value.request_id.startswith("req_")

    with pytest.raises(NotFoundError):
        client.plans.get("plan_doesnotexist")
    with pytest.raises(NotFoundError):
        client.images.download("img_doesnotexist")


def test_async_client_end_to_end(sdk_server: Server) -> None:
    async def scenario() -> tuple[Plan, bytes, str]:
        async with AsyncLimner(base_url=sdk_server.url, max_retries=0) as client:
            plan = await client.reason("two purple umbrellas above a brown bench", size="320x240")
            generation = await client.generate(plan_id=plan.id, seed=11)
            done = await client.generations.wait(generation.id, timeout=30)
            data = await client.images.download(done.images[0].id)
            return plan, data, done.images[0].sha256 or ""

    plan, data, sha = asyncio.run(scenario())
    assert len(plan.elements_named("umbrella")) == 2
    assert hashlib.sha256(data).hexdigest() == sha
