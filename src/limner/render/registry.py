"""Renderers chosen by name. Plugins register through the ``limner.renderers`` entry point."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from importlib.metadata import entry_points

from limner.errors import InvalidRequestError
from limner.render.base import Renderer

RendererFactory = Callable[[], Renderer]


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

    def _check(self, name: str) -> None:
        if name not in self._factories:
            known = ", ".join(self.names())
            raise InvalidRequestError(f"unknown renderer {name!r}; known: {known}", param="renderer")


def default_registry() -> RendererRegistry:
    """A fresh registry with every installed renderer (the built-in one included)."""
    registry = RendererRegistry()
    for ep in entry_points(group="limner.renderers"):
        registry.register(ep.name, ep.load())
    if "builtin" not in registry.names():
        from limner.render.builtin import BuiltinRenderer

        registry.register("builtin", BuiltinRenderer)
    return registry


__all__ = ["RendererFactory", "RendererRegistry", "default_registry"]
