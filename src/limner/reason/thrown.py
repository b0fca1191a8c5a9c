"""A thrown thing flies at hand height: "a boy throwing a ball at his dog" draws the ball in the air
between the boy and the dog, "kids throwing snowballs" each snowball in the air before its thrower —
not on the ground at their feet, nor in the sky over their heads.

The parser marks what a verb of throwing sends (``aimed_verbs`` "thrown") with pose ``flying``; this
pass, after the scene is staged, moves each such thing to the height of its thrower's hands: midway
between thrower and target where the prompt names a target (the ``between`` relation), else just in
front of the thrower, on the side it faces.
"""

from __future__ import annotations

from collections.abc import Mapping, MutableMapping, Sequence

from limner.reason.caught import at_mouth, in_hand_size
from limner.reason.interact import Body
from limner.reason.layout import Box, Link, clean_box

#: Where a hand is when it throws, as a share of the thrower's height from its top.
HAND = 0.42
#: The gap a thrown thing flies in, in its own widths.
GAP = 1.6
#: Living throwers (lexicon categories).
_THROWERS = frozenset({"person", "animal"})


def _thrown(body: Body | None) -> bool:
    return body is not None and body.attributes.get("pose") == "flying" and body.category not in _THROWERS


def _at(box: Box, cx: float, cy: float) -> Box:
    w, h = box[2] - box[0], box[3] - box[1]
    cx = min(max(cx, w / 2), 1 - w / 2)
    return clean_box((cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2))


def _linked(links: Sequence[Link], thing: str) -> set[str]:
    """What other relations tie (besides those of the throw): such things are not moved apart."""
    out: set[str] = set()
    for link in links:
        ids = {link.subject, link.object, *([link.object2] if link.object2 else [])}
        if thing not in ids:
            out |= ids
    return out


def _make_room(
    boxes: MutableMapping[str, Box], thrower: str, target: str, width: float, tied: set[str]
) -> None:
    """Open a gap of :data:`GAP` thing widths between thrower and target where they stand closer, moving
    the target (or else the thrower) outward, within the canvas; things other relations tie stay."""
    t, g = boxes[thrower], boxes[target]
    right = (g[0] + g[2]) >= (t[0] + t[2])
    gap = g[0] - t[2] if right else t[0] - g[2]
    need = GAP * width - gap
    for who, sign in ((target, 1.0 if right else -1.0), (thrower, -1.0 if right else 1.0)):
        if need <= 0 or who in tied:
            continue
        box = boxes[who]
        room = 1.0 - box[2] if sign > 0 else box[0]
        step = max(0.0, min(need, room))
        boxes[who] = clean_box((box[0] + sign * step, box[1], box[2] + sign * step, box[3]))
        need -= step


def place_thrown(
    boxes: MutableMapping[str, Box], bodies: Mapping[str, Body], links: Sequence[Link]
) -> list[str]:
    """Move each thrown thing to its thrower's hand height (see the module); the notes of what moved."""
    notes: list[str] = []
    for link in links:
        if link.predicate == "between" and link.object2 is not None and _thrown(bodies.get(link.subject)):
            thing, thrower, target = link.subject, link.object, link.object2
        elif link.predicate == "faces" and _thrown(bodies.get(link.object)):
            thing, thrower, target = link.object, link.subject, None
        else:
            continue
        who = bodies.get(thrower)
        if who is None or who.category not in _THROWERS or not {thing, thrower} <= boxes.keys():
            continue
        t = boxes[thrower]
        boxes[thing] = in_hand_size(boxes[thing], bodies[thing], t, who)  # a ball, not a boulder
        hand = t[1] + HAND * (t[3] - t[1])
        if target is not None and target in boxes:
            _make_room(boxes, thrower, target, boxes[thing][2] - boxes[thing][0], _linked(links, thing))
            t, g = boxes[thrower], boxes[target]
            right = (g[0] + g[2]) >= (t[0] + t[2])
            near, far = (t[2], g[0]) if right else (t[0], g[2])
            cx = (near + far) / 2
        elif who.category == "animal":  # "a dog catching a frisbee": at its mouth
            cx, hand = at_mouth(boxes[thing], t, who)
        else:
            w = boxes[thing][2] - boxes[thing][0]
            right = who.attributes.get("facing", "right") != "left"
            cx = t[2] + 0.6 * w if right else t[0] - 0.6 * w
        boxes[thing] = _at(boxes[thing], cx, hand)
        notes.append(f"{bodies[thing].noun} in the air at the {who.noun}'s hand height")
    return notes


__all__ = ["HAND", "place_thrown"]
