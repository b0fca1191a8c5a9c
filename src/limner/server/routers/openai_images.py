"""``POST /v1/images/generations``, ``/v1/images/edits`` and ``/v1/images/variations``: the OpenAI
Images API (``stream: true`` answers server-sent events, :mod:`limner.platform.openai_stream`).

Errors on these routes are OpenAI-shaped (``{"error": {"message", "type", "param", "code"}}``,
Limner's 422 answered as 400) so that the official ``openai`` client raises its usual exceptions;
every other route keeps problem+json. See :mod:`limner.platform.openai_compat` for the decisions.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import AsyncIterator, Callable, Coroutine
from contextlib import asynccontextmanager
from typing import Any, cast

from fastapi import APIRouter, Request
from fastapi.exceptions import RequestValidationError
from fastapi.routing import APIRoute
from pydantic import ValidationError
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.responses import JSONResponse, Response, StreamingResponse

from limner.config import Settings
from limner.errors import LimnerError
from limner.platform.openai_compat import (
    ImageRequest,
    ImagesGenerationsBody,
    ImagesResponse,
    Job,
    OpenAIError,
    OpenAIErrorBody,
    OpenAIImages,
    Upload,
    check_request,
    in_memory,
    parse_generations,
    parse_variations,
)
from limner.platform.openai_inputs import ImagesEditsJsonBody, InputResolver
from limner.platform.openai_stream import ImageStream, Prefix
from limner.platform.remote_images import ImageFetcher
from limner.platform.service import LimnerService
from limner.platform.storage_errors import storage_error
from limner.server.deps import AccountDep, ServiceDep
from limner.server.middleware import REQUEST_ID_HEADER, request_id_of
from limner.server.openapi import OPENAI_ERRORS_MARK
from limner.server.uploads import upload_reader

logger = logging.getLogger(__name__)

FILE_FIELDS = ("image", "image[]", "mask")


def _error_response(request: Request, error: OpenAIError) -> JSONResponse:
    headers = {REQUEST_ID_HEADER: request_id_of(request.scope)}
    return JSONResponse(error.body(), status_code=error.status, headers=headers)


class OpenAIRoute(APIRoute):
    """A route whose errors are OpenAI-shaped."""

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        handler = super().get_route_handler()

        async def handle(request: Request) -> Response:
            try:
                return await handler(request)
            except OpenAIError as exc:
                return _error_response(request, exc)
            except LimnerError as exc:
                response = _error_response(request, OpenAIError.from_limner(exc))
                if hasattr(exc, "retry_after"):
                    response.headers["Retry-After"] = str(exc.retry_after)
                return response
            except RequestValidationError as exc:
                errors = list(exc.errors())
                if errors and errors[0].get("type") == "json_invalid":
                    return _error_response(
                        request, OpenAIError(400, "the body is not valid JSON", code="invalid_json")
                    )
                if errors and tuple(errors[0].get("loc", ())) == ("body",):
                    return _error_response(
                        request, OpenAIError(400, "a JSON body is required", code="invalid_json")
                    )
                return _error_response(request, OpenAIError.from_validation(errors))
            except StarletteHTTPException as exc:
                error = OpenAIError(exc.status_code, str(exc.detail), code=None)
                return _error_response(request, error)
            except Exception as exc:
                storage = storage_error(exc)
                if storage is not None:  # a full disk or a locked store: 507/503, not a 500
                    response = _error_response(request, OpenAIError.from_limner(storage))
                    response.headers["Retry-After"] = str(getattr(storage, "retry_after", 1))
                    return response
                request_id = request_id_of(request.scope)
                logger.exception(
                    "unhandled error in %s %s [%s]", request.method, request.url.path, request_id
                )
                message = f"an unexpected error occurred; quote request id {request_id} when reporting it"
                return _error_response(request, OpenAIError(500, message, code="internal_error"))

        return handle


router = APIRouter(tags=["openai"], route_class=OpenAIRoute)

_ERRORS: dict[int | str, dict[str, Any]] = {
    400: {
        "model": OpenAIErrorBody,
        "description": "Invalid request (OpenAI-shaped error; `param` names the field).",
    },
    401: {"model": OpenAIErrorBody, "description": "No or bad API key."},
    413: {"model": OpenAIErrorBody, "description": "Request body too large (`request_too_large`)."},
    500: {"model": OpenAIErrorBody, "description": "Internal error."},
    429: {
        "model": OpenAIErrorBody,
        "description": "Rate or quota limit (`rate_limit_exceeded`, `Retry-After`).",
    },
    405: {"model": OpenAIErrorBody, "description": "Method not allowed (`Allow: POST`)."},
    409: {"model": OpenAIErrorBody, "description": "Idempotency-Key conflict (`Retry-After` while it runs)."},
    415: {"model": OpenAIErrorBody, "description": "Unsupported media type."},
    503: {"model": OpenAIErrorBody, "description": "No render slot or a busy store (`Retry-After`)."},
    507: {"model": OpenAIErrorBody, "description": "Storage full (`Retry-After`)."},
}


def _base_url(request: Request) -> str:
    """The configured public base URL (``LIMNER_PUBLIC_URL``), never the request's ``Host``."""
    settings = cast(Settings, request.app.state.settings)
    return settings.base_url


def _images(service: LimnerService) -> OpenAIImages:
    return OpenAIImages(service)


def _fetcher(request: Request) -> ImageFetcher:
    settings = cast(Settings, request.app.state.settings)
    return ImageFetcher(allow_loopback=settings.image_urls_allow_loopback)


def _stream(
    images: OpenAIImages, job: Job, account_id: str, base_url: str, prefix: Prefix
) -> StreamingResponse:
    events = ImageStream(images, job, account_id, base_url, prefix)
    return StreamingResponse(
        iter(events), media_type="text/event-stream", headers={"Cache-Control": "no-cache"}
    )


# The events' schema is filled in by limner.server.openapi (one object per server-sent event).
_STREAM_DOC: dict[str, dict[str, object]] = {"text/event-stream": {}}


@router.post(
    "/v1/images/generations",
    response_model=ImagesResponse,
    response_model_exclude_none=True,
    responses={**_ERRORS, 200: {"content": _STREAM_DOC}},
    openapi_extra={OPENAI_ERRORS_MARK: True},
    summary="Create images (OpenAI Images API)",
    description=(
        "Accepts what the `openai` client's `images.generate` sends. `model`: a renderer from "
        "`GET /v1/models` draws with it, any other name with the default renderer; `n` 1–10; `prompt` up "
        "to 32,000 characters (the first 8,000 are reasoned, cut at a sentence end; the plan's trace says "
        "so); `size` is `auto` (1024x1024) or `WxH`; `background: transparent` (png/webp) where the "
        "renderer can, else 400; `output_compression` (jpeg/webp) is the encoder quality; "
        "`response_format` defaults to `url` for `dall-e-*` models, `b64_json` otherwise. "
        "`stream: true` answers `text/event-stream`: `partial_images` (0–3) "
        "`image_generation.partial_image` events per image (the first is the plan's layout), then "
        "`image_generation.completed`. `revised_prompt` summarizes the plan; `usage` counts prompt words "
        "and punctuation as text tokens and 32×32 tiles as image tokens."
    ),
)
def images_generations(
    body: ImagesGenerationsBody, request: Request, service: ServiceDep, account_id: AccountDep
) -> ImagesResponse | StreamingResponse:
    checked = check_request(body)
    images = _images(service)
    job = images.generation_job(checked, account_id)
    if checked.stream:
        return _stream(images, job, account_id, _base_url(request), "image_generation")
    return images.run(job, account_id, _base_url(request))


_OPTIONS: dict[str, Any] = {
    "prompt": {"type": "string", "minLength": 1, "maxLength": 32000},
    "model": {"type": "string"},
    "n": {"type": "integer", "minimum": 1, "maximum": 10},
    "size": {"type": "string"},
    "quality": {"type": "string"},
    "background": {"type": "string", "enum": ["auto", "opaque"]},
    "output_format": {"type": "string", "enum": ["png", "jpeg", "webp"]},
    "output_compression": {"type": "integer", "minimum": 0, "maximum": 100},
    "response_format": {"type": "string", "enum": ["b64_json", "url"]},
    "stream": {"type": "boolean", "description": "Server-sent events image_edit.partial_image/completed."},
    "partial_images": {"type": "integer", "minimum": 0, "maximum": 3},
    "input_fidelity": {"type": "string", "enum": ["high", "low"]},
    "user": {"type": "string"},
}
_IMAGE_INPUT: dict[str, Any] = {
    "type": "object",
    "description": "Exactly one of image_url (a data: URL or an http(s) URL) and file_id (ref_… or img_…).",
    "properties": {"image_url": {"type": "string"}, "file_id": {"type": "string"}},
    "additionalProperties": False,
}
_EDIT_FORM: dict[str, Any] = {
    OPENAI_ERRORS_MARK: True,
    "requestBody": {
        "required": True,
        "content": {
            "multipart/form-data": {
                "schema": {
                    "type": "object",
                    "required": ["prompt"],
                    "properties": {
                        "image": {"type": "string", "format": "binary", "description": "The image to edit."},
                        "image[]": {
                            "type": "array",
                            "items": {"type": "string", "format": "binary"},
                            "description": "Images: the first is edited, the others are object references.",
                        },
                        "mask": {
                            "type": "string",
                            "format": "binary",
                            "description": "PNG with alpha, the image's size; fully transparent: may change.",
                        },
                        **_OPTIONS,
                    },
                }
            },
            "application/json": {
                "schema": {
                    "type": "object",
                    "required": ["prompt", "images"],
                    "properties": {
                        "images": {
                            "type": "array",
                            "minItems": 1,
                            "maxItems": 16,
                            "items": _IMAGE_INPUT,
                            "description": "The first is edited, the others are object references.",
                        },
                        "mask": _IMAGE_INPUT,
                        **_OPTIONS,
                    },
                }
            },
        },
    },
}


@router.post(
    "/v1/images/edits",
    response_model=ImagesResponse,
    response_model_exclude_none=True,
    responses={**_ERRORS, 200: {"content": _STREAM_DOC}},
    openapi_extra=_EDIT_FORM,
    summary="Edit an image (OpenAI Images API)",
    description=(
        "Multipart, as the `openai` client's `images.edit` sends it, or JSON with "
        "`images: [{image_url | file_id}]` (and `mask`): `image_url` is a data: URL or an http(s) URL "
        "(fetched with the SSRF guard: public addresses only, no redirects, ≤ 20 MB), `file_id` a Limner "
        "reference (`ref_…`) or image (`img_…`) id. The prompt is reasoned into a plan "
        "sized to the mask's editable region (its fully transparent pixels; the whole image without a "
        "mask), rendered there, and every pixel outside the editable region is the input image's own. "
        "`stream: true`: `image_edit.partial_image` / `image_edit.completed` events."
    ),
)
async def images_edits(
    request: Request, service: ServiceDep, account_id: AccountDep
) -> ImagesResponse | StreamingResponse:
    media = request.headers.get("content-type", "").split(";", 1)[0].strip().lower()
    images = _images(service)
    if media == "application/json":
        body = _json_edit(await request.body())
        checked = dataclasses.replace(check_request(body), fields=body.recorded())
        resolver = InputResolver(service, _fetcher(request))
        inputs, mask = await run_in_threadpool(resolver.images, body, account_id)
        readers = [in_memory(data) for data in inputs]
        mask_reader = in_memory(mask) if mask is not None else None
        return await _edit(request, images, checked, readers, mask_reader, account_id)
    if media == "multipart/form-data":
        async with _form(request, FILE_FIELDS) as (fields, files):
            uploads = files.get("image", []) + files.get("image[]", [])
            if not uploads:
                raise OpenAIError(400, "image is required", param="image", code="missing_required_parameter")
            checked = parse_generations(fields)
            # The files stay spooled on disk until a decode slot reads them (off the event loop).
            spooled = [upload_reader(upload) for upload in uploads]
            spooled_mask = upload_reader(files["mask"][0]) if files.get("mask") else None
            return await _edit(request, images, checked, spooled, spooled_mask, account_id)
    raise OpenAIError(
        400, "send the edit as multipart/form-data or application/json", code="invalid_content_type"
    )


async def _edit(
    request: Request,
    images: OpenAIImages,
    checked: ImageRequest,
    inputs: list[Upload],
    mask: Upload | None,
    account_id: str,
) -> ImagesResponse | StreamingResponse:
    """Reasoning and rendering are CPU work: off the event loop."""
    if checked.stream:
        job = await run_in_threadpool(images.edit_job, checked, inputs, mask, account_id)
        return _stream(images, job, account_id, _base_url(request), "image_edit")
    return await run_in_threadpool(images.edit, checked, inputs, mask, account_id, _base_url(request))


def _json_edit(raw: bytes) -> ImagesEditsJsonBody:
    try:
        return ImagesEditsJsonBody.model_validate_json(raw)
    except ValidationError as exc:
        errors = exc.errors()
        if errors and errors[0].get("type") == "json_invalid":
            raise OpenAIError(400, "the body is not valid JSON", code="invalid_json") from exc
        raise OpenAIError.from_validation(errors) from exc


@asynccontextmanager
async def _form(
    request: Request, file_fields: tuple[str, ...]
) -> AsyncIterator[tuple[dict[str, Any], dict[str, list[UploadFile]]]]:
    """The text fields and the files (by field name) of a multipart body; another file is a 400.

    The files are the parser's temporary files (on disk past 1 MB), not read here: they are open
    until the ``async with`` ends."""
    fields: dict[str, Any] = {}
    files: dict[str, list[UploadFile]] = {}
    async with request.form() as form:
        for name, value in form.multi_items():
            if isinstance(value, UploadFile):
                if name not in file_fields:
                    raise OpenAIError(
                        400, f"unexpected file field {name!r}", param=name, code="unknown_parameter"
                    )
                files.setdefault(name, []).append(value)
            elif name in file_fields:
                raise OpenAIError(400, f"{name} must be a file", param=name, code="invalid_value")
            else:
                fields[name] = value
        yield fields, files


_VARIATION_FORM: dict[str, Any] = {
    OPENAI_ERRORS_MARK: True,
    "requestBody": {
        "required": True,
        "content": {
            "multipart/form-data": {
                "schema": {
                    "type": "object",
                    "required": ["image"],
                    "properties": {
                        "image": {
                            "type": "string",
                            "format": "binary",
                            "description": "The picture to vary.",
                        },
                        "model": {"type": "string"},
                        "n": {"type": "integer", "minimum": 1, "maximum": 10},
                        "size": {"type": "string", "description": "'auto' (1024x1024) or 'WxH'."},
                        "response_format": {"type": "string", "enum": ["b64_json", "url"]},
                        "output_format": {"type": "string", "enum": ["png", "jpeg", "webp"]},
                        "user": {"type": "string"},
                    },
                }
            }
        },
    },
}


@router.post(
    "/v1/images/variations",
    response_model=ImagesResponse,
    response_model_exclude_none=True,
    responses=_ERRORS,
    openapi_extra=_VARIATION_FORM,
    summary="Create variations of an image (OpenAI Images API)",
    description=(
        "Multipart, as the `openai` client's `images.create_variation` sends it. Limner does not read "
        "what a picture shows, so a variation keeps the picture exactly (as an object reference) and "
        "re-stages it: variation i is placed at a seeded scale and position on a backdrop tinted with the "
        "picture's i-th dominant colour. `size` defaults to 1024x1024, `response_format` to `url`."
    ),
)
async def images_variations(request: Request, service: ServiceDep, account_id: AccountDep) -> ImagesResponse:
    media = request.headers.get("content-type", "").split(";", 1)[0].strip().lower()
    if media != "multipart/form-data":
        raise OpenAIError(400, "send the variation as multipart/form-data", code="invalid_content_type")
    images = _images(service)
    async with _form(request, ("image",)) as (fields, files):
        if len(files.get("image", [])) != 1:
            raise OpenAIError(
                400, "exactly one image is required", param="image", code="missing_required_parameter"
            )
        checked = parse_variations(fields)
        read = upload_reader(files["image"][0])  # spooled; read in a decode slot, off the event loop
        return await run_in_threadpool(images.variation, checked, read, account_id, _base_url(request))


__all__ = ["OpenAIRoute", "router"]
