"""People on seats sit (hips on the seat; facing the viewer, shins hanging down to the floor; side on,
thighs along it) and people lying on a
bed or a sofa lie along it; everything else on a seat, and anyone posed standing, is drawn as before."""

from __future__ import annotations

import io

import numpy as np
import pytest
from PIL import Image

from limner.plan.model import Element, Plan, Relation
from limner.render.base import RenderOptions
from limner.render.builtin import BuiltinRenderer
from limner.render.builtin.objects import SHOES, STANDING_LEGS, TROUSERS
from limner.render.builtin.seated import can_sit, seat_top
from limner.render.builtin.staging import stage_elements

SIDE = 400
SOFA = (0.25, 0.62, 0.85, 0.86)
#: A blue-grey backdrop: shadows on it are not the trousers' neutral grey.


def _plan(noun: str, seat: str, pose: str | None, predicate: str = "on", box=(0.4, 0.18, 0.56, 0.62)) -> Plan:
    attributes = {"pose": pose} if pose else {}
    return Plan(
        prompt=f"a {noun} on a {seat}",
        canvas={"width": SIDE, "height": SIDE, "background": {"color": "#d8e4f0"}},
        elements=[
            Element(id="e1", noun=seat, box=SOFA, z=1),
            Element(id="e2", noun=noun, box=box, z=2, attributes=attributes),
        ],
        relations=[Relation(subject="e2", predicate=predicate, object="e1")],
    )


def _pixels(plan: Plan) -> np.ndarray:
    png = BuiltinRenderer().render(plan, RenderOptions(width=SIDE, height=SIDE, seed=1))
    return np.asarray(Image.open(io.BytesIO(png.data)).convert("RGB")).astype(int)


def _near(pixels: np.ndarray, rgb: tuple[int, int, int]) -> np.ndarray:
    return np.abs(pixels - np.array(rgb)).sum(axis=2) < 20


def _extent(mask: np.ndarray) -> tuple[int, int, int, int]:
    """The rows and columns holding at least 3 pixels of ``mask`` (a stray edge pixel is no part)."""
    ys, xs = np.nonzero(mask.sum(axis=1) >= 3)[0], np.nonzero(mask.sum(axis=0) >= 3)[0]
    assert len(xs) and len(ys), "colour not drawn"
    return int(xs.min()), int(ys.min()), int(xs.max()), int(ys.max())


def test_seats_are_told_apart_from_other_furniture() -> None:
    for seat in (
        "sofa",
        "couch",
        "bench",
        "park bench",
        "stool",
        "bed",
        "rocking chair",
        "armchair",
        "swing",
    ):
        assert seat_top(seat) == 0.0, seat  # drawn in code: the seat is the box's top edge
    assert seat_top("chair") == pytest.approx(0.5)  # the chair emoji: its seat halfway down
    for other in ("table", "desk", "rock", "car", "shelf"):
        assert seat_top(other) is None, other
    assert can_sit("🧍") and can_sit("🧍\u200d♀️") and can_sit("🧑\u200d🍳")
    assert not can_sit("🐈") and not can_sit("👶")


def _stage(plan: Plan):  # type: ignore[no-untyped-def]
    from limner.render.builtin.backdrop import Backdrop

    return stage_elements(plan, Backdrop(color=(255, 255, 255)), SIDE)


def test_who_sits_where() -> None:
    sits = _stage(_plan("woman", "sofa", None))["e2"]
    assert sits.seat == pytest.approx(SOFA) and not sits.lies  # on a seat: sits unless posed otherwise
    assert _stage(_plan("woman", "sofa", "standing"))["e2"].seat is None
    lies = _stage(_plan("woman", "bed", "lying"))["e2"]
    assert lies.seat == pytest.approx(SOFA) and lies.lies
    on_rock = _stage(_plan("woman", "rock", "sitting"))["e2"]  # posed sitting: on anything's top
    assert on_rock.seat == pytest.approx(SOFA)
    assert _stage(_plan("woman", "rock", None))["e2"].seat is None  # a rock is no seat
    chair = _stage(_plan("woman", "chair", None, "inside"))["e2"]  # "in a chair"
    assert chair.seat is not None and chair.seat[1] == pytest.approx(0.62 + 0.24 * 0.5)


def test_a_seat_relation_the_plan_lost_is_found_from_the_boxes() -> None:
    plan = _plan("woman", "sofa", "sitting", box=(0.4, 0.18, 0.56, 0.63))
    plan = plan.model_copy(update={"relations": []})  # only the boxes say she is on it
    assert _stage(plan)["e2"].seat == pytest.approx(SOFA)


def _facing(plan: Plan, side: str) -> Plan:
    """``plan`` with its sitter (e2) facing ``side``."""
    sitter = plan.elements[1].model_copy(update={"attributes": {"facing": side}})
    return plan.model_copy(update={"elements": [plan.elements[0], sitter]})


def _runs(mask_columns: np.ndarray) -> int:
    """How many separate runs of True a row of columns holds."""
    padded = np.concatenate(([False], mask_columns, [False])).astype(int)
    return int((np.diff(padded) == 1).sum())


def test_a_sitter_facing_the_viewer_hangs_both_shins_down_from_the_seat() -> None:
    standing = _extent(_near(_pixels(_plan("woman", "bench", "standing")), STANDING_LEGS.trousers))
    pixels = _pixels(_plan("woman", "bench", None))
    sitting = _extent(_near(pixels, STANDING_LEGS.trousers))
    seat_y, floor = SOFA[1] * SIDE, SOFA[3] * SIDE
    # the trousers start near the seat (the lap) and reach down toward the floor, under the body:
    # not a thigh sticking out sideways
    assert seat_y - 0.12 * SIDE < sitting[1] < seat_y
    assert sitting[2] - sitting[0] < 1.5 * (standing[2] - standing[0])
    assert abs((sitting[0] + sitting[2]) / 2 - (standing[0] + standing[2]) / 2) < 0.03 * SIDE
    # two shoes side by side toward the floor (this bench is high: a shin's length below the seat)
    shoes_mask = _near(pixels, STANDING_LEGS.shoes)
    shoes = _extent(shoes_mask)
    assert seat_y + 0.12 * SIDE < shoes[1] and shoes[3] <= floor + 2
    assert _runs(shoes_mask.sum(axis=0) >= 2) == 2
    # two lower legs, apart, just above the shoes
    shins = _near(pixels, STANDING_LEGS.trousers)[shoes[1] - 6]
    assert _runs(shins) == 2
    # the head came down with the hips: the figure's top is lower than when standing
    assert sitting[1] > standing[1] + 0.1 * SIDE


def test_facing_left_puts_the_knees_on_the_left() -> None:
    right = _extent(_near(_pixels(_facing(_plan("woman", "bench", None), "right")), STANDING_LEGS.shoes))
    left = _extent(_near(_pixels(_facing(_plan("woman", "bench", None), "left")), STANDING_LEGS.shoes))
    assert (left[0] + left[2]) / 2 < SIDE * 0.48 < (right[0] + right[2]) / 2


def test_a_role_person_sits_with_drawn_legs() -> None:
    box = (0.36, 0.18, 0.6, 0.62)  # a role person's box is wider: its bust has shoulders
    standing = _extent(_near(_pixels(_plan("chef", "bench", "standing", box=box)), TROUSERS))
    pixels = _pixels(_plan("chef", "bench", None, box=box))
    legs = _extent(_near(pixels, TROUSERS))
    seat_y, floor = SOFA[1] * SIDE, SOFA[3] * SIDE
    assert standing[1] < seat_y - 0.1 * SIDE < legs[1] < seat_y + 0.08 * SIDE  # no legs above the lap
    assert legs[3] > seat_y + 0.1 * SIDE  # the lower legs hang toward the floor
    shoes = _extent(_near(pixels, SHOES))
    assert seat_y + 0.15 * SIDE < shoes[3] <= floor + 2


def test_someone_lying_on_a_bed_lies_along_it() -> None:
    lying = _extent(_near(_pixels(_plan("man", "bed", "lying")), STANDING_LEGS.trousers))
    assert lying[2] - lying[0] > 2 * (lying[3] - lying[1])  # long, not tall
    assert lying[3] < SOFA[1] * SIDE + 0.08 * SIDE  # on the mattress, not on the floor


def test_a_cat_on_a_sofa_is_drawn_as_it_is() -> None:
    plan = _plan("cat", "sofa", None, box=(0.4, 0.4, 0.6, 0.62))
    assert _stage(plan)["e2"].seat is not None  # staged on the seat …
    standing = plan.model_copy(
        update={
            "elements": [
                plan.elements[0],
                plan.elements[1].model_copy(update={"attributes": {"pose": "standing"}}),
            ]
        }
    )
    assert _pixels(plan).tobytes() == _pixels(standing).tobytes()  # … but its art sits already


def _alone(pose: str) -> Plan:
    return Plan(
        prompt="a woman on the grass",
        canvas={"width": SIDE, "height": SIDE, "background": {"color": "#d8e4f0"}},
        elements=[Element(id="e1", noun="woman", box=(0.3, 0.3, 0.46, 0.8), attributes={"pose": pose})],
    )


def test_sitting_on_nothing_sits_on_the_ground_with_the_knees_up() -> None:
    seat = _stage(_alone("sitting"))["e1"].seat
    assert seat == pytest.approx((0.3, 0.8, 0.46, 0.8))  # a seat with no height: the ground
    standing = _extent(_near(_pixels(_alone("standing")), STANDING_LEGS.trousers))
    sitting = _extent(_near(_pixels(_alone("sitting")), STANDING_LEGS.trousers))
    ground = 0.8 * SIDE
    assert sitting[3] <= ground + 2 and standing[3] <= ground + 2  # both on the ground line
    assert sitting[1] > standing[1] + 0.1 * SIDE  # the lap, not the feet, is at the ground: lower
    assert sitting[2] - sitting[0] > 1.5 * (standing[2] - standing[0])  # knees up before the body
    shoes = _extent(_near(_pixels(_alone("sitting")), STANDING_LEGS.shoes))
    assert shoes[3] <= ground + 2 and shoes[0] > SIDE * 0.4  # feet flat, ahead of the hips


def test_lying_on_nothing_lies_on_the_ground() -> None:
    staged = _stage(_alone("lying"))["e1"]
    assert staged.lies and staged.seat == pytest.approx((0.3, 0.8, 0.46, 0.8))
    lying = _extent(_near(_pixels(_alone("lying")), STANDING_LEGS.trousers))
    assert lying[2] - lying[0] > 2 * (lying[3] - lying[1])  # long, not tall
    assert 0.8 * SIDE - 0.1 * SIDE < lying[3] <= 0.8 * SIDE + 2  # on the ground line, not sunk or floating


def _worn(pose: str) -> Plan:
    """A boy on a chair (the chair emoji: its seat halfway down) wearing a red hat at his head."""
    attributes = {"pose": pose}
    return Plan(
        prompt="a boy on a chair wearing a red hat",
        canvas={"width": SIDE, "height": SIDE, "background": {"color": "#d8e4f0"}},
        elements=[
            Element(id="c", noun="chair", box=(0.35, 0.55, 0.6, 0.9), z=1),
            Element(id="b", noun="boy", box=(0.4, 0.15, 0.55, 0.55), z=2, attributes=attributes),
            Element(id="h", noun="hat", box=(0.43, 0.1, 0.52, 0.19), z=3, attributes={"color": "red"}),
        ],
        relations=[
            Relation(subject="b", predicate="on", object="c"),
            Relation(subject="b", predicate="wears", object="h"),
        ],
    )


def test_what_a_sitter_wears_or_holds_sits_down_with_it() -> None:
    gaps = []
    for pose in ("standing", "sitting"):
        pixels = _pixels(_worn(pose))
        shirt_top = _extent(_near(pixels, (0, 160, 224)))[1]
        hat_top = _extent((pixels[:, :, 0] > 150) & (pixels[:, :, 1] < 90) & (pixels[:, :, 2] < 90))[1]
        gaps.append(shirt_top - hat_top)
    standing, sitting = gaps
    # the hat stays on the head, the figure scaled a little to its seat (it floated far above)
    assert 0.9 * standing < sitting < 1.4 * standing
