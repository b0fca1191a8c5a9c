"""Prominence: the things a prompt is about are big enough to see, even on big supports.

A ring on a table, a phone on a bed: sized by the real world, the subject of an ``on`` relation is a
speck on furniture that fills the picture. After interactions and staging have settled, this pass
checks each support group (a root support and everything resting on it, e.g. a cup on a book on a
table) and, where a subject's longest side is under :data:`MIN_SHARE` of the canvas's shorter side:

1. frames closer: the whole group is scaled up about the root's top surface, so contact and every
   relative size stay as they were; the root may run past the bottom edge (a table cut by the frame is a
   normal close-up), its box then ends at the edge and ``attributes.crop_bottom`` says what share of
   its height the edge cuts off, so a renderer draws the whole piece and lets the edge cut it. Only when
   the group is the whole picture, its top surface stays in view and nothing else is cut;
2. where framing cannot reach the minimum (other things in the picture, or a support as wide as the
   canvas), enlarges the subject itself about its contact point, by at most :data:`MAX_EXAGGERATION`,
   and says so in the trace — never a subject the prompt calls small.

Every relation the layout honoured still holds afterwards, or the pass leaves the boxes as they were.
Deterministic: groups in prompt order, no randomness.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from limner.plan.model import AttributeValue
from limner.reason.compose import Composition
from limner.reason.interact import Body
from limner.reason.layout import Box, LayoutResult, clean_box

#: The least a subject's longest side may be, as a share of the canvas's shorter side.
MIN_SHARE = 0.24
#: The most a subject is enlarged beyond its real-world size relative to its support.
MAX_EXAGGERATION = 2.0
#: Breathing room kept at the top and the sides of the canvas.
MARGIN = 0.05
SIDE = 0.03
#: The lowest a framed root's top surface may sit (share of the canvas height from the top).
SURFACE_LOW = 0.82
#: The relations whose subject rests on its object.
SUPPORTS = frozenset({"on", "stacked_on"})
#: Size words that ask for a small thing: never exaggerated.
SMALL_WORDS = frozenset({"small", "tiny", "little", "miniature", "mini", "teeny", "wee"})
#: Changes smaller than this are not worth a move.
EPSILON = 1.02


@dataclass(frozen=True)
class Group:
    """A root support and the things resting on it, directly or on each other."""

    root: str
    #: Everything resting in the group, prompt order.
    subjects: tuple[str, ...]
    #: Subjects nothing rests on (the ones that may be enlarged).
    leaves: tuple[str, ...]


def support_groups(boxes: Mapping[str, Box], links_on: list[tuple[str, str]]) -> list[Group]:
    """The support groups of ``links_on`` (subject, support) pairs whose boxes are laid out."""
    under: dict[str, str] = {}
    for subject, support in links_on:
        if subject in boxes and support in boxes and subject != support:
            under.setdefault(subject, support)

    def root_of(element_id: str) -> str | None:
        seen = {element_id}
        while element_id in under:
            element_id = under[element_id]
            if element_id in seen:
                return None  # a cycle: nothing to frame
            seen.add(element_id)
        return element_id

    groups: dict[str, list[str]] = {}
    for subject in under:
        root = root_of(subject)
        if root is not None:
            groups.setdefault(root, []).append(subject)
    carrying = set(under.values())
    return [
        Group(root, tuple(members), tuple(m for m in members if m not in carrying))
        for root, members in groups.items()
    ]


def make_prominent(
    result: LayoutResult,
    composition: Composition,
    bodies: Mapping[str, Body],
    aspect: float,
    still_holds: Callable[[Mapping[str, Box]], bool],
    crop: bool = True,
) -> None:
    """Frame closer on (or enlarge) subjects under :data:`MIN_SHARE`; ``aspect`` is the canvas's
    width / height, ``still_holds`` whether boxes keep every relation the layout honoured, ``crop``
    whether the frame may cut the support (a backdrop with a ground; on a plain one it stays whole)."""
    pairs = [(k.subject, k.object) for k in composition.links if k.predicate in SUPPORTS and not k.internal]
    attributes = {d.id: d.attributes for d in composition.drafts}
    for group in support_groups(result.boxes, pairs):
        if any(i not in bodies for i in (group.root, *group.subjects)):
            continue
        small = [i for i in group.subjects if bodies[i].noun != bodies[group.root].noun]  # not a stack
        need = max((MIN_SHARE / max(_share(result.boxes[i], aspect), 1e-6) for i in small), default=1.0)
        if need <= EPSILON:
            continue
        alone = set(result.boxes) == {group.root, *group.subjects}
        scale = _frame(result, group, need, aspect, attributes, still_holds, crop) if alone else 1.0
        if need / scale > EPSILON:
            _exaggerate(result, group, need / scale, aspect, attributes, bodies, still_holds)


def _share(box: Box, aspect: float) -> float:
    """The box's longest side as a share of the canvas's shorter side."""
    w, h = (box[2] - box[0]) * aspect, box[3] - box[1]
    return max(w, h) / min(aspect, 1.0)


def _frame(
    result: LayoutResult,
    group: Group,
    need: float,
    aspect: float,
    attributes: Mapping[str, dict[str, AttributeValue]],
    still_holds: Callable[[Mapping[str, Box]], bool],
    crop: bool,
) -> float:
    """Scale the group about its root's top surface by up to ``need`` (the root kept whole unless
    ``crop``); the scale used (1 when none)."""
    boxes = result.boxes
    root = boxes[group.root]
    members = [boxes[i] for i in (group.root, *group.subjects)]
    ax, ay = (root[0] + root[2]) / 2, root[1]
    above = ay - min(b[1] for b in members)
    x0, x1 = min(b[0] for b in members), max(b[2] for b in members)
    limits = [need, (1.0 - 2 * SIDE) / max(x1 - x0, 1e-6)]
    if above > 0:
        limits.append((SURFACE_LOW - MARGIN) / above)
    if not crop:
        limits.append((1.0 - 2 * MARGIN) / max(root[3] - min(b[1] for b in members), 1e-6))
    scale = min(limits)
    if scale <= EPSILON or any(boxes[i][3] > 1.0 for i in group.subjects):
        return 1.0
    top = max(ay, above * scale + MARGIN)
    if not crop:
        top = min(top, 1.0 - MARGIN - (root[3] - ay) * scale)
    dx = 0.0
    left, right = ax + (x0 - ax) * scale, ax + (x1 - ax) * scale
    if left < SIDE:
        dx = SIDE - left
    elif right > 1.0 - SIDE:
        dx = 1.0 - SIDE - right
    moved: dict[str, Box] = {}
    for i in (group.root, *group.subjects):
        b = boxes[i]
        moved[i] = (
            ax + dx + (b[0] - ax) * scale,
            top + (b[1] - ay) * scale,
            ax + dx + (b[2] - ax) * scale,
            top + (b[3] - ay) * scale,
        )
    if any(moved[i][3] > 1.0 for i in group.subjects):
        return 1.0
    full = moved[group.root]
    cut = 0.0
    if full[3] > 1.0:
        cut = (full[3] - 1.0) / (full[3] - full[1])
        moved[group.root] = (full[0], full[1], full[2], 1.0)
    trial = {**boxes, **{k: clean_box(v) for k, v in moved.items()}}
    if not still_holds(trial):
        result.notes.append(f"closer framing on {group.root} skipped: it would break a relation")
        return 1.0
    boxes.update(trial)
    if cut > 0:
        attributes[group.root]["crop_bottom"] = round(cut, 4)
    edge = f"; {group.root} runs past the bottom edge ({cut:.0%} cut)" if cut > 0 else ""
    result.notes.append(
        f"framed closer ×{scale:.2f} on {', '.join(group.subjects)} on {group.root} "
        f"so the subject is prominent{edge}"
    )
    return scale


def _exaggerate(
    result: LayoutResult,
    group: Group,
    need: float,
    aspect: float,
    attributes: Mapping[str, dict[str, AttributeValue]],
    bodies: Mapping[str, Body],
    still_holds: Callable[[Mapping[str, Box]], bool],
) -> None:
    """Enlarge each small leaf subject about its contact point, by at most :data:`MAX_EXAGGERATION`."""
    boxes = result.boxes
    support = boxes[group.root]
    for i in group.leaves:
        size = str(attributes[i].get("size", "")).split()
        if SMALL_WORDS.intersection(size):
            continue
        b = boxes[i]
        w, h = b[2] - b[0], b[3] - b[1]
        grow = min(
            need,
            MAX_EXAGGERATION,
            MIN_SHARE / max(_share(b, aspect), 1e-6),
            (b[3] - MARGIN) / max(h, 1e-6),
            (1.0 - 2 * SIDE) / max(w, 1e-6),
        )
        if grow <= EPSILON:
            continue
        cx = min(max((b[0] + b[2]) / 2, support[0] + w * grow / 2), support[2] - w * grow / 2)
        if w * grow > support[2] - support[0]:
            cx = (support[0] + support[2]) / 2
        cx = min(max(cx, SIDE + w * grow / 2), 1.0 - SIDE - w * grow / 2)
        grown = clean_box((cx - w * grow / 2, b[3] - h * grow, cx + w * grow / 2, b[3]))
        trial = {**boxes, i: grown}
        if not still_holds(trial):
            result.notes.append(f"{i} not enlarged: it would break a relation")
            continue
        boxes[i] = grown
        result.notes.append(
            f"{i} ({bodies[i].noun}) drawn ×{grow:.2f} its real-world size beside {group.root} "
            "so the subject is prominent (exaggerated)"
        )


__all__ = ["MAX_EXAGGERATION", "MIN_SHARE", "Group", "make_prominent", "support_groups"]
