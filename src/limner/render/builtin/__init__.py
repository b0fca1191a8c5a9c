"""The built-in renderer (reference implementation of the render contract)."""

from limner.render.builtin.renderer import BuiltinRenderer

__all__ = ["BuiltinRenderer"]
