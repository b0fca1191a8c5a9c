"""Verb inflection: the -s, past and passive forms of a verb written in ``verbs.tsv`` as "-ing".

``verbs.tsv`` lists a verb mostly by its "-ing" form ("watching", "picking up"); people also write
"a cat watches a bird", "a dog that chased a cat", "a cart pulled by a donkey". The regular forms are
spelt from the "-ing" form's stem (every spelling the stem allows: "chas|chase", "sitt|sit"; a
spelling that is no word matches nothing); the irregular ones come from ``lexicon/verb_forms.tsv``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from types import MappingProxyType

_VOWELS = frozenset("aeiou")
_SIBILANT_ENDS = ("s", "sh", "ch", "x", "z", "o")


@dataclass(frozen=True)
class Forms:
    """A verb's forms besides "-ing": third person ("watches"), past ("watched"), participle, and the
    bare form a plural subject takes ("two kids ride bikes")."""

    present: frozenset[str]
    past: frozenset[str]
    participle: frozenset[str]
    base: frozenset[str] = frozenset()


@cache
def _irregular() -> Mapping[str, Forms]:
    text = resources.files("limner.reason").joinpath("lexicon", "verb_forms.tsv").read_text(encoding="utf-8")
    out: dict[str, Forms] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        ing, present, past, participle = (line.split("\t") + [""] * 4)[:4]
        base = present[:-2] if present.endswith(("ches", "shes", "sses", "xes")) else present[:-1]
        out[ing] = Forms(
            frozenset({present}), frozenset({past}), frozenset({participle or past}), frozenset({base})
        )
    return MappingProxyType(out)


def _stems(ing: str) -> list[str]:
    """The stems an "-ing" form may come from: "chasing" → chas, chase; "sitting" → sitt, sit."""
    stem = ing[:-3]
    out = [stem]
    if len(stem) >= 3 and stem[-1] == stem[-2] and stem[-1] not in "lsz":
        out.append(stem[:-1])
    if stem and stem[-1] not in _VOWELS and stem[-1] not in "wxy":
        out.append(stem + "e")
    return out


def _third(stem: str) -> str:
    if stem.endswith("y") and len(stem) > 1 and stem[-2] not in _VOWELS:
        return stem[:-1] + "ies"
    if stem.endswith(_SIBILANT_ENDS):
        return stem + "es"
    return stem + "s"


def _past(stem: str) -> str:
    if stem.endswith("e"):
        return stem + "d"
    if stem.endswith("y") and len(stem) > 1 and stem[-2] not in _VOWELS:
        return stem[:-1] + "ied"
    return stem + "ed"


def forms(ing: str) -> Forms | None:
    """The other forms of the verb whose "-ing" form is ``ing``; None for a word that is no "-ing"."""
    known = _irregular().get(ing)
    if known is not None:
        return known
    if not ing.endswith("ing") or len(ing) < 5:
        return None
    stems = _stems(ing)
    regular = frozenset(_past(s) for s in stems)
    return Forms(frozenset(_third(s) for s in stems), regular, regular, frozenset(stems))


__all__ = ["Forms", "forms"]
