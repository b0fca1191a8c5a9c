"""``lexicon/words.json``, read and parsed once per process: the word lists and small tables every
stage of the reasoner looks things up in (colour modifiers, text markers, airborne and held things,
plurals that name one thing …)."""

from __future__ import annotations

import json
from collections.abc import Mapping
from functools import cache
from importlib import resources
from types import MappingProxyType
from typing import Any


@cache
def words() -> Mapping[str, Any]:
    """The whole document, read-only at its top level (callers never change what it holds)."""
    text = resources.files("limner.reason").joinpath("lexicon", "words.json").read_text(encoding="utf-8")
    return MappingProxyType(json.loads(text))


@cache
def word_set(key: str) -> frozenset[str]:
    """The list under ``key`` as a set (empty when absent)."""
    return frozenset(words().get(key, []))


@cache
def word_table(key: str) -> Mapping[str, str]:
    """The string → string table under ``key`` (empty when absent)."""
    return MappingProxyType({str(k): str(v) for k, v in words().get(key, {}).items()})


__all__ = ["word_set", "word_table", "words"]
