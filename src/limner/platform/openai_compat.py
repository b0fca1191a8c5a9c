"""OpenAI Images API compatibility: ``/v1/images/generations`` and ``/v1/images/edits``.

Translates what the official ``openai`` client sends into Limner's use cases and answers in
OpenAI's shapes. Decisions (also in the OpenAPI descriptions):

- ``model``: any string is accepted; the server's default renderer (``builtin``) draws.
- ``n``: 1–8 (Limner's limit). ``size``: ``auto`` or any ``WxH`` Limner accepts (64–4096 a side;
  256x256, 512x512, 1024x1024, 1536x1024, 1024x1536, …). ``auto`` = 1024x1024 for generations,
  the input image's size for edits (an edit's ``size`` must be ``auto`` or the image's size).
- ``quality`` (low·medium·high·auto·standard·hd·xhigh·max) and ``style`` (vivid·natural) are
  validated; the vector renderer draws every quality the same way.
- ``background``: ``auto`` and ``opaque`` are honoured; ``transparent`` is refused
  (400, ``param: background``): the renderer paints an opaque canvas.
- ``output_format`` png·jpeg·webp; ``output_compression`` (0–100, jpeg/webp only) is used as the
  encoder's quality (0 counts as 1); default 90.
- ``response_format`` ``b64_json`` (default) or ``url`` (absolute ``…/v1/images/img_…``).
- ``revised_prompt`` is :meth:`Plan.summary` of the plan that was drawn.
- ``usage``: ``text_tokens`` = words and punctuation marks of the prompt; ``image_tokens`` and
  ``output_tokens`` = 32×32-pixel tiles of the input images (edits) and of the output images.
- Edits: the first ``image`` is edited; further images become ``object`` references of the plan.
  The ``mask`` (PNG with alpha, the image's size) marks with fully transparent pixels where the
  image may change; without a mask the whole image may change. The prompt is reasoned into a plan
  sized to the editable region's bounding box (at least 64 px a side), rendered, and only the
  editable pixels are taken from it: every other pixel is the input image's decoded pixel.
- Streaming and options the renderer cannot honour are refused by name (400 with ``param``).

Every image is stored like ``/v1/generate`` stores it (a plan, a generation, its images).
"""

from __future__ import annotations

import base64
import io
import json
import math
import re
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal

import numpy as np
import numpy.typing as npt
from PIL import Image, UnidentifiedImageError
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from limner.errors import LimnerError
from limner.plan.model import Plan
from limner.platform.db import make_sessions
from limner.platform.ids import new_id
from limner.platform.metering import charge_images
from limner.platform.schemas import (
    MAX_IMAGES,
    MAX_PIXELS,
    MAX_SIDE,
    MIN_SIDE,
    ReasonBody,
    is_blank,
    parse_size,
)
from limner.platform.service import LimnerService
from limner.platform.tables import GenerationRow, ImageRow
from limner.platform.validation import describe, primary_first
from limner.render.base import OutputFormat, RenderOptions
from limner.render.encode import encode

U8 = npt.NDArray[np.uint8]
TILE = 32
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

    prompt: str = Field(min_length=1, max_length=8000, description="What to draw.")
    model: str | None = Field(default=None, max_length=128, description="Any value; Limner's renderer draws.")
    n: int | None = Field(default=None, ge=1, le=MAX_IMAGES, description="1–8 images.")
    size: str | None = Field(default=None, description="'auto' or 'WxH' (64–4096 a side).")
    quality: Literal["auto", "low", "medium", "high", "standard", "hd", "xhigh", "max"] | None = None
    style: Literal["vivid", "natural"] | None = None
    background: Literal["auto", "opaque", "transparent"] | None = Field(
        default=None, description="'transparent' is refused (400): the canvas is opaque."
    )
    output_format: Literal["png", "jpeg", "webp", "gif", "svg"] | None = Field(
        default=None, description="png (default), jpeg or webp."
    )
    output_compression: int | None = Field(
        default=None, ge=0, le=100, description="jpeg/webp: used as the encoder quality."
    )
    response_format: Literal["b64_json", "url"] | None = Field(
        default=None, description="b64_json by default."
    )
    moderation: Literal["auto", "low"] | None = None
    user: str | None = Field(default=None, max_length=256)
    safety_identifier: str | None = Field(default=None, max_length=256)
    stream: bool | None = Field(default=None, description="Only false: streaming is not offered.")
    partial_images: int | None = Field(default=None, ge=0, le=3, description="Only 0.")
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


def check_request(body: ImagesGenerationsBody) -> ImageRequest:
    for name in UNSUPPORTED:
        if getattr(body, name) is not None:
            raise _bad(f"{name} is not supported by this server", name)
    if body.stream:
        raise _bad("streaming is not supported by this server; omit stream", "stream")
    if body.partial_images:
        raise _bad("partial images need streaming, which this server does not offer", "partial_images")
    if is_blank(body.prompt):
        raise _bad("prompt must not be blank", "prompt")
    if body.background == "transparent":
        raise _bad(
            "background 'transparent' is not supported: Limner's renderer paints an opaque canvas;"
            " use 'opaque' or 'auto'",
            "background",
        )
    fmt = body.output_format or "png"
    if fmt not in ("png", "jpeg", "webp"):
        raise _bad(f"output_format {fmt!r} is not supported (png, jpeg or webp)", "output_format")
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
        response_format=body.response_format or "b64_json",
        quality_name=body.quality or "auto",
        fields=body.model_dump(exclude_none=True),
    )


def parse_generations(raw: Mapping[str, Any]) -> ImageRequest:
    try:
        return check_request(ImagesGenerationsBody.model_validate(raw))
    except ValidationError as exc:
        raise OpenAIError.from_validation(exc.errors()) from exc


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
    background: Literal["opaque"] = "opaque"
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


class OpenAIImages:
    """The two OpenAI routes over a :class:`LimnerService`."""

    def __init__(self, service: LimnerService) -> None:
        self.service = service
        self._sessions = make_sessions(service.engine)

    def generate(self, request: ImageRequest, account_id: str, base_url: str) -> ImagesResponse:
        size = request.size
        plan = self.service.reason(
            ReasonBody(prompt=request.prompt, size=f"{size[0]}x{size[1]}" if size else None), account_id
        )
        outputs = [
            self._render(plan, seed, request.output_format, request.quality, account_id)
            for seed in range(request.n)
        ]
        return self._answer(request, plan, outputs, account_id, base_url, image_tokens=0)

    def edit(
        self,
        request: ImageRequest,
        images: Sequence[bytes],
        mask: bytes | None,
        account_id: str,
        base_url: str,
    ) -> ImagesResponse:
        if not images:
            raise _bad("image is required", "image")
        base = decode_upload(images[0], "image")
        if min(base.width, base.height) < MIN_SIDE or max(base.width, base.height) > MAX_SIDE:
            raise _bad(f"image sides must be between {MIN_SIDE} and {MAX_SIDE} pixels", "image")
        if request.size is not None and request.size != (base.width, base.height):
            raise _bad(f"an edit keeps the image's size ({base.width}x{base.height}); use 'auto'", "size")
        extra = [decode_upload(data, f"image[{i}]") for i, data in enumerate(images[1:], start=1)]
        mask_image = decode_upload(mask, "mask") if mask is not None else None
        region = editable_region(base, mask_image)
        if not region.any():
            raise _bad("the mask has no fully transparent pixels: nothing may change", "mask")
        x0, y0, x1, y1 = region_box(region)
        references = [
            self.service.references.create(data, "object", None, account_id).id for data in images[1:]
        ]
        plan = self.service.reason(
            ReasonBody(prompt=request.prompt, size=f"{x1 - x0}x{y1 - y0}", references=list(references)),
            account_id,
        )
        outputs: list[_Output] = []
        for seed in range(request.n):
            patch = self.service.render_plan(
                plan, RenderOptions(width=x1 - x0, height=y1 - y0, seed=seed, output_format="png"), account_id
            )
            with Image.open(io.BytesIO(patch.data)) as decoded:
                rendered = np.asarray(decoded.convert("RGB"))
            pixels = base.rgb.copy()
            window = region[y0:y1, x0:x1]
            pixels[y0:y1, x0:x1][window] = rendered[window]
            data = encode(_rgba(pixels), request.output_format, request.quality)
            outputs.append(_Output(data, base.width, base.height, seed))
        image_tokens = sum(tiles(i.width, i.height) for i in [base, *extra])
        return self._answer(request, plan, outputs, account_id, base_url, image_tokens=image_tokens)

    def _render(self, plan: Plan, seed: int, fmt: OutputFormat, quality: int, account_id: str) -> _Output:
        options = RenderOptions(seed=seed, output_format=fmt, quality=quality)
        image = self.service.render_plan(plan, options, account_id)
        return _Output(image.data, image.width, image.height, seed)

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
                url=f"{base_url.rstrip('/')}/v1/images/{image_id}"
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
            output_format=request.output_format,
            quality=request.quality_name,
            size=f"{outputs[0].width}x{outputs[0].height}",
        )

    def _store(
        self, request: ImageRequest, plan: Plan, outputs: list[_Output], account_id: str, created: int
    ) -> list[str]:
        """One generation with its images, as ``/v1/generate`` stores them."""
        shas = [self.service.blobs.put(out.data, request.output_format) for out in outputs]
        generation = GenerationRow(
            id=new_id("gen"),
            account_id=account_id,
            plan_id=plan.id,
            status="succeeded",
            created=created,
            renderer=self.service.settings.default_renderer,
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
                session, self.service.prices, account_id, generation, rows, 0, fees=self.service.fees
            )
        return [row.id for row in rows]


def _rgba(rgb: U8) -> U8:
    rgba = np.empty((*rgb.shape[:2], 4), np.uint8)
    rgba[..., :3] = rgb
    rgba[..., 3] = 255
    return rgba


__all__ = [
    "OPENAI_CODES",
    "ImageDatum",
    "ImageRequest",
    "ImagesGenerationsBody",
    "ImagesResponse",
    "ImagesUsage",
    "OpenAIError",
    "OpenAIErrorBody",
    "OpenAIImages",
    "check_request",
    "decode_upload",
    "editable_region",
    "openai_code",
    "parse_generations",
    "region_box",
    "text_tokens",
    "tiles",
]
