"""Interactions after the solve: contact, anchors and facing, so each relation reads as its verb.

The solver places an interaction's two things roughly (attached on top, inside, in front, or side by
side); this pass settles them so :func:`limner.plan.geometry.relation_holds` is true and the picture
reads right:

- ``on`` / ``stacked_on``: the subject's bottom on the supporter's top, centred over it;
- ``rides``: the rider on the mount's seat (``limner.assets.anchors``), facing the way the mount does;
- ``wears``: the worn thing at its body anchor (hat → head, scarf → neck, glasses → face, backpack →
  back), scaled to it;
- ``holds`` / ``carries``: the held thing at the hand (a balloon or kite above it, on its string);
- ``touches`` / ``leans_on``: side by side, touching, on one ground line; ``hangs_on``: below, overlapping;
- ``chases`` / ``follows`` / ``looks_at`` / ``faces``: ``attributes.facing`` points at the object (what is
  chased or followed looks the same way), both on one ground line; ``flies_over``: above.

Deterministic: links are settled in a fixed order of predicates, then prompt order, twice (so a chain —
a cat on a laptop on a desk — settles from the bottom up).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache

from limner.assets.anchors import anchor_box, body_kind, worn_anchor
from limner.plan.model import AttributeValue
from limner.reason.layout import Box, Link
from limner.reason.overhead import overhead_box
from limner.reason.wordlists import word_set, word_table

#: Settling order: supports first, then things placed on bodies, then facing.
ORDER = (
    "on",
    "stacked_on",
    "rides",
    "hangs_on",
    "leans_on",
    "touches",
    "chases",
    "follows",
    "looks_at",
    "faces",
    "flies_over",
    "wears",
    "holds",
    "carries",
    "under",
)
#: How far a thing resting on another sinks into its top (share of the supporter's height).
SINK = 0.04
#: A rider's height as a share of the mount's.
RIDER_HEIGHT = 0.9
#: Where a person carried on another's shoulders sits: this share of the carrier's height from the top.
SHOULDERS = 0.3
#: A thing under furniture on legs (``legged_furniture`` in ``words.json``): its largest height and
#: width, as shares of the furniture's (GenEval's "below" holds from about 0.35 of the height down).
UNDER_SHARE = 0.34
UNDER_WIDTH = 0.7
#: A board one stands on (``ridden_boards`` in ``words.json``) under its rider: its length, in rider
#: widths and at least that share of the rider's height, and the feet's depth into its top.
BOARD_LENGTH = 1.7
BOARD_TO_HEIGHT = 0.5
BOARD_FEET = 0.05
#: How much two things holding hands (touching) overlap, and a thing leaning on another, as a share of
#: the narrower one's width.
TOUCH_OVERLAP = 0.3
LEAN_OVERLAP = 0.08
#: A worn thing's box, relative to its anchor region.
WORN_GROWTH = 1.25
#: A hat's height and where its brim sits, as shares of the head region's height (from its top).
HAT_HEIGHT = 0.75
HAT_BRIM = 0.45
#: A held thing at most this share of the holder's height; below that, its longest side is at most
#: its size class (``vocab.SIZE_CLASSES``) times this share of the holder's height (a held book, a
#: medium thing, about a third of its holder's height; a held teacup, tiny, about a tenth).
HELD_MAX = 0.55
HAND_SCALE = 1.25


#: A flown thing (a kite): at most this share of the holder's height, and how far its near bottom
#: corner dips into the holder's top corner (a share of the holder's height, and of its own width).
FLOWN_MAX = 0.45
FLOWN_DIP = 0.03


#: Categories of things that look somewhere (facing is set on them only, besides a verb's subject).
ANIMATE = frozenset({"person", "animal", "vehicle"})


@dataclass
class Body:
    """What the pass needs to know of one element."""

    noun: str
    category: str
    attributes: dict[str, AttributeValue]
    airborne: bool = False
    #: Held up by a handle or string (an umbrella, a balloon): the hand holds its bottom.
    aloft: bool = False
    #: Flown on a long string (a kite): held, it flies high in the sky, beside and above the holder.
    flown: bool = False
    #: How it is carried over the head, when it is (``overhead.overhead_ways``: "canopy", "string").
    overhead: str = ""
    #: Its size class (``vocab.SIZE_CLASSES``): how big it is in a hand.
    size: float = 0.24


def _size(box: Box) -> tuple[float, float]:
    return box[2] - box[0], box[3] - box[1]


def fit(box: Box) -> Box:
    """Shift a box into the canvas, shrinking it about its centre when it is larger."""
    x0, y0, x1, y1 = box
    w, h = min(x1 - x0, 0.98), min(y1 - y0, 0.98)
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    x0 = min(max(cx - w / 2, 0.0), 1.0 - w)
    y0 = min(max(cy - h / 2, 0.0), 1.0 - h)
    return (x0, y0, x0 + w, y0 + h)


def _facing(body: Body) -> str:
    value = body.attributes.get("facing")
    return value if value in ("left", "right") else "right"


def _shift(box: Box, dx: float, dy: float) -> Box:
    return (box[0] + dx, box[1] + dy, box[2] + dx, box[3] + dy)


#: ``hangs_on`` a thing more than this many times the subject's height is climbed: the subject is on
#: its side, its feet ``CLIMB_LIFT`` of the thing's height above the thing's foot (not under it).
CLIMB_RATIO = 1.0
CLIMB_LIFT = 0.2
#: How far (in the subject's widths) a climber's centre is beside the thing's centre line.
CLIMB_SIDE = 0.4
#: Relations that rest their subject on (or in, or hanging from) another thing.
_SUPPORTED = frozenset({"on", "stacked_on", "rides", "in", "inside", "hangs_on"})


def settle(
    boxes: dict[str, Box], bodies: Mapping[str, Body], links: Sequence[Link], notes: list[str]
) -> None:
    """Re-place the subject (or held/worn object) of every interaction link, in place."""
    rank = {p: i for i, p in enumerate(ORDER)}
    ordered = sorted(
        (k for k in enumerate(links) if k[1].predicate in rank), key=lambda k: (rank[k[1].predicate], k[0])
    )
    # "a woman sitting on a bench feeding birds": what rests on a thing keeps its place there
    supported = frozenset(k.subject for k in links if k.predicate in _SUPPORTED)
    for round_ in range(2):
        for _, link in ordered:
            if link.subject not in boxes or link.object not in boxes:
                continue
            if link.subject not in bodies or link.object not in bodies:
                continue
            held = boxes[link.object]
            _settle_one(boxes, bodies, link, supported)
            if link.predicate in ("holds", "carries"):
                _carry_contents(boxes, links, link.object, held)
            if round_ == 0:
                notes.append(f"{link.subject} {link.predicate} {link.object}: settled")


#: Relations whose subject is in or on its object: moved with it when the object is held.
_CONTENTS = frozenset({"in", "inside", "on", "on top of", "stacked_on"})


def _carry_contents(boxes: dict[str, Box], links: Sequence[Link], held: str, before: Box) -> None:
    """What is in or on a thing just put in a hand goes with it, scaled as it was ("a girl holding a
    basket with a kitten in it": the kitten stays in the basket)."""
    after = boxes[held]
    sx = (after[2] - after[0]) / max(before[2] - before[0], 1e-9)
    sy = (after[3] - after[1]) / max(before[3] - before[1], 1e-9)
    for link in links:
        if link.predicate not in _CONTENTS or link.object != held or link.subject not in boxes:
            continue
        box = boxes[link.subject]
        boxes[link.subject] = fit(
            (
                after[0] + (box[0] - before[0]) * sx,
                after[1] + (box[1] - before[1]) * sy,
                after[0] + (box[2] - before[0]) * sx,
                after[1] + (box[3] - before[1]) * sy,
            )
        )


def _settle_one(
    boxes: dict[str, Box], bodies: Mapping[str, Body], link: Link, supported: frozenset[str] = frozenset()
) -> None:
    a, b = boxes[link.subject], boxes[link.object]
    sa, sb = bodies[link.subject], bodies[link.object]
    pred = link.predicate
    if pred in ("on", "rides") and (thick := ridden_boards().get(sb.noun)) is not None:
        boxes[link.subject], boxes[link.object] = _on_board(a, b, thick)
    elif pred == "on" and sb.category == "person" and sa.category in ("person", "animal"):
        boxes[link.subject] = _on_shoulders(a, b)
    elif pred in ("on", "stacked_on"):
        boxes[link.subject] = _rest_on(a, b)
    elif pred == "under" and sb.noun in word_set("legged_furniture"):
        boxes[link.subject], boxes[link.object] = _beneath(a, b)
    elif pred == "rides":
        boxes[link.subject] = _ride(a, b, sb)
        sb.attributes.setdefault("facing", "right")
        sa.attributes["facing"] = _facing(sb)
    elif pred == "wears":
        boxes[link.object] = _wear(b, a, sa, sb)
    elif pred in ("holds", "carries"):
        boxes[link.object] = _hold(b, a, sa, sb)
    elif pred == "hangs_on":
        w, h = _size(a)
        cx = (b[0] + b[2]) / 2
        y0 = b[3] - 0.25 * (b[3] - b[1])
        if b[3] - b[1] > CLIMB_RATIO * h:  # "a boy climbing a tree": on its side, feet off the ground
            y0 = b[3] - CLIMB_LIFT * (b[3] - b[1]) - h
            cx += CLIMB_SIDE * w
            sa.attributes["facing"] = "left"  # towards the trunk or the ladder it clings to
        boxes[link.subject] = fit((cx - w / 2, y0, cx + w / 2, y0 + h))
    elif pred in ("touches", "leans_on"):
        overlap = TOUCH_OVERLAP if pred == "touches" else LEAN_OVERLAP
        boxes[link.subject], boxes[link.object] = _beside(a, b, sa, sb, overlap)
        if link.subject in supported and link.object not in supported:
            # "a dog lying on a rug chewing a bone": the dog keeps its place on the rug, the bone comes
            moved = boxes[link.subject]
            boxes[link.object] = fit(_shift(boxes[link.object], a[0] - moved[0], a[3] - moved[3]))
            boxes[link.subject] = a
        elif link.object in supported and link.subject not in supported:
            # "a man pushing a boy in a wheelchair": the boy keeps his seat, the man comes to him
            moved = boxes[link.object]
            boxes[link.subject] = fit(_shift(boxes[link.subject], b[0] - moved[0], b[3] - moved[3]))
            boxes[link.object] = b
        _face_each_other(sa, sb, boxes[link.subject], boxes[link.object], mutual=pred == "touches")
    elif pred in ("chases", "follows", "looks_at", "faces"):
        on_ground = link.subject not in supported and link.object not in supported
        if on_ground and not (sa.airborne or sb.airborne):
            boxes[link.subject] = fit(_shift(a, 0.0, b[3] - a[3]))  # one ground line
        _face_each_other(sa, sb, boxes[link.subject], b, mutual=False)
        if pred in ("chases", "follows") and sb.category in ANIMATE:
            sb.attributes["facing"] = _facing(sa)  # what is chased runs the same way
    elif pred == "flies_over" and not (a[1] + a[3]) / 2 < b[1]:
        w, h = _size(a)
        y1 = max(h, b[1] - 0.01)
        boxes[link.subject] = fit((a[0], y1 - h, a[2], y1))


def _rest_on(a: Box, b: Box) -> Box:
    w, h = _size(a)
    bw, bh = _size(b)
    cx = (a[0] + a[2]) / 2
    if not b[0] + 0.1 * bw <= cx <= b[2] - 0.1 * bw:
        cx = (b[0] + b[2]) / 2
    y1 = b[1] + SINK * bh
    if y1 - h < 0:  # no room above: smaller, same contact
        w, h = w * y1 / h, y1
    return (cx - w / 2, y1 - h, cx + w / 2, y1)


def _on_shoulders(rider: Box, carrier: Box) -> Box:
    """Someone carried on a person's shoulders ("on his shoulders", a piggyback) sits astride the
    neck: the seat at the carrier's shoulder line, the legs down over the chest."""
    w, h = _size(rider)
    cx = (carrier[0] + carrier[2]) / 2
    y1 = carrier[1] + SHOULDERS * (carrier[3] - carrier[1])
    if y1 - h < 0:
        w, h = w * y1 / h, y1
    return (cx - w / 2, y1 - h, cx + w / 2, y1)


def _beneath(thing: Box, furniture: Box) -> tuple[Box, Box]:
    """(thing, furniture) for a thing under a table, a desk, a bed or a chair: the furniture stands on
    the thing's ground line, the thing on the floor beneath its top, no taller than
    :data:`UNDER_SHARE` of it (a cat under a table, not a table on a cat's head)."""
    fw, fh = _size(furniture)
    cx = (thing[0] + thing[2]) / 2
    stand = fit((cx - fw / 2, thing[3] - fh, cx + fw / 2, thing[3]))
    w, h = _size(thing)
    scale = min(1.0, UNDER_SHARE * fh / h if h > 0 else 1.0, UNDER_WIDTH * fw / w if w > 0 else 1.0)
    w, h = w * scale, h * scale
    cx, ground = (stand[0] + stand[2]) / 2, stand[3]
    return (cx - w / 2, ground - h, cx + w / 2, ground), stand


@cache
def ridden_boards() -> Mapping[str, float]:
    """Boards one stands on → their height as a share of their length (``words.json``)."""
    return {noun: float(share) for noun, share in word_table("ridden_boards").items()}


def _on_board(rider: Box, board: Box, thick: float) -> tuple[Box, Box]:
    """(rider, board): the board flat on the ground line it stood on, as long as its rider is wide
    (``thick``: its height, a share of its length), and the rider standing on its deck."""
    w, h = _size(rider)
    length = max(w * BOARD_LENGTH, h * BOARD_TO_HEIGHT)
    ground = board[3]
    top = ground - thick * length
    feet = top + BOARD_FEET * length
    if feet - h < 0:  # no room above: a smaller rider, the same ground
        w, h, length = w * feet / h, feet, length * feet / h
    cx = (rider[0] + rider[2]) / 2
    flat = fit((cx - length / 2, ground - thick * length, cx + length / 2, ground))
    cx = (flat[0] + flat[2]) / 2
    return (cx - w / 2, feet - h, cx + w / 2, feet), flat


def _ride(rider: Box, mount: Box, mount_body: Body) -> Box:
    kind = body_kind(mount_body.category, mount_body.noun)
    seat = anchor_box(mount, kind, "seat", _facing(mount_body))
    w, h = _size(rider)
    mh = mount[3] - mount[1]
    scale = RIDER_HEIGHT * mh / h if h > 0 else 1.0
    w, h = w * scale, h * scale
    cx, y1 = (seat[0] + seat[2]) / 2, seat[3]
    if y1 - h < 0:
        w, h = w * y1 / h * 0.98, y1 * 0.98
    return (cx - w / 2, y1 - h, cx + w / 2, y1)


def _wear(worn: Box, wearer: Box, wearer_body: Body, worn_body: Body) -> Box:
    """The anchor region, a little larger (a hat sits on the top of the head, over its edge)."""
    kind = body_kind(wearer_body.category, wearer_body.noun)
    anchor = worn_anchor(worn_body.noun)
    region = anchor_box(wearer, kind, anchor, _facing(wearer_body))
    rw, rh = _size(region)
    cx = (region[0] + region[2]) / 2
    if anchor == "head":  # a hat sits on the head: wide and low, its brim near the middle of the head
        w, h = rw * WORN_GROWTH, rh * HAT_HEIGHT
        bottom = region[1] + HAT_BRIM * rh
        return fit((cx - w / 2, bottom - h, cx + w / 2, bottom))
    w, h = rw * WORN_GROWTH, rh * WORN_GROWTH
    cy = (region[1] + region[3]) / 2
    return fit((cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2))


def _hold(held: Box, holder: Box, holder_body: Body, held_body: Body) -> Box:
    if held_body.flown:  # a kite: up in the sky on its string, sized by the flyer
        return _fly(held, holder, _facing(holder_body))
    w, h = _size(held)
    hh = holder[3] - holder[1]
    # a book in a hand, not a torso-sized slab; an umbrella or a balloon held up keeps its size
    cap = (HELD_MAX if held_body.aloft else min(HELD_MAX, HAND_SCALE * held_body.size)) * hh
    if max(w, h) > cap:
        w, h = w * cap / max(w, h), h * cap / max(w, h)
    if held_body.overhead:  # an umbrella over the head, a balloon above and beside it: the face clear
        box = overhead_box(
            (0.0, 0.0, w, h),
            holder,
            holder_body.category,
            holder_body.noun,
            _facing(holder_body),
            held_body.overhead,
        )
        return fit(box)
    kind = body_kind(holder_body.category, holder_body.noun)
    hand = anchor_box(holder, kind, "hand", _facing(holder_body))
    hx, hy = (hand[0] + hand[2]) / 2, (hand[1] + hand[3]) / 2
    if held_body.aloft or held_body.airborne:  # an umbrella or a balloon: above the hand
        return fit((hx - w / 2, hy - h, hx + w / 2, hy))
    return fit((hx - w / 2, hy - h / 2, hx + w / 2, hy + h / 2))


def _fly(flown: Box, holder: Box, facing: str) -> Box:
    """A kite on its string: a share of the holder's height, above the holder's head and off to the
    side the holder faces, its near bottom corner just over the holder's top corner (the string runs
    from the hand up to it, and the boxes still meet, as holding needs)."""
    w, h = _size(flown)
    hh = holder[3] - holder[1]
    if h > FLOWN_MAX * hh:
        w, h = w * FLOWN_MAX * hh / h, FLOWN_MAX * hh
    bottom = holder[1] + FLOWN_DIP * hh
    if bottom - h < 0:
        w, h = w * bottom / h, bottom
    x0 = holder[2] - FLOWN_DIP * w if facing == "right" else holder[0] + FLOWN_DIP * w - w
    return fit((x0, bottom - h, x0 + w, bottom))


def _beside(a: Box, b: Box, sa: Body, sb: Body, overlap: float) -> tuple[Box, Box]:
    """Side by side about their common centre, overlapping by ``overlap`` of the narrower one (hands
    meet), on one ground line unless one is in the air."""
    wa, wb = a[2] - a[0], b[2] - b[0]
    left = (a[0] + a[2]) / 2 <= (b[0] + b[2]) / 2
    mid = ((a[0] + a[2]) / 2 + (b[0] + b[2]) / 2) / 2
    span = wa + wb - overlap * min(wa, wb)
    x0 = min(max(mid - span / 2, 0.0), 1.0 - span)
    dy = 0.0 if sa.airborne or sb.airborne else b[3] - a[3]
    if left:
        na = (x0, a[1] + dy, x0 + wa, a[3] + dy)
        nb = (x0 + span - wb, b[1], x0 + span, b[3])
    else:
        nb = (x0, b[1], x0 + wb, b[3])
        na = (x0 + span - wa, a[1] + dy, x0 + span, a[3] + dy)
    return fit(na), fit(nb)


def _face_each_other(sa: Body, sb: Body, a: Box, b: Box, mutual: bool) -> None:
    toward = "right" if (a[0] + a[2]) / 2 <= (b[0] + b[2]) / 2 else "left"
    sa.attributes["facing"] = toward
    if mutual and sb.category in ANIMATE:
        sb.attributes["facing"] = "left" if toward == "right" else "right"


__all__ = [
    "ANIMATE",
    "CLIMB_LIFT",
    "CLIMB_RATIO",
    "CLIMB_SIDE",
    "FLOWN_DIP",
    "FLOWN_MAX",
    "HAND_SCALE",
    "HAT_BRIM",
    "HAT_HEIGHT",
    "HELD_MAX",
    "LEAN_OVERLAP",
    "ORDER",
    "RIDER_HEIGHT",
    "SINK",
    "TOUCH_OVERLAP",
    "WORN_GROWTH",
    "Body",
    "fit",
    "settle",
]
