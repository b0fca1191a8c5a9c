"""OpenAI Images API compatibility: ``/v1/images/generations``, ``/edits`` and ``/variations``.

Translates what the official ``openai`` client sends into Limner's use cases and answers in
OpenAI's shapes. Decisions (also in the OpenAPI descriptions):

- ``model``: a renderer listed by ``GET /v1/models`` draws with it; any other string (``dall-e-*``,
  ``gpt-image-*``, …) is accepted and the server's default renderer draws (:mod:`.openai_models`).
- ``prompt``: up to 32,000 characters; the reasoner reads the first 8,000 (cut at a sentence end)
  and the plan's trace says what was left out (:func:`reasoning_prompt`).
- ``n``: 1–10 (OpenAI's limit). ``size``: ``auto`` or any ``WxH`` Limner accepts (64–4096 a side;
  256x256, 512x512, 1024x1024, 1536x1024, 1024x1536, …). ``auto`` = 1024x1024 for generations,
  the input image's size for edits (an edit's ``size`` must be ``auto`` or the image's size).
- ``quality`` (low·medium·high·auto·standard·hd·xhigh·max) and ``style`` (vivid·natural) are
  validated; the vector renderer draws every quality the same way.
- ``background``: ``auto`` and ``opaque`` paint the backdrop; ``transparent`` (png/webp) draws no
  backdrop and keeps an alpha channel where the renderer can (``RendererInfo.transparent_background``;
  the built-in one can), else 400 ``param: background``; edits keep their pixels, so only opaque.
- ``output_format`` png·jpeg·webp; ``output_compression`` (0–100, jpeg/webp only) is used as the
  encoder's quality (0 counts as 1); default 90.
- ``response_format`` ``b64_json`` (the default; for ``dall-e-*`` models and variations ``url``) or
  ``url``: absolute and signed,
  ``…/v1/images/img_…?expires=…&signature=…``, so it opens without a key until it expires (as
  OpenAI's URLs do).
- ``revised_prompt`` is :meth:`Plan.summary` of the plan that was drawn.
- ``usage``: ``text_tokens`` = words and punctuation marks of the prompt; ``image_tokens`` and
  ``output_tokens`` = 32×32-pixel tiles of the input images (edits) and of the output images.
- Edits: the first ``image`` is edited; further images become ``object`` references of the plan.
  The ``mask`` (PNG with alpha, the image's size) marks with fully transparent pixels where the
  image may change; without a mask the whole image may change. The prompt is reasoned into a plan
  sized to the editable region's bounding box (at least 64 px a side), rendered, and only the
  editable pixels are taken from it: every other pixel is the input image's decoded pixel.
- Edits as JSON: ``images: [{image_url | file_id}]`` and ``mask`` (:mod:`.openai_inputs`).
- Variations keep the picture exactly and re-stage it per seed (:mod:`.openai_variations`).
- ``stream: true``: server-sent events with ``partial_images`` (0–3) partial frames per image, the
  first being the plan's layout (:mod:`.openai_stream`).
- Options the renderer cannot honour are refused by name (400 with ``param``).

Every image is stored like ``/v1/generate`` stores it (a plan, a generation, its images).
"""

from __future__ import annotations

import base64
import io
import json
import math
import re
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal, Protocol

import numpy as np
import numpy.typing as npt
from PIL import Image, UnidentifiedImageError
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from limner.errors import LimnerError
from limner.plan.model import Plan, TraceEntry
from limner.platform.db import make_sessions
from limner.platform.heap import trim_heap
from limner.platform.ids import new_id
from limner.platform.metering import charge_images
from limner.platform.openai_models import ModelCatalog, UnknownModel, default_response_format
from limner.platform.openai_variations import DEFAULT_SIZE as DEFAULT_VARIATION_SIZE
from limner.platform.openai_variations import VARIATION_PROMPT, ImagesVariationsFields, restage
from limner.platform.schemas import (
    MAX_PIXELS,
    MAX_PROMPT_CHARS,
    MAX_SIDE,
    MIN_SIDE,
    ReasonBody,
    is_blank,
    parse_size,
)
from limner.platform.service import LimnerService, notes_json
from limner.platform.tables import GenerationRow, ImageRow
from limner.platform.validation import describe, primary_first
from limner.render.base import OutputFormat, RenderOptions
from limner.render.builtin.palette import extract_palette
from limner.render.encode import encode
from limner.render.layout_preview import layout_bytes, layout_image

U8 = npt.NDArray[np.uint8]
#: An uploaded file, read when called (from its temporary file, once a decode slot is held).
Upload = Callable[[], bytes]
TILE = 32
#: OpenAI's limits: up to 10 images a request, prompts up to 32,000 characters (the reasoner reads
#: the first MAX_PROMPT_CHARS of them, cut at a sentence end, and says so in the plan's trace).
OPENAI_MAX_IMAGES = 10
OPENAI_MAX_PROMPT = 32_000
#: Partial images a streamed request may ask for (OpenAI: 0–3).
MAX_PARTIAL_IMAGES = 3
DEFAULT_QUALITY = 90
ERROR_TYPES = {
    400: "invalid_request_error",
    401: "authentication_error",
    403: "permission_error",
    404: "not_found_error",
    405: "invalid_request_error",
    409: "conflict_error",
    413: "invalid_request_error",
    415: "invalid_request_error",
    422: "invalid_request_error",
    429: "rate_limit_error",
    503: "server_error",
}
#: Limner error codes as OpenAI's clients know them (the rest keep Limner's code).
OPENAI_CODES = {
    "unauthorized": "invalid_api_key",
    "forbidden": "permission_denied",
    "rate_limited": "rate_limit_exceeded",
    "quota_exceeded": "insufficient_quota",
    "payload_too_large": "request_too_large",
    "unsupported_media_type": "invalid_content_type",
    "malformed_request": "invalid_json",
    "capacity_unavailable": "server_overloaded",
    "overloaded": "server_overloaded",
    "invalid_request": "invalid_value",
}
_TOKEN = re.compile(r"\w+|[^\w\s]")
#: Options the official client can send that this server cannot honour (refused when set).
UNSUPPORTED = ("complexity", "frame_count", "frame_duration_ms", "markup", "svg")


def openai_code(status: int, code: str | None) -> str | None:
    """The ``code`` an OpenAI-shaped error carries for a Limner ``code`` (and ``status``)."""
    if code is None:
        return "invalid_api_key" if status == 401 else None
    return OPENAI_CODES.get(code, code)


class OpenAIError(Exception):
    """An error in OpenAI's shape: ``{"error": {"message", "type", "param", "code"}}``."""

    def __init__(
        self, status: int, message: str, *, param: str | None = None, code: str | None = None
    ) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.param = param
        self.code = code
        self.type = ERROR_TYPES.get(status, "server_error")

    def body(self) -> dict[str, Any]:
        return {"error": {"message": self.message, "type": self.type, "param": self.param, "code": self.code}}

    @classmethod
    def from_limner(cls, exc: LimnerError) -> OpenAIError:
        """Limner's 422 becomes OpenAI's 400 (``invalid_request_error``); other statuses stay."""
        status = 400 if exc.status == 422 else exc.status
        return cls(status, exc.detail, param=exc.param, code=openai_code(exc.status, exc.code))

    @classmethod
    def from_validation(cls, errors: Sequence[Mapping[str, Any]]) -> OpenAIError:
        ordered = primary_first(errors)
        param, detail = describe(ordered[0]) if ordered else (None, "invalid request")
        if ordered and ordered[0].get("type") == "extra_forbidden":
            return cls(
                400, f"Unrecognized request argument supplied: {param}", param=param, code="unknown_parameter"
            )
        return cls(400, detail, param=param, code="invalid_value")


def _bad(message: str, param: str) -> OpenAIError:
    return OpenAIError(400, message, param=param, code="invalid_value")


# --- requests ------------------------------------------------------------------------------------


class ImagesGenerationsBody(BaseModel):
    """``POST /v1/images/generations`` as the ``openai`` client sends it (also the edit form fields)."""

    model_config = ConfigDict(extra="forbid")

    prompt: str = Field(
        min_length=1,
        max_length=OPENAI_MAX_PROMPT,
        description="What to draw (up to 32,000 characters; the first 8,000 are reasoned, cut at a "
        "sentence end, and the plan's trace says so).",
    )
    model: str | None = Field(
        default=None,
        max_length=128,
        description="A renderer listed by GET /v1/models draws with it; any other name (dall-e-*, "
        "gpt-image-*, …) draws with the default renderer.",
    )
    n: int | None = Field(default=None, ge=1, le=OPENAI_MAX_IMAGES, description="1–10 images.")
    size: str | None = Field(default=None, description="'auto' or 'WxH' (64–4096 a side).")
    quality: Literal["auto", "low", "medium", "high", "standard", "hd", "xhigh", "max"] | None = None
    style: Literal["vivid", "natural"] | None = None
    background: Literal["auto", "opaque", "transparent"] | None = Field(
        default=None,
        description="'transparent': no backdrop, an alpha channel (png/webp), where the renderer can "
        "(GET /v1/renderers: transparent_background); else 400 naming background.",
    )
    output_format: Literal["png", "jpeg", "webp", "gif", "svg"] | None = Field(
        default=None, description="png (default), jpeg or webp."
    )
    output_compression: int | None = Field(
        default=None, ge=0, le=100, description="jpeg/webp: used as the encoder quality."
    )
    response_format: Literal["b64_json", "url"] | None = Field(
        default=None, description="url by default for dall-e-* models, b64_json for every other model."
    )
    moderation: Literal["auto", "low"] | None = None
    user: str | None = Field(default=None, max_length=256)
    safety_identifier: str | None = Field(default=None, max_length=256)
    stream: bool | None = Field(
        default=None,
        description="true: server-sent events, image_generation.partial_image then "
        "image_generation.completed (image_edit.* for edits), b64_json only.",
    )
    partial_images: int | None = Field(
        default=None,
        ge=0,
        le=MAX_PARTIAL_IMAGES,
        description="Streamed partial images per image (0–3): the first is the plan's layout, the "
        "next ones the picture with the first elements painted.",
    )
    input_fidelity: Literal["high", "low"] | None = Field(default=None, description="Edits; accepted.")
    complexity: str | None = Field(default=None, description="Not supported: refused when given.")
    frame_count: int | None = Field(default=None, description="Not supported: refused when given.")
    frame_duration_ms: int | None = Field(default=None, description="Not supported: refused when given.")
    svg: Any = Field(default=None, description="Not supported: refused when given.")
    markup: Any = Field(default=None, description="Not supported: refused when given.")


@dataclass(frozen=True)
class ImageRequest:
    """The checked options of either route."""

    prompt: str
    n: int
    size: tuple[int, int] | None
    output_format: OutputFormat
    quality: int
    response_format: Literal["b64_json", "url"]
    quality_name: str
    fields: dict[str, Any]
    model: str | None = None
    background: Literal["opaque", "transparent"] = "opaque"
    stream: bool = False
    partial_images: int = 0


def check_request(body: ImagesGenerationsBody) -> ImageRequest:
    for name in UNSUPPORTED:
        if getattr(body, name) is not None:
            raise _bad(f"{name} is not supported by this server", name)
    if body.partial_images and not body.stream:
        raise _bad("partial_images needs stream: true", "partial_images")
    if body.stream and body.response_format == "url":
        raise _bad("a streamed answer carries b64_json only; omit response_format", "response_format")
    if is_blank(body.prompt):
        raise _bad("prompt must not be blank", "prompt")
    fmt = body.output_format or "png"
    if fmt not in ("png", "jpeg", "webp"):
        raise _bad(f"output_format {fmt!r} is not supported (png, jpeg or webp)", "output_format")
    if body.background == "transparent" and fmt == "jpeg":
        raise _bad(
            "background 'transparent' needs output_format png or webp (jpeg has no alpha)", "background"
        )
    if body.output_compression is not None and fmt == "png":
        raise _bad("output_compression applies to jpeg and webp only", "output_compression")
    size: tuple[int, int] | None = None
    if body.size is not None and body.size != "auto":
        try:
            size = parse_size(body.size)
        except ValueError as exc:
            raise _bad(f"size {body.size!r}: {exc} (or 'auto')", "size") from exc
    quality = body.output_compression if body.output_compression is not None else DEFAULT_QUALITY
    return ImageRequest(
        prompt=body.prompt,
        n=body.n or 1,
        size=size,
        output_format="jpeg" if fmt == "jpeg" else "webp" if fmt == "webp" else "png",
        quality=max(1, quality),
        response_format="b64_json"
        if body.stream
        else body.response_format or default_response_format(body.model),
        quality_name=body.quality or "auto",
        fields=body.model_dump(exclude_none=True),
        model=body.model,
        background="transparent" if body.background == "transparent" else "opaque",
        stream=bool(body.stream),
        partial_images=body.partial_images or 0,
    )


def reasoning_prompt(prompt: str) -> tuple[str, list[TraceEntry]]:
    """The part of ``prompt`` the reasoner reads (at most MAX_PROMPT_CHARS, cut at the last sentence
    end, else the last space, in its second half) and a trace entry saying what was left out."""
    text = prompt.strip()
    if len(text) <= MAX_PROMPT_CHARS:
        return text, []
    head = text[:MAX_PROMPT_CHARS]
    cut = max(head.rfind(mark) + 1 for mark in (". ", "! ", "? ", "\n", "。", "！", "？"))
    if cut <= MAX_PROMPT_CHARS // 2:
        cut = head.rfind(" ")
    if cut <= MAX_PROMPT_CHARS // 2:
        cut = MAX_PROMPT_CHARS
    kept = head[:cut].rstrip()
    note = TraceEntry(
        stage="normalize",
        message=f"the prompt has {len(text)} characters; the first {len(kept)} (to the end of a sentence) "
        f"were reasoned and the remaining {len(text) - len(kept)} ignored: the reasoner reads at most "
        f"{MAX_PROMPT_CHARS}",
    )
    return kept, [note]


def parse_generations(raw: Mapping[str, Any]) -> ImageRequest:
    try:
        return check_request(ImagesGenerationsBody.model_validate(raw))
    except ValidationError as exc:
        raise OpenAIError.from_validation(exc.errors()) from exc


def parse_variations(raw: Mapping[str, Any]) -> ImageRequest:
    """The form fields of a variation request, checked (``response_format`` defaults to ``url``,
    as on OpenAI's variations endpoint; the prompt is empty: no text tokens)."""
    try:
        fields = ImagesVariationsFields.model_validate(raw)
    except ValidationError as exc:
        raise OpenAIError.from_validation(exc.errors()) from exc
    size: tuple[int, int] | None = None
    if fields.size is not None and fields.size != "auto":
        try:
            size = parse_size(fields.size)
        except ValueError as exc:
            raise _bad(f"size {fields.size!r}: {exc} (or 'auto')", "size") from exc
    fmt = fields.output_format or "png"
    return ImageRequest(
        prompt="",
        n=fields.n or 1,
        size=size,
        output_format="jpeg" if fmt == "jpeg" else "webp" if fmt == "webp" else "png",
        quality=DEFAULT_QUALITY,
        response_format=fields.response_format or "url",
        quality_name="auto",
        fields={"variation": True, **fields.model_dump(exclude_none=True)},
        model=fields.model,
    )


# --- responses -----------------------------------------------------------------------------------


class InputTokensDetails(BaseModel):
    text_tokens: int = Field(description="Words and punctuation marks of the prompt.")
    image_tokens: int = Field(description="32×32-pixel tiles of the input images (edits).")


class ImagesUsage(BaseModel):
    input_tokens: int
    output_tokens: int = Field(description="32×32-pixel tiles of the output images.")
    total_tokens: int
    input_tokens_details: InputTokensDetails


class ImageDatum(BaseModel):
    b64_json: str | None = Field(default=None, description="The image, base64 (response_format b64_json).")
    url: str | None = Field(
        default=None, description="Absolute URL of the stored image (response_format url)."
    )
    revised_prompt: str = Field(description="A summary of the plan that was drawn.")


class ImagesResponse(BaseModel):
    created: int
    data: list[ImageDatum]
    usage: ImagesUsage
    background: Literal["opaque", "transparent"] = "opaque"
    output_format: Literal["png", "jpeg", "webp"]
    quality: str
    size: str


class OpenAIErrorDetail(BaseModel):
    message: str
    type: str
    param: str | None
    code: str | None


class OpenAIErrorBody(BaseModel):
    error: OpenAIErrorDetail


def text_tokens(prompt: str) -> int:
    return len(_TOKEN.findall(prompt))


def tiles(width: int, height: int) -> int:
    return math.ceil(width / TILE) * math.ceil(height / TILE)


# --- the use cases -------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Output:
    data: bytes
    width: int
    height: int
    seed: int
    #: The renderer's notes (stored with the image, as ``/v1/generate`` stores them).
    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class InputImage:
    """A decoded upload: RGB pixels (and alpha, for masks)."""

    rgb: U8
    alpha: U8 | None

    @property
    def width(self) -> int:
        return int(self.rgb.shape[1])

    @property
    def height(self) -> int:
        return int(self.rgb.shape[0])


def in_memory(data: bytes) -> Upload:
    """An :data:`Upload` of bytes already in memory (JSON edits: data URLs, fetched URLs, ids)."""
    return lambda: data


def decode_upload(data: bytes, param: str) -> InputImage:
    if not data:
        raise _bad(f"{param} is empty", param)
    try:
        with Image.open(io.BytesIO(data)) as image:
            if image.format not in ("PNG", "JPEG", "WEBP"):
                raise _bad(f"{param} must be a PNG, JPEG or WebP image, not {image.format}", param)
            width, height = image.size
            if width * height > MAX_PIXELS:
                raise _bad(f"{param} has more than {MAX_PIXELS} pixels", param)
            has_alpha = image.mode in ("RGBA", "LA", "PA") or "transparency" in image.info
            rgba = np.asarray(image.convert("RGBA"))
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError) as exc:
        raise _bad(f"{param} is not a readable PNG, JPEG or WebP image", param) from exc
    rgb = np.ascontiguousarray(rgba[..., :3])
    return InputImage(rgb=rgb, alpha=np.ascontiguousarray(rgba[..., 3]) if has_alpha else None)


def editable_region(image: InputImage, mask: InputImage | None) -> npt.NDArray[np.bool_]:
    """Where the edit may change pixels: the mask's fully transparent pixels, or everywhere."""
    if mask is None:
        return np.ones((image.height, image.width), dtype=bool)
    if (mask.width, mask.height) != (image.width, image.height):
        raise _bad(
            f"mask is {mask.width}x{mask.height} but image is {image.width}x{image.height}; they must match",
            "mask",
        )
    if mask.alpha is None:
        raise _bad("mask must have an alpha channel (transparent where the image may change)", "mask")
    region: npt.NDArray[np.bool_] = mask.alpha == 0
    return region


def _span(lo: int, hi: int, limit: int) -> tuple[int, int]:
    """Grow ``[lo, hi)`` to at least MIN_SIDE, staying inside ``[0, limit)``."""
    if hi - lo >= MIN_SIDE:
        return lo, hi
    lo = max(0, min(lo - (MIN_SIDE - (hi - lo)) // 2, limit - MIN_SIDE))
    return lo, lo + MIN_SIDE


def region_box(region: npt.NDArray[np.bool_]) -> tuple[int, int, int, int]:
    """Bounding box ``(x0, y0, x1, y1)`` of the editable pixels, at least MIN_SIDE a side."""
    ys, xs = np.nonzero(region)
    x0, x1 = _span(int(xs.min()), int(xs.max()) + 1, region.shape[1])
    y0, y1 = _span(int(ys.min()), int(ys.max()) + 1, region.shape[0])
    return x0, y0, x1, y1


class Painter(Protocol):
    """Draws one request's images: the final ones and the stream's partial frames."""

    @property
    def width(self) -> int:
        """The width of every image it draws."""
        ...

    @property
    def height(self) -> int: ...

    @property
    def image_tokens(self) -> int:
        """Input-image tiles the answer's usage counts (edits, variations)."""
        ...

    def paint(self, plan: Plan, seed: int) -> _Output:
        """``plan`` drawn as the request asks (its size, format, background; an edit's pixels kept)."""
        ...

    def sketch(self, plan: Plan) -> _Output:
        """The plan's layout (boxes), drawn the same way: the first partial image."""
        ...


@dataclass(frozen=True)
class Job:
    """A checked request, its stored plan and how to draw it."""

    request: ImageRequest
    plan: Plan
    painter: Painter
    #: The plan each image draws, when it is not ``plan`` itself (variations re-stage it per seed).
    restage: Callable[[Plan, int], Plan] | None = None

    def plan_for(self, seed: int) -> Plan:
        return self.restage(self.plan, seed) if self.restage is not None else self.plan


@dataclass(frozen=True)
class _CanvasPainter:
    """Generations: the plan rendered whole."""

    service: LimnerService
    request: ImageRequest
    renderer: str
    account_id: str
    width: int
    height: int
    image_tokens: int = 0

    def paint(self, plan: Plan, seed: int) -> _Output:
        options = RenderOptions(
            width=self.width,
            height=self.height,
            seed=seed,
            output_format=self.request.output_format,
            quality=self.request.quality,
            background=self.request.background,
        )
        image = self.service.render_plan(plan, options, self.account_id, renderer=self.renderer)
        return _Output(image.data, image.width, image.height, seed, image.notes)

    def sketch(self, plan: Plan) -> _Output:
        transparent = self.request.background == "transparent"
        data = layout_bytes(
            plan,
            self.width,
            self.height,
            self.request.output_format,
            self.request.quality,
            transparent=transparent,
        )
        return _Output(data, self.width, self.height, 0)


@dataclass(frozen=True)
class _PatchPainter:
    """Edits: the plan rendered in the editable region's box; only editable pixels are taken."""

    service: LimnerService
    request: ImageRequest
    renderer: str
    account_id: str
    base: InputImage
    region: npt.NDArray[np.bool_]
    box: tuple[int, int, int, int]
    image_tokens: int

    @property
    def width(self) -> int:
        return self.base.width

    @property
    def height(self) -> int:
        return self.base.height

    def _paste(self, rendered: U8, seed: int, notes: tuple[str, ...] = ()) -> _Output:
        x0, y0, x1, y1 = self.box
        pixels = self.base.rgb.copy()
        window = self.region[y0:y1, x0:x1]
        pixels[y0:y1, x0:x1][window] = rendered[window]
        data = encode(_rgba(pixels), self.request.output_format, self.request.quality)
        return _Output(data, self.base.width, self.base.height, seed, notes)

    def paint(self, plan: Plan, seed: int) -> _Output:
        x0, y0, x1, y1 = self.box
        options = RenderOptions(width=x1 - x0, height=y1 - y0, seed=seed, output_format="png")
        patch = self.service.render_plan(plan, options, self.account_id, renderer=self.renderer)
        with Image.open(io.BytesIO(patch.data)) as decoded:
            rendered = np.asarray(decoded.convert("RGB"))
        return self._paste(rendered, seed, patch.notes)

    def sketch(self, plan: Plan) -> _Output:
        x0, y0, x1, y1 = self.box
        rendered = np.asarray(layout_image(plan, x1 - x0, y1 - y0).convert("RGB"))
        return self._paste(rendered, 0)


class OpenAIImages:
    """The OpenAI Images routes over a :class:`LimnerService`."""

    def __init__(self, service: LimnerService) -> None:
        self.service = service
        self._sessions = make_sessions(service.engine)
        self.models = ModelCatalog(service.renderers, service.settings.default_renderer)

    # --- 1. check and plan ------------------------------------------------------------------------

    def renderer_for(self, request: ImageRequest) -> str:
        """The renderer ``request.model`` names (400 naming ``model`` if unavailable here), checked
        against ``background: transparent`` (400 naming ``background`` if it cannot)."""
        try:
            renderer = self.models.renderer_for(request.model)
        except UnknownModel as exc:
            raise OpenAIError(400, exc.detail, param="model", code="model_not_found") from exc
        if request.background == "transparent" and not self.models.transparent(renderer):
            raise _bad(
                f"background 'transparent' is not supported by renderer {renderer!r}; use 'opaque' or "
                "'auto' (GET /v1/renderers: transparent_background)",
                "background",
            )
        return renderer

    def _reason(
        self, request: ImageRequest, account_id: str, size: str | None, references: Sequence[str] = ()
    ) -> Plan:
        prompt, notes = reasoning_prompt(request.prompt)
        body = ReasonBody(prompt=prompt, size=size, references=list(references))
        return self.service.reason(body, account_id, trace=notes)

    def generation_job(self, request: ImageRequest, account_id: str) -> Job:
        renderer = self.renderer_for(request)
        size = request.size
        plan = self._reason(request, account_id, f"{size[0]}x{size[1]}" if size else None)
        painter = _CanvasPainter(
            self.service, request, renderer, account_id, plan.canvas.width, plan.canvas.height
        )
        return Job(request, plan, painter)

    def edit_job(
        self, request: ImageRequest, images: Sequence[Upload], mask: Upload | None, account_id: str
    ) -> Job:
        """An edit's job. The uploads are read (from their temporary files) and decoded one request
        at a time per decode slot (:meth:`ReferenceStore.decode_slot`, shared with
        ``/v1/references``); only the base image's pixels and the editable region stay in memory."""
        renderer = self.renderer_for(request)
        if request.background == "transparent":
            raise _bad(
                "an edit keeps the input image's pixels: background must be 'opaque' or 'auto'", "background"
            )
        if not images:
            raise _bad("image is required", "image")
        with self.service.references.decode_slot():
            base = decode_upload(images[0](), "image")
            if min(base.width, base.height) < MIN_SIDE or max(base.width, base.height) > MAX_SIDE:
                raise _bad(f"image sides must be between {MIN_SIDE} and {MAX_SIDE} pixels", "image")
            if request.size is not None and request.size != (base.width, base.height):
                raise _bad(f"an edit keeps the image's size ({base.width}x{base.height}); use 'auto'", "size")
            image_tokens = tiles(base.width, base.height)
            for i, read in enumerate(images[1:], start=1):
                extra = decode_upload(read(), f"image[{i}]")
                image_tokens += tiles(extra.width, extra.height)
                del extra
            mask_image = decode_upload(mask(), "mask") if mask is not None else None
            region = editable_region(base, mask_image)
            del mask_image
        if not region.any():
            raise _bad("the mask has no fully transparent pixels: nothing may change", "mask")
        x0, y0, x1, y1 = region_box(region)
        references = [
            self.service.references.create_from(read, "object", None, account_id).id for read in images[1:]
        ]
        plan = self._reason(request, account_id, f"{x1 - x0}x{y1 - y0}", references)
        painter = _PatchPainter(
            self.service, request, renderer, account_id, base, region, (x0, y0, x1, y1), image_tokens
        )
        return Job(request, plan, painter)

    def variation_job(self, request: ImageRequest, image: Upload, account_id: str) -> Job:
        """The picture kept exactly and re-staged per seed (:mod:`limner.platform.openai_variations`).
        The upload is read and decoded in a decode slot, as an edit's are; the pixels are not kept."""
        renderer = self.renderer_for(request)
        with self.service.references.decode_slot():
            data = image()
            picture = decode_upload(data, "image")
            palette = extract_palette(data)
            del data
            aspect = picture.width / picture.height
            image_tokens = tiles(picture.width, picture.height)
            del picture
        width, height = request.size or DEFAULT_VARIATION_SIZE
        reference = self.service.references.create_from(image, "object", None, account_id)
        body = ReasonBody(prompt=VARIATION_PROMPT, size=f"{width}x{height}", references=[reference.id])
        plan = self.service.reason(body, account_id)

        def restaged(plan: Plan, seed: int) -> Plan:
            return restage(plan, seed, reference.id, aspect, palette)

        painter = _CanvasPainter(self.service, request, renderer, account_id, width, height, image_tokens)
        return Job(request, plan, painter, restaged)

    # --- 2. draw and answer ------------------------------------------------------------------------

    def run(self, job: Job, account_id: str, base_url: str) -> ImagesResponse:
        outputs = [job.painter.paint(job.plan_for(seed), seed) for seed in range(job.request.n)]
        return self.answer(job, outputs, account_id, base_url)

    def answer(self, job: Job, outputs: list[_Output], account_id: str, base_url: str) -> ImagesResponse:
        """Store and charge the images; the answer in OpenAI's shape."""
        return self._answer(
            job.request, job.plan, outputs, account_id, base_url, image_tokens=job.painter.image_tokens
        )

    def generate(self, request: ImageRequest, account_id: str, base_url: str) -> ImagesResponse:
        return self.run(self.generation_job(request, account_id), account_id, base_url)

    def edit(
        self,
        request: ImageRequest,
        images: Sequence[Upload],
        mask: Upload | None,
        account_id: str,
        base_url: str,
    ) -> ImagesResponse:
        """An edit, answered. Its input pixels and the images made from them are freed before it
        returns, and the freed heap goes back to the system (a burst of edits would keep its peak)."""
        try:
            return self.run(self.edit_job(request, images, mask, account_id), account_id, base_url)
        finally:
            trim_heap()

    def variation(
        self, request: ImageRequest, image: Upload, account_id: str, base_url: str
    ) -> ImagesResponse:
        """Variations, answered; memory given back as :meth:`edit` does."""
        try:
            return self.run(self.variation_job(request, image, account_id), account_id, base_url)
        finally:
            trim_heap()

    def _answer(
        self,
        request: ImageRequest,
        plan: Plan,
        outputs: list[_Output],
        account_id: str,
        base_url: str,
        *,
        image_tokens: int,
    ) -> ImagesResponse:
        created = int(time.time())
        ids = self._store(request, plan, outputs, account_id, created)
        summary = plan.summary()
        data = [
            ImageDatum(
                b64_json=base64.b64encode(out.data).decode("ascii")
                if request.response_format == "b64_json"
                else None,
                url=self._signed_url(base_url, image_id, created)
                if request.response_format == "url"
                else None,
                revised_prompt=summary,
            )
            for out, image_id in zip(outputs, ids, strict=True)
        ]
        text = text_tokens(request.prompt)
        output_tokens = sum(tiles(out.width, out.height) for out in outputs)
        return ImagesResponse(
            created=created,
            data=data,
            usage=ImagesUsage(
                input_tokens=text + image_tokens,
                output_tokens=output_tokens,
                total_tokens=text + image_tokens + output_tokens,
                input_tokens_details=InputTokensDetails(text_tokens=text, image_tokens=image_tokens),
            ),
            background=request.background,
            output_format=request.output_format,
            quality=request.quality_name,
            size=f"{outputs[0].width}x{outputs[0].height}",
        )

    def _signed_url(self, base_url: str, image_id: str, now: int) -> str:
        """The image's signed link under ``base_url``: opens without a key until it expires."""
        return f"{base_url.rstrip('/')}/v1/images/{image_id}?{self.service.links.link(image_id, now).query}"

    def _store(
        self, request: ImageRequest, plan: Plan, outputs: list[_Output], account_id: str, created: int
    ) -> list[str]:
        """One generation with its images (and their render notes), as ``/v1/generate`` stores them;
        the service's observers are told (``limner_generations_total``)."""
        shas = [self.service.blobs.put(out.data, request.output_format) for out in outputs]
        renderer = self.models.renderer_for(request.model)
        generation = GenerationRow(
            id=new_id("gen"),
            account_id=account_id,
            plan_id=plan.id,
            status="succeeded",
            created=created,
            renderer=renderer,
            request=json.dumps({"openai": request.fields}, ensure_ascii=False),
            error=None,
            change_mask=None,
        )
        rows = [
            ImageRow(
                id=new_id("img"),
                account_id=account_id,
                generation_id=generation.id,
                position=position,
                sha256=sha,
                width=out.width,
                height=out.height,
                format=request.output_format,
                seed=out.seed,
                locale=None,
                created=created,
                notes=notes_json(out.notes),
            )
            for position, (out, sha) in enumerate(zip(outputs, shas, strict=True))
        ]
        with self._sessions.begin() as session:
            session.add(generation)
            session.flush()
            session.add_all(rows)
            session.flush()
            # Billed like /v1/generate: one ledger row per image, in the same transaction.
            charge_images(
                session,
                self.service.prices,
                account_id,
                generation,
                rows,
                0,
                fees=self.service.fees,
                counters=self.service.counters,
            )
        first = outputs[0]
        self.service.generation_stored(renderer, generation.status, first.width, first.height)
        return [row.id for row in rows]


def _rgba(rgb: U8) -> U8:
    rgba = np.empty((*rgb.shape[:2], 4), np.uint8)
    rgba[..., :3] = rgb
    rgba[..., 3] = 255
    return rgba


__all__ = [
    "MAX_PARTIAL_IMAGES",
    "OPENAI_CODES",
    "OPENAI_MAX_IMAGES",
    "OPENAI_MAX_PROMPT",
    "ImageDatum",
    "ImageRequest",
    "ImagesGenerationsBody",
    "ImagesResponse",
    "ImagesUsage",
    "Job",
    "OpenAIError",
    "OpenAIErrorBody",
    "OpenAIImages",
    "Painter",
    "Upload",
    "check_request",
    "decode_upload",
    "editable_region",
    "in_memory",
    "openai_code",
    "parse_generations",
    "parse_variations",
    "reasoning_prompt",
    "region_box",
    "text_tokens",
    "tiles",
]
