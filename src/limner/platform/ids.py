"""Prefixed random identifiers: ``plan_…``, ``gen_…``, ``img_…``, ``req_…``."""

from __future__ import annotations

import re
import secrets

#: Prefixes in use (API.md): every public id starts with one of these and an underscore.
PREFIXES = frozenset({"plan", "gen", "img", "ref", "key", "req", "acct", "led"})

_ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyz"
_LENGTH = 24  # 36**24 ≈ 2**124: collisions are not a concern
_ID = re.compile(r"^[a-z]+_[0-9A-Za-z_-]{1,64}$")


def new_id(prefix: str) -> str:
    """A fresh id such as ``gen_3k9x…``, drawn from ``secrets``."""
    if prefix not in PREFIXES:
        raise ValueError(f"unknown id prefix {prefix!r}")
    return prefix + "_" + "".join(secrets.choice(_ALPHABET) for _ in range(_LENGTH))


def looks_like_id(value: str, prefix: str) -> bool:
    """Whether ``value`` is shaped like an id with ``prefix`` (not whether it exists)."""
    return value.startswith(prefix + "_") and _ID.match(value) is not None


__all__ = ["PREFIXES", "looks_like_id", "new_id"]
