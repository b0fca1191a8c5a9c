"""A group "around" one thing: "three friends around a campfire", "chairs around a table", "planets
around the sun".

The group is arranged around the centre thing after every other pass has placed it, and never drawn
over it. On the ground the members stand on an ellipse about the centre's foot: on both sides, behind
it (higher up the ground band, a little smaller, drawn before it) and in front of it to the sides (lower,
drawn after it, never across it). In the air (a centre or members that fly: the sun, bees) they take a
ring about the centre's middle. What a member carries (held, worn, ridden) moves with it. The plan
records each member ``arranged around`` the centre (``around`` keeps its meaning of enclosing: "a fence
around a house").
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

from limner.reason.interact import Body
from limner.reason.layout import Box, LayoutResult, Link
from limner.reason.stage import units

#: The predicate a member of a group around one thing has to the thing.
AROUND = "arranged around"
#: Gap between the centre and a member beside it, as a share of the member's width.
GAP = 0.1
#: Depth of the ellipse on the ground band, as a share of the band between the centre's foot and its
#: nearer edge.
DEPTH = 0.6
#: How much smaller a member straight behind the centre is drawn (perspective).
BEHIND_SCALE = 0.15
#: A member behind the centre stands back until at least this share of its height shows over it (as
#: far as the ground band reaches): a duck behind a rock, a child behind a tree.
PEEK = 0.5
#: How much a ring that is the whole picture may grow to fill the canvas.
GROW = 1.6
#: Canvas margin the arrangement keeps.
MARGIN = 0.02


def ring_links(subjects: Sequence[str], centre: str) -> list[Link]:
    """One link per member of a group around ``centre``."""
    return [Link(member, AROUND, centre) for member in subjects if member != centre]


def surround(
    result: LayoutResult, links: Sequence[Link], bodies: Mapping[str, Body], horizon: float | None
) -> None:
    """Re-place every group linked :data:`AROUND` one centre (see the module), in place."""
    rings: dict[str, list[str]] = {}
    for link in links:
        if link.predicate == AROUND and link.subject in result.boxes and link.object in result.boxes:
            rings.setdefault(link.object, []).append(link.subject)
    if not rings:
        return
    roots = units(list(result.boxes), [k for k in links if k.predicate != AROUND])
    for centre, members in rings.items():
        aloft = _aloft(centre, members, bodies)
        carried = _carried(links, centre, members)
        # each member with what it carries ("people on chairs around a table": a chair and its sitter)
        whole = {**result.boxes, **{m: _unit_box(result.boxes, m, carried[m]) for m in members}}
        centre_body = bodies.get(centre)
        if aloft or horizon is None:
            places = _ring(whole, centre, members)
        elif centre_body is not None and centre_body.category == "furniture" and len(members) > 1:
            places = _at_table(whole, centre, members, horizon)  # "four people sitting at a table"
        else:
            places = _ground(whole, centre, members, horizon)
        alone = all(roots.get(k, k) in places for k in result.boxes)  # the ring is the whole picture
        before = [whole[k] for k in places]
        places = _fitted(result.boxes[centre], _centred(places, before), GROW if alone else 1.0)
        for member, box in places.items():
            _carry(result.boxes, [member, *carried.get(member, [])], box, whole[member])
        _depth(result.z, result.boxes, centre, members, carried, aloft or horizon is None)
        if not aloft and horizon is not None:
            _face(result.boxes, bodies, centre, members, carried)
        result.notes.append(f"{len(members)} arranged around {centre}")


def _aloft(centre: str, members: Sequence[str], bodies: Mapping[str, Body]) -> bool:
    body = bodies.get(centre)
    return (body is not None and body.airborne) or all(
        (b := bodies.get(m)) is not None and b.airborne for m in members
    )


def _angles(n: int, full: bool) -> list[float]:
    """Angles (radians, y down: π/2 is straight in front) for ``n`` members from straight behind; on the
    ground none straight in front, where it would hide the centre."""
    step = 2 * math.pi / n
    angles = [-math.pi / 2 + step * i for i in range(n)]
    if not full and any(abs(math.sin(a) - 1) < 1e-6 for a in angles):
        angles = [a + step / 2 for a in angles]
    if n == 2:
        angles = [0.0, math.pi]  # two: one each side
    return angles


def _ground(boxes: Mapping[str, Box], centre: str, members: Sequence[str], horizon: float) -> dict[str, Box]:
    """Members on an ellipse about the centre's foot, on the ground band."""
    c = boxes[centre]
    cx, foot = (c[0] + c[2]) / 2, c[3]
    cw = c[2] - c[0]
    widest = max(boxes[m][2] - boxes[m][0] for m in members)
    rx = cw / 2 + widest / 2 * (1 + 2 * GAP)
    ry = DEPTH * min(foot - horizon, 1 - MARGIN - foot, 0.12)
    out: dict[str, Box] = {centre: c}
    for member, angle in zip(members, _angles(len(members), full=False), strict=False):
        b = boxes[member]
        scale = 1 - BEHIND_SCALE * max(0.0, -math.sin(angle))
        w, h = (b[2] - b[0]) * scale, (b[3] - b[1]) * scale
        dx = rx * math.cos(angle)
        if math.sin(angle) > 1e-6:  # in front: beside the centre, never across it
            side = 1.0 if math.cos(angle) >= 0 else -1.0
            dx = side * max(abs(dx), cw / 2 + w / 2 * (1 + GAP))
        x = cx + dx
        bottom = foot + max(ry, 0.0) * math.sin(angle)
        if math.sin(angle) < -1e-6 and abs(dx) < (cw + w) / 2:  # behind it: its head shows over it
            bottom = max(min(bottom, c[1] + PEEK * h), horizon + MARGIN)
        out[member] = (x - w / 2, bottom - h, x + w / 2, bottom)
    return out


def _at_table(
    boxes: Mapping[str, Box], centre: str, members: Sequence[str], horizon: float
) -> dict[str, Box]:
    """Members at a table: one at each end, facing it, and the rest across its far side, behind it
    (higher up the ground band, a little smaller, their heads over it); none in front, hiding it."""
    c = boxes[centre]
    cx, foot, cw = (c[0] + c[2]) / 2, c[3], c[2] - c[0]
    behind = list(members[:-2])
    ends = list(members[-2:])
    out: dict[str, Box] = {centre: c}
    back = foot - DEPTH * min(foot - horizon, 0.12)
    tall = max(boxes[m][3] - boxes[m][1] for m in members)  # all alike, as the layout's depth made them not
    scale = 1 - BEHIND_SCALE
    for i, member in enumerate(behind):
        b = boxes[member]
        grow = tall / max(b[3] - b[1], 1e-9)
        w, h = (b[2] - b[0]) * grow * scale, tall * scale
        x = c[0] + cw * (i + 0.5) / len(behind)
        bottom = max(min(back, c[1] + PEEK * h), horizon + MARGIN)
        out[member] = (x - w / 2, bottom - h, x + w / 2, bottom)
    for member, side in zip(ends, (-1.0, 1.0), strict=False):
        b = boxes[member]
        w, h = (b[2] - b[0]) * tall / max(b[3] - b[1], 1e-9), tall
        x = cx + side * (cw / 2 + w / 2 * (1 + GAP))
        out[member] = (x - w / 2, foot - h, x + w / 2, foot)
    return out


def _ring(boxes: Mapping[str, Box], centre: str, members: Sequence[str]) -> dict[str, Box]:
    """Members on a circle about the centre's middle, clear of it."""
    c = boxes[centre]
    cx, cy = (c[0] + c[2]) / 2, (c[1] + c[3]) / 2
    side = max(max(boxes[m][2] - boxes[m][0], boxes[m][3] - boxes[m][1]) for m in members)
    n = len(members)
    apart = side * (1 + GAP) / (2 * math.sin(math.pi / n)) if n > 1 else 0.0  # members clear of each other
    radius = max(max(c[2] - c[0], c[3] - c[1]) / 2 + side / 2 * (1 + 2 * GAP), apart)
    out: dict[str, Box] = {centre: c}
    for member, angle in zip(members, _angles(n, full=True), strict=False):
        b = boxes[member]
        w, h = b[2] - b[0], b[3] - b[1]
        x, y = cx + radius * math.cos(angle), cy + radius * math.sin(angle)
        out[member] = (x - w / 2, y - h / 2, x + w / 2, y + h / 2)
    return out


def _centred(places: dict[str, Box], before: Sequence[Box]) -> dict[str, Box]:
    """The arrangement moved across so its middle is where the group and the centre stood together."""
    was = (min(b[0] for b in before) + max(b[2] for b in before)) / 2
    now = (min(b[0] for b in places.values()) + max(b[2] for b in places.values())) / 2
    dx = was - now
    return {k: (b[0] + dx, b[1], b[2] + dx, b[3]) for k, b in places.items()}


def _fitted(centre_box: Box, places: dict[str, Box], grow: float = 1.0) -> dict[str, Box]:
    """The arrangement shrunk about the centre's foot (``centre_box`` as it was placed) and moved until it
    lies inside the canvas; grown up to ``grow`` times where it has room (a ring that is the whole
    picture fills more of it)."""
    x0 = min(b[0] for b in places.values())
    y0 = min(b[1] for b in places.values())
    x1 = max(b[2] for b in places.values())
    y1 = max(b[3] for b in places.values())
    span = 1 - 2 * MARGIN
    scale = min(grow, span / max(x1 - x0, 1e-9), span / max(y1 - y0, 1e-9))
    ax, ay = (x0 + x1) / 2, centre_box[3]  # about the arrangement's middle, at the centre's foot
    scaled = {
        k: (
            ax + (b[0] - ax) * scale,
            ay + (b[1] - ay) * scale,
            ax + (b[2] - ax) * scale,
            ay + (b[3] - ay) * scale,
        )
        for k, b in places.items()
    }
    x0 = min(b[0] for b in scaled.values())
    y0 = min(b[1] for b in scaled.values())
    x1 = max(b[2] for b in scaled.values())
    y1 = max(b[3] for b in scaled.values())
    dx = max(0.0, MARGIN - x0) - max(0.0, x1 - (1 - MARGIN))
    dy = max(0.0, MARGIN - y0) - max(0.0, y1 - (1 - MARGIN))
    return {k: (b[0] + dx, b[1] + dy, b[2] + dx, b[3] + dy) for k, b in scaled.items()}


def _carried(links: Sequence[Link], centre: str, members: Sequence[str]) -> dict[str, list[str]]:
    """What each member carries: what its links (held, worn, ridden, sat on) reach, past neither the
    centre nor another member, nearer it than any other member; a thing as near two members (one pizza
    both hold) stays where it is."""
    near: dict[str, list[str]] = {}
    for link in links:
        if link.predicate != AROUND:
            near.setdefault(link.subject, []).append(link.object)
            near.setdefault(link.object, []).append(link.subject)
    stop = {centre, *members}
    hops: dict[str, dict[str, int]] = {}  # thing → member → links between them
    for member in members:
        seen, todo = {member: 0}, [member]
        while todo:
            here = todo.pop(0)
            for other in near.get(here, []):
                if other not in stop and other not in seen:
                    seen[other] = seen[here] + 1
                    todo.append(other)
        for key, n in seen.items():
            if key != member:
                hops.setdefault(key, {})[member] = n
    out: dict[str, list[str]] = {m: [] for m in members}
    for key, by in hops.items():
        nearest = min(by.values())
        owners = [m for m, n in by.items() if n == nearest]
        if len(owners) == 1:
            out[owners[0]].append(key)
    return out


def _unit_box(boxes: Mapping[str, Box], member: str, carried: Sequence[str]) -> Box:
    """The box around ``member`` and what it carries."""
    keys = [k for k in [member, *carried] if k in boxes]
    return (
        min(boxes[k][0] for k in keys),
        min(boxes[k][1] for k in keys),
        max(boxes[k][2] for k in keys),
        max(boxes[k][3] for k in keys),
    )


def _carry(boxes: dict[str, Box], keys: Sequence[str], box: Box, old: Box) -> None:
    """Move a member and what it carries (``keys``, which filled ``old`` together) to fill ``box``,
    scaled alike."""
    sx = (box[2] - box[0]) / max(old[2] - old[0], 1e-9)
    sy = (box[3] - box[1]) / max(old[3] - old[1], 1e-9)
    for key in keys:
        b = boxes[key]
        boxes[key] = (
            box[0] + (b[0] - old[0]) * sx,
            box[1] + (b[1] - old[1]) * sy,
            box[0] + (b[2] - old[0]) * sx,
            box[1] + (b[3] - old[1]) * sy,
        )


def _face(
    boxes: Mapping[str, Box],
    bodies: Mapping[str, Body],
    centre: str,
    members: Sequence[str],
    carried: Mapping[str, Sequence[str]],
) -> None:
    """People beside the centre turn to it ("four people sitting at a table": those at its ends face it);
    those behind it face the viewer across it."""
    c = boxes[centre]
    for member in members:
        b = boxes[member]
        if b[2] > c[0] and b[0] < c[2]:
            continue  # across it, behind: facing out over it
        toward = "right" if (b[0] + b[2]) / 2 < (c[0] + c[2]) / 2 else "left"
        for key in [member, *carried.get(member, [])]:
            body = bodies.get(key)
            if body is not None and body.category in ("person", "animal"):
                body.attributes["facing"] = toward


def _depth(
    z: dict[str, int],
    boxes: Mapping[str, Box],
    centre: str,
    members: Sequence[str],
    carried: Mapping[str, Sequence[str]],
    flat: bool,
) -> None:
    """Behind the centre (a foot higher than its foot) drawn before it, in front after it; in the air
    the centre is drawn last, so no member crosses it."""
    base = min([z.get(centre, 1), *(z.get(m, 1) for m in members)])
    foot = boxes[centre][3]
    behind = [m for m in members if not flat and boxes[m][3] < foot - 1e-6]
    front = [m for m in members if m not in behind]
    order = [*behind, centre, *front] if not flat else [*members, centre]
    for rank, key in enumerate(order):
        shift = base + rank - z.get(key, 1)
        for other in carried.get(key, []):  # what a member carries keeps its place over it
            z[other] = z.get(other, 1) + shift
        z[key] = base + rank


__all__ = ["AROUND", "ring_links", "surround"]
