"""Limner: reason first, draw second."""

__version__ = "0.1.0"

__all__ = ["__version__"]
