"""Nouns whose plural names one thing ("curtains", "stairs", "pliers"): with no number word, one element.

``words.json`` ``one_thing_plurals`` maps the singular a plural form is read as (the mention's label,
or its noun) to the plural noun the renderer draws: "red curtains" is one pair of curtains, "a dog on
the stairs" one flight of stairs; "two curtains" and "three stairs" still count.
"""

from __future__ import annotations

from collections.abc import Mapping

from limner.reason.concepts import concept
from limner.reason.wordlists import word_table


def one_thing_plurals() -> Mapping[str, str]:
    """Singular → the plural noun that names one thing (``words.json`` ``one_thing_plurals``)."""
    return word_table("one_thing_plurals")


def whole_plural(label: str, noun: str) -> str | None:
    """The plural noun a bare plural of ``label`` (read as ``noun``) names as one thing, if any."""
    table = one_thing_plurals()
    return table.get(label) or table.get(noun)


def worn_plural(label: str, noun: str) -> str | None:
    """The worn thing a bare plural of ``label`` names when a person wears it ("glasses": spectacles)."""
    table = word_table("worn_plurals")
    return table.get(label) or table.get(noun)


def one_pair(noun: str, label: str, plural: bool) -> bool:
    """Whether "a pair of" before ``noun`` (read from ``label``, a plural form when ``plural``) names one
    thing, as WordNet has it: a lemma that is itself a plural form ("a pair of tongs", "binoculars",
    "goggles"), or one WordNet also names "pair of …" ("a pair of tweezers"). "A pair of shoes" and
    "a pair of dice" stay two."""
    if plural:
        return any(_lemma_is(f"pair of {label}{end}") for end in ("s", "es"))
    return noun.endswith("s") and not noun.endswith(("ss", "us", "is", "os", "as")) and _lemma_is(noun)


def _lemma_is(phrase: str) -> bool:
    found = concept(phrase)
    return found is not None and found.lemma == phrase


__all__ = ["one_pair", "one_thing_plurals", "whole_plural", "worn_plural"]
