"""Request JSON parsed safely: nesting depth bounded before any recursive parse, and no
non-finite numbers (``NaN``, ``Infinity``, or a literal too large for a float such as ``1e999``).

Python's :func:`json.loads` accepts ``NaN``/``Infinity`` (not JSON) and recurses once per level
(thousands of levels exhaust the stack). :func:`check_depth` scans the bytes without recursion
(strings skipped by a regular expression); :func:`loads` then parses and names the first
non-finite number's field as a dotted path.
"""

from __future__ import annotations

import json
import math
import re
from typing import Any

from limner.errors import InvalidRequestError, MalformedRequestError

#: Deepest nesting of arrays and objects accepted in a request body.
MAX_DEPTH = 64
#: Strings (escapes included) and brackets: what the depth scan looks at.
_TOKENS = re.compile(rb'"(?:[^"\\]|\\.)*"|[\[\]{}]', re.DOTALL)


class _NonFinite:
    """Stands in for a non-finite number while the parsed body is searched for it."""

    def __init__(self, text: str) -> None:
        self.text = text


def json_depth(body: bytes, limit: int = MAX_DEPTH) -> int:
    """The nesting depth of ``body`` (brackets inside strings ignored), at most ``limit + 1``."""
    depth = deepest = 0
    for match in _TOKENS.finditer(body):
        token = match.group()
        if token in (b"[", b"{"):
            depth += 1
            if depth > deepest:
                deepest = depth
                if deepest > limit:
                    return deepest
        elif token in (b"]", b"}"):
            depth -= 1
    return deepest


def check_depth(body: bytes, limit: int = MAX_DEPTH) -> None:
    """400 ``json_too_deep`` when arrays and objects nest deeper than ``limit``."""
    if body.count(b"[") + body.count(b"{") <= limit:
        return  # too few brackets to nest that deep: no scan (base64 uploads have none)
    if json_depth(body, limit) > limit:
        raise MalformedRequestError(
            f"the JSON body nests arrays and objects deeper than {limit} levels", code="json_too_deep"
        )


def _constant(text: str) -> _NonFinite:
    return _NonFinite(text)


def _float(text: str) -> float | _NonFinite:
    value = float(text)
    return value if math.isfinite(value) else _NonFinite(text)


def _find(value: Any, path: tuple[str, ...]) -> tuple[tuple[str, ...], str] | None:
    """The path of the first non-finite stand-in in ``value`` (depth already bounded)."""
    if isinstance(value, _NonFinite):
        return path, value.text
    if isinstance(value, dict):
        for key, item in value.items():
            found = _find(item, (*path, str(key)))
            if found is not None:
                return found
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found = _find(item, (*path, str(index)))
            if found is not None:
                return found
    return None


def loads(body: bytes | str, limit: int = MAX_DEPTH) -> Any:
    """Parse a request body: 400 when it is not JSON or nests too deep, 422 naming the field of
    a non-finite number."""
    raw = body.encode() if isinstance(body, str) else body
    check_depth(raw, limit)
    stand_ins: list[_NonFinite] = []

    def constant(text: str) -> _NonFinite:
        stand_ins.append(_constant(text))
        return stand_ins[-1]

    def number(text: str) -> float | _NonFinite:
        value = _float(text)
        if isinstance(value, _NonFinite):
            stand_ins.append(value)
        return value

    try:
        value = json.loads(raw, parse_constant=constant, parse_float=number)
    except (ValueError, UnicodeDecodeError) as exc:
        raise MalformedRequestError(f"the body is not valid JSON: {exc}") from exc
    found = _find(value, ()) if stand_ins else None  # the walk only when one was parsed
    if found is not None:
        path, text = found
        param = ".".join(path) or None
        where = f"{param}: " if param else ""
        raise InvalidRequestError(
            f"{where}{text} is not a finite number (NaN and Infinity are not allowed)", param=param
        )
    return value


__all__ = ["MAX_DEPTH", "check_depth", "json_depth", "loads"]
