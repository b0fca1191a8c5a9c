"""Which way the built-in art looks, so ``attributes.facing`` can mirror it.

Animals and vehicles face left in both art sets (the Unicode convention); the exceptions are listed
by file, per set. Front-facing art (people, faces) mirrors harmlessly.
"""

from __future__ import annotations

from limner.plan.model import Element
from limner.render.builtin.artset import FLUENT, art_set

#: Fluent Emoji Flat drawings (by OpenMoji file name) whose subject faces right.
FLUENT_RIGHT_FACING = frozenset({"2708.svg"})  # airplane
#: OpenMoji files whose subject faces right.
RIGHT_FACING = frozenset(
    {
        "1F408.svg",  # cat
        "1F41F.svg",  # fish
        "1F988.svg",  # shark
        "1F40C.svg",  # snail
        "1F995.svg",  # sauropod
        "1F426.svg",  # bird
        "1F40A.svg",  # crocodile
        "2708.svg",  # airplane
    }
)


def art_facing(file: str) -> str:
    """ "left" or "right": the way the art in ``file`` looks when drawn unmirrored."""
    right = FLUENT_RIGHT_FACING if art_set(file) == FLUENT else RIGHT_FACING
    return "right" if file in right else "left"


def mirrored(element: Element, file: str, default: str | None = None) -> bool:
    """True when the element asks to face the other way from its art. ``default`` is the facing
    assumed when the plan gives none (figures whose anchors the reasoner placed facing right)."""
    facing = element.attributes.get("facing", default)
    return facing in {"left", "right"} and facing != art_facing(file)


__all__ = ["FLUENT_RIGHT_FACING", "RIGHT_FACING", "art_facing", "mirrored"]
