"""Which methods the application serves on a path (a 405's ``Allow``, and the access gate)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import lru_cache


def leaf_routes(routes: Iterable[object]) -> Iterator[object]:
    """Every route, looking inside included routers (FastAPI wraps them)."""
    for route in routes:
        inner = getattr(route, "original_router", None)
        if inner is not None:
            yield from leaf_routes(getattr(inner, "routes", ()))
        else:
            yield route


def methods_for(routes: Sequence[object], path: str) -> list[str]:
    """Every method some route serves on ``path``, sorted; a fixed path (``/v1/images/edits``)
    wins over a template that also matches it (``/v1/images/{id}``)."""
    matching = [
        route
        for route in leaf_routes(routes)
        if getattr(route, "methods", None)
        and (regex := getattr(route, "path_regex", None))
        and regex.match(path)
    ]
    fixed = [route for route in matching if getattr(route, "path", None) == path]
    methods: set[str] = set()
    for route in fixed or matching:
        methods.update(getattr(route, "methods", ()))
    return sorted(methods)


def cached_methods(routes: Sequence[object], size: int = 1024) -> Callable[[str], tuple[str, ...]]:
    """:func:`methods_for` remembered per path (the ``size`` most recent): the access gate asks on
    every request, and walking every route's regex costs more than the rest of a small request."""

    @lru_cache(maxsize=size)
    def served(path: str) -> tuple[str, ...]:
        return tuple(methods_for(routes, path))

    return served


__all__ = ["cached_methods", "leaf_routes", "methods_for"]
