"""A thing being caught is in the air: "a dog catching a frisbee", "a boy about to catch a ball", "a
dog jumping for a ball", "a girl reaching for a balloon".

The verbs of catching (``verbs.tsv`` rows with predicate ``faces``, listed in ``words.json``
``catch_verbs``) pose what they act on :data:`CAUGHT` while the scene is resolved; once every relation
is known it flies (pose ``flying``), unless something holds it up ("reaching for a book on a shelf":
the book stays on the shelf). The layout (:mod:`limner.reason.thrown`) then puts it at the catcher's
hands, or an animal's mouth, at the size its size class gives it beside the catcher.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING

from limner.assets.anchors import anchor_box, body_kind
from limner.reason.concepts import is_a
from limner.reason.interact import HAND_SCALE, Body
from limner.reason.layout import Box, clean_box
from limner.reason.vocab import SIZE_CLASSES
from limner.reason.wordlists import word_set

if TYPE_CHECKING:
    from limner.reason.frames import Frame
    from limner.reason.resolve import Entity, EntityRelation

#: The pose a verb of catching gives its object while the scene is resolved (settled here).
CAUGHT = "caught"
#: Relations that hold their subject up: a thing so held is not in the air.
_HELD_UP = frozenset({"on", "in", "inside", "hangs_on", "stacked_on", "holds"})
#: Lexicon categories and WordNet classes of living things (they move on their own).
_ALIVE = frozenset({"person", "animal"})
_ALIVE_CONCEPTS = ("person.n.01", "animal.n.01")
#: The size class of a person: a thing's size class is its size beside one.
PERSON = SIZE_CLASSES["large"]


def catches(frame: Frame | None, predicate: str) -> bool:
    """Whether a verb frame is one of catching (see the module)."""
    return frame is not None and predicate == "faces" and frame.phrase in word_set("catch_verbs")


def caught_poses(
    entities: Sequence[Entity],
    relations: Sequence[EntityRelation],
    category: Callable[[Entity], str | None],
) -> Iterator[tuple[Entity, str | None]]:
    """``(entity, pose)`` for each thing a verb of catching posed: ``flying``, or None where held up or
    alive ("a cat catching a mouse": the mouse runs on the ground)."""
    held = {id(r.subject) for r in relations if r.predicate in _HELD_UP and r.subject is not r.object}
    held |= {id(r.object) for r in relations if r.predicate == "holds"}
    for entity in entities:
        if entity.pose == CAUGHT:
            alive = category(entity) in _ALIVE or any(is_a(entity.noun, c) for c in _ALIVE_CONCEPTS)
            yield entity, None if id(entity) in held or alive else "flying"


def in_hand_size(box: Box, thing: Body, catcher: Box, who: Body) -> Box:
    """``box`` shrunk about its centre so its longest side is at most its size class beside the catcher
    (as a held thing's: :data:`~limner.reason.interact.HAND_SCALE` times its size class, of a person's
    height; a catcher smaller in life than a person sees it bigger)."""
    w, h = box[2] - box[0], box[3] - box[1]
    scale = PERSON / who.size if who.size > 0 else 1.0
    cap = HAND_SCALE * thing.size * scale * (catcher[3] - catcher[1])
    if max(w, h) <= cap or max(w, h) <= 0:
        return box
    k = cap / max(w, h)
    cx, cy = (box[0] + box[2]) / 2, (box[1] + box[3]) / 2
    return clean_box((cx - k * w / 2, cy - k * h / 2, cx + k * w / 2, cy + k * h / 2))


def at_mouth(box: Box, catcher: Box, who: Body) -> tuple[float, float]:
    """The centre a caught thing takes at an animal's mouth: just before it, on the side it faces."""
    facing = str(who.attributes.get("facing", "right"))
    mouth = anchor_box(catcher, body_kind(who.category, who.noun), "hand", facing)
    half = (box[2] - box[0]) / 2
    cx = mouth[2] + 0.6 * half if facing != "left" else mouth[0] - 0.6 * half
    return cx, (mouth[1] + mouth[3]) / 2


__all__ = ["CAUGHT", "at_mouth", "catches", "caught_poses", "in_hand_size"]
