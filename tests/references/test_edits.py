"""Edits with ``base_image_id``: nothing outside the change mask moves, over 30+ kinds of edit."""

from __future__ import annotations

import math
from collections.abc import Callable

import numpy as np
import pytest

from limner.errors import InvalidRequestError, NotFoundError
from limner.plan.model import Background, Canvas, Element, Plan, ReferenceUse, TextSpec
from limner.platform.schemas import GenerateBody
from limner.platform.service import LimnerService

from .images import U8, character, decode, encode, product

Edit = Callable[[Plan], Plan]
WIDTH, HEIGHT = 640, 480


def base_plan(product_id: str, character_id: str) -> Plan:
    return Plan(
        canvas=Canvas(width=WIDTH, height=HEIGHT, background=Background(color="#f4efe6")),
        references=[
            ReferenceUse(id=product_id, role="product"),
            ReferenceUse(id=character_id, role="character"),
        ],
        elements=[
            Element(id="e1", noun="apple", attributes={"color": "red"}, box=(0.05, 0.55, 0.25, 0.8), z=1),
            Element(id="e2", noun="cup", attributes={"color": "blue"}, box=(0.3, 0.5, 0.5, 0.78), z=2),
            Element(id="e3", noun="cat", box=(0.55, 0.45, 0.8, 0.8), z=1),
            Element(id="e4", noun="bottle", reference_id=product_id, box=(0.82, 0.3, 0.98, 0.75), z=3),
            Element(id="e5", noun="person", reference_id=character_id, box=(0.02, 0.2, 0.2, 0.5), z=1),
            Element(
                id="e6",
                kind="text",
                noun="text",
                box=(0.25, 0.04, 0.95, 0.18),
                z=5,
                attributes={"color": "black"},
                text=TextSpec(content="Fresh apples", role="headline"),
            ),
        ],
    )


def change(element_id: str, **fields: object) -> Edit:
    def edit(plan: Plan) -> Plan:
        elements = []
        for e in plan.elements:
            if e.id == element_id:
                update = dict(fields)
                if "attributes" in update and isinstance(update["attributes"], dict):
                    update["attributes"] = {**e.attributes, **update["attributes"]}
                e = e.model_copy(update=update)
            elements.append(e)
        return plan.model_copy(update={"elements": elements})

    return edit


def move(element_id: str, dx: float, dy: float) -> Edit:
    def edit(plan: Plan) -> Plan:
        box = next(e.box for e in plan.elements if e.id == element_id)
        return change(element_id, box=(box[0] + dx, box[1] + dy, box[2] + dx, box[3] + dy))(plan)

    return edit


def remove(*ids: str) -> Edit:
    return lambda plan: plan.model_copy(update={"elements": [e for e in plan.elements if e.id not in ids]})


def add(*elements: Element) -> Edit:
    return lambda plan: plan.model_copy(update={"elements": [*plan.elements, *elements]})


def both(*edits: Edit) -> Edit:
    def edit(plan: Plan) -> Plan:
        for step in edits:
            plan = step(plan)
        return plan

    return edit


def text_of(plan: Plan, content: str) -> Plan:
    e6 = next(e for e in plan.elements if e.id == "e6")
    assert e6.text is not None
    return change("e6", text=e6.text.model_copy(update={"content": content}))(plan)


def swap_boxes(a: str, b: str) -> Edit:
    def edit(plan: Plan) -> Plan:
        boxes = {e.id: e.box for e in plan.elements}
        return both(change(a, box=boxes[b]), change(b, box=boxes[a]))(plan)

    return edit


def canvas_color(color: str) -> Edit:
    def edit(plan: Plan) -> Plan:
        background = plan.canvas.background.model_copy(update={"color": color})
        return plan.model_copy(update={"canvas": plan.canvas.model_copy(update={"background": background})})

    return edit


PEAR = Element(id="e7", noun="pear", attributes={"color": "green"}, box=(0.35, 0.82, 0.5, 0.98), z=4)
SIGN = Element(
    id="e8",
    kind="text",
    noun="text",
    box=(0.55, 0.85, 0.95, 0.95),
    z=6,
    text=TextSpec(content="-20 %", role="price"),
)

#: name → (edit, whether pixels must change inside the mask)
EDITS: dict[str, tuple[Edit, bool]] = {
    "move right": (move("e1", 0.05, 0.0), True),
    "move up": (move("e2", 0.0, -0.1), True),
    "move by one pixel": (move("e3", 1 / WIDTH, 0.0), True),
    "move to the edge": (change("e1", box=(0.0, 0.75, 0.2, 1.0)), True),
    "recolour by word": (change("e1", attributes={"color": "green"}), True),
    "recolour by hex": (change("e2", attributes={"hex": "#ff8800"}), True),
    "recolour text": (change("e6", attributes={"color": "red"}), True),
    "resize bigger": (change("e3", box=(0.5, 0.35, 0.85, 0.95)), True),
    "resize smaller": (change("e2", box=(0.35, 0.6, 0.45, 0.72)), True),
    "remove object": (remove("e3"), True),
    "remove two objects": (remove("e1", "e2"), True),
    "remove text": (remove("e6"), True),
    "remove product reference": (remove("e4"), True),
    "add object": (add(PEAR), True),
    "add text": (add(SIGN), True),
    "add two": (add(PEAR, SIGN), True),
    "replace noun": (change("e3", noun="dog"), True),
    "replace noun and colour": (change("e1", noun="banana", attributes={"color": "yellow"}), True),
    "change text": (lambda p: text_of(p, "Frische Äpfel"), True),
    "longer text": (lambda p: text_of(p, "Fresh apples, picked this morning"), True),
    "move text": (move("e6", 0.0, 0.1), True),
    "raise z": (change("e1", z=9, box=(0.2, 0.55, 0.4, 0.8)), True),
    "lower z": (change("e2", z=0), False),
    "face left": (change("e5", attributes={"facing": "left"}), True),
    "rotate product": (change("e4", attributes={"rotation": 90}), True),
    "scale product": (change("e4", attributes={"scale": 0.6}), True),
    "swap boxes": (swap_boxes("e1", "e2"), True),
    "swap references": (both(change("e4", reference_id="REF5"), change("e5", reference_id="REF4")), True),
    "label only": (change("e3", label="kitty"), False),
    "material attribute": (change("e2", attributes={"material": "glass"}), False),
    "group change": (change("e1", group="g9"), False),
    "move and recolour": (both(move("e1", 0.02, -0.05), change("e1", attributes={"color": "purple"})), True),
    "add, remove and move": (both(add(PEAR), remove("e3"), move("e2", 0.1, 0.0)), True),
    "background colour (whole canvas)": (canvas_color("#203040"), True),
}


def mask_of(boxes: list[list[float]]) -> np.ndarray:
    mask = np.zeros((HEIGHT, WIDTH), dtype=bool)
    for x0, y0, x1, y1 in boxes:
        mask[
            math.floor(y0 * HEIGHT) : math.ceil(y1 * HEIGHT), math.floor(x0 * WIDTH) : math.ceil(x1 * WIDTH)
        ] = True
    return mask


@pytest.fixture
def base(service: LimnerService) -> tuple[Plan, str, U8]:
    p = service.references.create(encode(product()), "product", "bottle", "acct_local")
    c = service.references.create(encode(character()), "character", "kid", "acct_local")
    plan = base_plan(p.id, c.id)
    generation = service.generate(GenerateBody(plan=plan, seed=11))
    stored = service.get_plan(generation.plan_id)
    return stored, generation.images[0].id, decode(service.get_image(generation.images[0].id)[0])


def test_over_30_edit_kinds_no_pixel_outside_the_mask_changes(
    service: LimnerService, base: tuple[Plan, str, U8]
) -> None:
    assert len(EDITS) >= 30
    plan, image_id, before = base
    refs = {r.role: r.id for r in plan.references}
    outside_changed = 0
    for name, (edit, visible) in EDITS.items():
        new = edit(plan)
        new = new.model_copy(
            update={
                "elements": [
                    e.model_copy(
                        update={
                            "reference_id": {"REF4": refs["product"], "REF5": refs["character"]}.get(
                                e.reference_id or "", e.reference_id
                            )
                        }
                    )
                    for e in new.elements
                ]
            }
        )
        generation = service.generate(GenerateBody(plan=new, base_image_id=image_id))
        assert generation.status == "succeeded", (name, generation.error)
        assert generation.change_mask, name
        image = generation.images[0]
        assert (image.width, image.height, image.seed, image.format) == (WIDTH, HEIGHT, 11, "png")
        after = decode(service.get_image(image.id)[0])
        mask = mask_of([list(b) for b in generation.change_mask])
        differs = (after != before).any(axis=2)
        outside_changed += int((differs & ~mask).sum())
        if visible:
            assert differs.any(), f"{name}: nothing changed"
        stored = service.get_plan(generation.plan_id)
        assert stored.base_plan_id == plan.id and stored.diff is not None, name
        assert service.get_generation(generation.id).change_mask == generation.change_mask
    print(f"{len(EDITS)} edit kinds: {outside_changed} pixels changed outside the change masks")
    assert outside_changed == 0


def test_the_mask_covers_old_and_new_boxes_with_a_margin(
    service: LimnerService, base: tuple[Plan, str, U8]
) -> None:
    plan, image_id, _ = base
    generation = service.generate(GenerateBody(plan=move("e1", 0.3, 0.0)(plan), base_image_id=image_id))
    boxes = generation.change_mask or []
    assert len(boxes) == 2
    old, new = (0.05, 0.55, 0.25, 0.8), (0.35, 0.55, 0.55, 0.8)
    for target in (old, new):
        assert any(
            b[0] < target[0] and b[1] < target[1] and b[2] > target[2] and b[3] > target[3] for b in boxes
        )
        assert any(abs(b[0] - target[0]) < 0.02 and abs(b[2] - target[2]) < 0.02 for b in boxes)
    whole = service.generate(GenerateBody(plan=canvas_color("#000000")(plan), base_image_id=image_id))
    assert whole.change_mask == [(0.0, 0.0, 1.0, 1.0)]


def test_an_unchanged_plan_gives_the_same_pixels_and_an_empty_mask(
    service: LimnerService, base: tuple[Plan, str, U8]
) -> None:
    plan, image_id, before = base
    generation = service.generate(GenerateBody(plan=plan, base_image_id=image_id, output_format="webp"))
    assert generation.images[0].format == "webp"
    assert generation.change_mask == []
    assert np.array_equal(decode(service.get_image(generation.images[0].id)[0]), before)


def test_jpeg_output_unknown_base_and_other_size_are_refused(
    service: LimnerService, base: tuple[Plan, str, U8]
) -> None:
    plan, image_id, _ = base
    with pytest.raises(InvalidRequestError) as info:
        service.generate(GenerateBody(plan=plan, base_image_id=image_id, output_format="jpeg"))
    assert info.value.param == "output_format"
    with pytest.raises(InvalidRequestError) as info:
        service.generate(GenerateBody(plan=plan, base_image_id=image_id, size="320x240"))
    assert info.value.param == "size"
    with pytest.raises(NotFoundError) as missing:
        service.generate(GenerateBody(plan=plan, base_image_id="img_nope"))
    assert missing.value.param == "base_image_id"
    with pytest.raises(NotFoundError):
        service.generate(GenerateBody(plan=plan, base_image_id=image_id), "acct_other")


def test_a_jpeg_base_is_edited_on_its_decoded_pixels(
    service: LimnerService, base: tuple[Plan, str, U8]
) -> None:
    plan, _, _ = base
    jpeg = service.generate(GenerateBody(plan=plan, output_format="jpeg"))
    before = decode(service.get_image(jpeg.images[0].id)[0])
    edited = service.generate(GenerateBody(plan=move("e2", 0.1, 0.0)(plan), base_image_id=jpeg.images[0].id))
    assert edited.images[0].format == "png"
    after = decode(service.get_image(edited.images[0].id)[0])
    mask = mask_of([list(b) for b in edited.change_mask or []])
    assert not ((after != before).any(axis=2) & ~mask).any()


def test_edit_over_http_reports_the_change_mask(client: object, service: LimnerService) -> None:
    from fastapi.testclient import TestClient

    assert isinstance(client, TestClient)
    first = client.post("/v1/generate", json={"prompt": "a red apple next to a blue cup", "size": "512x384"})
    assert first.status_code == 200, first.text
    body = first.json()
    plan = client.get(f"/v1/plans/{body['plan_id']}").json()
    plan["elements"][0]["attributes"]["color"] = "green"
    edit = client.post("/v1/generate", json={"plan": plan, "base_image_id": body["images"][0]["id"]})
    assert edit.status_code == 200, edit.text
    assert edit.json()["change_mask"] and len(edit.json()["change_mask"][0]) == 4
    refused = client.post(
        "/v1/generate", json={"plan": plan, "base_image_id": body["images"][0]["id"], "output_format": "jpeg"}
    )
    assert refused.status_code == 422 and refused.json()["param"] == "output_format"


def test_a_prompt_edit_reasons_against_the_base_plan(service: LimnerService) -> None:
    first = service.generate(GenerateBody(prompt="a red apple next to a blue cup", size="512x384"))
    before = decode(service.get_image(first.images[0].id)[0])
    edit = service.generate(GenerateBody(prompt="make the cup green", base_image_id=first.images[0].id))
    assert edit.status == "succeeded"
    plan = service.get_plan(edit.plan_id)
    assert plan.base_plan_id == first.plan_id
    after = decode(service.get_image(edit.images[0].id)[0])
    assert after.shape == before.shape
    height, width = before.shape[:2]
    mask = np.zeros((height, width), dtype=bool)
    for x0, y0, x1, y1 in edit.change_mask or []:
        mask[
            math.floor(y0 * height) : math.ceil(y1 * height), math.floor(x0 * width) : math.ceil(x1 * width)
        ] = True
    assert not ((after != before).any(axis=2) & ~mask).any()
