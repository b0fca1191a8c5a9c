"""OpenAI's ``/v1/models``: Limner's renderers as models, and the OpenAI model names it accepts.

- Each *available* renderer is a model whose id is its name (``builtin``; ``diffusion`` and
  ``openai-images`` when configured): ``model: "diffusion"`` in an OpenAI request draws with it.
- The OpenAI image model names (``dall-e-2``, ``dall-e-3``, ``gpt-image-1``, …) and ``limner`` are
  aliases of the server's default renderer. Any other ``model`` string is still accepted and also
  draws with the default renderer (what the Images routes always did); only a renderer that exists
  but is unavailable here is refused (400 naming ``model``).
- ``response_format`` defaults to ``url`` for ``dall-e-*`` models, as OpenAI's does, and to
  ``b64_json`` for every other model.

``created`` is a fixed time per model (not the server's start), so the list is the same bytes on
every call and every server of one version.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

from limner.render.base import RendererInfo
from limner.render.registry import RendererRegistry

OWNER = "limner"
#: 2025-06-01T00:00:00Z: the ``created`` of every model this server lists.
CREATED = 1748736000
#: OpenAI model names accepted as the default renderer (in the order listed).
ALIASES = ("limner", "dall-e-2", "dall-e-3", "gpt-image-1", "gpt-image-1-mini", "gpt-image-1.5")


class ModelObject(BaseModel):
    """One model, in OpenAI's shape (``renderer`` is Limner's addition)."""

    id: str
    object: Literal["model"] = "model"
    created: int = Field(description="Unix seconds; fixed per model.")
    owned_by: str = OWNER
    renderer: str = Field(description="The Limner renderer that draws for this model.")


class ModelList(BaseModel):
    object: Literal["list"] = "list"
    data: list[ModelObject]


class UnknownModel(LookupError):
    """No model of that id; ``reason`` says why when it is a renderer that is unavailable here."""

    def __init__(self, model_id: str, reason: str | None = None) -> None:
        detail = f"The model '{model_id}' does not exist or you do not have access to it."
        if reason:
            detail = f"The model '{model_id}' is not available on this server: {reason}"
        super().__init__(detail)
        self.detail = detail


def default_response_format(model: str | None) -> Literal["url", "b64_json"]:
    """``url`` for ``dall-e-*`` models (OpenAI's default there), else ``b64_json``."""
    return "url" if model is not None and model.lower().startswith("dall-e") else "b64_json"


class ModelCatalog:
    """The models one server offers, from its renderer registry and default renderer."""

    def __init__(self, registry: RendererRegistry, default_renderer: str) -> None:
        self._registry = registry
        self._default = default_renderer

    def _infos(self) -> dict[str, RendererInfo]:
        return {info.name: info for info in self._registry.describe_all()}

    def list(self) -> ModelList:
        renderers = [
            ModelObject(id=info.name, created=CREATED, renderer=info.name)
            for info in self._infos().values()
            if info.available
        ]
        aliases = [ModelObject(id=alias, created=CREATED, renderer=self._default) for alias in ALIASES]
        return ModelList(data=renderers + aliases)

    def get(self, model_id: str) -> ModelObject:
        """The model ``model_id``; :class:`UnknownModel` when there is none here."""
        for model in self.list().data:
            if model.id == model_id:
                return model
        info = self._infos().get(model_id)
        raise UnknownModel(model_id, info.reason if info is not None else None)

    def renderer_for(self, model: str | None) -> str:
        """The renderer an Images request with ``model`` draws with (any unknown name: the default);
        :class:`UnknownModel` for a renderer that exists but is unavailable here."""
        if model is None:
            return self._default
        info = self._infos().get(model)
        if info is None:
            return self._default
        if not info.available:
            raise UnknownModel(model, info.reason)
        return info.name

    def transparent(self, renderer: str) -> bool:
        """Whether ``renderer`` can draw on a transparent canvas."""
        info = self._infos().get(renderer)
        return info is not None and info.transparent_background


__all__ = [
    "ALIASES",
    "CREATED",
    "ModelCatalog",
    "ModelList",
    "ModelObject",
    "UnknownModel",
    "default_response_format",
]
