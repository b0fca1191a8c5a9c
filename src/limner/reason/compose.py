"""Entities → element drafts (ids, attributes, sizes) and element-level layout links."""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass, field

from limner.plan.model import AttributeValue, Element, TextSpec
from limner.reason.ages import child_scale
from limner.reason.arrange import member_links
from limner.reason.art import disagree, drawn_aspect
from limner.reason.layout import Item, Link
from limner.reason.resolve import Entity, EntityRelation
from limner.reason.ring import ring_links
from limner.reason.vocab import SIZE_CLASSES, Lexicon

#: Long side of the largest object, as a fraction of the canvas's short side.
TARGET_SIZE = 0.62
#: < 1 compresses real-world size ratios so small things stay visible next to big ones.
SIZE_EXPONENT = 1.0
#: "a giant cup", "a huge apple": at least this big in the world (a car's size class) …
GIANT_FLOOR = SIZE_CLASSES["xlarge"]
#: … and "a tiny elephant" at most this big (a cup's).
TINY_CAP = SIZE_CLASSES["small"]


@dataclass
class Draft:
    id: str
    entity: Entity
    member: int
    kind: str
    noun: str
    label: str
    attributes: dict[str, AttributeValue]
    group: str | None
    sentence: int | None
    w: float = 0.1
    h: float = 0.1
    text: TextSpec | None = None
    host: str | None = None
    base: Element | None = None
    position: str | None = None


@dataclass
class Composition:
    drafts: list[Draft]
    links: list[Link]
    #: entity key → element ids (for trace entries)
    ids: dict[int, list[str]] = field(default_factory=dict)


def _attributes(entity: Entity, member: int) -> dict[str, AttributeValue]:
    attrs: dict[str, AttributeValue] = {}
    colors = entity.color_of(member)
    if colors:
        attrs["color"] = colors[0][0]
        if colors[0][1]:
            attrs["hex"] = colors[0][1]
        if len(colors) > 1:
            attrs["secondary_color"] = colors[1][0]
    elif entity.implied_color is not None:
        attrs["color"] = entity.implied_color
        attrs["color_implied"] = True
    if entity.size_words:
        attrs["size"] = " ".join(entity.size_words)
    if entity.material:
        attrs["material"] = entity.material
    if entity.position:
        attrs["position"] = entity.position
    if entity.pose:
        attrs["pose"] = entity.pose
    if entity.action:
        attrs["action"] = entity.action  # "raising its trunk": the part is drawn as the owner's
    if entity.age:
        attrs["age"] = entity.age  # "an old man": drawn old
    if entity.toppings:
        attrs["with"] = ", ".join(entity.toppings)  # "a cake with candles": the candles are on it
    return attrs


def text_dims(content: str, width: int, height: int) -> tuple[float, float]:
    """Normalized (w, h) of a text block: a line holds up to 24 characters."""
    chars = max(1, len(content))
    per_line = min(chars, 24)
    lines = min(6, math.ceil(chars / 24))
    w = min(0.86, 0.045 * per_line + 0.06)
    aspect = (per_line * 0.58 + 0.6) / (lines * 1.3)
    h = w * width / aspect / height
    if h > 0.5:
        w, h = w * 0.5 / h, 0.5
    return w, h


def object_dims(long_side: float, aspect: float, width: int, height: int) -> tuple[float, float]:
    short = min(width, height)
    if aspect >= 1:
        w_px, h_px = long_side * short, long_side * short / aspect
    else:
        w_px, h_px = long_side * short * aspect, long_side * short
    return w_px / width, h_px / height


def compose(
    entities: list[Entity],
    relations: list[EntityRelation],
    lex: Lexicon,
    width: int,
    height: int,
    first_id: int = 1,
    first_group: int = 1,
    known_ids: dict[int, list[str]] | None = None,
    size_basis: tuple[float, float] | None = None,
) -> Composition:
    """Drafts for every live entity member, plus text elements on hosts, in prompt order.

    ``size_basis`` (edits): the largest nominal size in the scene and the base plan's scale.
    """
    live = [e for e in entities if e.alive]
    base_max, size_scale = size_basis or (largest_size(live, lex), 1.0)
    drafts: list[Draft] = []
    ids: dict[int, list[str]] = dict(known_ids or {})
    links: list[Link] = []
    next_id, next_group = first_id, first_group
    for entity in live:
        group = None
        if entity.count > 1:
            group = f"g{next_group}"
            next_group += 1
        member_ids: list[str] = []
        for member in range(entity.count):
            draft_id = f"e{next_id}"
            next_id += 1
            draft = Draft(
                id=draft_id,
                entity=entity,
                member=member,
                kind=entity.kind,
                noun=entity.noun,
                label=entity.label,
                attributes=_attributes(entity, member),
                group=group,
                sentence=entity.sentence,
                position=entity.position,
            )
            if entity.kind == "text" and entity.text_content is not None:
                draft.text = TextSpec(content=entity.text_content, role=entity.text_role or "headline")
                draft.w, draft.h = text_dims(entity.text_content, width, height)
            else:
                info = lex.nouns.get(entity.noun)
                aspect = drawn_aspect(entity.noun, info.aspect) if info is not None else 1.0
                long_side = TARGET_SIZE * (world_size(entity, lex) / base_max) ** SIZE_EXPONENT * size_scale
                long_side *= child_scale(entity, live)  # "a mother and her child": the child is smaller
                if info is not None and disagree(aspect, info.aspect):
                    # drawn diagonally: length is the diagonal
                    long_side /= math.hypot(1.0, min(aspect, 1.0 / aspect))
                draft.w, draft.h = object_dims(long_side, aspect, width, height)
            drafts.append(draft)
            member_ids.append(draft_id)
            for content, role in entity.texts:
                text_id = f"e{next_id}"
                next_id += 1
                tw, th = text_dims(content, width, height)
                drafts.append(
                    Draft(
                        id=text_id,
                        entity=entity,
                        member=member,
                        kind="text",
                        noun="text",
                        label="text",
                        attributes={},
                        group=None,
                        sentence=entity.sentence,
                        w=tw,
                        h=th,
                        text=TextSpec(content=content, role=role),
                        host=draft_id,
                    )
                )
                links.append(Link(text_id, "text", draft_id))
        ids[entity.key] = member_ids
        links += member_links(member_ids, entity.arrangement, entity.columns)
    links += _relation_links(relations, ids)
    links = _dedupe(links)
    _supporters_fit(drafts, links)
    return Composition(drafts, links, ids)


#: Interactions whose object holds the subject up: it is drawn at least this wide, relative to it.
SUPPORT_WIDTH = {"on": 0.9, "stacked_on": 0.9, "rides": 1.8}


def _supporters_fit(drafts: list[Draft], links: list[Link]) -> None:
    """A supporter big enough for what it holds up (a cat on a laptop: the laptop at least as wide as the
    cat; a horse under its rider): the object grows, keeping its aspect."""
    by_id = {d.id: d for d in drafts}
    for link in links:
        share = SUPPORT_WIDTH.get(link.predicate)
        top, under = by_id.get(link.subject), by_id.get(link.object)
        if share is None or top is None or under is None or under.kind != "object":
            continue
        wanted = share * top.w
        if under.w < wanted:
            factor = wanted / under.w
            under.w, under.h = under.w * factor, under.h * factor


def world_size(entity: Entity, lex: Lexicon) -> float:
    """How big the entity is in the world: its noun's size times its size words ("a big dog"), where
    "giant"-class words make it big in the world, not only for its kind ("a giant cup" is as big as a
    car), and "tiny"-class words make it small in the world ("a tiny elephant" fits in a hand)."""
    info = lex.nouns.get(entity.noun)
    size = (info.size if info is not None else 0.24) * entity.size
    if entity.size >= 2.0:
        size = max(size, GIANT_FLOOR)
    elif entity.size <= 0.5:
        size = min(size, TINY_CAP)
    return size


def largest_size(entities: list[Entity], lex: Lexicon) -> float:
    """The largest nominal size among live objects (sizes are relative to it, so a lone "giant cup" is
    drawn larger than a lone cup)."""
    sizes = [
        lex.nouns[e.noun].size for e in entities if e.alive and e.kind == "object" and e.noun in lex.nouns
    ]
    return max(sizes, default=0.3)


#: Predicates that relate a whole group to one thing ("between", "around"): never paired one each.
_GROUP_PREDICATES = frozenset({"between", "around", "surrounded by", "arranged around"})


def _relation_links(relations: list[EntityRelation], ids: dict[int, list[str]]) -> list[Link]:
    """The element links of every relation. A list of single things that each do the same to a group of
    as many ("a man, a woman and a child each holding a balloon": three balloons) pairs them in order,
    one each, where each relation alone would give every one of them the whole group."""
    out: list[Link] = []
    shared: dict[tuple[str, int], list[EntityRelation]] = {}
    for rel in relations:
        shared.setdefault((rel.predicate, rel.object.key), []).append(rel)
    for rel in relations:
        peers = shared[(rel.predicate, rel.object.key)]
        objects = ids.get(rel.object.key, [])
        singles = all(
            len(ids.get(r.subject.key, [])) == 1 and r.members is None and r.subject is not r.object
            for r in peers
        )
        pairs = rel.predicate not in _GROUP_PREDICATES and rel.object2 is None
        if len(peers) > 1 and singles and pairs and len(objects) == len(peers):
            subject = ids[rel.subject.key][0]
            order = sorted(peers, key=lambda r: r.subject.key)
            out.append(Link(subject, rel.predicate, objects[order.index(rel)]))
            continue
        out += _element_links(rel, ids)
    return out


def _element_links(rel: EntityRelation, ids: dict[int, list[str]]) -> list[Link]:
    subjects = ids.get(rel.subject.key, [])
    objects = ids.get(rel.object.key, [])
    if rel.members is not None:  # "a boy and a girl flying kites": this subject's own kites
        objects = objects[rel.members[0] : rel.members[1]] or objects
    if not subjects or not objects:
        return []
    predicate = rel.predicate
    if rel.subject is rel.object:  # "two kids holding hands": each member with the next
        return [Link(a, predicate, b) for a, b in itertools.pairwise(subjects)]
    if predicate == "surrounded by" and len(objects) > 1 and len(subjects) == 1:
        return ring_links(objects, subjects[0])  # "a house surrounded by trees": the trees around it
    if predicate == "surrounded by":
        return [Link(o, "around", s) for s in subjects for o in objects[:1]]
    if predicate == "around" and len(subjects) > 1 and len(objects) == 1:
        return ring_links(subjects, objects[0])  # "three friends around a campfire": a ring, not a fence
    if predicate == "between":
        if rel.object2 is not None:
            seconds = ids.get(rel.object2.key, [])
            if not seconds:
                return []
            return [Link(s, "between", objects[0], seconds[0]) for s in subjects]
        if len(objects) < 2:
            return []
        return [Link(s, "between", objects[0], objects[1]) for s in subjects]
    if predicate == "stacked_on" and len(objects) == 1:
        # "three books stacked on a desk": one pile on the desk, each book on the one below
        below = [objects[0], *subjects[:-1]]
        return [Link(s, predicate, b) for s, b in zip(subjects, below, strict=True)]
    if len(subjects) == 1 or len(objects) == 1:
        return [Link(s, predicate, o) for s in subjects for o in objects]
    return [Link(s, predicate, objects[min(i, len(objects) - 1)]) for i, s in enumerate(subjects)]


def _dedupe(links: list[Link]) -> list[Link]:
    seen: set[Link] = set()
    out: list[Link] = []
    for link in links:
        if link not in seen and link.subject != link.object:
            seen.add(link)
            out.append(link)
    return out


def layout_items(drafts: list[Draft]) -> list[Item]:
    return [Item(d.id, d.w, d.h, d.position) for d in drafts]


__all__ = [
    "SIZE_EXPONENT",
    "TARGET_SIZE",
    "Composition",
    "Draft",
    "compose",
    "largest_size",
    "layout_items",
    "object_dims",
    "text_dims",
    "world_size",
]
