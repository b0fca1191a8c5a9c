"""Staging: things that stand rest on the ground band of a backdrop with a horizon.

With a horizon (``canvas.background.horizon``), everything that stands — people, animals, furniture,
vehicles — keeps its size and moves down so its bottom lies in the ground band ``[horizon, 1]``; things
in the air (``airborne`` in ``lexicon/words.json``, anything flying, things asked to be at the top)
move up above it where they reach below. A unit moves as one: the things on, in, worn, held or
ridden by a grounded thing move with it. A move that would break a relation the layout honoured is
undone, so staging never costs a relation. Among grounded things, the nearer (lower bottom) one is
drawn in front (larger ``z``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from limner.reason.layout import ATTACH, ATTACH_OBJECT, Box, Link
from limner.reason.wordlists import word_set

#: Interactions and attachments that make one unit (the first id carries the second).
_CARRIED = frozenset(ATTACH) | {"stacked_on"}
_CARRIES = frozenset(ATTACH_OBJECT) | {"hangs_on"}
#: Where in the ground band a lone grounded thing's bottom goes (share of the band, from the horizon).
GROUND_LINE = 0.55
#: Things in the air end this far above the horizon.
AIR_GAP = 0.03
#: A unit in the air that is taller than the sky keeps this margin from the top and fills this share.
SKY_MARGIN = 0.04
SKY_FILL = 0.7
#: Relative depth of front z among grounded roots.
Z_PREDICATES = frozenset({"in front of", "behind"})


def airborne_nouns() -> frozenset[str]:
    """Nouns drawn in the air unless the prompt says otherwise."""
    return word_set("airborne")


def aloft_nouns() -> frozenset[str]:
    """Nouns held up by a handle or a string: the hand holds their bottom (an umbrella, a balloon)."""
    return word_set("held_aloft")


def flown_nouns() -> frozenset[str]:
    """Nouns flown on a long string: held, they fly high beside the holder (a kite)."""
    return word_set("flown_on_string")


def night_nouns() -> frozenset[str]:
    """Things of the night sky: under one, with no time said and no sun, a named place is at night."""
    return word_set("night_things")


def units(
    ids: Sequence[str], links: Sequence[Link], together: Mapping[str, str] | None = None
) -> dict[str, str]:
    """Element id → the id of the root that carries it (itself for a root); ``together`` joins the
    members of a group drawn as one arrangement (member → first member)."""
    parent: dict[str, str] = {m: first for m, first in (together or {}).items() if m != first}
    for link in links:
        if link.predicate in _CARRIED and link.subject != link.object:
            parent.setdefault(link.subject, link.object)
        elif link.predicate in _CARRIES and link.subject != link.object:
            parent.setdefault(link.object, link.subject)
    out: dict[str, str] = {}
    for element_id in ids:
        seen = [element_id]
        node = element_id
        while node in parent:
            if parent[node] in seen:  # a cycle ("a man in front of the shovel he holds"): one root
                node = min(seen[seen.index(parent[node]) :], key=_id_order)
                break
            node = parent[node]
            seen.append(node)
        out[element_id] = node
    return out


def ground(
    boxes: dict[str, Box],
    horizon: float,
    grounded: Callable[[str], bool],
    links: Sequence[Link],
    still_holds: Callable[[Mapping[str, Box]], bool],
    notes: list[str],
    together: Mapping[str, str] | None = None,
) -> None:
    """Move grounded units down into the ground band, in place (keeping every relation that held)."""
    ids = sorted(boxes, key=_id_order)
    root_of = units(ids, links, together)
    members: dict[str, list[str]] = {}
    for element_id in ids:
        members.setdefault(root_of[element_id], []).append(element_id)
    band = 1.0 - horizon
    for root in sorted(members, key=_id_order):
        group = members[root]
        bottom = max(boxes[m][3] for m in group)
        top = min(boxes[m][1] for m in group)
        if not grounded(root):  # in the air: above the horizon, as far as it fits
            if bottom <= horizon:
                continue
            target = horizon - AIR_GAP
            if bottom - top > target - SKY_MARGIN:  # taller than the sky: shrink it to fit there
                _shrink_into_sky(boxes, group, target, still_holds, notes)
                continue
            dy = max(target - bottom, -top)
        else:
            # the feet: the bottoms of the unit's standing members (a group drawn together stands as one)
            feet = min(boxes[m][3] for m in group if m == root or (together or {}).get(m) == root)
            if feet >= horizon + 0.1 * band and bottom <= 1.0:
                continue
            target = min(1.0 - 0.02, horizon + GROUND_LINE * band)
            dy = max(target - bottom, horizon + 0.1 * band - feet)
            dy = min(dy, 1.0 - bottom)
            if top + dy < 0:
                dy = -top
        if abs(dy) < 1e-4:
            continue
        trial = dict(boxes)
        for m in group:
            x0, y0, x1, y1 = boxes[m]
            trial[m] = (x0, y0 + dy, x1, y1 + dy)
        if still_holds(trial):
            boxes.update(trial)
            notes.append(f"{root} moved to {'the ground band' if grounded(root) else 'the sky'}")
        else:
            notes.append(f"{root} kept its place: on the ground it would break a relation")


def _shrink_into_sky(
    boxes: dict[str, Box],
    group: list[str],
    target: float,
    still_holds: Callable[[Mapping[str, Box]], bool],
    notes: list[str],
) -> None:
    """A unit in the air too tall for the sky ("a bird flying over the ocean" drawn alone at full
    size): scaled about its centre to fill at most ``SKY_FILL`` of the sky, centred in it."""
    x0, y0 = min(boxes[m][0] for m in group), min(boxes[m][1] for m in group)
    x1, y1 = max(boxes[m][2] for m in group), max(boxes[m][3] for m in group)
    room = target - SKY_MARGIN
    k = min(1.0, SKY_FILL * room / (y1 - y0))
    cx, top = (x0 + x1) / 2, SKY_MARGIN + (room - k * (y1 - y0)) / 2
    trial = dict(boxes)
    for m in group:
        a, b, c, d = boxes[m]
        trial[m] = (cx + (a - cx) * k, top + (b - y0) * k, cx + (c - cx) * k, top + (d - y0) * k)
    if still_holds(trial):
        boxes.update(trial)
        notes.append(f"{group[0]} scaled by {k:.2f} to fit in the sky")
    else:
        notes.append(f"{group[0]} kept its place: shrunk into the sky it would break a relation")


def depth_z(
    z: dict[str, int],
    boxes: Mapping[str, Box],
    grounded: Callable[[str], bool],
    links: Sequence[Link],
    together: Mapping[str, str] | None = None,
) -> None:
    """Among grounded roots with no front/behind relation, the lower (nearer) one is in front."""
    fixed = {i for link in links if link.predicate in Z_PREDICATES for i in (link.subject, link.object)}
    root_of = units(sorted(boxes, key=_id_order), links, together)
    roots = [r for r in sorted(set(root_of.values()), key=_id_order) if grounded(r) and r not in fixed]
    if len(roots) < 2:
        return
    order = sorted(roots, key=lambda r: (round(boxes[r][3], 4), _id_order(r)))
    base = min(z.get(r, 1) for r in roots)
    for rank, root in enumerate(order):
        lift = base + rank - z.get(root, 1)
        for member, owner in root_of.items():
            if owner == root:
                z[member] = z.get(member, 1) + lift


def _id_order(element_id: str) -> tuple[int, str]:
    digits = element_id[1:]
    return (int(digits), element_id) if digits.isdigit() else (1 << 30, element_id)


__all__ = [
    "AIR_GAP",
    "GROUND_LINE",
    "airborne_nouns",
    "aloft_nouns",
    "depth_z",
    "flown_nouns",
    "ground",
    "night_nouns",
    "units",
]
