"""Verb frames: the table ``lexicon/verbs.tsv`` of verb forms and what they mean.

A frame says which relation a verb (with its preposition) makes — "sitting on" → ``on``, "riding" →
``rides``, "ridden by" → ``rides`` with the object first — and the pose it gives its subject. A new
verb is a new row there; the parser (:mod:`limner.reason.parse`) applies any frame the same way.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from types import MappingProxyType

from limner.reason.inflect import forms
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
    #: the table's rows
    phrases: Mapping[tuple[str, ...], Frame]
    max_len: int
    #: phrases spelt from an "-ing" row ("watches", "chased", "pulled by"), not written in the table
    derived: Mapping[tuple[str, ...], Frame] = dataclasses.field(default_factory=dict)
    #: of those, the bare forms ("ride", "hold"): a verb only after a plural subject
    bare: frozenset[tuple[str, ...]] = frozenset()

    def get(self, phrase: str) -> Frame | None:
        return self.lookup(tuple(phrase.split()))

    def lookup(self, key: tuple[str, ...]) -> Frame | None:
        """The frame of a row, or of a form spelt from one."""
        return self.phrases.get(key) or self.derived.get(key)


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
    derived, bare = _inflected(table)
    longest = max((len(k) for k in (*table, *derived)), default=1)
    return Frames(MappingProxyType(table), longest, MappingProxyType(derived), frozenset(bare))


def _inflected(
    table: Mapping[tuple[str, ...], Frame],
) -> tuple[dict[tuple[str, ...], Frame], set[tuple[str, ...]]]:
    """The -s, past and bare forms of the table's "-ing" rows, and "<participle> by" (the object first)
    of its one-word rows that take an object: "a cat watches a bird", "two kids ride bikes", "a cart
    pulled by a donkey"; and which of them are bare forms."""
    out: dict[tuple[str, ...], Frame] = {}
    bare: set[tuple[str, ...]] = set()
    for key in sorted(table):
        frame = table[key]
        verb = forms(key[0]) if not frame.inverse and not frame.place else None
        if verb is None:
            continue
        for form in sorted(verb.present | verb.past | verb.base):
            new = (form, *key[1:])
            if new not in table and new not in out:
                out[new] = dataclasses.replace(frame, phrase=" ".join(new))
                if form in verb.base - verb.present - verb.past:
                    bare.add(new)
        if len(key) == 1 and not frame.pose_only:
            for form in sorted(verb.participle):
                new = (form, "by")
                if new not in table:  # "a puppy hugged by a child": done to it, not back
                    passive = dataclasses.replace(frame, phrase=" ".join(new), inverse=True, mutual=False)
                    out.setdefault(new, passive)
    return out, bare


__all__ = ["POSE_ONLY", "Frame", "Frames", "frames"]
