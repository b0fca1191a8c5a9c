from __future__ import annotations

import hashlib
import io
import time
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest
from PIL import Image

from limner.errors import InvalidRequestError, NotFoundError
from limner.plan.model import Canvas, Element, Plan
from limner.platform.schemas import GenerateBody, ReasonBody
from limner.platform.service import LimnerService
from limner.reason.base import ReasonRequest

EMPTY = {"plans": 0, "generations": 0, "images": 0}


def blob_files(service: LimnerService) -> list[str]:
    return sorted(p.name for p in service.settings.blob_dir.rglob("*") if p.is_file())


def test_reason_stores_a_plan_with_an_id_and_time(service: LimnerService) -> None:
    before = int(time.time())
    plan = service.reason(ReasonBody(prompt="red apple blue vase", size="640x480", seed=5))
    assert plan.id.startswith("plan_") and plan.id != "plan_draft"
    assert before <= plan.created <= int(time.time())
    assert plan.prompt == "red apple blue vase"
    assert (plan.canvas.width, plan.canvas.height) == (640, 480)
    assert plan.seed == 5
    assert service.get_plan(plan.id) == plan
    assert service.count_rows() == {"plans": 1, "generations": 0, "images": 0}


def test_reason_edits_a_base_plan_and_inherits_its_canvas(service: LimnerService) -> None:
    base = service.reason(ReasonBody(prompt="cat", aspect_ratio="16:9"))
    edit = service.reason(ReasonBody(prompt="cat and dog", base_plan_id=base.id))
    assert edit.base_plan_id == base.id
    assert (edit.canvas.width, edit.canvas.height) == (1024, 576)
    with pytest.raises(NotFoundError) as info:
        service.reason(ReasonBody(prompt="x", base_plan_id="plan_missing"))
    assert info.value.param == "base_plan_id"


def test_generate_from_a_stored_plan(service: LimnerService) -> None:
    plan = service.reason(ReasonBody(prompt="one two", size="320x200"))
    generation = service.generate(GenerateBody(plan_id=plan.id, n=3, seed=7, output_format="jpeg"))
    assert generation.status == "succeeded" and generation.error is None
    assert generation.plan_id == plan.id and generation.id.startswith("gen_")
    assert [i.seed for i in generation.images] == [7, 8, 9]
    assert generation.usage.images == 3
    for image in generation.images:
        data, media_type, sha = service.get_image(image.id)
        assert media_type == "image/jpeg"
        assert sha == image.sha256 == hashlib.sha256(data).hexdigest()
        assert Image.open(io.BytesIO(data)).size == (320, 200) == (image.width, image.height)
        assert image.url == f"/v1/images/{image.id}"
    assert service.get_generation(generation.id) == generation
    assert service.count_rows() == {"plans": 1, "generations": 1, "images": 3}


def test_identical_images_are_stored_once(service: LimnerService) -> None:
    plan = service.reason(ReasonBody(prompt="cup"))
    first = service.generate(GenerateBody(plan_id=plan.id, seed=1, size="128x128"))
    second = service.generate(GenerateBody(plan_id=plan.id, seed=1, size="128x128"))
    assert first.images[0].sha256 == second.images[0].sha256
    assert first.images[0].id != second.images[0].id
    assert blob_files(service) == [f"{first.images[0].sha256}.png"]


def test_generate_from_a_prompt_stores_the_reasoned_plan(service: LimnerService) -> None:
    generation = service.generate(GenerateBody(prompt="green tree", size="256x128", seed=2))
    plan = service.get_plan(generation.plan_id)
    assert plan.prompt == "green tree" and plan.seed == 2
    assert (generation.images[0].width, generation.images[0].height) == (256, 128)


def test_a_prompt_with_n_images_draws_each_from_its_own_seeds_plan(service: LimnerService) -> None:
    prompt = "five balloons above a birthday cake"
    generation = service.generate(GenerateBody(prompt=prompt, n=3, seed=1, size="256x256"))
    assert [image.seed for image in generation.images] == [1, 2, 3]
    assert len({image.sha256 for image in generation.images}) == 3
    # the generation's plan is the first seed's; the others are the plans reasoned with their seeds
    assert service.get_plan(generation.plan_id).seed == 1
    seen: list[int] = []
    reasoner = service.reasoner

    class Recording:
        def reason(self, request: ReasonRequest) -> Plan:
            seen.append(request.seed)
            return reasoner.reason(request)

    service.reasoner = Recording()
    again = service.generate(GenerateBody(prompt=prompt, n=3, seed=1, size="256x256"))
    assert [i.sha256 for i in again.images] == [i.sha256 for i in generation.images]
    assert seen == [1, 2, 3]  # one plan per seed (and so another arrangement with the built-in reasoner)


def test_generate_from_an_inline_plan_stores_it_as_a_new_plan(service: LimnerService) -> None:
    inline = Plan(
        id="plan_users_own",
        canvas=Canvas(width=200, height=100),
        elements=[Element(id="e1", noun="box", box=(0.1, 0.1, 0.5, 0.5))],
        seed=40,
    )
    generation = service.generate(GenerateBody(plan=inline, n=2))
    stored = service.get_plan(generation.plan_id)
    assert stored.id != "plan_users_own" and stored.id.startswith("plan_")
    assert stored.elements == inline.elements
    assert [i.seed for i in generation.images] == [40, 41]  # the plan's seed when none is given
    assert (generation.images[0].width, generation.images[0].height) == (200, 100)


def test_an_inline_plans_json_is_made_once_for_the_render_and_the_row(service: LimnerService) -> None:
    inline = Plan(
        canvas=Canvas(width=120, height=80),
        elements=[Element(id="e1", noun="box", box=(0.1, 0.1, 0.5, 0.5))],
        seed=3,
    )
    sent: list[str | None] = []
    render = service.slot_renderers.render

    def spy(grant: Any, name: str, plan: Plan, options: Any, plan_json: str | None = None) -> Any:
        sent.append(plan_json)
        return render(grant, name, plan, options, plan_json)

    service.slot_renderers.render = spy  # type: ignore[method-assign]
    generation = service.generate(GenerateBody(plan=inline, n=2))
    stored = service.get_plan(generation.plan_id)
    assert len(sent) == 2 and sent[0] is not None and sent[0] is sent[1]
    assert Plan.model_validate_json(sent[0]) == stored  # the very JSON stored as the plan's row
    sent.clear()
    service.generate(GenerateBody(plan_id=stored.id))  # a stored plan: its process makes the JSON
    assert sent == [None]


def test_one_image_per_locale(service: LimnerService) -> None:
    generation = service.generate(GenerateBody(prompt="sale", locales=["de", "fr"], n=2, size="64x64"))
    assert [(i.locale, i.seed) for i in generation.images] == [("de", 0), ("de", 1), ("fr", 0), ("fr", 1)]


def test_unknown_and_foreign_ids_are_not_found(service: LimnerService) -> None:
    generation = service.generate(GenerateBody(prompt="cat", size="64x64"))
    image_id = generation.images[0].id
    cases: list[tuple[Any, str]] = [
        (lambda: service.get_plan("plan_nope"), "id"),
        (lambda: service.get_generation("gen_nope"), "id"),
        (lambda: service.get_image("img_nope"), "id"),
        (lambda: service.get_plan(generation.plan_id, "acct_other"), "id"),
        (lambda: service.get_generation(generation.id, "acct_other"), "id"),
        (lambda: service.get_image(image_id, "acct_other"), "id"),
        (lambda: service.generate(GenerateBody(plan_id="plan_nope")), "plan_id"),
        (lambda: service.generate(GenerateBody(plan_id=generation.plan_id), "acct_other"), "plan_id"),
    ]
    for call, param in cases:
        with pytest.raises(NotFoundError) as info:
            call()
        assert info.value.param == param
        assert info.value.status == 404


@pytest.mark.parametrize(
    ("body", "param"),
    [
        ({"prompt": "x", "renderer": "nope"}, "renderer"),
        ({"prompt": "x", "output_format": "svg"}, "output_format"),
        ({"prompt": "x", "async": True}, "async"),
        ({"prompt": "x", "webhook_url": "https://example.com/hook"}, "webhook_url"),
        ({"prompt": "x", "output_format": "svg", "base_image_id": "img_x"}, "output_format"),
        ({"prompt": "x", "seed": 2**32 - 1, "n": 2}, "seed"),
        ({"plan": {"seed": 2**40}}, "plan.seed"),
    ],
)
def test_unsupported_or_invalid_requests_store_nothing(
    service: LimnerService, body: dict[str, Any], param: str
) -> None:
    with pytest.raises(InvalidRequestError) as info:
        service.generate(GenerateBody.model_validate(body))
    assert info.value.param == param
    assert service.count_rows() == EMPTY
    assert blob_files(service) == []


def test_svg_is_refused_naming_the_renderer(service: LimnerService) -> None:
    with pytest.raises(InvalidRequestError, match="not supported by renderer 'boxes'"):
        service.generate(GenerateBody(prompt="x", output_format="svg"))


@pytest.mark.parametrize("renderer", ["failing", "crashing"])
def test_a_failing_renderer_leaves_a_failed_generation_and_no_images(
    service: LimnerService, renderer: str
) -> None:
    generation = service.generate(GenerateBody(prompt="cat dog", n=3, renderer=renderer, size="64x64"))
    assert generation.status == "failed"
    assert generation.images == [] and generation.usage.images == 0
    assert generation.error is not None and generation.error.code == "render_failed"
    assert service.get_generation(generation.id) == generation
    # the reasoned plan and the failed generation are kept; no image rows, no blobs
    assert service.count_rows() == {"plans": 1, "generations": 1, "images": 0}
    assert blob_files(service) == []


def test_the_service_reopens_on_the_same_data(service: LimnerService) -> None:
    plan = service.reason(ReasonBody(prompt="lamp"))
    service.close()
    again = LimnerService.open(service.settings, reasoner=service.reasoner, renderers=service.renderers)
    with again:
        assert again.get_plan(plan.id) == plan


def test_concurrent_requests_all_commit(service: LimnerService) -> None:
    def work(i: int) -> str:
        if i % 2:
            return service.reason(ReasonBody(prompt=f"thing {i}")).id
        return service.generate(GenerateBody(prompt=f"thing {i}", size="64x64", seed=i)).id

    with ThreadPoolExecutor(max_workers=6) as pool:
        ids = list(pool.map(work, range(24)))
    assert len(set(ids)) == 24
    assert service.count_rows() == {"plans": 24, "generations": 12, "images": 12}
