"""``GET /v1/renderers``: every registered renderer, whether it can draw here, and why not."""

from __future__ import annotations

from typing import Literal

from fastapi import APIRouter
from pydantic import BaseModel, Field

from limner.render.base import RendererInfo
from limner.server.deps import ServiceDep, problems

router = APIRouter(tags=["renderers"])


class RendererView(BaseModel):
    object: Literal["renderer"] = "renderer"
    name: str = Field(description="What a request's `renderer` (or `limner serve --renderer`) names.")
    version: str
    available: bool
    reason: str | None = Field(
        default=None,
        description='Why not available, e.g. "extra `diffusion` not installed", "no upstream configured".',
    )
    default: bool = Field(description="Whether requests without `renderer` use it.")
    output_formats: list[str]
    max_side: int = Field(description="Largest side in pixels.")
    deterministic: bool = Field(description="Same plan + seed (+ model + device) ⇒ same bytes.")
    exact_overlays: bool = Field(
        description="Text and product/character reference elements come out exactly as the built-in renderer "
        "draws them (composited on top)."
    )
    transparent_background: bool = Field(
        default=False,
        description='Draws on a transparent canvas (OpenAI `background: "transparent"`, png/webp).',
    )
    description: str = ""


class RendererList(BaseModel):
    object: Literal["list"] = "list"
    data: list[RendererView]


def _view(info: RendererInfo, default: str) -> RendererView:
    return RendererView(
        name=info.name,
        version=info.version,
        available=info.available,
        reason=info.reason,
        default=info.name == default,
        output_formats=list(info.output_formats),
        max_side=info.max_side,
        deterministic=info.deterministic,
        exact_overlays=info.exact_overlays,
        transparent_background=info.transparent_background,
        description=info.description,
    )


@router.get("/v1/renderers", response_model=RendererList, responses=problems(), summary="List renderers")
def list_renderers(service: ServiceDep) -> RendererList:
    default = service.settings.default_renderer
    return RendererList(data=[_view(info, default) for info in service.renderers.describe_all()])
