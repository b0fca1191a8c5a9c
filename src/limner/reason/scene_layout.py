"""Stage 5 for a new scene, after the solve's input is composed: natural groups, interactions, ground.

1. :func:`solve_natural` folds each unarranged group into one seeded natural arrangement
   (:mod:`limner.reason.natural`), solves (:mod:`limner.reason.layout`) and unfolds it; where that
   would break one of the group's relations, it solves again without folding;
2. :func:`interact_and_stage` settles interactions (:mod:`limner.reason.interact`), then either centres
   the composition (a plain backdrop) or stands grounded things on the ground band of the backdrop
   (:mod:`limner.reason.stage`), then frames closer on small subjects of big supports
   (:mod:`limner.reason.prominence`), never breaking a relation that held.
"""

from __future__ import annotations

from collections.abc import Mapping

from limner.plan.geometry import relation_holds
from limner.plan.model import Background, Element, Relation
from limner.reason.compose import TARGET_SIZE, Composition, layout_items
from limner.reason.interact import Body, settle
from limner.reason.layout import Box, LayoutResult, Link, clean_box, solve
from limner.reason.lineup import LARGEST, Lining, line_up
from limner.reason.natural import fold, kind_shape, unfold
from limner.reason.overhead import overhead_ways
from limner.reason.prominence import make_prominent
from limner.reason.resolve import ResolvedScene
from limner.reason.stage import airborne_nouns, aloft_nouns, depth_z, flown_nouns, ground
from limner.reason.vocab import Lexicon

#: Poses that put a thing on the ground, even one drawn in the air by default (a dragon, a kite).
GROUND_POSES = frozenset({"standing", "sitting", "lying", "walking", "running", "parked", "resting"})


def bodies(composition: Composition, lex: Lexicon) -> dict[str, Body]:
    """What the interaction and staging passes know of each draft: noun, category, attributes (shared,
    so facing set there reaches the plan), and whether it is in the air (flying, at the top, an
    ``airborne`` noun, or text)."""
    airborne, aloft, flown = airborne_nouns(), aloft_nouns(), flown_nouns()
    out: dict[str, Body] = {}
    for draft in composition.drafts:
        info = lex.nouns.get(draft.noun)
        pose = draft.attributes.get("pose")
        flying = pose == "flying" or draft.attributes.get("position") == "top"
        grounded = pose in GROUND_POSES  # "a dragon standing", "a dragon fighting a knight": on the ground
        out[draft.id] = Body(
            noun=draft.noun,
            category=info.category if info is not None else "object",
            attributes=draft.attributes,
            airborne=flying or (draft.noun in airborne and not grounded) or draft.kind == "text",
            aloft=draft.noun in aloft,
            flown=draft.noun in flown,
            overhead=overhead_ways().get(draft.noun, ""),
            size=info.size if info is not None else Body.size,
        )
    return out


def solve_natural(
    scene: ResolvedScene,
    composition: Composition,
    bodies: Mapping[str, Body],
    background: Background,
    seed: int,
) -> tuple[LayoutResult, dict[str, str]]:
    """Solve with each unarranged group folded into a natural arrangement (seeded); where an unfolded
    group would break one of its relations, solve again without folding."""
    items = layout_items(composition.drafts)
    groups = []
    for entity in scene.entities:
        ids = composition.ids.get(entity.key, [])
        if entity.alive and entity.kind == "object" and entity.arrangement is None and len(ids) > 1:
            airborne = all(bodies[i].airborne for i in ids if i in bodies)
            bunched = airborne and all(bodies[i].aloft for i in ids if i in bodies)
            groups.append((tuple(ids), airborne, kind_shape(entity.noun, bunched)))
    depth = background.horizon is not None
    folded_items, folded_links, folds = fold(items, composition.links, groups, depth, seed)
    if not folds:
        return solve(items, composition.links), {}
    result = solve(folded_items, folded_links)
    fixed_z = {
        i
        for k in composition.links
        if k.predicate in ("in front of", "behind")
        for i in (k.subject, k.object)
    }
    unfold(
        result.boxes,
        result.z,
        folds,
        depth_z=depth and not any(m in fixed_z for f in folds for m in f.members),
    )
    relations = checked_relations(composition.links, result.boxes)
    if len(honoured(composition, relations, result.boxes, result.z)) < len(relations):
        return solve(items, composition.links), {}
    for f in folds:
        result.notes.append(f"{len(f.members)} × {bodies[f.item].noun} drawn naturally: {f.shape}")
    return result, {m: f.item for f in folds for m in f.members}


def checked_relations(links: list[Link], boxes: Mapping[str, Box]) -> list[Relation]:
    return [
        Relation(subject=k.subject, predicate=k.predicate, object=k.object, object2=k.object2)
        for k in links
        if k.predicate != "text"
        and not k.internal
        and all(i is None or i in boxes for i in (k.subject, k.object, k.object2))
    ]


def honoured(
    composition: Composition, relations: list[Relation], boxes: Mapping[str, Box], z: Mapping[str, int]
) -> set[int]:
    """Indexes of ``relations`` the boxes honour (as the plan will be checked, after rounding)."""
    # only the things a relation names are checked: no element for the others (asked often)
    named = {i for rel in relations for i in (rel.subject, rel.object, rel.object2) if i is not None}
    elements = {
        d.id: Element(
            id=d.id, noun=d.noun, attributes=d.attributes, box=clean_box(boxes[d.id]), z=z.get(d.id, 1)
        )
        for d in composition.drafts
        if d.id in boxes and d.id in named
    }
    return {n for n, rel in enumerate(relations) if relation_holds(rel, elements)}


def interact_and_stage(
    result: LayoutResult,
    composition: Composition,
    background: Background,
    bodies: Mapping[str, Body],
    together: Mapping[str, str],
    rows: int = 0,
    seed: int = 0,
    aspect: float = 1.0,
) -> None:
    """Interactions settle (contact, anchors, facing); then grounded things stand on the ground band —
    lined up along it in up to ``rows`` rows (:mod:`limner.reason.lineup`) where the prompt allows and
    every relation still holds; then small subjects on big supports are made prominent
    (:mod:`limner.reason.prominence`, ``aspect`` the canvas's width / height). The boxes are rounded
    once, when every pass has moved them."""
    links = [link for link in composition.links if link.predicate != "text"]
    settle(result.boxes, bodies, links, result.notes)
    if background.horizon is None:
        _prominent(result, composition, bodies, links, aspect, crop=False)
        if not any(d.position for d in composition.drafts):
            recentre(result)
    else:
        if not (
            rows
            and _line_up(
                result,
                composition,
                background.horizon,
                bodies,
                together,
                links,
                Lining(rows, 0.0, seed, _landscape(background)),
            )
        ):
            _stage(result, composition, background.horizon, bodies, together, links)
        _prominent(result, composition, bodies, links, aspect, crop=True)
    for key, box in result.boxes.items():
        result.boxes[key] = clean_box(box)


def _landscape(background: Background) -> bool:
    """A place the prompt named, under a sky (the ocean, the mountains; not a room, not the default
    stage)."""
    return background.setting is not None and any(layer.kind == "sky" for layer in background.layers)


def _stage(
    result: LayoutResult,
    composition: Composition,
    horizon: float,
    bodies: Mapping[str, Body],
    together: Mapping[str, str],
    links: list[Link],
) -> None:
    relations = checked_relations(links, result.boxes)
    before = honoured(composition, relations, result.boxes, result.z)

    def still_holds(boxes: Mapping[str, Box]) -> bool:
        return before <= honoured(composition, relations, boxes, result.z)

    def grounded(element_id: str) -> bool:
        return element_id in bodies and not bodies[element_id].airborne

    ground(result.boxes, horizon, grounded, links, still_holds, result.notes, together)
    depth_z(result.z, result.boxes, grounded, links, together)


def _prominent(
    result: LayoutResult,
    composition: Composition,
    bodies: Mapping[str, Body],
    links: list[Link],
    aspect: float,
    crop: bool,
) -> None:
    relations = checked_relations(links, result.boxes)
    before = honoured(composition, relations, result.boxes, result.z)

    def still_holds(boxes: Mapping[str, Box]) -> bool:
        return before <= honoured(composition, relations, boxes, result.z)

    make_prominent(result, composition, bodies, aspect, still_holds, crop)


def _line_up(
    result: LayoutResult,
    composition: Composition,
    horizon: float,
    bodies: Mapping[str, Body],
    together: Mapping[str, str],
    links: list[Link],
    lining: Lining,
) -> bool:
    """Line the things up on the ground (:func:`limner.reason.lineup.line_up`) if every relation the
    layout honoured still holds there; whether it did."""
    relations = checked_relations(links, result.boxes)
    before = honoured(composition, relations, result.boxes, result.z)

    def grounded(element_id: str) -> bool:
        return element_id in bodies and not bodies[element_id].airborne

    drafted = sorted(
        (result.boxes[d.id][2] - result.boxes[d.id][0]) / d.w
        for d in composition.drafts
        if d.id in result.boxes and d.w > 0
    )
    scale = drafted[len(drafted) // 2] if drafted else 1.0  # the solver's common scale
    notes: list[str] = []
    limit = LARGEST / TARGET_SIZE / max(scale, 1e-6)
    lining = Lining(lining.rows, limit, lining.seed, lining.landscape)
    moved = line_up(result.boxes, horizon, grounded, links, together, lining, notes)
    if not moved:
        return False
    trial = {**result.boxes, **moved}
    z = dict(result.z)
    depth_z(z, trial, grounded, links, together)
    if not before <= honoured(composition, relations, trial, z):
        result.notes.append("line-up skipped: it would break a relation")
        return False
    result.boxes.update(moved)
    result.z.update(z)
    result.notes.extend(notes)
    return True


def recentre(result: LayoutResult) -> None:
    """Centre the whole composition on the canvas (a stack or a cat on a laptop grows up from its root's
    cell): one translation, so every relation stays as it was."""
    boxes = result.boxes
    if not boxes:
        return
    x0, y0 = min(b[0] for b in boxes.values()), min(b[1] for b in boxes.values())
    x1, y1 = max(b[2] for b in boxes.values()), max(b[3] for b in boxes.values())
    dx = min(max(0.5 - (x0 + x1) / 2, -x0), 1.0 - x1)
    dy = min(max(0.5 - (y0 + y1) / 2, -y0), 1.0 - y1)
    if abs(dx) < 0.005 and abs(dy) < 0.005:
        return
    for key, (a, b, c, d) in boxes.items():
        boxes[key] = (a + dx, b + dy, c + dx, d + dy)
    result.notes.append(f"composition centred (moved {dx:+.3f}, {dy:+.3f})")


__all__ = ["bodies", "checked_relations", "honoured", "interact_and_stage", "recentre", "solve_natural"]
