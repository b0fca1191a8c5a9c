"""Request and response bodies of the HTTP API (API.md), shared by the server and the CLI.

Field checks live here (types, ranges, formats, which fields go together); checks that need
the store or a renderer (unknown ids, unsupported options) live in the service.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Annotated, Literal
from urllib.parse import urlsplit

from pydantic import BaseModel, ConfigDict, Field, StrictBool, StrictInt, ValidationInfo, field_validator

from limner.plan.model import Plan, ReferenceRole, ReferenceUse
from limner.platform.ids import looks_like_id

MIN_SIDE = 64
MAX_SIDE = 4096
#: Largest image, in pixels (4096 × 4096).
MAX_PIXELS = 16_777_216
MAX_SEED = 2**32 - 1
MAX_PROMPT_CHARS = 8000
MAX_IMAGES = 8
MAX_REFERENCES = 9
MAX_LOCALES = 16
#: Long side of a canvas chosen by ``aspect_ratio``.
ASPECT_LONG_SIDE = 1024

SIZE_PATTERN = r"^[0-9]{1,5}x[0-9]{1,5}$"
ASPECT_PATTERN = r"^[0-9]{1,3}:[0-9]{1,3}$"
LOCALE_PATTERN = r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8}){0,4}$"
ID_MAX = 64

OutputFormatName = Literal["png", "jpeg", "webp", "svg"]
GenerationStatus = Literal["queued", "running", "succeeded", "failed", "canceled"]

Seed = Annotated[StrictInt, Field(ge=0, le=MAX_SEED, description=f"0 … {MAX_SEED}.")]
Prompt = Annotated[str, Field(min_length=1, max_length=MAX_PROMPT_CHARS)]
SizeText = Annotated[str, Field(pattern=SIZE_PATTERN, description=f"'WxH', each side {MIN_SIDE}…{MAX_SIDE}.")]


def parse_size(value: str) -> tuple[int, int]:
    """``"1024x768"`` → ``(1024, 768)``; ``ValueError`` outside the bounds."""
    match = re.fullmatch(r"([0-9]{1,5})x([0-9]{1,5})", value)
    if match is None:
        raise ValueError("size must look like '1024x768'")
    width, height = int(match[1]), int(match[2])
    if not (MIN_SIDE <= width <= MAX_SIDE and MIN_SIDE <= height <= MAX_SIDE):
        raise ValueError(f"each side of size must be between {MIN_SIDE} and {MAX_SIDE}")
    if width * height > MAX_PIXELS:
        raise ValueError(f"size must be at most {MAX_PIXELS} pixels")
    return width, height


def size_for_aspect(value: str, long_side: int = ASPECT_LONG_SIDE) -> tuple[int, int]:
    """``"16:9"`` → ``(1024, 576)``: the long side fixed, the short one rounded to 8 pixels."""
    match = re.fullmatch(r"([0-9]{1,3}):([0-9]{1,3})", value)
    if match is None:
        raise ValueError("aspect_ratio must look like '16:9'")
    w, h = int(match[1]), int(match[2])
    if w == 0 or h == 0:
        raise ValueError("aspect_ratio parts must be positive")
    if max(w, h) / min(w, h) > long_side / MIN_SIDE:
        raise ValueError(
            f"aspect_ratio must be between 1:{long_side // MIN_SIDE} and {long_side // MIN_SIDE}:1"
        )
    short = max(MIN_SIDE, round(long_side * min(w, h) / max(w, h) / 8) * 8)
    return (long_side, short) if w >= h else (short, long_side)


def is_blank(value: str) -> bool:
    """Nothing visible: only whitespace, format characters (zero-width spaces and joiners, BOM,
    bidi marks) and control characters."""
    return all(ch.isspace() or unicodedata.category(ch) in ("Cf", "Cc", "Zs") for ch in value)


def _not_blank(value: str | None) -> str | None:
    if value is not None and is_blank(value):
        raise ValueError("must not be blank")
    return value


def check_webhook_url(value: str) -> str:
    """An http(s) URL with a host name whose labels are 1–63 characters and a port in 1–65535."""
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError("must be an http(s) URL")
    try:
        port = parts.port
    except ValueError:
        raise ValueError("must have a numeric port between 1 and 65535") from None
    if port is not None and not 1 <= port <= 65535:
        raise ValueError("must have a port between 1 and 65535")
    host = parts.hostname
    if not host.startswith("[") and ":" not in host:  # not an IPv6 literal
        labels = host.rstrip(".").split(".")
        if len(host) > 253 or any(not 1 <= len(label) <= 63 for label in labels):
            raise ValueError("host name labels must be 1 to 63 characters (253 in all)")
        try:
            host.encode("idna")
        except UnicodeError:
            raise ValueError("host name is not a valid (IDNA) name") from None
    return value


class _Body(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_by_name=True, validate_by_alias=True)


class ReferenceItem(_Body):
    """A reference image used by the prompt (``ref_…``) with its role and name."""

    id: str = Field(max_length=ID_MAX, description="ref_… id of an uploaded reference.")
    role: ReferenceRole = "object"
    name: str | None = Field(default=None, max_length=200)

    @field_validator("id")
    @classmethod
    def _ref_id(cls, value: str) -> str:
        if not looks_like_id(value, "ref"):
            raise ValueError("must be a reference id like 'ref_…'")
        return value

    def use(self) -> ReferenceUse:
        return ReferenceUse(id=self.id, role=self.role, name=self.name)


def _references(values: list[str | ReferenceItem]) -> list[str | ReferenceItem]:
    for value in values:
        if isinstance(value, str) and not looks_like_id(value, "ref"):
            raise ValueError("references must be ids like 'ref_…' or {id, role, name} objects")
    return values


class ReasonBody(_Body):
    """``POST /v1/reason``: a prompt becomes a stored plan."""

    prompt: Prompt = Field(description="What to draw, in any language (1–8000 characters).")
    references: list[str | ReferenceItem] = Field(default_factory=list, max_length=MAX_REFERENCES)
    base_plan_id: str | None = Field(default=None, max_length=ID_MAX, description="Edit this plan.")
    size: SizeText | None = None
    aspect_ratio: str | None = Field(default=None, pattern=ASPECT_PATTERN, description="E.g. '16:9'.")
    seed: Seed | None = None

    _prompt = field_validator("prompt")(_not_blank)
    _refs = field_validator("references")(_references)

    @field_validator("size")
    @classmethod
    def _size(cls, value: str | None) -> str | None:
        if value is not None:
            parse_size(value)
        return value

    @field_validator("aspect_ratio")
    @classmethod
    def _aspect(cls, value: str | None, info: ValidationInfo) -> str | None:
        if value is None:
            return value
        if info.data.get("size") is not None:
            raise ValueError("give size or aspect_ratio, not both")
        size_for_aspect(value)
        return value

    def dimensions(self) -> tuple[int, int] | None:
        """The requested canvas, or ``None`` when neither ``size`` nor ``aspect_ratio`` is given."""
        if self.size is not None:
            return parse_size(self.size)
        if self.aspect_ratio is not None:
            return size_for_aspect(self.aspect_ratio)
        return None

    def reference_uses(self) -> tuple[ReferenceUse, ...]:
        return tuple(
            ReferenceUse(id=r) if isinstance(r, str) else r.use()  # str: a bare id
            for r in self.references
        )


class GenerateBody(_Body):
    """``POST /v1/generate``: exactly one of ``plan_id``, ``plan`` or ``prompt``."""

    plan_id: str | None = Field(default=None, max_length=ID_MAX, description="A stored plan.")
    plan: Plan | None = Field(default=None, description="A whole plan, e.g. edited by the caller.")
    prompt: Prompt | None = Field(
        default=None, validate_default=True, description="Reason and generate in one call."
    )
    n: StrictInt = Field(default=1, ge=1, le=MAX_IMAGES, description="Images per locale (1–8).")
    size: SizeText | None = Field(default=None, description="Defaults to the plan's canvas.")
    output_format: OutputFormatName = "png"
    seed: Seed | None = Field(
        default=None, description="Image i gets seed + i; defaults to the plan's seed or 0."
    )
    renderer: str | None = Field(
        default=None,
        min_length=1,
        max_length=64,
        description=(
            "Renderer name: builtin, diffusion, openai-images (GET /v1/renderers says which are available); "
            "defaults to the server's (`limner serve --renderer`, else 'builtin')."
        ),
    )
    locales: list[Annotated[str, Field(pattern=LOCALE_PATTERN)]] | None = Field(
        default=None,
        min_length=1,
        max_length=MAX_LOCALES,
        description=(
            "One image per locale (BCP-47), using each text element's text.localized (exact tag, then "
            "its language); text already in the locale's language is kept. A text element with no "
            "localization for a locale is refused with 422 naming the element and the locale. "
            "Placeholders {price:4.99 EUR}, {number:1234.5}, {percent:0.25}, {date:2025-03-01} in "
            "text are formatted for each locale (CLDR, via Babel). Only text regions differ "
            "between the variants of one scene."
        ),
    )
    mirror_rtl: StrictBool = Field(
        default=False,
        description="Mirror the layout left-to-right for right-to-left locales (ar, he, fa, ur, …).",
    )
    base_image_id: str | None = Field(
        default=None,
        max_length=ID_MAX,
        description=(
            "Edit this image (img_…): the plan is rendered at its size, seed and locale, and every "
            "pixel outside the response's change_mask is copied from it. Edits are lossless: "
            "output_format png or webp (default: the base image's; png for a jpeg base); jpeg is refused."
        ),
    )
    async_: StrictBool = Field(default=False, alias="async", description="Answer 202 at once and work later.")
    webhook_url: str | None = Field(
        default=None, max_length=2048, description="Called when an async job ends."
    )

    @field_validator("prompt")
    @classmethod
    def _exactly_one_source(cls, value: str | None, info: ValidationInfo) -> str | None:
        _not_blank(value)
        given = [name for name in ("plan_id", "plan") if info.data.get(name) is not None]
        if value is not None:
            given.append("prompt")
        if not given and "plan" not in info.data:
            return value  # the plan was given but is invalid: that error is enough
        if len(given) != 1:
            got = " and ".join(given) if given else "none"
            raise ValueError(f"give exactly one of plan_id, plan or prompt (got {got})")
        return value

    @field_validator("size")
    @classmethod
    def _size(cls, value: str | None) -> str | None:
        if value is not None:
            parse_size(value)
        return value

    @field_validator("locales")
    @classmethod
    def _unique_locales(cls, value: list[str] | None) -> list[str] | None:
        if value is not None and len({v.lower() for v in value}) != len(value):
            raise ValueError("locales must not repeat")
        return value

    @field_validator("webhook_url")
    @classmethod
    def _url(cls, value: str | None) -> str | None:
        return value if value is None else check_webhook_url(value)

    def dimensions(self) -> tuple[int, int] | None:
        return parse_size(self.size) if self.size is not None else None


# --- responses ---------------------------------------------------------------------------------


class _Out(BaseModel):
    model_config = ConfigDict(extra="forbid")


class GenerationImage(_Out):
    id: str = Field(description="img_…")
    url: str = Field(description="Where the bytes are: /v1/images/img_…")
    signed_url: str | None = Field(
        default=None,
        description=(
            "An absolute link to the bytes that works without a key until `signed_url_expires` "
            "(`…/v1/images/img_…?expires=…&signature=…`), e.g. for an `<img>` tag."
        ),
    )
    signed_url_expires: int | None = Field(
        default=None, description="Unix seconds after which `signed_url` answers 403."
    )
    width: int
    height: int
    format: OutputFormatName
    seed: int
    sha256: str = Field(description="SHA-256 of the bytes, hex; also the image's ETag.")
    locale: str | None = None
    notes: list[str] = Field(
        default_factory=list,
        description=(
            "What the renderer decided while drawing this image (e.g. text shrunk to fit its box, "
            "a fixed text colour outlined for contrast, art drawn for a noun it has no picture "
            "of). Stored with the image: GET /v1/generations/{id} returns them too (an empty list "
            "for images made before notes were stored)."
        ),
    )


class Usage(_Out):
    images: int = Field(description="Images produced (and charged); 0 when the generation failed.")


class GenerationError(_Out):
    code: str
    message: str


class Generation(_Out):
    id: str = Field(description="gen_…")
    object: Literal["generation"] = "generation"
    status: GenerationStatus
    plan_id: str
    created: int
    images: list[GenerationImage] = Field(default_factory=list)
    usage: Usage
    error: GenerationError | None = None
    change_mask: list[tuple[float, float, float, float]] | None = Field(
        default=None, description="Edits: boxes outside which every pixel equals the base image's."
    )


class Health(_Out):
    status: Literal["ok"] = "ok"
    version: str


__all__ = [
    "MAX_IMAGES",
    "MAX_PIXELS",
    "MAX_SEED",
    "MAX_SIDE",
    "MIN_SIDE",
    "GenerateBody",
    "Generation",
    "GenerationError",
    "GenerationImage",
    "GenerationStatus",
    "Health",
    "OutputFormatName",
    "ReasonBody",
    "ReferenceItem",
    "Usage",
    "check_webhook_url",
    "is_blank",
    "parse_size",
    "size_for_aspect",
]
