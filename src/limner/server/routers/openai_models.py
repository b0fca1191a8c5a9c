"""``GET /v1/models`` and ``GET /v1/models/{id}``: Limner's renderers (and the OpenAI image model
names it accepts) as OpenAI model objects. Errors are OpenAI-shaped, as on the Images routes; see
:mod:`limner.platform.openai_models` for what is listed."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter

from limner.platform.openai_compat import OpenAIError, OpenAIErrorBody
from limner.platform.openai_models import ModelCatalog, ModelList, ModelObject, UnknownModel
from limner.platform.service import LimnerService
from limner.server.deps import ServiceDep
from limner.server.openapi import OPENAI_ERRORS_MARK
from limner.server.routers.openai_images import OpenAIRoute

router = APIRouter(tags=["openai"], route_class=OpenAIRoute)

_ERRORS: dict[int | str, dict[str, Any]] = {
    401: {"model": OpenAIErrorBody, "description": "No or bad API key."},
    404: {"model": OpenAIErrorBody, "description": "No such model here (`model_not_found`)."},
    429: {"model": OpenAIErrorBody, "description": "Rate limit (`rate_limit_exceeded`, `Retry-After`)."},
}


def _catalog(service: LimnerService) -> ModelCatalog:
    return ModelCatalog(service.renderers, service.settings.default_renderer)


@router.get(
    "/v1/models",
    response_model=ModelList,
    responses=_ERRORS,
    openapi_extra={OPENAI_ERRORS_MARK: True},
    summary="List models (OpenAI Models API)",
    description=(
        "Every available renderer as a model (its name is the id; `model` in an Images request draws "
        "with it), then the OpenAI image model names accepted as the default renderer "
        "(`limner`, `dall-e-2`, `dall-e-3`, `gpt-image-1`, …). `renderer` names who draws."
    ),
)
def list_models(service: ServiceDep) -> ModelList:
    return _catalog(service).list()


@router.get(
    "/v1/models/{model_id}",
    response_model=ModelObject,
    responses=_ERRORS,
    openapi_extra={OPENAI_ERRORS_MARK: True},
    summary="Retrieve a model (OpenAI Models API)",
)
def get_model(model_id: str, service: ServiceDep) -> ModelObject:
    try:
        return _catalog(service).get(model_id)
    except UnknownModel as exc:
        raise OpenAIError(404, exc.detail, param="model", code="model_not_found") from exc


__all__ = ["router"]
