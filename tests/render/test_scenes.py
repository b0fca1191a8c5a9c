"""Scenes, not stickers: structured backdrops, contact shadows, worn things at their anchor,
facing, side-view furniture and visibility — measured in the pixels."""

from __future__ import annotations

import numpy as np
import pytest

from limner.assets.anchors import anchor_box
from limner.assets.art import resolve_art
from limner.plan.model import Background, Canvas, Element, Layer, Plan, Relation
from limner.render.base import RenderOptions
from limner.render.builtin import BuiltinRenderer
from limner.render.builtin.colors import luminance, parse_hex
from limner.render.builtin.facing import art_facing

from .conformance import RGBArray, assert_conforms, decode, pixel_box
from .scenes import SCENES, kitchen_background, obj, outdoor, plan_of

RENDERER = BuiltinRenderer()


def render(plan: Plan, seed: int = 1) -> bytes:
    return RENDERER.render(plan, RenderOptions(seed=seed)).data


def backdrop_of(plan: Plan, seed: int = 1) -> bytes:
    return render(plan.model_copy(update={"elements": [], "relations": []}), seed)


def ink_mask(image: RGBArray, under: RGBArray, threshold: float = 30.0) -> np.ndarray:
    return np.linalg.norm(image.astype(np.float32) - under.astype(np.float32), axis=2) > threshold


def contrast(a: np.ndarray, b: tuple[int, int, int]) -> np.ndarray:
    """WCAG contrast of each RGB pixel in ``a`` against the colour ``b``."""
    f = a.astype(np.float32) / 255
    lin = np.where(f <= 0.04045, f / 12.92, ((f + 0.055) / 1.055) ** 2.4)
    lum = lin @ np.array([0.2126, 0.7152, 0.0722], np.float32)
    other = luminance(b)
    return (np.maximum(lum, other) + 0.05) / (np.minimum(lum, other) + 0.05)


@pytest.mark.parametrize("name", sorted(SCENES))
def test_scenes_conform_and_are_deterministic(name: str) -> None:
    plan = SCENES[name]()
    data = render(plan)
    assert data == render(plan)
    assert_conforms(data, plan, backdrop=backdrop_of(plan))


def test_backdrop_layers_are_drawn_in_their_colours_and_spans() -> None:
    plan = plan_of(outdoor("beach", "#4aa3df", "#e9cf8f", "sand", horizon=0.6, weather="fog"), [])
    plan = plan.model_copy(
        update={
            "canvas": plan.canvas.model_copy(
                update={
                    "background": plan.canvas.background.model_copy(
                        update={
                            "weather": "clear",
                            "layers": [
                                Layer(kind="sky", color="#4aa3df", span=(0.0, 0.5)),
                                Layer(kind="water", color="#1d5f8a", span=(0.5, 0.6)),
                                Layer(kind="ground", color="#e9cf8f", material="sand", span=(0.6, 1.0)),
                            ],
                        }
                    )
                }
            )
        }
    )
    image = decode(render(plan)).astype(np.float32)
    height = image.shape[0]
    layers = plan.canvas.background.layers
    for layer in layers:
        top, bottom = round(layer.span[0] * height) + 2, round(layer.span[1] * height) - 2
        median = np.median(image[top:bottom].reshape(-1, 3), axis=0)
        target = np.array(parse_hex(layer.color), np.float32)
        distances = {
            other.kind: np.linalg.norm(median - np.array(parse_hex(other.color))) for other in layers
        }
        assert distances[layer.kind] < 60, (layer.kind, median, layer.color)
        assert distances[layer.kind] == min(distances.values()), (layer.kind, distances)
        assert np.linalg.norm(median - target) < 60
    # the sky lightens toward the horizon, the ground darkens toward the viewer
    sky_top, sky_low = image[5].mean(), image[round(0.48 * height)].mean()
    ground_far, ground_near = image[round(0.62 * height)].mean(), image[height - 3].mean()
    assert sky_low > sky_top + 10
    assert ground_far > ground_near + 5


def test_a_plain_plan_stays_a_flat_fill() -> None:
    plan = Plan(canvas=Canvas(width=256, height=192, background=Background(color="#336699", setting=None)))
    image = decode(render(plan))
    assert len(np.unique(image.reshape(-1, 3), axis=0)) <= 2  # the fill and its faint floor band


def test_night_kitchen_window_shows_night() -> None:
    day = decode(render(plan_of(kitchen_background("day"), [])))
    night = decode(render(plan_of(kitchen_background("night"), [])))
    assert night[: night.shape[0] // 2].mean() < day[: day.shape[0] // 2].mean() - 20


def test_contact_shadow_under_grounded_things_only() -> None:
    bg = outdoor("park", "#8ec5ec", "#6aa84f", "grass")
    grounded = plan_of(bg, [obj("e1", "dog", (0.3, 0.6, 0.6, 0.85), color="brown")])
    floating = plan_of(bg, [obj("e1", "balloon", (0.3, 0.1, 0.45, 0.35), color="red")])
    under = decode(backdrop_of(grounded)).astype(np.float32)
    height, width = under.shape[:2]
    for plan, expect in ((grounded, True), (floating, False)):
        image = decode(render(plan)).astype(np.float32)
        x0, _, x1, y1 = pixel_box(plan.elements[0].box, width, height)
        band = slice(y1 + 1, y1 + 4), slice(x0 + (x1 - x0) // 4, x1 - (x1 - x0) // 4)
        darker = (under[band].sum(axis=2) - image[band].sum(axis=2)).mean()
        if expect:
            assert darker > 12, darker
        else:
            assert abs(darker) < 1


def test_things_in_the_air_cast_a_faint_shadow_on_the_ground_below() -> None:
    bg = outdoor("park", "#8ec5ec", "#6aa84f", "grass")
    bird = obj("e1", "bird", (0.4, 0.1, 0.55, 0.3), color="red", pose="flying")
    sun = obj("e1", "sun", (0.4, 0.1, 0.55, 0.3), color="yellow")
    under = decode(backdrop_of(plan_of(bg, [bird]))).astype(np.float32)
    height, width = under.shape[:2]
    ground = slice(round(0.62 * height), height), slice(round(0.4 * width), round(0.55 * width))
    for element, expect in ((bird, True), (sun, False)):
        image = decode(render(plan_of(bg, [element]))).astype(np.float32)
        darker = (under[ground].sum(axis=2) - image[ground].sum(axis=2)).max()
        assert (darker > 10) == expect, (element.noun, darker)


def test_things_on_a_table_cast_a_shadow_on_its_top() -> None:
    plan = SCENES["kitchen"]()
    without_cat = plan.model_copy(
        update={"elements": [e for e in plan.elements if e.id != "e2"], "relations": []}
    )
    image = decode(render(plan)).astype(np.float32)
    base = decode(render(without_cat)).astype(np.float32)
    height, width = image.shape[:2]
    cat = plan.element("e2")
    x0, _, x1, y1 = pixel_box(cat.box, width, height)
    band = slice(y1 + 4, y1 + 8), slice(x0 + (x1 - x0) // 3, x1 - (x1 - x0) // 3)
    assert (base[band].sum(axis=2) - image[band].sum(axis=2)).mean() > 8


def test_worn_scarf_sits_in_the_wearers_neck_region() -> None:
    plan = SCENES["night_snow"]()
    snowman, scarf = plan.element("e1"), plan.element("e2")
    neck = anchor_box(snowman.box, "person", "neck")
    assert neck[0] <= scarf.box[0] and scarf.box[2] <= neck[2] + 0.08  # the scene is laid out that way
    recoloured = plan.model_copy(
        update={
            "elements": [
                e if e.id != "e2" else obj("e2", "scarf", e.box, z=e.z, color="blue") for e in plan.elements
            ]
        }
    )
    image = decode(render(plan))
    height, width = image.shape[:2]
    ink = ink_mask(image, decode(render(recoloured)))  # what changes with the scarf's colour is the scarf
    ys, xs = np.nonzero(ink)
    assert len(ys) > 50
    x0, y0, x1, y1 = pixel_box(neck, width, height)
    inside = (xs >= x0 - 2) & (xs <= x1 + 2) & (ys >= y0 - 2) & (ys <= y1 + 2)
    assert inside.mean() > 0.97
    # the wearer's art fills its box, so its head, neck and hands are where the anchor table says
    figure = ink_mask(image, decode(backdrop_of(plan)))
    fx0, fy0, fx1, fy1 = pixel_box(snowman.box, width, height)
    rows = np.flatnonzero(figure[fy0:fy1, fx0:fx1].any(axis=1))
    head = anchor_box(snowman.box, "person", "head")
    assert rows[0] <= 0.1 * (fy1 - fy0) and rows[-1] >= 0.97 * (fy1 - fy0)
    assert fy0 + rows[0] <= head[3] * height


def test_facing_mirrors_the_art() -> None:
    bg = outdoor("park", "#8ec5ec", "#6aa84f", "grass")
    box = (0.3, 0.55, 0.6, 0.85)
    left = decode(render(plan_of(bg, [obj("e1", "dog", box, color="brown", facing="left")]))).astype(np.int16)
    right = decode(render(plan_of(bg, [obj("e1", "dog", box, color="brown", facing="right")]))).astype(
        np.int16
    )
    height, width = left.shape[:2]
    x0, y0, x1, y1 = pixel_box(box, width, height)
    assert np.abs(left - right).mean() > 0.5  # it changed
    a, b = left[y0:y1, x0:x1], right[y0:y1, x0:x1, :][:, ::-1]
    ink_a = np.abs(a - decode(backdrop_of(plan_of(bg, [])))[y0:y1, x0:x1]).sum(axis=2) > 60
    ink_b = ink_a[:, ::-1]
    flipped = np.abs(a - b).sum(axis=2) > 60
    assert (flipped & ink_a).mean() < 0.25 * ink_a.mean()  # right is left mirrored
    assert ink_b.any()
    assert (
        art_facing(resolve_art("dog").file) == "left" and art_facing(resolve_art("airplane").file) == "right"
    )


@pytest.mark.parametrize(
    "noun", ["table", "dining table", "desk", "counter", "stove", "bench", "shelf", "bed", "sofa"]
)
def test_furniture_is_drawn_from_the_side_filling_its_box(noun: str) -> None:
    choice = resolve_art(noun)
    assert choice.furniture, f"{noun} should be side-view furniture, not {choice.emoji}"
    assert choice.emoji not in {"🍽️", "🍳", "🥘"}
    plan = plan_of(kitchen_background(), [obj("e1", noun, (0.2, 0.5, 0.8, 0.95), color="red")])
    image, base = decode(render(plan)), decode(backdrop_of(plan))
    height, width = image.shape[:2]
    x0, y0, x1, y1 = pixel_box(plan.elements[0].box, width, height)
    ink = ink_mask(image, base)[y0:y1, x0:x1]
    rows = np.flatnonzero(ink.mean(axis=1) > 0.5)
    assert rows[0] <= 0.03 * (y1 - y0), "its top (or sitting) surface is the box's top edge"
    assert ink[:3].any()
    assert ink[-3:].any(), "it stands on the box's bottom edge"
    assert_conforms(render(plan), plan, backdrop=backdrop_of(plan))


def _share_visible(plan: Plan, element: Element, min_contrast: float = 3.0) -> float:
    image, base = decode(render(plan)), decode(backdrop_of(plan))
    height, width = image.shape[:2]
    x0, y0, x1, y1 = pixel_box(element.box, width, height)
    under = tuple(int(v) for v in base[y0:y1, x0:x1].reshape(-1, 3).mean(axis=0))
    region = image[y0:y1, x0:x1]
    return float((contrast(region, under) >= min_contrast).mean())  # type: ignore[arg-type]


def test_black_things_stay_visible_at_night() -> None:
    bg = Background(color="#0b0f2a", setting="space", layers=[Layer(kind="space", color="#0b0f2a")])
    cat = obj("e1", "cat", (0.3, 0.3, 0.6, 0.7), color="black")
    assert _share_visible(plan_of(bg, [cat]), cat) > 0.03


def test_white_things_stay_visible_on_snow() -> None:
    bg = outdoor("park", "#eef3f8", "#f4f7fb", "snow")
    sheep = obj("e1", "sheep", (0.3, 0.5, 0.6, 0.85), color="white")
    assert _share_visible(plan_of(bg, [sheep]), sheep, min_contrast=1.6) > 0.03


def test_night_outlines_are_not_black() -> None:
    plan = SCENES["space"]()
    image = decode(render(plan))
    rocket = plan.element("e2")
    height, width = image.shape[:2]
    x0, y0, x1, y1 = pixel_box(rocket.box, width, height)
    region = image[y0:y1, x0:x1].reshape(-1, 3)
    assert (region.max(axis=1) < 12).mean() < 0.03


def test_riders_and_mounts_keep_the_relation_in_pixels() -> None:
    plan = SCENES["mountains_day"]()
    assert Relation(subject="e2", predicate="rides", object="e1") in plan.relations
    assert_conforms(render(plan), plan, backdrop=backdrop_of(plan))


def test_a_balloon_just_above_another_floats_without_a_contact_shadow() -> None:
    from limner.render.builtin.backdrop import Backdrop
    from limner.render.builtin.staging import stage_elements

    plan = Plan(
        prompt="two balloons",
        canvas=Canvas(width=400, height=400),
        elements=[
            Element(id="low", noun="balloon", box=(0.3, 0.4, 0.5, 0.6), z=1),
            Element(
                id="high", noun="balloon", box=(0.32, 0.2, 0.52, 0.4), z=2
            ),  # its bottom on the other's top
            Element(id="cup", noun="cup", box=(0.6, 0.35, 0.7, 0.45), z=2),
            Element(id="book", noun="book", box=(0.55, 0.45, 0.75, 0.55), z=1),
        ],
    )
    staged = stage_elements(plan, Backdrop(color=(244, 239, 230)), 400)
    assert not staged["high"].stands and not staged["high"].contact
    assert staged["cup"].stands and staged["cup"].contact  # a cup on a book still rests on it
