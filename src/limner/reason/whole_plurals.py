"""Nouns whose plural names one thing ("curtains", "stairs", "pliers"): with no number word, one element.

``words.json`` ``one_thing_plurals`` maps the singular a plural form is read as (the mention's label,
or its noun) to the plural noun the renderer draws: "red curtains" is one pair of curtains, "a dog on
the stairs" one flight of stairs; "two curtains" and "three stairs" still count.
"""

from __future__ import annotations

from collections.abc import Mapping

from limner.reason.wordlists import word_table


def one_thing_plurals() -> Mapping[str, str]:
    """Singular → the plural noun that names one thing (``words.json`` ``one_thing_plurals``)."""
    return word_table("one_thing_plurals")


def whole_plural(label: str, noun: str) -> str | None:
    """The plural noun a bare plural of ``label`` (read as ``noun``) names as one thing, if any."""
    table = one_thing_plurals()
    return table.get(label) or table.get(noun)


__all__ = ["one_thing_plurals", "whole_plural"]
