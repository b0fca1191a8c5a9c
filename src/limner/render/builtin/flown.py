"""A flown kite high in the sky: a kite someone holds (flies) is drawn clearly, at least :data:`KITE`
of its flyer's height across, its bottom above the flyer's head (its string then runs up from the
hand, :mod:`.strings`), kept inside the canvas's margins.

The plan can place a kite as small as a held thing ("a boy flying a kite on a hill" shrinks
everything onto the hill's brow, the kite to a speck). Only grows and lifts: a kite already large
and high stays where the plan put it.
"""

from __future__ import annotations

from limner.assets.art import resolve_art
from limner.plan.model import Element, Plan
from limner.render.builtin.art import art_noun

Box = tuple[float, float, float, float]

#: The things flown on a string, by the last word of their noun.
FLOWN = frozenset({"kite"})
#: Relations by which a flyer holds what it flies.
FLYING = frozenset({"holds", "carries", "flies"})
#: A flown kite's least size across (a share of its flyer's height), its gap above the flyer's head
#: (a share of the canvas), and the canvas margin it keeps.
KITE = 0.42
ABOVE = 0.04
#: How far out from the flyer's side the kite's middle is at least (a share of the kite's width).
ASIDE = 1.0
MARGIN = 0.05


def _flown(element: Element) -> bool:
    return element.noun.lower().rsplit(" ", 1)[-1] in FLOWN


def kite_box(kite: Box, flyer: Box, aspect: float) -> Box:
    """Where (canvas shares) a kite planned in ``kite`` goes, flown by one planned in ``flyer``, on a
    canvas ``aspect`` (width / height) wide: grown to :data:`KITE` of the flyer's height (square on
    the canvas), beside the flyer on its side, lifted clear of its head."""
    x0, y0, x1, y1 = kite
    tall = max(y1 - y0, (flyer[3] - flyer[1]) * KITE)
    wide = max(x1 - x0, tall / aspect)
    side = 1.0 if x0 + x1 >= flyer[0] + flyer[2] else -1.0
    middle = (x0 + x1) / 2 + side * max(0.0, (wide - (x1 - x0)) / 2)
    edge = flyer[2] if side > 0 else flyer[0]  # out beside the flyer, its string a reach long
    middle = max(middle, edge + wide * ASIDE) if side > 0 else min(middle, edge - wide * ASIDE)
    middle = min(max(middle, MARGIN + wide / 2), 1.0 - MARGIN - wide / 2)
    bottom = min(y1 + (tall - (y1 - y0)) / 2, flyer[1] - ABOVE)
    top = max(bottom - tall, MARGIN)
    return (middle - wide / 2, top, middle + wide / 2, top + tall)


def flown(plan: Plan) -> Plan:
    """``plan`` with each kite someone flies drawn large and high (see the module), or as it was."""
    kites = {e.id: e for e in plan.elements if e.kind == "object" and _flown(e)}
    if not kites:
        return plan
    by_id = {e.id: e for e in plan.elements}
    aspect = plan.canvas.width / plan.canvas.height
    boxes: dict[str, Box] = {}
    for rel in plan.relations:
        kite, flyer = kites.get(str(rel.object)), by_id.get(rel.subject)
        if rel.predicate in FLYING and kite is not None and flyer is not None and kite.id not in boxes:
            boxes[kite.id] = kite_box(kite.box, flyer.box, aspect)
    if not boxes:
        return plan
    elements = [e.model_copy(update={"box": boxes[e.id]}) if e.id in boxes else e for e in plan.elements]
    return plan.model_copy(update={"elements": elements})


#: The standing figures drawn raising an arm to the kite they fly (their art has an armless form).
RAISERS = frozenset({"🧍", "🧍\u200d♂️", "🧍\u200d♀️"})
#: Relations and poses that take a flyer off its feet (it flies its kite as it is drawn).
OFF_FEET = frozenset({"in", "inside", "rides"})


def raised_flyers(plan: Plan) -> dict[str, Element]:
    """``{flyer: kite}`` for the people standing on their own who fly a kite: drawn raising an arm to
    it, its string from that hand (:mod:`.kiteflyer`)."""
    kites = {e.id: e for e in plan.elements if e.kind == "object" and _flown(e)}
    if not kites:
        return {}
    by_id = {e.id: e for e in plan.elements}
    seated = {r.subject for r in plan.relations if r.predicate in OFF_FEET}
    found: dict[str, Element] = {}
    for rel in plan.relations:
        kite, flyer = kites.get(str(rel.object)), by_id.get(rel.subject)
        if rel.predicate not in FLYING or kite is None or flyer is None or flyer.id in found:
            continue
        standing = flyer.attributes.get("pose") in (None, "standing") and flyer.id not in seated
        if standing and resolve_art(art_noun(flyer)).emoji in RAISERS:
            found[flyer.id] = kite
    return found


__all__ = ["FLOWN", "KITE", "RAISERS", "flown", "kite_box", "raised_flyers"]
