"""Pydantic validation errors → :class:`~limner.errors.InvalidRequestError` with a dotted ``param``."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from pydantic import ValidationError

from limner.errors import InvalidRequestError

#: Names pydantic puts into ``loc`` for the member of a union that failed; not part of the path.
_UNION_TAGS = frozenset({"str", "int", "float", "bool", "none", "list", "dict", "tuple", "ReferenceItem"})
_LOC_SOURCES = frozenset({"body", "query", "path", "header", "cookie"})
_VALUE_ERROR_PREFIX = "Value error, "


def param_from_loc(loc: Sequence[str | int]) -> str | None:
    """``("body", "plan", "elements", 0, "box")`` → ``"plan.elements.0.box"``; ``None`` for the body."""
    parts = list(loc)
    if parts and parts[0] in _LOC_SOURCES:
        parts = parts[1:]
    kept = [str(p) for p in parts if not _is_tag(p)]
    return ".".join(kept) or None


def error_message(error: Mapping[str, Any]) -> str:
    message = str(error.get("msg", "invalid value"))
    return message.removeprefix(_VALUE_ERROR_PREFIX)


def describe(error: Mapping[str, Any]) -> tuple[str | None, str]:
    """``(param, detail)`` for one pydantic error."""
    param = param_from_loc(tuple(error.get("loc", ())))
    message = error_message(error)
    return param, f"{param}: {message}" if param else message


def _is_tag(part: str | int) -> bool:
    return isinstance(part, str) and (part in _UNION_TAGS or "[" in part)


def _union_prefix(loc: Sequence[str | int]) -> tuple[str | int, ...]:
    for i, part in enumerate(loc):
        if _is_tag(part):
            return tuple(loc[:i])
    return tuple(loc)


def primary_first(errors: Iterable[Mapping[str, Any]]) -> list[Mapping[str, Any]]:
    """Errors with the most telling one first.

    When a value fits no member of a union, pydantic reports one error per member; the one
    that got past the type check (e.g. an object with a bad ``id``) says more than "not a string".
    """
    items = list(errors)
    if not items:
        return items
    prefix = _union_prefix(tuple(items[0].get("loc", ())))
    siblings = [e for e in items if _union_prefix(tuple(e.get("loc", ()))) == prefix]
    telling = [e for e in siblings if not str(e.get("type", "")).endswith("_type")]
    if telling and telling[0] is not items[0]:
        items.remove(telling[0])
        items.insert(0, telling[0])
    return items


def invalid_request_from_errors(errors: Iterable[Mapping[str, Any]]) -> InvalidRequestError:
    """The first error names ``param``; the detail says how many more there are."""
    items = primary_first(errors)
    if not items:
        return InvalidRequestError("invalid request")
    param, detail = describe(items[0])
    if len(items) > 1:
        detail += f" (and {len(items) - 1} more)"
    return InvalidRequestError(detail, param=param)


def invalid_request(exc: ValidationError) -> InvalidRequestError:
    """For in-process callers (the CLI): ``InvalidRequestError`` from a body that failed to validate."""
    return invalid_request_from_errors(exc.errors(include_url=False))


__all__ = [
    "describe",
    "error_message",
    "invalid_request",
    "invalid_request_from_errors",
    "param_from_loc",
    "primary_first",
]
