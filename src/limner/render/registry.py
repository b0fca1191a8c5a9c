"""Renderers chosen by name. Plugins register through the ``limner.renderers`` entry point.

A factory may describe itself without being built (a ``describe()`` returning
:class:`~limner.render.base.RendererInfo`): that is how ``GET /v1/renderers`` says a renderer is
unavailable and why (an extra not installed, no upstream configured) without importing torch or
loading a model. Asking for an unavailable renderer is a 422 naming ``renderer``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from importlib.metadata import entry_points

from limner.errors import InvalidRequestError
from limner.render.base import Renderer, RendererInfo

RendererFactory = Callable[[], Renderer]

#: The renderers that ship with Limner (module, attribute), registered when no plugin took the name.
BUNDLED: tuple[tuple[str, str, str], ...] = (
    ("builtin", "limner.render.builtin", "BuiltinRenderer"),
    ("diffusion", "limner.render.diffusion", "DiffusionRenderer"),
    ("openai-images", "limner.render.openai_images", "OpenAIImagesRenderer"),
)
DEFAULT_MAX_SIDE = 4096
DEFAULT_FORMATS: tuple[str, ...] = ("png", "jpeg", "webp")


class RendererRegistry:
    """Name → renderer factory; renderers are built on first use and then reused."""

    def __init__(self, factories: Iterable[tuple[str, RendererFactory]] = ()) -> None:
        self._factories: dict[str, RendererFactory] = dict(factories)
        self._instances: dict[str, Renderer] = {}

    def register(self, name: str, factory: RendererFactory) -> None:
        self._factories[name] = factory
        self._instances.pop(name, None)

    def names(self) -> list[str]:
        return sorted(self._factories)

    def get(self, name: str) -> Renderer:
        self._check(name)
        if name not in self._instances:
            self._instances[name] = self._factories[name]()
        return self._instances[name]

    def create(self, name: str) -> Renderer:
        """A new instance from ``name``'s factory (for renders that run side by side)."""
        self._check(name)
        return self._factories[name]()

    def describe(self, name: str) -> RendererInfo:
        """What ``name`` is and whether it can render here (builds it only if it cannot say)."""
        if name not in self._factories:
            self._unknown(name)
        factory = self._factories[name]
        describe = getattr(factory, "describe", None)
        if callable(describe):
            info = describe()
            if isinstance(info, RendererInfo):
                return info
        renderer = self._instances.get(name) or self.get(name)
        return RendererInfo(
            name=name,
            version=str(getattr(renderer, "version", "")),
            available=True,
            output_formats=tuple(str(f) for f in getattr(renderer, "output_formats", DEFAULT_FORMATS)),
            max_side=int(getattr(renderer, "max_side", DEFAULT_MAX_SIDE)),
            deterministic=bool(getattr(renderer, "deterministic", True)),
            exact_overlays=bool(getattr(renderer, "exact_overlays", True)),
            transparent_background=bool(getattr(renderer, "transparent_background", False)),
            description=(renderer.__doc__ or "").strip().split("\n")[0],
        )

    def describe_all(self) -> list[RendererInfo]:
        return [self.describe(name) for name in self.names()]

    def _check(self, name: str) -> None:
        if name not in self._factories:
            self._unknown(name)
        describe = getattr(self._factories[name], "describe", None)
        if callable(describe):
            info = describe()
            if isinstance(info, RendererInfo) and not info.available:
                raise InvalidRequestError(
                    f"renderer {name!r} is not available here: {info.reason}", param="renderer"
                )

    def _unknown(self, name: str) -> None:
        known = ", ".join(self.names())
        raise InvalidRequestError(f"unknown renderer {name!r}; known: {known}", param="renderer")


def _bundled(module: str, attribute: str) -> RendererFactory:
    from importlib import import_module

    factory: RendererFactory = getattr(import_module(module), attribute)
    return factory


def default_registry() -> RendererRegistry:
    """A fresh registry with every installed renderer (the bundled ones included)."""
    registry = RendererRegistry()
    for ep in entry_points(group="limner.renderers"):
        registry.register(ep.name, ep.load())
    for name, module, attribute in BUNDLED:
        if name not in registry.names():
            registry.register(name, _bundled(module, attribute))
    return registry


__all__ = ["BUNDLED", "RendererFactory", "RendererRegistry", "default_registry"]
