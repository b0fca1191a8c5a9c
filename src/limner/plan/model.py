"""The scene plan: the contract between reasoning and rendering.

Pydantic v2 models of the document described in API.md. This package imports
nothing else from limner, so any layer (and any outside tool) can depend on it.
"""

from __future__ import annotations

import re
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

SCHEMA_VERSION = "2"
#: Versions a stored or submitted plan may carry. Migration rule 1 → 2: version 2 only adds optional
#: fields (the structured backdrop, interaction relations, ``facing``/``pose`` attributes), so a
#: version-1 document loads unchanged with their defaults and is written back as version 2.
SUPPORTED_SCHEMA_VERSIONS = ("1", "2")

HEX_COLOR = re.compile(r"^#[0-9a-fA-F]{6}$")

SentenceAction = Literal[
    "create", "add", "modify", "remove", "move", "replace", "retract", "text", "style", "keep"
]
ElementKind = Literal["object", "text"]
ReferenceRole = Literal["product", "character", "object", "style", "background"]

AttributeValue = str | int | float | bool
Box = Annotated[
    tuple[float, float, float, float],
    Field(description="[x0, y0, x1, y1] normalized to the canvas, origin top-left, y downward."),
]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=False)


def _hex_color(value: str) -> str:
    if not HEX_COLOR.match(value):
        raise ValueError("must be a colour as #rrggbb")
    return value.lower()


TimeOfDay = Literal["sunrise", "day", "sunset", "night"]
Weather = Literal["clear", "cloudy", "rain", "snow", "fog", "storm"]
#: Backdrop layers, drawn back to front: the sky (or space) above, far bands on the horizon, then the
#: ground (or water, or an interior's wall above its floor), and a counter line in front.
LayerKind = Literal[
    "sky", "space", "mountains", "hills", "trees", "skyline", "ground", "water", "wall", "floor", "counter"
]
#: Interaction predicates (beside the spatial ones in geometry.DIRECTIONAL and friends). Subject first:
#: "a cat sitting on a laptop" is (cat, on, laptop); "a snowman wearing a scarf" is (snowman, wears,
#: scarf); "a girl holding a balloon" is (girl, holds, balloon); "an astronaut riding a horse" is
#: (astronaut, rides, horse).
INTERACTIONS = (
    "on",
    "in",
    "holds",
    "carries",
    "wears",
    "rides",
    "faces",
    "chases",
    "follows",
    "looks_at",
    "touches",
    "hangs_on",
    "leans_on",
    "stacked_on",
    "flies_over",
)
#: ``attributes.facing``: which way the thing looks; art is mirrored to match.
FACINGS = ("left", "right")
#: ``attributes.pose`` values that renderers understand (others are kept and ignored).
POSES = ("standing", "sitting", "lying", "flying", "riding", "running", "walking", "swimming", "hanging")
#: ``attributes.sense`` (a string): what the noun was read as, where the noun alone would not say —
#: "a cat chasing a mouse" keeps ``noun`` "mouse" (the word named) with ``sense`` "mouse animal" (the
#: rodent, not the device); "a wizard hat" (a compound no lexicon lists) keeps its noun with ``sense``
#: "hat". Renderers choose the picture by it. Others leave it unset.
#: ``attributes.crop_bottom`` (a number in (0, 0.95), set by close-up framing): the share of a box's
#: thing that runs past the canvas's bottom edge; renderers draw it whole and let the edge cut it.
#: ``attributes.age`` ("old", "elderly", "young"; people and animals): said of it ("an old man");
#: the built-in renderer draws old people with the older-person faces.
#: ``attributes.action`` (a string): what it does with a part of itself ("raising its trunk",
#: "wagging its tail"): the part is no element of its own; renderers may show it.
#: ``attributes.state`` ("burning"): a state the thing is in that its picture shows — "a car on fire",
#: "a burning house", "a barn in flames" keep one element (no fire of its own) with state "burning";
#: renderers draw flames on it.
#: Other values are ignored.


class Layer(_Model):
    """One band of a structured backdrop."""

    kind: LayerKind
    color: str = Field(description="Fill as #rrggbb (a stated colour wins: 'a black sky', 'pink sand').")
    material: str | None = Field(
        default=None, description="What the band is made of: grass, sand, snow, water, road, wood, tile…"
    )
    span: tuple[float, float] = Field(
        default=(0.0, 1.0), description="[top, bottom] of the band, normalized to the canvas height."
    )

    _hex = field_validator("color")(_hex_color)

    @field_validator("span")
    @classmethod
    def _span(cls, span: tuple[float, float]) -> tuple[float, float]:
        if not 0.0 <= span[0] < span[1] <= 1.0:
            raise ValueError("span must satisfy 0 <= top < bottom <= 1")
        return span


class Background(_Model):
    color: str = Field(default="#f4efe6", description="Dominant fill as #rrggbb.")
    description: str | None = Field(default=None, description="Scene words, e.g. 'beach at sunset'.")
    setting: str | None = Field(
        default=None, description="Where the scene is: kitchen, beach, ocean, park, city, space, moon…"
    )
    time_of_day: TimeOfDay | None = None
    weather: Weather | None = None
    horizon: float | None = Field(
        default=None,
        ge=0.0,
        le=1.0,
        description="Where ground meets sky (or floor meets wall), normalized y; None for a plain fill.",
    )
    layers: list[Layer] = Field(default_factory=list, description="Backdrop bands, back to front.")

    _hex = field_validator("color")(_hex_color)


class Canvas(_Model):
    width: int = Field(default=1024, ge=16, le=4096)
    height: int = Field(default=1024, ge=16, le=4096)
    background: Background = Field(default_factory=Background)


class TextSpec(_Model):
    content: str = Field(min_length=1, max_length=2000, description="Exactly what must appear.")
    language: str = Field(default="en", description="BCP-47 language tag.")
    script: str = Field(default="Latn", description="ISO 15924 script code.")
    role: str = Field(default="label", description="headline, caption, label, sign, price, logo…")
    localized: dict[str, str] = Field(default_factory=dict, description="Locale → content variants.")


class Element(_Model):
    id: str = Field(min_length=1, max_length=64)
    kind: ElementKind = "object"
    noun: str = Field(min_length=1, max_length=100, description="Canonical English noun, singular.")
    label: str | None = Field(default=None, description="The prompt's own word for it.")
    attributes: dict[str, AttributeValue] = Field(default_factory=dict)
    box: Box
    z: int = 0
    group: str | None = None
    reference_id: str | None = None
    text: TextSpec | None = None
    sentence: int | None = None

    @field_validator("box")
    @classmethod
    def _box_in_canvas(cls, box: tuple[float, float, float, float]) -> tuple[float, float, float, float]:
        x0, y0, x1, y1 = box
        if not (0.0 <= x0 < x1 <= 1.0 and 0.0 <= y0 < y1 <= 1.0):
            raise ValueError("box must satisfy 0 <= x0 < x1 <= 1 and 0 <= y0 < y1 <= 1")
        return box

    @model_validator(mode="after")
    def _text_matches_kind(self) -> Element:
        if self.kind == "text" and self.text is None:
            raise ValueError("a text element needs 'text'")
        facing = self.attributes.get("facing")
        if facing is not None and facing not in FACINGS:
            raise ValueError("attributes.facing must be 'left' or 'right'")
        return self


class Relation(_Model):
    subject: str
    predicate: str
    object: str
    object2: str | None = Field(default=None, description="Second object of 'between'.")


class Sentence(_Model):
    index: int = Field(ge=0)
    text: str
    action: SentenceAction


class ReferenceUse(_Model):
    id: str
    role: ReferenceRole = "object"
    name: str | None = None


class ChangedElement(_Model):
    id: str
    fields: list[str]


class PlanDiff(_Model):
    added: list[str] = Field(default_factory=list)
    removed: list[str] = Field(default_factory=list)
    changed: list[ChangedElement] = Field(default_factory=list)


class TraceEntry(_Model):
    stage: str
    message: str
    elements: list[str] = Field(default_factory=list)
    sentence: int | None = None


class Plan(_Model):
    id: str = Field(default="plan_draft", description="plan_… once stored.")
    object: Literal["plan"] = "plan"
    schema_version: str = Field(
        default=SCHEMA_VERSION, description="Older supported versions are migrated on load."
    )
    created: int = 0
    prompt: str = ""
    language: str = "en"
    base_plan_id: str | None = None
    seed: int | None = None
    canvas: Canvas = Field(default_factory=Canvas)
    elements: list[Element] = Field(default_factory=list)
    relations: list[Relation] = Field(default_factory=list)
    sentences: list[Sentence] = Field(default_factory=list)
    references: list[ReferenceUse] = Field(default_factory=list)
    diff: PlanDiff | None = None
    trace: list[TraceEntry] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)

    @field_validator("schema_version")
    @classmethod
    def _migrate(cls, version: str) -> str:
        if version not in SUPPORTED_SCHEMA_VERSIONS:
            supported = ", ".join(SUPPORTED_SCHEMA_VERSIONS)
            raise ValueError(f"unsupported schema_version {version!r} (supported: {supported})")
        return SCHEMA_VERSION

    @model_validator(mode="after")
    def _consistent(self) -> Plan:
        ids = [e.id for e in self.elements]
        if len(ids) != len(set(ids)):
            raise ValueError("element ids must be unique")
        known = set(ids)
        for i, rel in enumerate(self.relations):
            for name in (rel.subject, rel.object, rel.object2):
                if name is not None and name not in known:
                    raise ValueError(f"relations[{i}] names unknown element {name!r}")
        return self

    def element(self, element_id: str) -> Element:
        for element in self.elements:
            if element.id == element_id:
                return element
        raise KeyError(element_id)

    def summary(self) -> str:
        """A short English description, e.g. for OpenAI's revised_prompt."""
        counts: dict[str, int] = {}
        for element in self.elements:
            if element.kind == "object":
                color = element.attributes.get("color")
                key = f"{color} {element.noun}" if color else element.noun
                counts[key] = counts.get(key, 0) + 1
        parts = [f"{n} × {key}" for key, n in counts.items()]
        texts = [f"text {e.text.content!r}" for e in self.elements if e.text is not None]
        return "; ".join(parts + texts) or "empty scene"


def plan_dump(plan: Plan) -> dict[str, Any]:
    """The plan as JSON-ready data, exactly as the API serves it."""
    return plan.model_dump(mode="json")


__all__ = [
    "FACINGS",
    "INTERACTIONS",
    "POSES",
    "SCHEMA_VERSION",
    "SUPPORTED_SCHEMA_VERSIONS",
    "AttributeValue",
    "Background",
    "Box",
    "Canvas",
    "ChangedElement",
    "Element",
    "ElementKind",
    "Layer",
    "LayerKind",
    "Plan",
    "PlanDiff",
    "ReferenceRole",
    "ReferenceUse",
    "Relation",
    "Sentence",
    "SentenceAction",
    "TextSpec",
    "TimeOfDay",
    "TraceEntry",
    "Weather",
    "plan_dump",
]
