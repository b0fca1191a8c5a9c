"""Edits: the base plan's elements as entities, and a layout that leaves untouched elements alone.

New elements go where a relation puts them (next to / on / inside an existing element) or into the
freest spot of the canvas; base elements keep id, box, z and attributes unless the edit names them.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

import numpy as np
import numpy.typing as npt

from limner.plan.geometry import relative_position
from limner.plan.model import AttributeValue, Element, Plan
from limner.reason.company import SENSE
from limner.reason.compose import SIZE_EXPONENT, TARGET_SIZE, Composition, Draft
from limner.reason.compound_kinds import kind_of, respelled
from limner.reason.layout import ATTACH, DIRECTIONS, Box, LayoutResult, clean_box
from limner.reason.resolve import Entity, ResolvedScene
from limner.reason.vocab import Lexicon

_NUMBERED = re.compile(r"^[eg](\d+)$")


def next_numbers(base: Plan) -> tuple[int, int]:
    """First free element number and group number after the base plan's ids."""
    ids = [int(m.group(1)) for e in base.elements if (m := _NUMBERED.match(e.id))]
    groups = [int(m.group(1)) for e in base.elements if e.group and (m := _NUMBERED.match(e.group))]
    return max(ids, default=0) + 1, max(groups, default=0) + 1


def compound_head(element: Element) -> str:
    """The noun a base element is read back as: the head a compound the user wrote was drawn as ("egg
    carton" is the carton row, its sense), else the element's noun."""
    sense = element.attributes.get(SENSE)
    if isinstance(sense, str) and (kind_of(element.noun, sense) or respelled(element.noun, sense)):
        return sense
    return element.noun


def base_entities(base: Plan) -> list[Entity]:
    """One entity per group (or per ungrouped element) of the base plan, in plan order."""
    entities: list[Entity] = []
    by_group: dict[str, Entity] = {}
    for element in base.elements:
        if element.group is not None and element.group in by_group:
            entity = by_group[element.group]
            entity.base_ids = (*entity.base_ids, element.id)
            entity.count += 1
            continue
        color = element.attributes.get("color")
        hex_value = element.attributes.get("hex")
        entity = Entity(
            key=len(entities),
            noun=compound_head(element),
            label=element.label or element.noun,
            count=1,
            sentence=element.sentence if element.sentence is not None else 0,
            kind=element.kind,
            colors=[(str(color), str(hex_value or ""))] if color is not None else [],
            text_content=element.text.content if element.text is not None else None,
            text_role=element.text.role if element.text is not None else None,
            base_ids=(element.id,),
        )
        entities.append(entity)
        if element.group is not None:
            by_group[element.group] = entity
    return entities


def _scaled(box: Box, factor: float) -> Box:
    cx, cy = (box[0] + box[2]) / 2, (box[1] + box[3]) / 2
    w = min(0.96, (box[2] - box[0]) * factor)
    h = min(0.96, (box[3] - box[1]) * factor)
    return _fit((cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2))


def _fit(box: Box) -> Box:
    """Shift a box into the canvas (shrinking it if it is larger than the canvas)."""
    w = min(max(box[2] - box[0], 0.002), 0.98)
    h = min(max(box[3] - box[1], 0.002), 0.98)
    x0 = min(max(box[0], 0.01), 0.99 - w)
    y0 = min(max(box[1], 0.01), 0.99 - h)
    return clean_box((x0, y0, x0 + w, y0 + h))


def free_spot(w: float, h: float, taken: list[Box]) -> Box:
    """The first box of size (w, h), shrinking if needed, that overlaps nothing already placed.

    Candidates are centres on a 12×12 lattice, nearest the canvas centre first; overlaps with every
    placed box are computed at once with numpy, so many additions stay fast.
    """
    centres = _CENTRES
    placed = np.array(taken, dtype=float).reshape(-1, 4)
    best: tuple[float, Box] | None = None
    for factor in (1.0, 0.8, 0.6, 0.45, 0.3):
        bw, bh = min(w * factor, 0.96), min(h * factor, 0.96)
        boxes = np.stack(
            [centres[:, 0] - bw / 2, centres[:, 1] - bh / 2, centres[:, 0] + bw / 2, centres[:, 1] + bh / 2],
            axis=1,
        )
        inside = (boxes[:, 0] >= 0.01) & (boxes[:, 1] >= 0.01) & (boxes[:, 2] <= 0.99) & (boxes[:, 3] <= 0.99)
        if not inside.any():
            continue
        if placed.size:
            iw = np.minimum(boxes[:, None, 2], placed[None, :, 2]) - np.maximum(
                boxes[:, None, 0], placed[None, :, 0]
            )
            ih = np.minimum(boxes[:, None, 3], placed[None, :, 3]) - np.maximum(
                boxes[:, None, 1], placed[None, :, 1]
            )
            overlap = (np.clip(iw, 0, None) * np.clip(ih, 0, None)).sum(axis=1)
        else:
            overlap = np.zeros(len(boxes))
        overlap = np.where(inside, overlap, np.inf)
        index = int(np.argmin(overlap))
        value = float(overlap[index])
        candidate = (
            float(boxes[index, 0]),
            float(boxes[index, 1]),
            float(boxes[index, 2]),
            float(boxes[index, 3]),
        )
        if value <= 1e-9:
            return _fit(candidate)
        if best is None or value < best[0]:
            best = (value, candidate)
    return _fit(best[1] if best is not None else (0.4, 0.4, 0.6, 0.6))


def _lattice(steps: int = 12) -> npt.NDArray[np.float64]:
    centres = [((i + 0.5) / steps, (j + 0.5) / steps) for j in range(steps) for i in range(steps)]
    centres.sort(key=lambda c: ((c[0] - 0.5) ** 2 + (c[1] - 0.55) ** 2, c[1], c[0]))
    return np.array(centres, dtype=float)


_CENTRES = _lattice()
_CENTRES.setflags(write=False)


_SIDE_OK: Mapping[str, frozenset[str]] = {
    "next to": frozenset({"left of", "right of"}),
    "beside": frozenset({"left of", "right of"}),
    "under": frozenset({"below"}),
}


def direction_spot(w: float, h: float, predicate: str, anchor: Box, taken: list[Box]) -> Box | None:
    """A box that is ``predicate`` of ``anchor`` by GenEval's rule, as large as possible (down to 45 %),
    overlapping the other placed boxes least; None when no lattice spot satisfies the rule."""
    wanted = _SIDE_OK.get(predicate, frozenset({predicate}))
    best: tuple[float, Box] | None = None
    for factor in (1.0, 0.8, 0.6, 0.45):
        bw, bh = min(w * factor, 0.96), min(h * factor, 0.96)
        for cx, cy in _CENTRES:
            box = (cx - bw / 2, cy - bh / 2, cx + bw / 2, cy + bh / 2)
            if box[0] < 0.01 or box[1] < 0.01 or box[2] > 0.99 or box[3] > 0.99:
                continue
            if not wanted & relative_position(box, anchor):
                continue
            overlap = sum(
                max(0.0, min(box[2], t[2]) - max(box[0], t[0]))
                * max(0.0, min(box[3], t[3]) - max(box[1], t[1]))
                for t in taken
            )
            if overlap <= 1e-9:
                return clean_box(box)
            if best is None or overlap < best[0]:
                best = (overlap, box)
        if best is not None and factor <= 0.6:
            break
    return clean_box(best[1]) if best is not None else None


def _relative_box(
    w: float, h: float, predicate: str, anchor: Box, taken: list[Box] | None = None
) -> Box | None:
    ax0, ay0, ax1, ay1 = anchor
    aw, ah = ax1 - ax0, ay1 - ay0
    acx, acy = (ax0 + ax1) / 2, (ay0 + ay1) / 2
    if predicate in DIRECTIONS:
        dx, dy = DIRECTIONS[predicate]
        gap = 0.03
        if dx > 0 and predicate in ("next to", "beside") and 0.99 - ax1 < ax0 - 0.01:
            dx = -1
        room_x = {1: 0.99 - ax1 - gap, -1: ax0 - 0.01 - gap}.get(dx, 0.98)
        room_y = {1: 0.99 - ay1 - gap, -1: ay0 - 0.01 - gap}.get(dy, 0.98)
        factor = max(0.2, min(1.0, room_x / w, room_y / h))
        if factor < 0.75 and taken is not None:
            spot = direction_spot(w, h, predicate, anchor, taken)
            if spot is not None:
                return spot
        w, h = w * factor, h * factor
        cx = acx + dx * (aw / 2 + w / 2 + gap)
        cy = acy + dy * (ah / 2 + h / 2 + gap)
        return _fit((cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2))
    mode = ATTACH.get(predicate)
    if mode == "top":
        factor = min(1.0, aw * 0.9 / w, ah * 1.5 / h, max(0.01, ay0 + 0.04 * ah - 0.01) / h)
        w, h = w * factor, h * factor
        return _fit((acx - w / 2, ay0 + 0.04 * ah - h, acx + w / 2, ay0 + 0.04 * ah))
    if mode in ("inside", "text"):
        limit = min(1.0, 0.8 * aw / w, 0.6 * ah / h)
        w, h = w * limit, h * limit
        return _fit((acx - w / 2, acy - h / 2, acx + w / 2, acy + h / 2))
    if mode == "front":
        return _fit((acx + 0.3 * aw - w / 2, ay1 + 0.06 * ah - h, acx + 0.3 * aw + w / 2, ay1 + 0.06 * ah))
    if mode == "back":
        return _fit((acx - 0.3 * aw - w / 2, ay1 - 0.12 * ah - h, acx - 0.3 * aw + w / 2, ay1 - 0.12 * ah))
    return None


def edit_scale(base: Plan, lex: Lexicon, base_max: float) -> float:
    """How the base plan's objects were scaled against their nominal size (median), so additions match."""
    width, height = base.canvas.width, base.canvas.height
    ratios = []
    for element in base.elements:
        info = lex.nouns.get(element.noun)
        if element.kind != "object" or info is None:
            continue
        nominal = TARGET_SIZE * (info.size / base_max) ** SIZE_EXPONENT
        x0, y0, x1, y1 = element.box
        actual = max((x1 - x0) * width, (y1 - y0) * height) / min(width, height)
        ratios.append(actual / nominal)
    ratios.sort()
    return ratios[len(ratios) // 2] if ratios else 1.0


def edit_layout(base: Plan, scene: ResolvedScene, composition: Composition) -> LayoutResult:
    """Boxes for new (and moved) elements; attribute updates for edited base elements."""
    elements: dict[str, Element] = {e.id: e for e in base.elements}
    boxes: dict[str, Box] = {}
    z: dict[str, int] = {}
    attributes: dict[str, dict[str, AttributeValue]] = {}
    texts: dict[str, str] = {}
    notes: list[str] = []
    alive_base = [i for e in scene.entities if e.alive for i in e.base_ids]
    placed: dict[str, Box] = {i: elements[i].box for i in alive_base}
    top_z = max((e.z for e in base.elements), default=0)
    for entity in scene.entities:
        if not entity.alive or not entity.base_ids or not entity.modified:
            continue
        for member, element_id in enumerate(entity.base_ids):
            attrs = dict(elements[element_id].attributes)
            colors = entity.color_of(member)
            if colors:
                attrs["color"] = colors[0][0]
                if colors[0][1]:
                    attrs["hex"] = colors[0][1]
                else:
                    attrs.pop("hex", None)
                attrs.pop("color_implied", None)
            text = elements[element_id].text
            if text is not None and entity.text_content is not None and entity.text_content != text.content:
                texts[element_id] = entity.text_content
                notes.append(f"{element_id} now reads {entity.text_content!r}")
            if entity.size_words:
                attrs["size"] = " ".join(entity.size_words)
                boxes[element_id] = _scaled(elements[element_id].box, entity.size)
                placed[element_id] = boxes[element_id]
            if attrs != elements[element_id].attributes:
                attributes[element_id] = attrs
            notes.append(f"{element_id} edited in place")
    links_by_subject: dict[str, list[tuple[str, str]]] = {}
    for link in composition.links:
        links_by_subject.setdefault(link.subject, []).append((link.predicate, link.object))
    swapped = _swap_boxes(scene, elements)
    for element_id, new_box in swapped.items():
        boxes[element_id] = new_box
        placed[element_id] = new_box
        notes.append(f"{element_id} swapped places")
    moved = [i for e in scene.entities if e.alive and e.moved for i in e.base_ids if i not in swapped]
    for element_id in moved:
        box = elements[element_id].box
        for predicate, anchor in links_by_subject.get(element_id, []):
            if anchor in placed and anchor != element_id:
                others = [b for k, b in placed.items() if k not in (element_id, anchor)]
                spot = _relative_box(box[2] - box[0], box[3] - box[1], predicate, placed[anchor], others)
                if spot is not None:
                    boxes[element_id] = spot
                    placed[element_id] = spot
                    notes.append(f"{element_id} moved {predicate} {anchor}")
                    break
    replaced = {e.key: e.replaces for e in scene.entities if e.replaces is not None}
    for draft in composition.drafts:
        box = _draft_box(draft, links_by_subject, placed, replaced, elements)
        boxes[draft.id] = box
        placed[draft.id] = box
        predicates = [p for p, _ in links_by_subject.get(draft.id, [])]
        z[draft.id] = top_z + 1 if any(p in ATTACH or p == "text" for p in predicates) else 1
        if "behind" in predicates:
            z[draft.id] = 0
        notes.append(f"{draft.id} placed at {box}")
    return LayoutResult(boxes, z, notes, attributes, texts)


def _swap_boxes(scene: ResolvedScene, elements: dict[str, Element]) -> dict[str, Box]:
    """ "swap A and B": each member stands where its counterpart stood (same foot point, own size)."""
    out: dict[str, Box] = {}
    for entity in scene.entities:
        other = entity.swap_with
        if not entity.alive or other is None or not entity.base_ids or not other.base_ids:
            continue
        for member, element_id in enumerate(entity.base_ids):
            own = elements[element_id].box
            there = elements[other.base_ids[min(member, len(other.base_ids) - 1)]].box
            w, h = own[2] - own[0], own[3] - own[1]
            cx, bottom = (there[0] + there[2]) / 2, there[3]
            out[element_id] = _fit((cx - w / 2, bottom - h, cx + w / 2, bottom))
    return out


def _draft_box(
    draft: Draft,
    links_by_subject: dict[str, list[tuple[str, str]]],
    placed: dict[str, Box],
    replaced: Mapping[int, Entity],
    elements: dict[str, Element],
) -> Box:
    old = replaced.get(draft.entity.key)
    if old is not None and old.base_ids and draft.member < len(old.base_ids):
        old_box = elements[old.base_ids[draft.member]].box
        cx, cy = (old_box[0] + old_box[2]) / 2, old_box[3]
        scale = min((old_box[2] - old_box[0]) / draft.w, (old_box[3] - old_box[1]) / draft.h)
        w, h = draft.w * scale, draft.h * scale
        return _fit((cx - w / 2, cy - h, cx + w / 2, cy))
    for predicate, anchor in links_by_subject.get(draft.id, []):
        if anchor in placed:
            box = _relative_box(draft.w, draft.h, predicate, placed[anchor], list(placed.values()))
            if box is not None:
                return box
    return free_spot(draft.w, draft.h, list(placed.values()))


__all__ = ["base_entities", "edit_layout", "edit_scale", "free_spot", "next_numbers"]
