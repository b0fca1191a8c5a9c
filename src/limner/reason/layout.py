"""Stage 5 — lay out: boxes from a grid of units solved with kiwisolver.

1. *Attach*: "on top of", "inside", "in front of", "behind", "around" and text on a host make a child
   element part of its parent's *unit* (they may overlap; z says which is in front).
2. *Grid*: directional relations (left of, above, next to, between …) place units in grid cells,
   breadth first from each component's first unit; components and lone units are shelf-packed into a
   grid whose shape suits the canvas's aspect ratio.
3. *Solve*: one kiwisolver system: column and row bands in order, every unit inside its cell, related
   elements aligned on the cross axis (so GenEval's rule holds exactly), intra-unit rules, and a
   common scale ``S`` as large as fits. Same input ⇒ same boxes.
"""

from __future__ import annotations

import itertools
import math
from collections import deque
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

import kiwisolver as kiwi

from limner.plan.model import AttributeValue

Box = tuple[float, float, float, float]

#: Direction of the subject's cell from the object's cell.
DIRECTIONS: Mapping[str, tuple[int, int]] = MappingProxyType(
    {
        "left of": (-1, 0),
        "right of": (1, 0),
        "above": (0, -1),
        "below": (0, 1),
        "under": (0, 1),
        "next to": (1, 0),
        "beside": (1, 0),
        "arranged around": (1, 0),  # a group around one thing (``ring``): beside it, re-placed after
        # interactions first laid out as a direction (``interact`` then settles the contact and facing)
        "flies_over": (0, -1),
        "chases": (-1, 0),
        "follows": (-1, 0),
        "looks_at": (-1, 0),
        "faces": (-1, 0),
        "touches": (-1, 0),
        "leans_on": (1, 0),
        "hangs_on": (0, 1),
    }
)
#: Predicate → how the subject attaches to the object's unit.
ATTACH: Mapping[str, str] = MappingProxyType(
    {
        "on top of": "top",
        "on": "top",
        "stacked_on": "top",
        "rides": "top",
        "inside": "inside",
        "in": "inside",
        "in front of": "front",
        "behind": "back",
        "text": "text",
    }
)
#: Predicates whose *object* attaches to the subject's unit ("a snowman wearing a scarf": the scarf is
#: part of the snowman's unit).
ATTACH_OBJECT: Mapping[str, str] = MappingProxyType(
    {"around": "inside", "wears": "inside", "holds": "front", "carries": "front"}
)
#: Predicates that "on top of" falls back from when the subject cannot attach.
_SUPPORT = frozenset({"on top of", "on", "stacked_on", "rides"})

MARGIN = 0.03
GAP = 0.025


@dataclass(frozen=True)
class Item:
    id: str
    w: float
    h: float
    position: str | None = None


@dataclass(frozen=True)
class Link:
    subject: str
    predicate: str
    object: str
    object2: str | None = None
    #: Shapes the layout only (an arrangement's members); not reported as a plan relation.
    internal: bool = False


@dataclass
class LayoutResult:
    boxes: dict[str, Box]
    z: dict[str, int]
    notes: list[str] = field(default_factory=list)
    #: Edits only: new attributes of base elements the edit changed.
    attributes: dict[str, dict[str, AttributeValue]] = field(default_factory=dict)
    #: Edits only: new text content of base text elements.
    texts: dict[str, str] = field(default_factory=dict)


@dataclass
class _Node:
    item: Item
    parent: str | None = None
    mode: str = ""
    children: list[str] = field(default_factory=list)
    scale: float = 1.0


def _attach(items: list[Item], links: list[Link], notes: list[str]) -> dict[str, _Node]:
    nodes = {it.id: _Node(it) for it in items}
    for link in links:
        if link.predicate in ATTACH_OBJECT:
            child, parent, mode = link.object, link.subject, ATTACH_OBJECT[link.predicate]
        elif link.predicate in ATTACH:
            child, parent, mode = link.subject, link.object, ATTACH[link.predicate]
        else:
            continue
        if child not in nodes or parent not in nodes or nodes[child].parent is not None:
            continue
        ancestor: str | None = parent
        cyclic = False
        while ancestor is not None:
            if ancestor == child:
                cyclic = True
                break
            ancestor = nodes[ancestor].parent
        if cyclic:
            continue
        nodes[child].parent, nodes[child].mode = parent, mode
        nodes[parent].children.append(child)
        notes.append(f"{child} attached {mode} {parent}")
    # Parents first: a child's size depends on its parent's final scale.
    queue = deque(nid for nid, node in nodes.items() if node.parent is None)
    while queue:
        nid = queue.popleft()
        _prescale(nodes[nid], nodes)
        queue.extend(nodes[nid].children)
    return nodes


def _prescale(parent: _Node, nodes: dict[str, _Node]) -> None:
    """Shrink children so the intra-unit arrangement fits its parent at any common scale."""
    by_mode: dict[str, list[_Node]] = {}
    for cid in parent.children:
        by_mode.setdefault(nodes[cid].mode, []).append(nodes[cid])
    pw, ph = parent.item.w * parent.scale, parent.item.h * parent.scale
    limits = {
        "top": (0.95, 3.0),
        "inside": (0.8, 0.7),
        "text": (0.84, 0.45),
        "front": (1.2, 1.2),
        "back": (1.2, 1.2),
    }
    for mode, kids in by_mode.items():
        wmax, hmax = limits[mode]
        if mode == "top" and len(kids) == 1:
            wmax = 1.6
        for kid in kids:
            kid.scale = min(1.0, hmax * ph / kid.item.h)
        if mode == "text":
            total_h = sum(k.item.h * k.scale for k in kids) * 1.1
            factor = min(1.0, 0.8 * ph / total_h) if total_h > 0 else 1.0
            for kid in kids:
                kid.scale *= factor
                kid.scale = min(kid.scale, wmax * pw / kid.item.w)
            continue
        total_w = sum(k.item.w * k.scale for k in kids) * 1.1
        if total_w > wmax * pw:
            factor = wmax * pw / total_w
            for kid in kids:
                kid.scale *= factor


def _root(nid: str, nodes: dict[str, _Node]) -> str:
    while nodes[nid].parent is not None:
        parent = nodes[nid].parent
        assert parent is not None
        nid = parent
    return nid


def _fallback(link: Link, nodes: dict[str, _Node]) -> Link:
    """An "on top of" that could not attach (the subject already rests elsewhere) is laid out as "above"."""
    if link.predicate not in _SUPPORT or link.subject not in nodes:
        return link
    node = nodes[link.subject]
    if node.parent == link.object:
        return link
    return Link(link.subject, "above", link.object, link.object2, link.internal)


def _edges(links: list[Link], nodes: dict[str, _Node]) -> list[tuple[str, str, tuple[int, int], bool]]:
    """(unit, anchor unit, direction of unit from anchor, flexible) for directional links across units."""
    edges: list[tuple[str, str, tuple[int, int], bool]] = []
    for link in links:
        if link.subject not in nodes or link.object not in nodes:
            continue
        su, ou = _root(link.subject, nodes), _root(link.object, nodes)
        if link.predicate == "between" and link.object2 in nodes and link.object2 is not None:
            cu = _root(link.object2, nodes)
            if len({su, ou, cu}) == 3:
                edges.append((su, ou, (1, 0), False))
                edges.append((cu, su, (1, 0), False))
        elif link.predicate in DIRECTIONS and su != ou:
            flexible = link.predicate in ("next to", "beside", "arranged around")
            direction = DIRECTIONS[link.predicate]
            if flexible and "left" in (nodes[su].item.position, _opposite(nodes[ou].item.position)):
                direction = (-1, 0)  # "a giraffe next to a zebra, the giraffe on the left"
            edges.append((su, ou, direction, flexible))
    return edges


def _opposite(position: str | None) -> str | None:
    """The side across from a "left" or "right" hint."""
    return {"left": "right", "right": "left"}.get(position or "")


_HINT_DIRECTIONS: Mapping[str, tuple[int, int]] = MappingProxyType(
    {
        "left": (-1, 0),
        "right": (1, 0),
        "top": (0, -1),
        "bottom": (0, 1),
        "top left": (-1, -1),
        "top right": (1, -1),
        "bottom left": (-1, 1),
        "bottom right": (1, 1),
    }
)


def _hint_edges(units: list[str], nodes: dict[str, _Node]) -> list[tuple[str, str, tuple[int, int], bool]]:
    """ "On the left", "at the top" …: place hinted units relative to the first unhinted one."""
    hinted = [u for u in units if nodes[u].item.position in _HINT_DIRECTIONS]
    if not hinted:
        return []
    plain = [u for u in units if nodes[u].item.position not in _HINT_DIRECTIONS]
    anchor = plain[0] if plain else hinted[0]
    edges = []
    for unit in hinted:
        position = nodes[unit].item.position
        if unit != anchor and position is not None:
            direction = _HINT_DIRECTIONS[position]
            if anchor == hinted[0] and nodes[anchor].item.position == position:
                continue
            edges.append((unit, anchor, direction, False))
    return edges


def _place_components(
    units: list[str], edges: list[tuple[str, str, tuple[int, int], bool]]
) -> list[dict[str, tuple[int, int]]]:
    adjacency: dict[str, list[tuple[str, tuple[int, int], bool]]] = {u: [] for u in units}
    for unit, anchor, (dx, dy), flexible in edges:
        adjacency[anchor].append((unit, (dx, dy), flexible))
        adjacency[unit].append((anchor, (-dx, -dy), flexible))
    placed: set[str] = set()
    components: list[dict[str, tuple[int, int]]] = []
    for start in units:
        if start in placed:
            continue
        cells: dict[str, tuple[int, int]] = {start: (0, 0)}
        taken = {(0, 0)}
        placed.add(start)
        queue = deque([start])
        while queue:
            unit = queue.popleft()
            ux, uy = cells[unit]
            for other, (dx, dy), flexible in adjacency[unit]:
                if other in placed:
                    continue
                tries = [(dx, dy), (-dx, -dy)] if flexible else [(dx, dy)]
                spot = None
                for tx, ty in tries:
                    if (ux + tx, uy + ty) not in taken:
                        spot = (ux + tx, uy + ty)
                        break
                if spot is None:
                    step = 2
                    while (ux + dx * step, uy + dy * step) in taken:
                        step += 1
                    spot = (ux + dx * step, uy + dy * step)
                    # keep the cell ordering honest: shift things beyond the spot outward
                cells[other] = spot
                taken.add(spot)
                placed.add(other)
                queue.append(other)
        components.append(_normalize_cells(cells))
    return components


def _normalize_cells(cells: dict[str, tuple[int, int]]) -> dict[str, tuple[int, int]]:
    min_x = min(x for x, _ in cells.values())
    min_y = min(y for _, y in cells.values())
    return {u: (x - min_x, y - min_y) for u, (x, y) in cells.items()}


def _unit_extent(unit: str, nodes: dict[str, _Node]) -> tuple[float, float]:
    node = nodes[unit]
    w, h = node.item.w * node.scale, node.item.h * node.scale
    top = sum(nodes[c].item.h * nodes[c].scale for c in node.children if nodes[c].mode == "top")
    return w, h + top


def _pack(
    components: list[dict[str, tuple[int, int]]], nodes: dict[str, _Node]
) -> dict[str, tuple[int, int]]:
    """Shelf-pack component blocks into a grid whose width suits the canvas."""
    units = [u for comp in components for u in comp]
    n = len(units)
    extents = [_unit_extent(u, nodes) for u in units]
    mean_w = sum(e[0] for e in extents) / n
    mean_h = sum(e[1] for e in extents) / n
    widest = max(max(x for x, _ in comp.values()) + 1 for comp in components)
    best_cols, best_scale = 1, -1.0
    for cols in range(1, n + 1):
        rows = math.ceil(n / cols)
        scale = min((1 - 2 * MARGIN) / (cols * mean_w + 1e-9), (1 - 2 * MARGIN) / (rows * mean_h + 1e-9))
        if scale > best_scale + 1e-9:
            best_cols, best_scale = cols, scale
    shelf_width = max(best_cols, widest)
    order = sorted(
        range(len(components)),
        key=lambda i: (_hint_rank(components[i], nodes), i),
    )
    cells: dict[str, tuple[int, int]] = {}
    x = y = shelf_h = 0
    for i in order:
        comp = components[i]
        bw = max(cx for cx, _ in comp.values()) + 1
        bh = max(cy for _, cy in comp.values()) + 1
        if x > 0 and x + bw > shelf_width:
            x, y, shelf_h = 0, y + shelf_h, 0
        for unit, (cx, cy) in comp.items():
            cells[unit] = (x + cx, y + cy)
        x += bw
        shelf_h = max(shelf_h, bh)
    return cells


def _hint_rank(comp: dict[str, tuple[int, int]], nodes: dict[str, _Node]) -> int:
    ranks = {"left": 0, "top": 0, "top left": 0, "bottom right": 2, "right": 2, "bottom": 2}
    hints = [hint for u in comp if (hint := nodes[u].item.position) is not None]
    return ranks.get(hints[0], 1) if hints else 1


class _Vars:
    def __init__(self, item: Item, scale: float, s: kiwi.Variable) -> None:
        self.x0 = kiwi.Variable(f"{item.id}.x0")
        self.y0 = kiwi.Variable(f"{item.id}.y0")
        self.w = s * (item.w * scale)
        self.h = s * (item.h * scale)
        self.x1 = self.x0 + self.w
        self.y1 = self.y0 + self.h
        self.cx = self.x0 + self.w * 0.5
        self.cy = self.y0 + self.h * 0.5


def _add(solver: kiwi.Solver, constraint: kiwi.Constraint, notes: list[str]) -> None:
    """Add a constraint; a required one that conflicts with earlier ones is kept as strong."""
    try:
        solver.addConstraint(constraint)
    except kiwi.UnsatisfiableConstraint:
        solver.addConstraint(kiwi.Constraint(constraint.expression(), constraint.op(), "strong"))
        notes.append("a conflicting requirement was relaxed")


def solve(items: list[Item], links: list[Link]) -> LayoutResult:
    """Boxes and z for every item; relations in ``links`` shape the layout."""
    notes: list[str] = []
    if not items:
        return LayoutResult({}, {}, notes)
    nodes = _attach(items, links, notes)
    links = [_fallback(link, nodes) for link in links]
    units = [it.id for it in items if nodes[it.id].parent is None]
    components = _place_components(units, _edges(links, nodes) + _hint_edges(units, nodes))
    cells = _pack(components, nodes)
    cols = sorted({c for c, _ in cells.values()})
    rows = sorted({r for _, r in cells.values()})
    col_index = {c: i for i, c in enumerate(cols)}
    row_index = {r: i for i, r in enumerate(rows)}
    cells = {u: (col_index[c], row_index[r]) for u, (c, r) in cells.items()}
    notes.append(f"grid {len(cols)}×{len(rows)} for {len(units)} unit(s)")

    solver = kiwi.Solver()

    def add(constraint: kiwi.Constraint) -> None:
        _add(solver, constraint, notes)

    s = kiwi.Variable("S")
    cap = min(min(0.94 / (n.item.w * n.scale), 0.94 / (n.item.h * n.scale)) for n in nodes.values())
    cap = min(cap, 1.0)
    add(s >= 0.001)
    add(s <= cap)
    add((s == cap) | "strong")
    var = {nid: _Vars(node.item, node.scale, s) for nid, node in nodes.items()}

    left = [kiwi.Variable(f"L{i}") for i in range(len(cols))]
    right = [kiwi.Variable(f"R{i}") for i in range(len(cols))]
    top = [kiwi.Variable(f"T{i}") for i in range(len(rows))]
    bottom = [kiwi.Variable(f"B{i}") for i in range(len(rows))]
    for lo, hi, count in ((left, right, len(cols)), (top, bottom, len(rows))):
        add(lo[0] >= MARGIN)
        add(hi[-1] <= 1 - MARGIN)
        for i in range(count):
            add(lo[i] <= hi[i])
            add((lo[i] == MARGIN + (1 - 2 * MARGIN) * i / count) | "weak")
            add((hi[i] == MARGIN + (1 - 2 * MARGIN) * (i + 1) / count) | "weak")
            if i + 1 < count:
                add(hi[i] + GAP <= lo[i + 1])

    def members(unit: str) -> list[str]:
        out = [unit]
        for child in nodes[unit].children:
            out += members(child)
        return out

    # A unit without children is centred in its cell (two equalities) and its column and row are
    # at least as wide and tall as it: fewer constraints than containment, same result.
    single = {u for u in cells if not nodes[u].children}
    alignments = _alignments(links, nodes, cells, single)
    # Units that must slide to line up with a related element are centred softly; the rest exactly.
    sliding = {_root(n, nodes) for a, b, _ in alignments for n in (a, b)}
    col_need: dict[int, float] = {}
    row_need: dict[int, float] = {}
    for unit, (c, r) in cells.items():
        if unit in single:
            node, v = nodes[unit], var[unit]
            add(v.cx == (left[c] + right[c]) * 0.5)
            add(v.cy == (top[r] + bottom[r]) * 0.5)
            col_need[c] = max(col_need.get(c, 0.0), node.item.w * node.scale)
            row_need[r] = max(row_need.get(r, 0.0), node.item.h * node.scale)
            continue
        for member in members(unit):
            if _enclosed(member, nodes):
                continue  # inside its parent, which is itself kept in the cell
            v = var[member]
            add(v.x0 >= left[c])
            add(v.x1 <= right[c])
            add(v.y0 >= top[r])
            add(v.y1 <= bottom[r])
        root = var[unit]
        add(
            (root.cx == (left[c] + right[c]) * 0.5) | "medium"
            if unit in sliding
            else root.cx == (left[c] + right[c]) * 0.5
        )
        add(
            (root.cy == (top[r] + bottom[r]) * 0.5) | "medium"
            if unit in sliding
            else root.cy == (top[r] + bottom[r]) * 0.5
        )

    for c, need in sorted(col_need.items()):
        add(right[c] - left[c] >= s * need)
    for r, need in sorted(row_need.items()):
        add(bottom[r] - top[r] >= s * need)

    for nid, node in nodes.items():
        _unit_rules(add, nid, node, nodes, var)

    for a, b, axis in alignments:
        add(var[a].cy == var[b].cy if axis == "y" else var[a].cx == var[b].cx)

    solver.updateVariables()
    boxes: dict[str, Box] = {}
    for nid, v in var.items():
        # kiwisolver orders its variables by memory address, so the last bits of a solution vary from
        # run to run; snapped to 1e-9 first, a value on a 4-decimal rounding boundary rounds the same
        # way in every process.
        x0, y0, x1, y1 = (solved(c) for c in (v.x0, v.y0, v.x1, v.y1))
        boxes[nid] = clean_box((x0, y0, x1, y1))
    # snapped too (and +0.0: a scale a hair below zero reads "0.000", not "-0.000" in some processes)
    notes.append(f"scale {solved(s) + 0.0:.3f} (cap {cap:.3f})")
    return LayoutResult(boxes, _z_order(nodes, links), notes)


def _enclosed(nid: str, nodes: dict[str, _Node]) -> bool:
    """Whether an element lies within its parent ("inside" or text on a host)."""
    return nodes[nid].mode in ("inside", "text")


def _alignments(
    links: list[Link], nodes: dict[str, _Node], cells: dict[str, tuple[int, int]], single: set[str]
) -> list[tuple[str, str, str]]:
    """(a, b, axis): related elements in one row share their centre y, in one column their centre x."""
    out: list[tuple[str, str, str]] = []
    for link in links:
        pairs = [(link.subject, link.object)]
        if link.predicate == "between" and link.object2 is not None:
            pairs.append((link.subject, link.object2))
        elif link.predicate not in DIRECTIONS:
            continue
        for a, b in pairs:
            if a not in nodes or b not in nodes:
                continue
            ca, cb = cells[_root(a, nodes)], cells[_root(b, nodes)]
            if ca == cb or (a in single and b in single):
                continue  # same unit, or both centred in their cells already
            if ca[1] == cb[1]:
                out.append((a, b, "y"))
            elif ca[0] == cb[0]:
                out.append((a, b, "x"))
    return out


def _unit_rules(
    add: Callable[[kiwi.Constraint], None],
    nid: str,
    node: _Node,
    nodes: dict[str, _Node],
    var: dict[str, _Vars],
) -> None:
    p = var[nid]
    by_mode: dict[str, list[str]] = {}
    for cid in node.children:
        by_mode.setdefault(nodes[cid].mode, []).append(cid)
    for mode, kids in by_mode.items():
        vs = [var[k] for k in kids]
        if mode == "text":
            # Prescaling keeps the centred stack inside the host, so no containment rows are needed.
            for upper, lower in itertools.pairwise(vs):
                add(upper.y1 + lower.h * 0.1 == lower.y0)
            for v in vs:
                add(v.cx == p.cx)
            add((vs[0].y0 + vs[-1].y1) * 0.5 == p.y0 + p.h * 0.45)
            continue
        for a, b in itertools.pairwise(vs):
            add(a.x1 + a.w * 0.08 == b.x0)  # siblings side by side, evenly spaced
        row_center = (vs[0].x0 + vs[-1].x1) * 0.5
        if mode == "top":
            for v in vs:
                add(v.y1 == p.y0 + p.h * 0.04)
                add(v.x0 <= p.x1 - p.w * 0.04)
                add(v.x1 >= p.x0 + p.w * 0.04)
            add(row_center == p.cx)
        elif mode == "inside":
            for v in vs:  # prescaled to fit: centring keeps them inside
                add(v.cy == p.cy)
            add(row_center == p.cx)
        elif mode == "front":
            for v in vs:
                add(v.y1 == p.y1 + p.h * 0.06)
            add(row_center == p.cx + p.w * 0.3)
        elif mode == "back":
            for v in vs:
                add(v.y1 == p.y1 - p.h * 0.12)
            add(row_center == p.cx - p.w * 0.3)


def solved(term: kiwi.Variable | kiwi.Expression) -> float:
    """A solved variable's (or expression's) value without the run-to-run noise of its last bits."""
    return round(term.value(), 9)


def clean_box(box: Box) -> Box:
    a, b, c, d = box  # each corner rounded and clamped (spelt out: called for every box, often)
    x0, y0 = min(1.0, max(0.0, round(a, 4))), min(1.0, max(0.0, round(b, 4)))
    x1, y1 = min(1.0, max(0.0, round(c, 4))), min(1.0, max(0.0, round(d, 4)))
    if x1 <= x0:
        x1 = min(1.0, x0 + 0.001)
        x0 = min(x0, x1 - 0.001)
    if y1 <= y0:
        y1 = min(1.0, y0 + 0.001)
        y0 = min(y0, y1 - 0.001)
    return (x0, y0, x1, y1)


def _z_order(nodes: dict[str, _Node], links: list[Link]) -> dict[str, int]:
    """z ≥ 1; children in front of their parents, "behind" children behind, by longest path."""
    above: list[tuple[str, str]] = []  # (front, back)
    for nid, node in nodes.items():
        if node.parent is None:
            continue
        if node.mode == "back":
            above.append((node.parent, nid))
        else:
            above.append((nid, node.parent))
    for link in links:
        if link.subject in nodes and link.object in nodes:
            if link.predicate in ("in front of", "hangs_on"):  # what hangs on a thing is before it
                above.append((link.subject, link.object))
            elif link.predicate == "behind":
                above.append((link.object, link.subject))
    z = {nid: 1 for nid in nodes}
    for _ in range(len(nodes)):
        changed = False
        for front, back in above:
            if z[front] <= z[back]:
                z[front] = z[back] + 1
                changed = True
        if not changed:
            break
    return z


__all__ = [
    "ATTACH",
    "ATTACH_OBJECT",
    "DIRECTIONS",
    "Box",
    "Item",
    "LayoutResult",
    "Link",
    "clean_box",
    "solve",
]
