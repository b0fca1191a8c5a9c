"""``POST /v1/images/generations`` and ``POST /v1/images/edits``: the OpenAI Images API.

Errors on these two routes are OpenAI-shaped (``{"error": {"message", "type", "param", "code"}}``,
Limner's 422 answered as 400) so that the official ``openai`` client raises its usual exceptions;
every other route keeps problem+json. See :mod:`limner.platform.openai_compat` for the decisions.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Coroutine
from typing import Any, cast

from fastapi import APIRouter, Request
from fastapi.exceptions import RequestValidationError
from fastapi.routing import APIRoute
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.responses import JSONResponse, Response

from limner.config import Settings
from limner.errors import LimnerError
from limner.platform.openai_compat import (
    ImagesGenerationsBody,
    ImagesResponse,
    OpenAIError,
    OpenAIErrorBody,
    OpenAIImages,
    check_request,
    parse_generations,
)
from limner.platform.service import LimnerService
from limner.platform.storage_errors import storage_error
from limner.server.deps import AccountDep, ServiceDep
from limner.server.middleware import REQUEST_ID_HEADER, request_id_of
from limner.server.openapi import OPENAI_ERRORS_MARK

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


@router.post(
    "/v1/images/generations",
    response_model=ImagesResponse,
    response_model_exclude_none=True,
    responses=_ERRORS,
    openapi_extra={OPENAI_ERRORS_MARK: True},
    summary="Create images (OpenAI Images API)",
    description=(
        "Accepts what the `openai` client's `images.generate` sends. `model` may be any value; "
        "`size` is `auto` (1024x1024) or `WxH`; `background: transparent` is refused (400); "
        "`output_compression` (jpeg/webp) is the encoder quality. `revised_prompt` summarizes the plan; "
        "`usage` counts prompt words and punctuation as text tokens and 32×32 tiles as image tokens."
    ),
)
def images_generations(
    body: ImagesGenerationsBody, request: Request, service: ServiceDep, account_id: AccountDep
) -> ImagesResponse:
    checked = check_request(body)
    return _images(service).generate(checked, account_id, _base_url(request))


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
                        "prompt": {"type": "string", "minLength": 1, "maxLength": 8000},
                        "model": {"type": "string"},
                        "n": {"type": "integer", "minimum": 1, "maximum": 8},
                        "size": {"type": "string"},
                        "quality": {"type": "string"},
                        "background": {"type": "string", "enum": ["auto", "opaque", "transparent"]},
                        "output_format": {"type": "string", "enum": ["png", "jpeg", "webp"]},
                        "output_compression": {"type": "integer", "minimum": 0, "maximum": 100},
                        "response_format": {"type": "string", "enum": ["b64_json", "url"]},
                        "input_fidelity": {"type": "string", "enum": ["high", "low"]},
                        "user": {"type": "string"},
                    },
                }
            }
        },
    },
}


@router.post(
    "/v1/images/edits",
    response_model=ImagesResponse,
    response_model_exclude_none=True,
    responses=_ERRORS,
    openapi_extra=_EDIT_FORM,
    summary="Edit an image (OpenAI Images API)",
    description=(
        "Multipart, as the `openai` client's `images.edit` sends it. The prompt is reasoned into a plan "
        "sized to the mask's editable region (its fully transparent pixels; the whole image without a "
        "mask), rendered there, and every pixel outside the editable region is the input image's own."
    ),
)
async def images_edits(request: Request, service: ServiceDep, account_id: AccountDep) -> ImagesResponse:
    media = request.headers.get("content-type", "").split(";", 1)[0].strip().lower()
    if media != "multipart/form-data":
        raise OpenAIError(400, "send the edit as multipart/form-data", code="invalid_content_type")
    images: list[bytes] = []
    mask: bytes | None = None
    fields: dict[str, Any] = {}
    async with request.form() as form:
        for name, value in form.multi_items():
            if isinstance(value, UploadFile):
                data = await value.read()
                if name in ("image", "image[]"):
                    images.append(data)
                elif name == "mask":
                    mask = data
                else:
                    raise OpenAIError(
                        400, f"unexpected file field {name!r}", param=name, code="unknown_parameter"
                    )
            elif name in FILE_FIELDS:
                raise OpenAIError(400, f"{name} must be a file", param=name, code="invalid_value")
            else:
                fields[name] = value
    if not images:
        raise OpenAIError(400, "image is required", param="image", code="missing_required_parameter")
    checked = parse_generations(fields)
    # Reasoning and rendering are CPU work: off the event loop.
    edit = _images(service).edit
    return await run_in_threadpool(edit, checked, images, mask, account_id, _base_url(request))


__all__ = ["OpenAIRoute", "router"]
