"""Prefixed identifiers: ``plan_…``, ``gen_…``, ``img_…``, ``req_…``.

An id is 9 base-36 characters of the creation time in milliseconds, then 15 random ones
(36**15 ≈ 2**77 per millisecond). Ids made later sort after earlier ones, so lists that order by
``(created, id)`` — ``created`` is in whole seconds — keep creation order inside one second too.
"""

from __future__ import annotations

import re
import secrets
import time

#: Prefixes in use (API.md): every public id starts with one of these and an underscore.
PREFIXES = frozenset({"plan", "gen", "img", "ref", "key", "req", "acct", "led"})

_ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyz"
_LENGTH = 24
_TIME_LENGTH = 9  # 36**9 ms ≈ 3,200 years from 1970
_ID = re.compile(r"^[a-z]+_[0-9A-Za-z_-]{1,64}$")


#: Random bytes below this map evenly onto the alphabet (252 = 7 × 36); the rest are redrawn.
_EVEN = 256 - 256 % len(_ALPHABET)


#: Byte → its character (``byte % 36``), and the bytes redrawn (at or above ``_EVEN``): one
#: ``bytes.translate`` maps a batch of random bytes (ids are made several times a request).
_TO_CHARS = bytes(ord(_ALPHABET[b % len(_ALPHABET)]) for b in range(256))
_REDRAWN = bytes(range(_EVEN, 256))


def _base36(value: int, width: int) -> str:
    digits: list[str] = []
    for _ in range(width):
        value, digit = divmod(value, 36)
        digits.append(_ALPHABET[digit])
    return "".join(reversed(digits))


def new_id(prefix: str, *, now_ms: int | None = None) -> str:
    """A fresh id such as ``gen_mj3k9x2a1…``: the time, then characters drawn from ``secrets``
    (one system call for all of them, not one per character: ids are made on every request)."""
    if prefix not in PREFIXES:
        raise ValueError(f"unknown id prefix {prefix!r}")
    stamp = _base36(time.time_ns() // 1_000_000 if now_ms is None else now_ms, _TIME_LENGTH)
    random_length = _LENGTH - _TIME_LENGTH
    chars = b""
    while len(chars) < random_length:
        chars += secrets.token_bytes(2 * random_length).translate(_TO_CHARS, _REDRAWN)
    return prefix + "_" + stamp + chars[:random_length].decode("ascii")


def looks_like_id(value: str, prefix: str) -> bool:
    """Whether ``value`` is shaped like an id with ``prefix`` (not whether it exists)."""
    return value.startswith(prefix + "_") and _ID.match(value) is not None


__all__ = ["PREFIXES", "looks_like_id", "new_id"]
