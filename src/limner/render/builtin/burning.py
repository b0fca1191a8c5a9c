"""Things on fire ("a burning house", "a burning car"): flames rising from the top of the thing's
drawing. The reasoner keeps the word in the noun ("burning house", drawn as a house), so the house
was drawn untouched; the fire art (🔥) now burns on it — a large flame over its middle and two
smaller ones at its shoulders. The plan's ``attributes.state`` "burning" ("a car on fire") sets it
alight the same way. Art that draws its own flame (a candle, a fire) is left as it is."""

from __future__ import annotations

import skia

from limner.assets.art import ArtChoice, normalize_noun, svg_file_for
from limner.plan.model import Element
from limner.render.builtin.art import Look, load_art, paint_art, pixel_box, place
from limner.render.builtin.facing import mirrored
from limner.render.builtin.scene import Scene
from limner.render.builtin.staging import Staging

Box = tuple[float, float, float, float]

#: First words of a noun that set the thing on fire.
BURNING = frozenset({"burning", "flaming", "blazing", "fiery"})
#: Art that already draws its flame.
FLAMED = frozenset({"🕯️", "🕯", "🔥", "🪔", "🧨", "🎆", "🎇"})
#: The flames, as (centre across the ink, bottom down the ink, width, height): shares of the ink.
FLAMES: tuple[tuple[float, float, float, float], ...] = (
    (0.24, 0.5, 0.3, 0.42),
    (0.78, 0.46, 0.28, 0.4),
    (0.5, 0.36, 0.42, 0.6),
)


def burning(element: Element, emoji: str) -> bool:
    """Whether ``element`` (drawn with ``emoji``) is on fire and its art shows no flame of its own."""
    if element.kind != "object" or emoji in FLAMED:
        return False
    if element.attributes.get("state") == "burning":  # "a car on fire", "a barn in flames"
        return True
    first = normalize_noun(element.noun).split(" ", 1)[0]
    return first in BURNING


def flame_boxes(ink: Box) -> list[Box]:
    """Where the flames burn over a thing whose drawing covers ``ink`` (pixels), back to front."""
    x0, y0, x1, y1 = ink
    w, h = x1 - x0, y1 - y0
    boxes = []
    for cx, bottom, fw, fh in FLAMES:
        mid, foot = x0 + w * cx, y0 + h * bottom
        boxes.append((mid - w * fw / 2, foot - h * fh, mid + w * fw / 2, foot))
    return boxes


def draw_flames(canvas: skia.Canvas, element: Element, choice: ArtChoice, scene: Scene) -> None:
    """Flames (🔥) rising from the top of ``element``'s drawing."""
    file = svg_file_for("🔥")
    if file is None:  # pragma: no cover - the art set draws fire
        return
    box = pixel_box(element, scene.width, scene.height)
    ink = box
    if choice.furniture is None:
        staging = scene.staging.get(element.id, Staging())
        mirror = mirrored(element, choice.file, "right" if staging.figure else None)
        ink = place(
            load_art(choice.file, None), box, Look(stands=staging.stands, fill=staging.fill), mirror
        ).ink
    fire = load_art(file, None)
    upright = Look(stands=True)
    for flame in flame_boxes(ink):
        paint_art(canvas, fire, place(fire, flame, upright), upright, scene.unit)


__all__ = ["BURNING", "FLAMED", "FLAMES", "burning", "draw_flames", "flame_boxes"]
