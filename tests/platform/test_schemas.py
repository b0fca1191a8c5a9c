from __future__ import annotations

import pytest
from pydantic import ValidationError

from limner.errors import InvalidRequestError
from limner.plan.model import ReferenceUse
from limner.platform.schemas import GenerateBody, ReasonBody, parse_size, size_for_aspect
from limner.platform.validation import invalid_request, param_from_loc


def _error(model: type[ReasonBody] | type[GenerateBody], data: object) -> InvalidRequestError:
    with pytest.raises(ValidationError) as info:
        model.model_validate(data)
    return invalid_request(info.value)


def test_sizes_and_aspect_ratios() -> None:
    assert parse_size("512x384") == (512, 384)
    for bad in ("63x512", "512x4097", "axb", "512", "99999x64"):
        with pytest.raises(ValueError):
            parse_size(bad)
    assert size_for_aspect("16:9") == (1024, 576)
    assert size_for_aspect("9:16") == (576, 1024)
    assert size_for_aspect("1:1") == (1024, 1024)
    for bad in ("0:1", "1:17", "16/9"):
        with pytest.raises(ValueError):
            size_for_aspect(bad)


def test_reason_body_fields() -> None:
    body = ReasonBody.model_validate(
        {"prompt": "a cat", "references": ["ref_a", {"id": "ref_b", "role": "product", "name": "bottle"}]}
    )
    assert body.reference_uses() == (
        ReferenceUse(id="ref_a"),
        ReferenceUse(id="ref_b", role="product", name="bottle"),
    )
    assert ReasonBody(prompt="x", aspect_ratio="4:3").dimensions() == (1024, 768)
    assert ReasonBody(prompt="x").dimensions() is None
    assert _error(ReasonBody, {}).param == "prompt"
    assert _error(ReasonBody, {"prompt": "x" * 8001}).param == "prompt"
    assert _error(ReasonBody, {"prompt": "   "}).param == "prompt"
    assert _error(ReasonBody, {"prompt": "x", "size": "10x10"}).param == "size"
    assert (
        _error(ReasonBody, {"prompt": "x", "size": "512x512", "aspect_ratio": "1:1"}).param == "aspect_ratio"
    )
    assert _error(ReasonBody, {"prompt": "x", "references": ["ref_a"] * 10}).param == "references"
    assert _error(ReasonBody, {"prompt": "x", "references": [{"id": "nope"}]}).param == "references.0.id"
    assert _error(ReasonBody, {"prompt": "x", "references": [7]}).param == "references.0"
    assert _error(ReasonBody, {"prompt": "x", "colour": "red"}).param == "colour"
    assert _error(ReasonBody, {"prompt": "x", "seed": -1}).param == "seed"


def test_generate_body_needs_exactly_one_source() -> None:
    assert GenerateBody(prompt="x").n == 1
    assert _error(GenerateBody, {}).param == "prompt"
    error = _error(GenerateBody, {"plan_id": "plan_a", "prompt": "x"})
    assert error.param == "prompt" and "plan_id and prompt" in error.detail
    bad_box = {"elements": [{"id": "e1", "noun": "cat", "box": [0.5, 0.1, 0.2, 0.9]}]}
    assert _error(GenerateBody, {"plan": bad_box}).param == "plan.elements.0.box"
    bad_attr = {
        "elements": [{"id": "e1", "noun": "cat", "box": [0.1, 0.1, 0.2, 0.9], "attributes": {"k": [1]}}]
    }
    assert _error(GenerateBody, {"plan": bad_attr}).param == "plan.elements.0.attributes.k"


@pytest.mark.parametrize(
    ("data", "param"),
    [
        ({"prompt": "x", "n": 0}, "n"),
        ({"prompt": "x", "n": 9}, "n"),
        ({"prompt": "x", "n": "2"}, "n"),
        ({"prompt": "x", "output_format": "gif"}, "output_format"),
        ({"prompt": "x", "locales": ["de", "DE"]}, "locales"),
        ({"prompt": "x", "locales": ["not a locale"]}, "locales.0"),
        ({"prompt": "x", "webhook_url": "ftp://x"}, "webhook_url"),
        ({"prompt": "x", "async": "yes"}, "async"),
        ({"prompt": "x", "size": "5000x64"}, "size"),
    ],
)
def test_generate_body_field_errors_name_the_field(data: dict[str, object], param: str) -> None:
    assert _error(GenerateBody, data).param == param


def test_param_paths() -> None:
    assert param_from_loc(("body", "plan", "elements", 0, "box")) == "plan.elements.0.box"
    assert param_from_loc(("body", "references", 0, "ReferenceItem", "id")) == "references.0.id"
    assert param_from_loc(("body",)) is None
    assert param_from_loc(("path", "id")) == "id"
