"""On someone's lap: "a girl sitting on her grandfather's lap", "a man with a cat on his lap", "a
baby in her mother's lap".

The parser reads the lap as its owner (the girl is ``on`` the grandfather), which the interaction pass
draws as a ride on the shoulders. A lap is a seated person's thighs: this pass, after the scene is
staged, seats the owner (pose ``sitting``) and moves what is on the lap down to lap height, over the
front of the owner's body, and no taller than :data:`MOST` of the owner; the relation stays ``on``
(``on`` a seated person holds at lap height: plan.geometry.on_lap). Only a person's lap the
prompt names ("X's lap", "on his lap") counts; "on his shoulders" stays a ride on the shoulders.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping, MutableMapping, MutableSequence

from limner.reason.interact import Body
from limner.reason.layout import Box, Link, clean_box

#: Where the lap is: this share of the owner's box from its top (a sitter's lap is at its bottom, on the
#: seat or the ground).
LAP = 0.93
#: What sits on a lap is at most this share of the owner's height.
MOST = 0.32
#: How far towards the owner's front it sits, as a share of the owner's width.
FRONT = 0.12
#: How far it sinks into the lap, as a share of its own height.
SINK = 0.08
_LAP = re.compile(
    r"\b(?:(?P<owner>[a-z]+)'s|(?P<pronoun>his|her|their|my|your|our))\s+laps?\b", re.IGNORECASE
)


def lap_owners(prompt: str) -> tuple[frozenset[str], bool]:
    """The owner words of the laps the prompt names ("grandfather"), and whether a pronoun owns one."""
    owners: set[str] = set()
    pronoun = False
    if "lap" not in prompt.lower():
        return frozenset(), False
    for match in _LAP.finditer(prompt.replace("\u2019", "'")):
        if match["owner"] is not None:
            owners.add(match["owner"].lower())
        else:
            pronoun = True
    return frozenset(owners), pronoun


def _owns(owner: Body, label: str, owners: frozenset[str], pronoun: bool) -> bool:
    words = {owner.noun.lower(), label.lower(), label.lower().rsplit(" ", 1)[-1]}
    return bool(words & owners) or (pronoun and not owners)


def _on_lap(thing: Box, owner: Box, facing: str) -> Box:
    w, h = thing[2] - thing[0], thing[3] - thing[1]
    ow, oh = owner[2] - owner[0], owner[3] - owner[1]
    scale = min(1.0, MOST * oh / h) if h > 0 else 1.0
    w, h = w * scale, h * scale
    cx = (owner[0] + owner[2]) / 2 + (FRONT if facing != "left" else -FRONT) * ow
    y1 = owner[1] + LAP * oh + SINK * h
    cx = min(max(cx, w / 2), 1 - w / 2)
    return clean_box((cx - w / 2, y1 - h, cx + w / 2, y1))


def place_on_laps(
    boxes: MutableMapping[str, Box],
    bodies: Mapping[str, Body],
    links: MutableSequence[Link],
    labels: Mapping[str, str],
    prompt: str,
) -> list[str]:
    """Seat each lap's owner and put what is on the lap on it (see the module); the notes of what moved."""
    owners, pronoun = lap_owners(prompt)
    if not owners and not pronoun:
        return []
    notes: list[str] = []
    for index, link in enumerate(links):
        if link.predicate not in ("on", "in") or not {link.subject, link.object} <= boxes.keys():
            continue
        thing, owner = bodies.get(link.subject), bodies.get(link.object)
        if thing is None or owner is None or owner.category != "person":
            continue
        if not _owns(owner, labels.get(link.object, owner.noun), owners, pronoun):
            continue
        owner.attributes["pose"] = "sitting"
        if thing.category in ("person", "animal"):
            thing.attributes["pose"] = "sitting" if thing.category == "person" else "lying"
        facing = str(owner.attributes.get("facing", "right"))
        boxes[link.subject] = _on_lap(boxes[link.subject], boxes[link.object], facing)
        links[index] = dataclasses.replace(link, predicate="on")  # on the lap: plan.geometry.on_lap
        notes.append(f"{thing.noun} on the {owner.noun}'s lap: the {owner.noun} seated, it at lap height")
    return notes


__all__ = ["lap_owners", "place_on_laps"]
