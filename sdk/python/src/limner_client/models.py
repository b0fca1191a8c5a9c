"""Typed models of the objects the Limner API returns (see API.md and ``GET /openapi.json``).

The models accept fields they do not know (``extra="allow"``) so that an older client keeps working
against a newer server, and they do not re-check the server's rules: the server is the authority.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

GenerationStatus = Literal["queued", "running", "succeeded", "failed", "canceled"]
TERMINAL_STATUSES: frozenset[str] = frozenset({"succeeded", "failed", "canceled"})

AttributeValue = str | int | float | bool
Box = tuple[float, float, float, float]


class LimnerModel(BaseModel):
    """Base of every model: unknown fields are kept, and sent back unchanged."""

    model_config = ConfigDict(extra="allow", populate_by_name=True)


class Layer(LimnerModel):
    """One band of a structured backdrop (sky, mountains, ground, water, wall, floor…)."""

    kind: str
    color: str
    material: str | None = None
    #: [top, bottom] of the band, normalized to the canvas height.
    span: tuple[float, float] = (0.0, 1.0)


class Background(LimnerModel):
    color: str = "#f4efe6"
    description: str | None = None
    setting: str | None = None
    time_of_day: str | None = None
    weather: str | None = None
    #: Where ground meets sky (or floor meets wall), normalized y; None for a plain fill.
    horizon: float | None = None
    layers: list[Layer] = Field(default_factory=list)


class Canvas(LimnerModel):
    width: int = 1024
    height: int = 1024
    background: Background = Field(default_factory=Background)


class TextSpec(LimnerModel):
    content: str
    language: str = "en"
    script: str = "Latn"
    role: str = "label"
    localized: dict[str, str] = Field(default_factory=dict)


class Element(LimnerModel):
    id: str
    kind: str = "object"
    noun: str
    label: str | None = None
    attributes: dict[str, AttributeValue] = Field(default_factory=dict)
    box: Box
    z: int = 0
    group: str | None = None
    reference_id: str | None = None
    text: TextSpec | None = None
    sentence: int | None = None


class Relation(LimnerModel):
    subject: str
    predicate: str
    object: str
    object2: str | None = None


class Sentence(LimnerModel):
    index: int
    text: str
    action: str


class ReferenceUse(LimnerModel):
    id: str
    role: str = "object"
    name: str | None = None


class ChangedElement(LimnerModel):
    id: str
    fields: list[str] = Field(default_factory=list)


class PlanDiff(LimnerModel):
    added: list[str] = Field(default_factory=list)
    removed: list[str] = Field(default_factory=list)
    changed: list[ChangedElement] = Field(default_factory=list)


class TraceEntry(LimnerModel):
    stage: str
    message: str
    elements: list[str] = Field(default_factory=list)
    sentence: int | None = None


class Plan(LimnerModel):
    """A scene plan: every element, its box, attributes, relations and the reasoning trace."""

    id: str = "plan_draft"
    object: Literal["plan"] = "plan"
    schema_version: str = "1"
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

    def elements_named(self, noun: str) -> list[Element]:
        """Every element whose canonical English ``noun`` is ``noun``."""
        return [element for element in self.elements if element.noun == noun]


class ProblemItem(LimnerModel):
    """One of several validation errors of a request."""

    param: str | None = None
    detail: str = ""


class Problem(LimnerModel):
    """An RFC 9457 problem detail, as every Limner error is served."""

    type: str = "about:blank"
    title: str = ""
    status: int = 0
    detail: str | None = None
    code: str | None = None
    param: str | None = None
    request_id: str | None = None
    errors: list[ProblemItem] | None = None


class GenerationImage(LimnerModel):
    id: str
    url: str
    width: int
    height: int
    format: str
    seed: int | None = None
    sha256: str | None = None
    locale: str | None = None
    #: Render decisions (text shrunk to fit, art substituted, …), stored with the image.
    notes: list[str] = Field(default_factory=list)
    #: A link that works without a key until ``signed_url_expires`` (Unix seconds): for an ``<img>`` tag.
    signed_url: str | None = None
    signed_url_expires: int | None = None


class Image(GenerationImage):
    """A stored image as ``GET /v1/images`` lists it: a generation's image, with where it came from."""

    object: str = "image"
    generation_id: str | None = None
    created: int = 0


class GenerationUsage(LimnerModel):
    images: int = 0


class GenerationError(LimnerModel):
    """Why a generation failed (it is then not charged)."""

    code: str
    message: str = ""


class Generation(LimnerModel):
    """One generation request: its status and, once it succeeded, its images."""

    id: str
    object: Literal["generation"] = "generation"
    status: GenerationStatus
    plan_id: str | None = None
    created: int = 0
    images: list[GenerationImage] = Field(default_factory=list)
    usage: GenerationUsage | None = None
    error: GenerationError | None = None
    change_mask: list[Box] | None = None

    @property
    def done(self) -> bool:
        """True once the status is terminal (succeeded, failed or canceled)."""
        return self.status in TERMINAL_STATUSES


class Reference(LimnerModel):
    """An uploaded reference image (product, character, style…)."""

    id: str
    object: str = "reference"
    role: str | None = None
    name: str | None = None
    width: int | None = None
    height: int | None = None
    format: str | None = None
    sha256: str | None = None
    created: int = 0
    #: Size of the stored (re-encoded) file, and whether it has transparent pixels.
    bytes: int | None = None
    has_alpha: bool | None = None


class UsageLineItem(LimnerModel):
    description: str | None = None
    images: int | None = None
    amount: str | None = None


class Usage(LimnerModel):
    """Metered usage over a period (``GET /v1/usage``); ``amount`` is a decimal string."""

    images: int = 0
    amount: str = "0"
    currency: str = "USD"
    line_items: list[UsageLineItem] = Field(default_factory=list)


def plan_payload(plan: Plan | dict[str, Any]) -> dict[str, Any]:
    """A plan as the JSON the server expects: the fields that were set, unknown ones included."""
    if isinstance(plan, Plan):
        return plan.model_dump(mode="json", by_alias=True, exclude_unset=True)
    return dict(plan)


__all__ = [
    "TERMINAL_STATUSES",
    "AttributeValue",
    "Background",
    "Box",
    "Canvas",
    "ChangedElement",
    "Element",
    "Generation",
    "GenerationError",
    "GenerationImage",
    "GenerationStatus",
    "GenerationUsage",
    "Image",
    "LimnerModel",
    "Plan",
    "PlanDiff",
    "Problem",
    "ProblemItem",
    "Reference",
    "ReferenceUse",
    "Relation",
    "Sentence",
    "TextSpec",
    "TraceEntry",
    "Usage",
    "UsageLineItem",
    "plan_payload",
]
