"""Count edits: the table ``lexicon/count_edits.tsv`` of words that change how many things there are.

"now only two apples" sets a count, "one more" / "two fewer cups" adds to it, "double them" multiplies
it. The parser (:mod:`limner.reason.parse`) turns them into ``recount`` operations on the thing they
speak of; the resolver applies them to the scene (or, in an edit, to the base plan's elements).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from types import MappingProxyType

from limner.reason.vocab import tokens_of


@dataclass(frozen=True)
class CountEdit:
    phrase: str
    #: "set", "add" or "multiply"
    how: str
    number: float


@dataclass(frozen=True)
class CountEdits:
    phrases: Mapping[tuple[str, ...], CountEdit]
    max_len: int

    def get(self, phrase: str) -> CountEdit | None:
        return self.phrases.get(tuple(phrase.split()))


@cache
def count_edits() -> CountEdits:
    text = resources.files("limner.reason").joinpath("lexicon", "count_edits.tsv").read_text(encoding="utf-8")
    table: dict[tuple[str, ...], CountEdit] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        phrase, how, number = [*line.split("\t"), "", "", "0"][:3]
        key = tokens_of(phrase)
        table[key] = CountEdit(" ".join(key), how, float(number))
    return CountEdits(MappingProxyType(table), max((len(k) for k in table), default=1))


def new_count(how: str, number: float, current: int) -> int:
    """The count after an edit: "set" to ``number``, "add" ``number``, "multiply" by it."""
    if how == "add":
        return current + int(number)
    if how == "multiply":
        return round(current * number)
    return int(number)


__all__ = ["CountEdit", "CountEdits", "count_edits", "new_count"]
