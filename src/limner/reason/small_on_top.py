"""Small things on top of a thing are small beside it: "candles on a birthday cake", "a cherry on a
cupcake", "a flag on a sandcastle", "a bird on a fence post".

The layout sizes every thing from its size class beside the largest one in the scene, and a thing on
another then rests on its top at that size — three candles each a quarter of the canvas tall over a
cake, a flag as big as its sandcastle. This pass, after the scene is staged, sizes what rests on a
thing (the relation ``on``) beside its supporter instead: its long side at most the supporter's times
their size classes' ratio; a lifeless thing no bigger in class than a small supporter (a cake, a
sandcastle, a box), or an animal on a perch (a post, a stump), at most :data:`ORNAMENT` of it; and
a topping of food (candles, a cherry: :func:`limner.reason.toppings.tops`) at most :data:`TOPPING`.
A thing is only ever made smaller, about the middle of its bottom, and stays standing on the
supporter's top. People, and things on people or animals (shoulders, riders), are left as they are.
"""

from __future__ import annotations

from collections.abc import Mapping, MutableMapping, Sequence

from limner.reason.concepts import is_a
from limner.reason.interact import SINK, Body
from limner.reason.layout import Box, Link, clean_box
from limner.reason.toppings import tops
from limner.reason.vocab import SIZE_CLASSES, Lexicon

#: A lifeless thing on a small supporter: at most this share of the supporter's long side.
ORNAMENT = 0.5
#: A topping on food: at most this share of the food's long side.
TOPPING = 0.3
#: Supporters this small in class or smaller are "small": a cake, a sandcastle, a post.
SMALL = SIZE_CLASSES["medium"]
#: Uprights things perch on (WordNet): "a bird on a fence post", "an owl on a stump".
_PERCHES = ("upright.n.01", "pole.n.01", "stump.n.01")
#: Relations of what rests on a thing's top.
_ON_TOP = frozenset({"on", "on top of"})
#: Relations of what is in a thing: it moves with the thing.
_INSIDE = frozenset({"in", "inside"})
#: Lexicon categories of bodies: a person on a thing keeps its size; nothing is sized beside a body.
_BODIES = frozenset({"person", "animal"})


def _long(box: Box) -> float:
    return max(box[2] - box[0], box[3] - box[1])


def _perch(noun: str) -> bool:
    """An upright a bird or a cat sits on top of: a post, a pole, a stump."""
    return any(is_a(noun, kind) for kind in _PERCHES)


def _share(thing: Body, support: Body, lex: Lexicon) -> float:
    """The largest share of the supporter's long side the thing may take."""
    share = thing.size / support.size if support.size > 0 else 1.0
    lifeless = thing.category not in _BODIES
    if (lifeless or _perch(support.noun)) and thing.size <= support.size and support.size <= SMALL:
        share = min(share, ORNAMENT)
    if tops(support.noun, thing.noun, lex):
        share = min(share, TOPPING)
    return share


def _shrunk(box: Box, support: Box, scale: float) -> Box:
    w, h = (box[2] - box[0]) * scale, (box[3] - box[1]) * scale
    cx = min(max((box[0] + box[2]) / 2, support[0] + w / 2), support[2] - w / 2)
    y1 = support[1] + SINK * (support[3] - support[1])
    return clean_box((cx - w / 2, y1 - h, cx + w / 2, y1))


def _carry(boxes: MutableMapping[str, Box], links: Sequence[Link], moved: str, old: Box) -> None:
    """Move and scale what is in ``moved`` as ``moved`` went from ``old`` to its box now."""
    new = boxes[moved]
    ow, oh = old[2] - old[0], old[3] - old[1]
    if ow <= 0 or oh <= 0:
        return
    kx, ky = (new[2] - new[0]) / ow, (new[3] - new[1]) / oh
    for link in links:
        if link.object != moved or link.predicate not in _INSIDE or link.subject not in boxes:
            continue
        b = boxes[link.subject]
        before = b
        boxes[link.subject] = clean_box(
            (
                new[0] + (b[0] - old[0]) * kx,
                new[1] + (b[1] - old[1]) * ky,
                new[0] + (b[2] - old[0]) * kx,
                new[1] + (b[3] - old[1]) * ky,
            )
        )
        _carry(boxes, links, link.subject, before)


def size_on_top(
    boxes: MutableMapping[str, Box], bodies: Mapping[str, Body], links: Sequence[Link], lex: Lexicon
) -> list[str]:
    """Shrink things resting on a smaller-in-life supporter (see the module); notes of what changed."""
    notes: list[str] = []
    on = [k for k in links if k.predicate in _ON_TOP and {k.subject, k.object} <= boxes.keys()]
    carried = {k.subject for k in on}
    scaled: dict[str, float] = {}  # supporters made smaller: what is on them follows, as much smaller
    # supporters that rest on nothing first, so a thing on a thing on a thing follows its supporter
    for link in sorted(on, key=lambda k: k.object in carried):
        thing, support = bodies.get(link.subject), bodies.get(link.object)
        if thing is None or support is None or thing.category == "person" or support.category in _BODIES:
            continue
        if support.size > SMALL and link.object not in scaled:
            continue  # "a ring on a table": a big supporter; the framing makes the small thing prominent
        box, under = boxes[link.subject], boxes[link.object]
        most = _share(thing, support, lex) * _long(under)
        scale = min(scaled.get(link.object, 1.0), most / _long(box) if _long(box) > 0 else 1.0)
        if scale >= 0.98 and link.object not in scaled:
            continue
        boxes[link.subject] = _shrunk(box, under, min(scale, 1.0))
        _carry(boxes, links, link.subject, box)  # "a glass of milk on a tray": the milk in it follows
        if scale < 0.98:
            scaled[link.subject] = scale
            notes.append(
                f"{thing.noun} on the {support.noun}: sized beside it ({_long(box) * scale:.3f} long)"
            )
    return notes


__all__ = ["ORNAMENT", "TOPPING", "size_on_top"]
