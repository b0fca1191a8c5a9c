"""Handheld things (a microphone) sized against the people who hold them, before anything is drawn.

The plan sizes a microphone like a lamp: beside a singer it stood a third of the singer's height, on a
stage it lay across the boards as tall as a person. A handheld thing is drawn:

- not at all where a person's art holds one of its own (the singer emoji sings into its microphone)
  and the plan ties it to no one else: that microphone is the one in the singer's hand;
- at :data:`HELD` of its holder's height where someone holds or carries it, or of the tallest
  person's beside it;
- on its stand where it stands on a stage with no one in the picture: as tall as a stand is
  (:data:`STAND` of the canvas's height), drawn in code (:mod:`.micstand`).

Alone in a picture it is left as the plan draws it.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from limner.assets.art import furniture_kind, resolve_art
from limner.plan.model import Element, Plan
from limner.render.builtin.art import art_noun
from limner.render.builtin.micstand import STAND_ASPECT
from limner.render.builtin.seated import can_sit
from limner.render.builtin.stage import STAGES

Box = tuple[float, float, float, float]

#: The handheld things, by the last word of their noun, and the noun of each on its stand.
HANDHELD: Mapping[str, str] = MappingProxyType({"microphone": "microphone stand", "mic": "microphone stand"})
#: Person art that holds a handheld thing of its own (by emoji): the singers hold a microphone.
OWN_HELD: Mapping[str, frozenset[str]] = MappingProxyType(
    dict.fromkeys(("🧑\u200d🎤", "👨\u200d🎤", "👩\u200d🎤"), frozenset({"microphone", "mic"}))
)
#: A held thing's height, a share of its holder's; a stand's, a share of the canvas's height.
HELD = 0.16
STAND = 0.42
HOLDING = frozenset({"holds", "carries"})
STANDING_ON = frozenset({"on", "stacked_on"})


def _kind(element: Element) -> str | None:
    last = element.noun.lower().rsplit(" ", 1)[-1]
    return last if element.kind == "object" and last in HANDHELD else None


def _person(element: Element) -> bool:
    """Whether ``element`` is drawn as a person (a standing figure or a role person drawn whole)."""
    return element.kind == "object" and can_sit(resolve_art(art_noun(element)).emoji)


def _resized(box: Box, tall: float, wide: float) -> Box:
    """``box`` made ``tall`` by ``wide`` (canvas shares), on the same bottom middle."""
    middle = (box[0] + box[2]) / 2
    return (middle - wide / 2, box[3] - tall, middle + wide / 2, box[3])


def _held(element: Element, plan: Plan, people: list[Element]) -> Element | None:
    """``element`` (a handheld thing) as it is drawn, or None when a person's art holds it already."""
    kind = _kind(element)
    assert kind is not None
    tied = {r.subject for r in plan.relations if r.object == element.id}
    tied |= {str(r.object) for r in plan.relations if r.subject == element.id}
    for person in people:
        if kind in OWN_HELD.get(resolve_art(art_noun(person)).emoji, frozenset()) and tied <= {person.id}:
            return None
    holder = next(
        (
            p
            for p in people
            for r in plan.relations
            if r.predicate in HOLDING and (r.subject, r.object) == (p.id, element.id)
        ),
        None,
    )
    x0, y0, x1, y1 = element.box
    shape = (x1 - x0) / max(y1 - y0, 1e-6)
    if holder is not None or people:
        reference = holder or max(people, key=lambda p: (p.box[3] - p.box[1], p.id))
        tall = min(y1 - y0, (reference.box[3] - reference.box[1]) * HELD)
        box = _resized(element.box, tall, tall * shape)
        if holder is not None:  # in the hand: about the hand, where the plan put it
            lift = (y1 - y0 - tall) / 2
            box = (box[0], box[1] - lift, box[2], box[3] - lift)
        return element.model_copy(update={"box": box})
    stages = {e.id for e in plan.elements if furniture_kind(art_noun(e)) in STAGES}
    if any(
        r.subject == element.id and r.predicate in STANDING_ON and r.object in stages for r in plan.relations
    ):
        aspect = plan.canvas.width / plan.canvas.height
        box = _resized(element.box, STAND, STAND * STAND_ASPECT / aspect)
        return element.model_copy(update={"noun": HANDHELD[kind], "box": box})
    return element


def handheld(plan: Plan) -> Plan:
    """``plan`` with its handheld things sized against their holders (see the module), or as it was."""
    if not any(_kind(e) is not None for e in plan.elements):
        return plan
    people = [e for e in plan.elements if _person(e)]
    elements = []
    for element in plan.elements:
        drawn = _held(element, plan, people) if _kind(element) is not None else element
        if drawn is not None:
            elements.append(drawn)
    gone = {e.id for e in plan.elements} - {e.id for e in elements}  # the ones a person's art holds
    relations = [r for r in plan.relations if r.subject not in gone and r.object not in gone]
    return plan.model_copy(update={"elements": elements, "relations": relations})


__all__ = ["HANDHELD", "HELD", "OWN_HELD", "STAND", "handheld"]
