"""Everyday things, eighth round: people running or walking are drawn as runners and walkers; a lamp
is a desk lamp on a desk or a floor lamp on the floor (a light bulb stays a bulb); a hill is a broad
rise of the ground that whoever is on it stands on; a garage is a garage, its door rolled up on what
is inside; a grown-up and a child hold hands low, at the child's hand height."""

from __future__ import annotations

import numpy as np
import skia

from limner.assets.art import resolve_art
from limner.plan.model import Background, Element, Layer, Plan, Relation
from limner.render.builtin.backdrop import draw_backdrop
from limner.render.builtin.gait import gait_of
from limner.render.builtin.garage import INSIDE, ROLL_DOOR
from limner.render.builtin.lamps import ENAMEL_SHADE, LINEN_SHADE
from limner.render.builtin.partners import SHOULDER, apart
from limner.render.builtin.staging import Staging
from tests.render.pixels import FIELD, ROOM, SKIN, extent, near, pixels_of, scene

SIDE = 240
RED_CAR = (234, 90, 71)


def _man(pose: str | None, facing: str | None = None) -> np.ndarray:
    attributes = {k: v for k, v in (("pose", pose), ("facing", facing)) if v is not None}
    man = Element(id="m", noun="man", attributes=attributes, box=(0.35, 0.3, 0.65, 0.86))
    return near(pixels_of(scene(FIELD, [man], [], SIDE)), SKIN, 20)


# -- running and walking ---------------------------------------------------------------------------


def test_a_running_man_is_a_runner_turned_the_way_he_faces() -> None:
    standing = extent(_man(None))
    right, left = _man("running", "right"), _man("running", "left")
    rx0, ry0, rx1, ry1 = extent(right)
    # a runner's stride and swinging arms: wider for his height than someone standing still
    assert (rx1 - rx0) / (ry1 - ry0) > 1.3 * (standing[2] - standing[0]) / (standing[3] - standing[1])
    # as tall as his reach lets him be: not shrunk to the standing figure's narrow box
    assert ry1 - ry0 > 0.6 * (0.86 - 0.3) * SIDE  # head to bare legs: most of the planned height
    # facing left he is his mirror image facing right (his skin mostly where the mirror puts it)
    flipped = right[:, ::-1]
    assert (flipped & left).sum() > 0.6 * left.sum()
    assert (right & left).sum() < 0.6 * left.sum()


def test_walking_is_a_stride_but_sitters_and_riders_keep_their_pose() -> None:
    walking = Element(id="w", noun="woman", attributes={"pose": "walking"}, box=(0.3, 0.2, 0.6, 0.9))
    assert gait_of(walking, resolve_art("woman").emoji, Staging()) == ("🚶\u200d♀️", True)
    assert gait_of(walking, resolve_art("woman").emoji, Staging(seat=(0.3, 0.6, 0.6, 0.9))) is None
    horse = Element(id="h", noun="horse", box=(0.2, 0.5, 0.8, 0.9))
    assert gait_of(walking, resolve_art("woman").emoji, Staging(mount=horse, rides=True)) is None
    old = Element(id="o", noun="old man", attributes={"pose": "walking"}, box=(0.3, 0.2, 0.6, 0.9))
    assert gait_of(old, resolve_art("old man").emoji, Staging()) is None  # the old face needs the front


# -- lamps -----------------------------------------------------------------------------------------


def test_a_lamp_on_a_desk_is_a_desk_lamp_and_a_lamp_alone_a_floor_lamp() -> None:
    desk = Element(id="d", noun="desk", box=(0.2, 0.5, 0.8, 0.86), z=1)
    lamp = Element(id="l", noun="lamp", box=(0.4, 0.3, 0.6, 0.5), z=2)
    pixels = pixels_of(scene(ROOM, [desk, lamp], [Relation(subject="l", predicate="on", object="d")], SIDE))
    shade = extent(near(pixels, ENAMEL_SHADE, 20))
    assert shade[3] < 0.5 * SIDE + 2  # the cone shade above the desk top
    assert near(pixels, LINEN_SHADE, 6).sum() < 20  # no floor lamp's drum
    alone = pixels_of(scene(ROOM, [Element(id="l", noun="lamp", box=(0.3, 0.3, 0.7, 0.86))], [], SIDE))
    assert near(alone, LINEN_SHADE, 6).sum() > 200 and not near(alone, ENAMEL_SHADE, 20).any()
    x0, _, x1, y1 = extent(near(alone, LINEN_SHADE, 6))
    assert y1 < 0.55 * SIDE and x1 - x0 < 0.25 * SIDE  # a drum shade high up, on a pole
    assert resolve_art("light bulb").emoji == "💡" and resolve_art("floor lamp").furniture == "floor lamp"


# -- hills -----------------------------------------------------------------------------------------


def test_a_hill_is_a_broad_rise_and_the_boy_on_it_stands_on_its_brow() -> None:
    hill = Element(id="h", noun="hill", attributes={"color": "green"}, box=(0.3, 0.58, 0.7, 0.86), z=1)
    boy = Element(id="b", noun="boy", box=(0.62, 0.2, 0.76, 0.58), z=2)
    pixels = pixels_of(scene(FIELD, [hill, boy], [Relation(subject="b", predicate="on", object="h")], SIDE))
    sky = pixels[:, :, 2] > pixels[:, :, 1]  # bluer than green: the sky, not the grass
    # the rise spans most of the width: at a fifth and four fifths across, grass above the horizon
    row = int(0.58 * SIDE)
    assert not sky[row, int(0.35 * SIDE)] and not sky[row, int(0.65 * SIDE)]
    assert sky[int(0.4 * SIDE), int(0.3 * SIDE)]
    # no pure-green plinth: the hill takes the ground's colour
    assert not near(pixels, (0, 128, 0), 60).any()
    # the boy off the crest stands lower than the crest, on the slope, not floating at the box's top
    sx0, _, sx1, sy1 = extent(near(pixels, (89, 52, 94), 40))
    top = int(0.45 * SIDE)  # below the boy's hands: only his legs, and the brow either side of them
    brows = [top + int(np.argmax(~sky[top:, x])) for x in (sx0 - 3, sx1 + 3)]
    crest = top + int(np.argmax(~sky[top:, SIDE // 2]))
    assert abs(sy1 - sum(brows) / 2) <= 4
    assert sy1 > crest + 2 and crest < 0.55 * SIDE  # down the slope from a crest well above the ground


# -- garages ---------------------------------------------------------------------------------------


def test_a_car_in_a_garage_stands_in_its_rolled_up_doorway() -> None:
    garage = Element(id="g", noun="garage", box=(0.15, 0.3, 0.85, 0.86), z=1)
    car = Element(id="c", noun="car", attributes={"color": "red"}, box=(0.2, 0.6, 0.6, 0.86), z=2)
    rel = Relation(subject="c", predicate="in", object="g")
    pixels = pixels_of(scene(FIELD, [garage, car], [rel], SIDE))
    dark = extent(near(pixels, INSIDE, 12))
    body = extent(near(pixels, RED_CAR, 60))
    assert dark[0] <= body[0] and body[2] <= dark[2]  # within the open doorway
    assert abs((body[0] + body[2]) / 2 - SIDE / 2) < 0.05 * SIDE
    closed = pixels_of(scene(FIELD, [garage], [], SIDE))
    assert not near(closed, INSIDE, 12).any() and near(closed, ROLL_DOOR, 8).sum() > 0.1 * SIDE * SIDE


# -- a grown-up and a child hand in hand -----------------------------------------------------------


def test_a_grown_up_and_a_child_join_hands_at_the_childs_hand_height() -> None:
    dad, girl = (40.0, 20.0, 110.0, 220.0), (120.0, 90.0, 170.0, 220.0)
    shift, hands = apart(dad, girl, 1.0)
    other_shift, other_hands = apart(girl, dad, -1.0)
    assert hands == other_hands
    assert abs(hands[1] - (90 + 130 * 0.5)) < 1.0
    shoulder = ((dad[0] + dad[2]) / 2 + 7.0 + shift, dad[1] + 200 * SHOULDER)
    # the dad's arm hangs: more down than forward
    assert 0 < hands[0] - shoulder[0] < 0.6 * (hands[1] - shoulder[1])
    assert shift > 0 > other_shift  # the two come nearer each other


# -- people and weather drawn as what they are -----------------------------------------------------


def test_a_kind_of_person_without_art_is_never_a_bare_head_on_legs() -> None:
    heads = {"🧑", "👨", "👩", "🧒", "👦", "👧", "🧓", "👴", "👵"}
    for noun in ("dentist", "librarian", "lawyer", "pharmacist", "plumber"):
        assert resolve_art(noun).emoji not in heads, noun
    assert resolve_art("pupil").emoji == "🧍" and resolve_art("builder").emoji == "👷"
    assert resolve_art("secretary").furniture is None  # a person, not the desk


def test_the_wind_is_streaks_across_the_sky_not_a_puffing_face() -> None:
    wind = Element(id="w", noun="wind", box=(0.1, 0.2, 0.9, 0.5))
    pixels = pixels_of(scene(FIELD, [wind], [], SIDE))
    streaks = ~near(pixels, (207, 230, 245), 60) & (np.arange(SIDE)[:, None] < 0.6 * SIDE)
    x0, y0, x1, y1 = extent(streaks)
    assert x1 - x0 > 0.6 * SIDE  # sweeping across its box
    assert streaks.sum() < 0.15 * (x1 - x0) * (y1 - y0)  # thin lines, not a filled blob
    assert not near(pixels, SKIN, 60).any()  # no face
    slope = resolve_art("ski slope")
    assert slope.furniture == "ski slope" and resolve_art("mountain").furniture is None


def test_a_garage_interior_has_a_tool_wall_not_a_living_rooms_lamp() -> None:
    layers = [
        Layer(kind="wall", color="#c9ccd1", material="concrete", span=(0.0, 0.7)),
        Layer(kind="floor", color="#9ea3a8", material="concrete", span=(0.7, 1.0)),
    ]
    surface = skia.Surface(SIDE, SIDE)
    for description, fixture in (("garage", "tool wall"), ("a plain room", "floor lamp")):
        background = Background(color="#c9ccd1", setting="room", description=description, layers=layers)
        plan = Plan(prompt="x", canvas={"width": SIDE, "height": SIDE, "background": background}, elements=[])
        fixtures = draw_backdrop(surface.getCanvas(), plan, SIDE, SIDE, 1, (201, 204, 209)).fixtures
        assert fixture in fixtures and ("tool wall" in fixtures) == (description == "garage")
