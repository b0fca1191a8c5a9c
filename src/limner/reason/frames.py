"""Verb frames: the table ``lexicon/verbs.tsv`` of verb forms and what they mean.

A frame says which relation a verb (with its preposition) makes — "sitting on" → ``on``, "riding" →
``rides``, "ridden by" → ``rides`` with the object first — and the pose it gives its subject. A new
verb is a new row there; the parser (:mod:`limner.reason.parse`) applies any frame the same way.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from types import MappingProxyType

from limner.reason.vocab import tokens_of

#: ``predicate`` of a frame that only says how its subject is ("a dog running").
POSE_ONLY = "-"


@dataclass(frozen=True)
class Frame:
    phrase: str
    predicate: str
    pose: str | None
    #: "a horse ridden by a knight": the object comes first.
    inverse: bool = False
    #: "two kids holding hands": with no object, the things just named do it to each other.
    mutual: bool = False
    #: "a cup on a book on a table": a bare preposition; its subject is the thing just named, even when
    #: that thing is the object of the place before it (the book is on the table).
    place: bool = False

    @property
    def pose_only(self) -> bool:
        return self.predicate == POSE_ONLY


@dataclass(frozen=True)
class Frames:
    phrases: Mapping[tuple[str, ...], Frame]
    max_len: int

    def get(self, phrase: str) -> Frame | None:
        return self.phrases.get(tuple(phrase.split()))


@cache
def frames() -> Frames:
    """The verb frames, keyed by their token tuples."""
    text = resources.files("limner.reason").joinpath("lexicon", "verbs.tsv").read_text(encoding="utf-8")
    table: dict[tuple[str, ...], Frame] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        phrase, predicate, pose, flags = (line.split("\t") + [""] * 4)[:4]
        key = tokens_of(phrase)
        table[key] = Frame(
            phrase=" ".join(key),
            predicate=predicate,
            pose=pose or None,
            inverse="inverse" in flags.split(","),
            mutual="mutual" in flags.split(","),
            place="place" in flags.split(","),
        )
    return Frames(MappingProxyType(table), max((len(k) for k in table), default=1))


__all__ = ["POSE_ONLY", "Frame", "Frames", "frames"]
