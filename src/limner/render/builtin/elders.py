"""Old people: a grandma, a grandpa, an old man or an elderly woman is drawn as the standing figure
(the old-person emoji 👴 👵 🧓 are faces only: drawn whole they were a giant head on legs) with the
old-person face over its head: white hair and a lined face, where the plain figure read as young.

Who is old is read from the element: its noun ("grandma", "old man", "elderly person") or an age
the plan records (``attributes.age``: old, elderly, aged, senior).
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from limner.assets.art import normalize_noun
from limner.plan.model import Element

OLD_MAN, OLD_WOMAN, OLDER_PERSON = "👴", "👵", "🧓"
#: The standing figure's emoji (🧍, 🧍‍♂️, 🧍‍♀️): the figures the face goes on.
STANDING = "🧍"

#: Nouns naming an old person, and the face they wear.
ELDERS: Mapping[str, str] = MappingProxyType(
    {
        "grandfather": OLD_MAN,
        "grandpa": OLD_MAN,
        "granddad": OLD_MAN,
        "grandad": OLD_MAN,
        "old man": OLD_MAN,
        "elderly man": OLD_MAN,
        "grandmother": OLD_WOMAN,
        "grandma": OLD_WOMAN,
        "granny": OLD_WOMAN,
        "nana": OLD_WOMAN,
        "old woman": OLD_WOMAN,
        "old lady": OLD_WOMAN,
        "elderly woman": OLD_WOMAN,
        "elderly lady": OLD_WOMAN,
        "grandparent": OLDER_PERSON,
        "old person": OLDER_PERSON,
        "elderly person": OLDER_PERSON,
        "old people": OLDER_PERSON,
        "elder": OLDER_PERSON,
        "senior citizen": OLDER_PERSON,
        "pensioner": OLDER_PERSON,
        "retiree": OLDER_PERSON,
    }
)
#: Ages a plan may record that make a person old.
OLD_AGES = frozenset({"old", "elderly", "aged", "senior", "older"})
#: The face an old person of each plain noun wears.
_BY_SEX: Mapping[str, str] = MappingProxyType(
    {"man": OLD_MAN, "gentleman": OLD_MAN, "woman": OLD_WOMAN, "lady": OLD_WOMAN}
)
#: Where the face goes over the standing figure's ink (fractions: x0, y0, x1, y1): over its head
#: and hair, a little wider so no young hair shows.
FACE_ON_FIGURE = (0.2, -0.02, 0.8, 0.245)


def elder_face(element: Element) -> str | None:
    """The old-person face ``element`` wears, or None when it is not an old person."""
    if element.kind != "object":
        return None
    noun = normalize_noun(element.noun)
    face = ELDERS.get(noun)
    if face is not None:
        return face
    age = element.attributes.get("age")
    if isinstance(age, str) and age.lower() in OLD_AGES:
        return _BY_SEX.get(noun.rsplit(" ", 1)[-1], OLDER_PERSON)
    return None


def face_box(ink: tuple[float, float, float, float]) -> tuple[float, float, float, float]:
    """The pixel box the face is drawn in, over the head of a standing figure whose ink is ``ink``."""
    x0, y0, x1, y1 = ink
    w, h = x1 - x0, y1 - y0
    fx0, fy0, fx1, fy1 = FACE_ON_FIGURE
    return x0 + w * fx0, y0 + h * fy0, x0 + w * fx1, y0 + h * fy1


__all__ = [
    "ELDERS",
    "FACE_ON_FIGURE",
    "OLDER_PERSON",
    "OLD_AGES",
    "OLD_MAN",
    "OLD_WOMAN",
    "STANDING",
    "elder_face",
    "face_box",
]
