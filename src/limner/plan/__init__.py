"""The scene-plan contract: models, JSON Schema, geometry and diff."""

from limner.plan.diff import element_changes, plan_diff, untouched
from limner.plan.geometry import relation_holds, relative_position, violated_relations
from limner.plan.model import (
    INTERACTIONS,
    SCHEMA_VERSION,
    Background,
    Canvas,
    ChangedElement,
    Element,
    Layer,
    Plan,
    PlanDiff,
    ReferenceUse,
    Relation,
    Sentence,
    TextSpec,
    TraceEntry,
    plan_dump,
)
from limner.plan.schema import plan_json_schema

__all__ = [
    "INTERACTIONS",
    "SCHEMA_VERSION",
    "Background",
    "Canvas",
    "ChangedElement",
    "Element",
    "Layer",
    "Plan",
    "PlanDiff",
    "ReferenceUse",
    "Relation",
    "Sentence",
    "TextSpec",
    "TraceEntry",
    "element_changes",
    "plan_diff",
    "plan_dump",
    "plan_json_schema",
    "relation_holds",
    "relative_position",
    "untouched",
    "violated_relations",
]
