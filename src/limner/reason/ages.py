"""People drawn by age: beside a grown-up, a child is drawn smaller ("a mother and her child walking
in the park", "a father holding his son's hand", "a woman with two kids"), standing on the same
ground. Children alone, or beside people of no stated age ("a boy and his friend"), keep their size.

Which nouns are children and which grown-ups is data (``words.json``, ``ages``).
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from typing import TYPE_CHECKING

from limner.reason.wordlists import words

if TYPE_CHECKING:
    from limner.reason.resolve import Entity

#: A child's height beside a grown-up's (a school-age child stands about two thirds as tall).
CHILD_HEIGHT = 0.66


@cache
def _ages() -> tuple[frozenset[str], frozenset[str]]:
    table = words().get("ages", {})
    return frozenset(table.get("children", [])), frozenset(table.get("adults", []))


def child_scale(entity: Entity, live: Iterable[Entity]) -> float:
    """How much smaller than its noun's size ``entity`` is drawn: :data:`CHILD_HEIGHT` for a child
    among grown-ups, else 1."""
    children, adults = _ages()
    if entity.kind != "object" or entity.noun not in children:
        return 1.0
    grown = any(e.alive and e.kind == "object" and e.noun in adults and e is not entity for e in live)
    return CHILD_HEIGHT if grown else 1.0


__all__ = ["CHILD_HEIGHT", "child_scale"]
