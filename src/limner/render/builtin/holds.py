"""How a pair of people the plan joins hold each other: in a dance hold, hand in hand side by side, or
(anything else two people do touching: hugging, kissing, shaking hands) turned to face each other.

The plan joins them with one relation whatever they do ("touches"); a relation that names the hold
("dances_with", "holds_hands") says it, else the words of the sentence that brought them do: a
dance verb ("dancing", "waltzing", "a tango") is a dance hold, holding hands ("holding hands",
"hand in hand", "holding her hand") is a walk side by side.
"""

from __future__ import annotations

import re
from typing import Literal

from limner.plan.model import Element, Plan

Hold = Literal["dance", "hands", "face"]

#: Relations that name the hold themselves.
PREDICATES: dict[str, Hold] = {"dances_with": "dance", "holds_hands": "hands"}
#: Words (their starts) that make the pair dance: the verb and the dances danced in pairs.
DANCES = (
    "danc",
    "waltz",
    "tango",
    "salsa",
    "foxtrot",
    "ballroom",
    "rumba",
    "samba",
    "quickstep",
    "jive",
    "polka",
    "bachata",
    "swing danc",
)
_DANCE = re.compile(r"\b(?:" + "|".join(DANCES) + r")")
#: Holding hands: "holding hands", "hold hands", "hand in hand", "holding her hand", "holding the
#: child's hand", "hands joined".
_HANDS = re.compile(r"\bhand in hand\b|\bhold(?:s|ing)? (?:\w+(?:'s)? ){0,2}hands?\b|\bhands? joined\b")


def hold_of(plan: Plan, a: Element, b: Element, predicate: str) -> Hold:
    """How the pair ``a`` and ``b``, joined by ``predicate``, hold each other."""
    if predicate in PREDICATES:
        return PREDICATES[predicate]
    texts = {s.index: s.text.lower() for s in plan.sentences}
    brought = sorted({i for i in (a.sentence, b.sentence) if i is not None})
    said = " ".join(texts.get(i, "") for i in brought)
    if _DANCE.search(said):
        return "dance"
    if _HANDS.search(said):
        return "hands"
    return "face"


__all__ = ["DANCES", "PREDICATES", "Hold", "hold_of"]
