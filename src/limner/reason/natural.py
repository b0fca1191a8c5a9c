"""Natural arrangements: a group no arrangement word shapes is drawn the way people draw it.

"five balloons above a cake", "four dogs in a park": the members are laid out as one *folded* unit —
one layout item the size of their arrangement, carrying the group's relations — and unfolded into
member boxes after the solve. An arrangement is a few staggered rows (never a single column, never a
grid with holes), bent into a loose arc or wave for things in the air, and receding in depth (the
nearer row lower, larger and overlapping the one behind a little) for things standing on a ground
band. ``seed`` chooses the shape and its small irregularities: the same seed gives the same plan,
another seed another valid one.

A group folds only when every relation of its members is the same for all of them and directional
(above, left of, next to …); members that rest on, ride or hold something keep their own layout, and a
lone pair with no relation stays the solver's row. A draw with three members in a column is redrawn.

Some kinds have a way of their own (:func:`kind_shape`): books stand side by side in one row, fruit and
vegetables lie in a pile (each upper one resting in the hollow of two below), and balloons float in a
bunch (wide on top, narrowing toward the hands that hold the strings, overlapping a little).
"""

from __future__ import annotations

import math
import random
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from limner.reason.arrange import CORNERS
from limner.reason.concepts import concept
from limner.reason.layout import ATTACH, ATTACH_OBJECT, DIRECTIONS, Box, Item, Link

#: Shapes a group may take, by how it bends (things in the air bend more).
GROUND_BENDS = ("flat", "slope", "flat", "dip")
AIR_BENDS = ("arch", "wave", "dip", "slope", "flat")
#: Horizontal step between members (member widths): apart, with a little air.
STEP_X = (1.16, 1.36)
#: Vertical step between rows (member heights): apart, or overlapping a little when in depth.
STEP_Y = (1.08, 1.25)
DEPTH_STEP_Y = (0.55, 0.7)
#: A back row is this much smaller than the row in front of it (in depth).
DEPTH_SHRINK = 0.86
#: Draws of one seed tried until one has no column of three.
ATTEMPTS = 8
#: At most this irregularity, as a share of the member's size.
JITTER = 0.06


#: WordNet classes whose members have an arrangement of their own (first match wins).
KIND_CLASSES: tuple[tuple[str, str], ...] = (
    ("book.n.01", "row"),
    ("book.n.02", "row"),
    ("publication.n.01", "row"),
    ("edible_fruit.n.01", "pile"),
    ("vegetable.n.01", "pile"),
)
#: Most members a row or a pile of one kind takes (more fall back to the staggered rows).
KIND_MAX = 7
#: Books in a row: centre step (member widths); fruit in a pile and balloons in a bunch: horizontal and
#: vertical steps (member sizes) — below 1, so neighbours touch or overlap a little.
ROW_STEP = (1.02, 1.1)
PILE_STEP = (0.98, 0.8)
BUNCH_STEP = (0.8, 0.74)


def kind_shape(noun: str, bunched: bool) -> str | None:
    """The arrangement a group of ``noun`` takes by its kind: "row" (books), "pile" (fruit, vegetables),
    "bunch" (``bunched``: things in the air held up by a string, as balloons), else None."""
    if bunched:
        return "bunch"
    found = concept(noun)
    if found is None:
        return None
    chain = (found.name, *found.ancestors)
    return next((shape for name, shape in KIND_CLASSES if name in chain), None)


def _kind_draw(
    rng: random.Random, shape: str, n: int, w: float, h: float
) -> tuple[list[Box], list[int], str]:
    """A row standing on one line, a pile (rows from the bottom, each member of an upper row in the hollow
    of two below) or a bunch (the same, upside down): member boxes and their front-to-back ranks."""
    if shape == "row":
        step = rng.uniform(*ROW_STEP) * w
        boxes = [(j * step - w / 2, -h, j * step + w / 2, 0.0) for j in range(n)]
        return boxes, [0] * n, "1 row, side by side"
    base = 1
    while base * (base + 1) // 2 < n:
        base += 1
    counts: list[int] = []
    left = n
    for level in range(base):
        take = min(left, base - level)
        if take:
            counts.append(take)
        left -= take
    sx, sy = PILE_STEP if shape == "pile" else BUNCH_STEP
    sx, sy = sx * w, sy * h
    boxes, ranks = [], []
    for level, count in enumerate(counts):
        for j in range(count):
            cx = (j - (count - 1) / 2) * sx + rng.uniform(-JITTER, JITTER) * w * 0.5
            cy = (-level if shape == "pile" else level) * sy + rng.uniform(-JITTER, JITTER) * h * 0.5
            boxes.append((cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2))
            ranks.append(level if shape == "pile" else len(counts) - 1 - level)
    return boxes, ranks, f"{'a pile' if shape == 'pile' else 'a bunch'} of {len(counts)} level(s)"


@dataclass(frozen=True)
class Fold:
    """One group folded into one layout item: member id → its box as fractions of the item's box."""

    item: str
    members: tuple[str, ...]
    fractions: Mapping[str, Box]
    #: Front-to-back rank of each member (0 = farthest), for z.
    depth: Mapping[str, int]
    shape: str
    #: Members overlap by design (a pile, a bunch): their ranks order z even on a plain backdrop.
    overlaps: bool = False


def _rows_options(n: int) -> tuple[int, ...]:
    if n <= 2:
        return (1,)
    if n <= 5:
        return (1, 2)
    if n <= 12:
        return (2, 3)
    if n <= 20:
        return (3, 4)
    root = math.ceil(math.sqrt(n))
    return (root - 1, root)


def arrangement(
    n: int,
    w: float,
    h: float,
    airborne: bool,
    depth: bool,
    seed: int,
    salt: int = 0,
    kind: str | None = None,
) -> tuple[list[Box], list[int], str]:
    """Member boxes (normalized canvas units, any origin) and depth ranks for ``n`` members of size
    ``w``×``h``; the group's shape suits the canvas (normalized, the canvas is square), or is the one of
    its ``kind`` (:func:`kind_shape`). A draw that stacks three members in a column is drawn again (the
    seed's next draw)."""
    rng = random.Random(seed * 1_000_003 + n * 7_919 + salt)
    if kind is not None and 2 < n <= KIND_MAX:
        return _kind_draw(rng, kind, n, w, h)
    for _ in range(ATTEMPTS):
        boxes, ranks, shape = _draw(rng, n, w, h, airborne, depth, seed)
        if not has_column(boxes):
            break
    return boxes, ranks, shape


def has_column(boxes: Sequence[Box]) -> bool:
    """Three members stacked in one column (centres within a third of a member's width)."""
    centres = sorted(((b[0] + b[2]) / 2, b[2] - b[0]) for b in boxes)
    for i in range(len(centres) - 2):
        width = min(c[1] for c in centres[i : i + 3])
        if centres[i + 2][0] - centres[i][0] < width / 3:
            return True
    return False


def _draw(
    rng: random.Random, n: int, w: float, h: float, airborne: bool, depth: bool, seed: int
) -> tuple[list[Box], list[int], str]:
    options = list(_rows_options(n))
    misfit = {r: abs(math.log(_aspect(n, r, w, h))) for r in options}  # normalized: the canvas is 1 × 1
    best = min(misfit.values())
    rows = rng.choice([r for r in options if misfit[r] <= best + math.log(1.5)])
    bends = AIR_BENDS if airborne else GROUND_BENDS
    bend = bends[(seed + n) % len(bends)]  # consecutive seeds, different shapes
    step_x = rng.uniform(*STEP_X)
    step_y = rng.uniform(*(DEPTH_STEP_Y if depth and not airborne else STEP_Y))
    amplitude = rng.uniform(0.25, 0.6)
    per_row = _split(n, rows, rng)
    boxes: list[Box] = []
    ranks: list[int] = []
    shifts = [((k * 0.38) % 1.0) for k in range(rows)]
    if rng.random() < 0.5:
        shifts = [(-s) % 1.0 for s in shifts]
    if depth and not airborne:  # in depth, each row stands in the gaps of the row behind it
        shifts = [2 * _gap_shift(count, row, rows) for row, count in enumerate(per_row)]
    for row, count in enumerate(per_row):
        # row 0 is the back one; later rows are nearer (lower, larger in depth)
        scale = DEPTH_SHRINK ** (rows - 1 - row) if depth and not airborne else 1.0
        mw, mh = w * scale, h * scale
        width = (count - 1) * step_x * w
        for j in range(count):
            t = j / (count - 1) if count > 1 else 0.5
            cx = -width / 2 + j * step_x * w + shifts[row] * step_x * w * (0.5 if rows > 1 else 0.0)
            cy = row * step_y * h + _bend(bend, t, j, amplitude) * h
            cx += rng.uniform(-JITTER, JITTER) * w
            cy += rng.uniform(-JITTER, JITTER) * h
            boxes.append((cx - mw / 2, cy - mh / 2, cx + mw / 2, cy + mh / 2))
            ranks.append(row)
    if not (depth and not airborne):
        boxes = _apart(boxes)
    return boxes, ranks, f"{rows} row(s), {bend}"


def _gap_shift(count: int, row: int, rows: int) -> float:
    """How far (in steps, within half a step) to shift a row of ``count`` so its members stand in the
    gaps of the row behind it (many rows also drift a little, so no three line up in a column)."""
    target = 0.5 * row + (0.175 * (row // 2) if rows > 4 else 0.0)
    shift = (target + (count - 1) / 2) % 1.0
    return shift - 1.0 if shift >= 0.5 else shift


def _aspect(n: int, rows: int, w: float, h: float) -> float:
    per = math.ceil(n / rows)
    return (per * 1.2 * w) / (rows * 1.15 * h)


def _split(n: int, rows: int, rng: random.Random) -> list[int]:
    base, extra = divmod(n, rows)
    counts = [base] * rows
    order = list(range(rows))
    rng.shuffle(order)
    for i in order[:extra]:
        counts[i] += 1
    return [c for c in counts if c > 0]


def _bend(bend: str, t: float, j: int, amplitude: float) -> float:
    if bend == "arch":
        return -amplitude * math.sin(math.pi * t)
    if bend == "dip":
        return amplitude * math.sin(math.pi * t) * 0.6
    if bend == "wave":
        return amplitude * (0.5 if j % 2 else -0.5)
    if bend == "slope":
        return (t - 0.5) * amplitude
    return 0.0


def _overlap(a: Box, b: Box) -> bool:
    return min(a[2], b[2]) - max(a[0], b[0]) > 1e-9 and min(a[3], b[3]) - max(a[1], b[1]) > 1e-9


def _apart(boxes: list[Box]) -> list[Box]:
    """Spread the rows apart until no two members overlap (bends and jitter may bring rows together)."""
    out = list(boxes)
    for _ in range(12):
        if not any(_overlap(a, b) for i, a in enumerate(out) for b in out[i + 1 :]):
            break
        cy = sum((b[1] + b[3]) / 2 for b in out) / len(out)
        out = [
            (b[0], b[1] + ((b[1] + b[3]) / 2 - cy) * 0.15, b[2], b[3] + ((b[1] + b[3]) / 2 - cy) * 0.15)
            for b in out
        ]
    return out


def foldable(members: Sequence[str], links: Sequence[Link]) -> bool:
    """Whether every relation of the members is directional and the same for each of them."""
    ids = set(members)
    mine = [k for k in links if k.subject in ids or k.object in ids or k.object2 in ids]
    shapes: dict[str, set[tuple[str, str, str]]] = {m: set() for m in members}
    for link in mine:
        if link.predicate in ATTACH or link.predicate in ATTACH_OBJECT or link.predicate == "between":
            return False
        if link.predicate not in DIRECTIONS or link.internal:
            return False
        if link.subject in ids and link.object in ids:
            return False
        if link.subject in ids:
            shapes[link.subject].add(("s", link.predicate, link.object))
        else:
            shapes[link.object].add(("o", link.predicate, link.subject))
    first = shapes[members[0]]
    return all(shapes[m] == first for m in members)


def fold(
    items: list[Item],
    links: list[Link],
    groups: Sequence[tuple[tuple[str, ...], bool, str | None]],
    depth: bool,
    seed: int,
) -> tuple[list[Item], list[Link], list[Fold]]:
    """Fold each foldable group (member ids, airborne, kind shape) into one item; links to members move
    to it."""
    by_id = {it.id: it for it in items}
    folds: list[Fold] = []
    replaced: dict[str, str] = {}
    new_items: dict[str, Item] = {}
    for members, airborne, kind in groups:
        if len(members) < 2 or not foldable(members, links) or any(m not in by_id for m in members):
            continue
        if len(members) == 2 and not any(k.subject in members or k.object in members for k in links):
            continue  # a lone pair is already a natural row
        positions = sorted({by_id[m].position or "" for m in members})
        if len(positions) > 1 or positions[0] in CORNERS:
            continue  # members hinted apart, or into a corner: hints of their own
        position = positions[0] or None  # "clouds in the sky": the whole group goes to the top
        first = by_id[members[0]]
        salt = int(members[0][1:]) if members[0][1:].isdigit() else 0
        boxes, ranks, shape = arrangement(len(members), first.w, first.h, airborne, depth, seed, salt, kind)
        x0, y0 = min(b[0] for b in boxes), min(b[1] for b in boxes)
        x1, y1 = max(b[2] for b in boxes), max(b[3] for b in boxes)
        gw, gh = x1 - x0, y1 - y0
        fractions = {
            m: ((b[0] - x0) / gw, (b[1] - y0) / gh, (b[2] - x0) / gw, (b[3] - y0) / gh)
            for m, b in zip(members, boxes, strict=True)
        }
        overlaps = kind in ("pile", "bunch") and 2 < len(members) <= KIND_MAX
        ranked = dict(zip(members, ranks, strict=True))
        folds.append(Fold(first.id, members, fractions, ranked, shape, overlaps))
        new_items[first.id] = Item(first.id, gw, gh, position)
        for m in members:
            replaced[m] = first.id
    if not folds:
        return items, links, []
    out_items = [new_items.get(it.id, it) for it in items if replaced.get(it.id, it.id) == it.id]
    out_links: list[Link] = []
    seen: set[Link] = set()
    for link in links:
        moved = Link(
            replaced.get(link.subject, link.subject),
            link.predicate,
            replaced.get(link.object, link.object),
            replaced.get(link.object2, link.object2) if link.object2 is not None else None,
            link.internal,
        )
        if moved not in seen and moved.subject != moved.object:
            seen.add(moved)
            out_links.append(moved)
    return out_items, out_links, folds


def unfold(boxes: dict[str, Box], z: dict[str, int], folds: Sequence[Fold], depth_z: bool) -> None:
    """Member boxes from each folded item's solved box, in place."""
    for f in folds:
        gx0, gy0, gx1, gy1 = boxes[f.item]
        gw, gh = gx1 - gx0, gy1 - gy0
        base = z.get(f.item, 1)
        for m in f.members:
            fx0, fy0, fx1, fy1 = f.fractions[m]
            boxes[m] = (gx0 + fx0 * gw, gy0 + fy0 * gh, gx0 + fx1 * gw, gy0 + fy1 * gh)
            z[m] = base + (f.depth[m] if depth_z or f.overlaps else 0)


__all__ = ["Fold", "arrangement", "fold", "foldable", "has_column", "kind_shape", "unfold"]
