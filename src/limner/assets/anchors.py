"""Body anchors: where worn, held and ridden things attach to a figure, in its own box.

One table shared by the reasoner (which places a hat at the wearer's head, a held balloon at the
hand, a rider on the mount's back) and the built-in renderer (whose art for each body kind puts the
head, hands and back where this table says). Regions are ``(x0, y0, x1, y1)`` fractions of the
figure's box, for a figure facing right; :func:`anchor_box` mirrors them for one facing left.

Data, not code: a new body kind is a new row of ``BODIES`` and a new rule in :func:`body_kind`.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

Region = tuple[float, float, float, float]
BoxT = tuple[float, float, float, float]

#: Share of a whole half figure's height its drawing (head and shoulders) takes; trouser legs, drawn
#: by the renderer, take the rest (the ``bust`` body kind's anchors assume it).
BUST_SHARE = 0.55

#: Anchor regions per body kind (figure facing right).
BODIES: Mapping[str, Mapping[str, Region]] = MappingProxyType(
    {
        # an upright figure: person, astronaut, robot, snowman…
        "person": MappingProxyType(
            {
                "head": (0.28, 0.0, 0.72, 0.24),
                "face": (0.32, 0.06, 0.68, 0.22),
                "neck": (0.3, 0.2, 0.7, 0.32),
                "torso": (0.22, 0.26, 0.78, 0.6),
                "back": (0.1, 0.26, 0.5, 0.58),
                "hand": (0.72, 0.42, 1.0, 0.62),
                "other_hand": (0.0, 0.42, 0.28, 0.62),
                "feet": (0.2, 0.88, 0.8, 1.0),
                "seat": (0.25, 0.5, 0.75, 0.7),
            }
        ),
        # a half figure (the role emoji: cook, teacher, police officer …) drawn whole: its head and
        # shoulders over the top BUST_SHARE of the box, trouser legs below (the renderer adds them)
        "bust": MappingProxyType(
            {
                "head": (0.22, 0.0, 0.78, 0.28),
                "face": (0.3, 0.09, 0.7, 0.28),
                "neck": (0.3, 0.26, 0.7, 0.35),
                "torso": (0.1, 0.33, 0.9, 0.58),
                "back": (0.05, 0.31, 0.45, 0.58),
                "hand": (0.62, 0.38, 1.0, 0.55),
                "other_hand": (0.0, 0.38, 0.38, 0.55),
                "feet": (0.25, 0.9, 0.75, 1.0),
                "seat": (0.2, 0.5, 0.8, 0.62),
            }
        ),
        # a half figure that stays half (a baby): a big head above shoulders, hands at the bottom edge
        "half": MappingProxyType(
            {
                "head": (0.22, 0.0, 0.78, 0.5),
                "face": (0.3, 0.16, 0.7, 0.5),
                "neck": (0.3, 0.48, 0.7, 0.64),
                "torso": (0.1, 0.6, 0.9, 1.0),
                "back": (0.05, 0.56, 0.45, 1.0),
                "hand": (0.62, 0.7, 1.0, 1.0),
                "other_hand": (0.0, 0.7, 0.38, 1.0),
                "feet": (0.2, 0.9, 0.8, 1.0),
                "seat": (0.2, 0.8, 0.8, 1.0),
            }
        ),
        # a snowman: a big head ball above a bigger body ball, stick arms at the join
        "snowman": MappingProxyType(
            {
                "head": (0.3, 0.0, 0.72, 0.36),
                "face": (0.35, 0.16, 0.68, 0.36),
                "neck": (0.28, 0.4, 0.75, 0.58),
                "torso": (0.2, 0.5, 0.8, 0.95),
                "back": (0.2, 0.45, 0.6, 0.8),
                "hand": (0.78, 0.38, 0.95, 0.56),
                "other_hand": (0.05, 0.38, 0.22, 0.56),
                "feet": (0.2, 0.9, 0.8, 1.0),
                "seat": (0.25, 0.5, 0.75, 0.7),
            }
        ),
        # a four-legged animal seen from the side, head on the right
        "quadruped": MappingProxyType(
            {
                "head": (0.68, 0.0, 1.0, 0.42),
                "face": (0.76, 0.08, 1.0, 0.36),
                "neck": (0.62, 0.18, 0.8, 0.45),
                "back": (0.2, 0.12, 0.7, 0.4),
                "torso": (0.15, 0.25, 0.75, 0.7),
                "hand": (0.8, 0.3, 1.0, 0.5),  # the mouth: a dog "holding" a stick
                "other_hand": (0.8, 0.3, 1.0, 0.5),
                "feet": (0.1, 0.85, 0.9, 1.0),
                "seat": (0.25, 0.1, 0.65, 0.35),
            }
        ),
        # a bird or other small flyer, head on the right
        "bird": MappingProxyType(
            {
                "head": (0.6, 0.0, 1.0, 0.4),
                "face": (0.66, 0.08, 1.0, 0.36),
                "neck": (0.55, 0.25, 0.8, 0.5),
                "back": (0.2, 0.2, 0.65, 0.5),
                "torso": (0.2, 0.3, 0.75, 0.8),
                "hand": (0.8, 0.3, 1.0, 0.5),
                "other_hand": (0.8, 0.3, 1.0, 0.5),
                "feet": (0.3, 0.85, 0.7, 1.0),
                "seat": (0.25, 0.2, 0.65, 0.45),
            }
        ),
    }
)

#: Which anchor a worn thing attaches to, by its noun's last word ("top hat" → hat → head).
WORN_AT: Mapping[str, str] = MappingProxyType(
    {
        "hat": "head",
        "cap": "head",
        "helmet": "head",
        "crown": "head",
        "beanie": "head",
        "hood": "head",
        "wig": "head",
        "headband": "head",
        "tiara": "head",
        "glasses": "face",
        "sunglasses": "face",
        "goggles": "face",
        "mask": "face",
        "monocle": "face",
        "scarf": "neck",
        "necklace": "neck",
        "tie": "neck",
        "bowtie": "neck",
        "collar": "neck",
        "medal": "neck",
        "backpack": "back",
        "cape": "back",
        "wings": "back",
        "jetpack": "back",
        "shirt": "torso",
        "jacket": "torso",
        "coat": "torso",
        "sweater": "torso",
        "dress": "torso",
        "vest": "torso",
        "apron": "torso",
        "armor": "torso",
        "glove": "hand",
        "gloves": "hand",
        "ring": "hand",
        "watch": "hand",
        "bracelet": "hand",
        "shoe": "feet",
        "shoes": "feet",
        "boot": "feet",
        "boots": "feet",
        "sock": "feet",
        "socks": "feet",
        "skates": "feet",
        "saddle": "seat",
    }
)


def body_kind(category: str, noun: str = "") -> str:
    """The body kind of a figure from its noun category (``person``, ``animal``…); ``bust`` for a
    person whose art is a half figure drawn whole (a chef drawn as the cook emoji, legs added),
    ``half`` for one that stays half (a baby); ``person`` for anything else that can wear or hold
    (a snowman, a robot)."""
    if category == "animal":
        last = noun.rsplit(" ", 1)[-1]
        flyers = {"bird", "parrot", "owl", "eagle", "duck", "chicken", "penguin", "swan", "bat", "bee"}
        return "bird" if last in flyers else "quadruped"
    if noun.rsplit(" ", 1)[-1] in ("snowman", "snowmen"):
        return "snowman"
    if category == "person" and noun:
        from limner.assets.art import drawn_whole, half_figure, resolve_art  # tables load on first use

        emoji = resolve_art(noun).emoji
        return "bust" if drawn_whole(emoji) else "half" if half_figure(emoji) else "person"
    return "person"


def worn_anchor(noun: str) -> str:
    """Where a worn thing goes ("scarf" → neck); ``torso`` when the table does not say."""
    words = noun.lower().split()
    return WORN_AT.get(words[-1], "torso") if words else "torso"


def anchor_box(figure: BoxT, kind: str, anchor: str, facing: str = "right") -> BoxT:
    """The anchor region of a figure's box, in the same coordinates as the box."""
    region = BODIES.get(kind, BODIES["person"]).get(anchor) or BODIES["person"]["torso"]
    x0, y0, x1, y1 = region
    if facing == "left":
        x0, x1 = 1.0 - x1, 1.0 - x0
    w, h = figure[2] - figure[0], figure[3] - figure[1]
    return (figure[0] + x0 * w, figure[1] + y0 * h, figure[0] + x1 * w, figure[1] + y1 * h)


__all__ = ["BODIES", "BUST_SHARE", "WORN_AT", "anchor_box", "body_kind", "worn_anchor"]
