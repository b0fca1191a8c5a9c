"""A bound said around a number is the number: "no more than two kites" is two kites, "not fewer than
three ducks" three, never "no kites" (the "no" bounds the count; it does not take the things away)."""

from __future__ import annotations

import re

_BOUND = re.compile(r"\b(?:no|not)\s+(?:more|fewer|less)\s+than\s+(?=[^\W_])", re.IGNORECASE)


def drop_count_bounds(text: str) -> str:
    """``text`` with each "no more / not fewer than" before a number dropped (see the module)."""
    if "than" not in text.lower():
        return text
    return _BOUND.sub("", text)


__all__ = ["drop_count_bounds"]
