"""Someone riding a bicycle is drawn as one picture, the person-biking art (🚴, its gendered forms):
a rider's standing figure set on the bicycle's art stood in its frame, tiny or floating over the
saddle. The bicycle is drawn with the cyclist's art in the box both take together (the bicycle's
width, from the rider's head to the wheels), facing the bicycle's way; the rider is not drawn apart.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from limner.assets.art import resolve_art
from limner.plan.model import Plan
from limner.render.builtin.seated import can_sit

Box = tuple[float, float, float, float]

#: Bicycles' art, and the relations that put someone on one.
BICYCLES = frozenset({"🚲"})
RIDING = frozenset({"rides", "on", "riding"})
#: The cyclist drawn for a rider, by the gender mark in its own art (none: the neutral one).
CYCLISTS: Mapping[str, str] = MappingProxyType({"♀": "🚴\u200d♀️", "♂": "🚴\u200d♂️", "": "🚴"})


@dataclass(frozen=True)
class Cyclist:
    """A bicycle drawn with its rider: the cyclist's emoji, the box (canvas shares), and the rider."""

    emoji: str
    box: Box
    rider: str


def cyclists(plan: Plan) -> dict[str, Cyclist]:
    """``{bicycle id: Cyclist}`` for each bicycle the plan has a person ride (the first rider)."""
    by_id = {e.id: e for e in plan.elements}
    found: dict[str, Cyclist] = {}
    riders: set[str] = set()
    for relation in plan.relations:
        rider, bike = by_id.get(relation.subject), by_id.get(relation.object)
        if rider is None or bike is None or relation.predicate not in RIDING:
            continue
        if bike.id in found or rider.id in riders or resolve_art(bike.noun).emoji not in BICYCLES:
            continue
        emoji = resolve_art(rider.noun).emoji
        if not can_sit(emoji):  # a person's figure (not an animal, not a thing)
            continue
        mark = next((m for m in ("♀", "♂") if m in emoji), "")
        x0, y0, x1, y1 = bike.box
        box = (x0, min(y0, rider.box[1]), x1, y1)
        found[bike.id] = Cyclist(CYCLISTS[mark], box, rider.id)
        riders.add(rider.id)
    return found


__all__ = ["BICYCLES", "CYCLISTS", "Cyclist", "cyclists"]
