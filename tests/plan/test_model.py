"""The plan model validates what API.md promises, and its schema and diff behave."""

from __future__ import annotations

import jsonschema
import pytest
from pydantic import ValidationError

from limner.plan import Element, Plan, Relation, TextSpec, plan_diff, plan_json_schema, untouched


def apple(id_: str = "e1", **changes: object) -> Element:
    data: dict[str, object] = {
        "id": id_,
        "noun": "apple",
        "attributes": {"color": "red"},
        "box": (0.1, 0.1, 0.3, 0.3),
    }
    data.update(changes)
    return Element.model_validate(data)


@pytest.mark.parametrize(
    "box", [(0.3, 0.1, 0.2, 0.4), (0.1, 0.1, 1.2, 0.4), (-0.1, 0, 0.5, 0.5), (0.2, 0.2, 0.2, 0.4)]
)
def test_bad_boxes_are_rejected(box: tuple[float, ...]) -> None:
    with pytest.raises(ValidationError, match="box"):
        apple(box=box)


def test_text_element_needs_text() -> None:
    with pytest.raises(ValidationError):
        Element(id="t", kind="text", noun="text", box=(0, 0, 1, 0.2))
    ok = Element(id="t", kind="text", noun="text", box=(0, 0, 1, 0.2), text=TextSpec(content="OPEN"))
    assert ok.text is not None and ok.text.script == "Latn"


def test_relations_must_name_known_elements() -> None:
    with pytest.raises(ValidationError, match="unknown element"):
        Plan(elements=[apple()], relations=[Relation(subject="e1", predicate="left of", object="e9")])


def test_duplicate_ids_rejected() -> None:
    with pytest.raises(ValidationError, match="unique"):
        Plan(elements=[apple(), apple()])


def test_unknown_fields_rejected() -> None:
    with pytest.raises(ValidationError, match="atributes"):
        Element.model_validate({"id": "e1", "noun": "cup", "box": [0, 0, 1, 1], "atributes": {}})


def test_serialized_plans_validate_against_the_published_schema() -> None:
    plan = Plan(
        id="plan_x",
        elements=[
            apple(),
            Element(id="t", kind="text", noun="text", box=(0, 0, 1, 0.2), text=TextSpec(content="Hi")),
        ],
    )
    jsonschema.validate(plan.model_dump(mode="json"), plan_json_schema())
    assert plan_json_schema()["properties"]["schema_version"]["default"] == "2"


def test_diff_names_exactly_what_changed() -> None:
    base = Plan(
        elements=[apple("e1"), apple("e2", box=(0.5, 0.5, 0.7, 0.7)), apple("e3", box=(0.1, 0.6, 0.2, 0.7))]
    )
    new = Plan(
        elements=[
            apple("e1", attributes={"color": "green"}),
            apple("e2", box=(0.5, 0.5, 0.7, 0.7)),
            apple("e4", box=(0.8, 0.1, 0.9, 0.2)),
        ]
    )
    diff = plan_diff(base, new)
    assert diff.added == ["e4"] and diff.removed == ["e3"]
    assert [(c.id, c.fields) for c in diff.changed] == [("e1", ["attributes.color"])]
    assert untouched(base, new) == ["e2"]


def test_version_1_plans_migrate_and_unknown_versions_are_refused() -> None:
    stored = {"schema_version": "1", "canvas": {"background": {"color": "#FFFFFF", "description": "x"}}}
    plan = Plan.model_validate(stored)
    assert plan.schema_version == "2"
    background = plan.canvas.background
    assert (background.color, background.setting, background.layers, background.horizon) == (
        "#ffffff",
        None,
        [],
        None,
    )
    with pytest.raises(ValidationError, match="unsupported schema_version"):
        Plan.model_validate({"schema_version": "99"})


def test_structured_backdrop_and_facing_are_validated() -> None:
    with pytest.raises(ValidationError, match="span"):
        Plan.model_validate(
            {"canvas": {"background": {"layers": [{"kind": "sky", "color": "#000000", "span": [0.7, 0.2]}]}}}
        )
    with pytest.raises(ValidationError, match="facing"):
        Element(id="e1", noun="dog", box=(0, 0, 0.5, 0.5), attributes={"facing": "up"})
