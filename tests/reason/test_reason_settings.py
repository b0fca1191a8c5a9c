"""Settings as structure: scene words fill ``canvas.background`` (setting, time, weather, horizon, layers)."""

from __future__ import annotations

import pytest

from limner.plan.model import Background, Plan
from limner.reason import BuiltinReasoner, ReasonRequest
from limner.reason.setting import settings_table
from limner.reason.vocab import lexicon

REASONER = BuiltinReasoner()


def plan_of(prompt: str, seed: int = 1) -> Plan:
    return REASONER.reason(ReasonRequest(prompt=prompt, seed=seed, width=1024, height=768))


def layer(background: Background, kind: str) -> str:
    return next(x.color for x in background.layers if x.kind == kind)


def luminance(color: str) -> float:
    r, g, b = (int(color[i : i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def test_the_issue_prompts_get_their_backdrop() -> None:
    kitchen = plan_of("a cozy kitchen with a red kettle on the stove").canvas.background
    assert kitchen.setting == "kitchen" and {"wall", "floor"} <= {x.kind for x in kitchen.layers}
    sunset = plan_of("a sunset over the ocean").canvas.background
    assert (sunset.setting, sunset.time_of_day) == ("ocean", "sunset")
    assert [x.kind for x in sunset.layers] == ["sky", "water"] and layer(sunset, "sky") == "#f4a261"
    moon = plan_of("an astronaut riding a horse on the moon").canvas.background
    assert moon.setting == "moon" and moon.horizon is not None and layer(moon, "space")
    street = plan_of("a snowy street at night").canvas.background
    assert (street.setting, street.time_of_day, street.weather) == ("street", "night", "snow")
    ground = next(x for x in street.layers if x.kind == "ground")
    assert ground.material == "snow"
    rain = plan_of("a city in the rain").canvas.background
    assert (rain.setting, rain.weather) == ("city", "rain") and "skyline" in {x.kind for x in rain.layers}


def test_a_stated_colour_wins() -> None:
    sky = plan_of("a black sky").canvas.background
    assert layer(sky, "sky") == lexicon().color_hex["black"]
    sand = plan_of("a dog on pink sand").canvas.background
    assert sand.setting == "beach" and layer(sand, "ground") == lexicon().color_hex["pink"]
    blue = plan_of("a kite in a blue sky over a green field").canvas.background
    assert layer(blue, "sky") == lexicon().color_hex["blue"]
    assert layer(blue, "ground") == lexicon().color_hex["green"]


def test_night_darkens_and_color_is_the_dominant_fill() -> None:
    day = plan_of("a dog in a park").canvas.background
    night = plan_of("a dog in a park at night").canvas.background
    assert luminance(layer(night, "sky")) < luminance(layer(day, "sky")) / 3
    assert luminance(layer(night, "ground")) < luminance(layer(day, "ground"))
    assert night.color == layer(night, "sky")  # the sky covers most of the canvas
    assert night.description is not None and "night" in night.description


def test_plain_backdrops_and_abstract_layouts_stay_plain() -> None:
    for prompt in ("a cat on a white background", "a red heart", "a cat above a dog", "a cat at the top"):
        background = plan_of(prompt).canvas.background
        assert background.layers == [] and background.horizon is None and background.setting is None


def test_things_without_a_place_stand_on_a_default_stage_not_the_users_words() -> None:
    for prompt, kinds in (
        ("a red apple", ["wall", "floor"]),
        ("two cats left of a dog", ["wall", "floor"]),
        ("a red car and a blue bicycle", ["sky", "ground"]),
    ):
        plan = plan_of(prompt)
        background = plan.canvas.background
        assert [band.kind for band in background.layers] == kinds, prompt
        assert background.horizon is not None
        assert background.setting is None and background.description is None  # not the prompt's words
        assert any("default stage" in entry.message for entry in plan.trace)


def test_layers_are_ordered_bands_inside_the_canvas() -> None:
    for prompt in ("a boat on a lake", "a fox in a snowy forest", "a bed in a bedroom", "a fish underwater"):
        background = plan_of(prompt).canvas.background
        assert background.layers, prompt
        for band in background.layers:
            assert 0 <= band.span[0] < band.span[1] <= 1
        if background.horizon is not None:
            assert any(band.span[1] == background.horizon for band in background.layers), prompt


def test_grounded_things_stand_on_the_ground_band() -> None:
    plan = plan_of("a dog and a horse in a field")
    horizon = plan.canvas.background.horizon
    assert horizon is not None
    for element in plan.elements:
        assert horizon <= element.box[3] <= 1.0, element
    balloons = plan_of("three balloons over a park")
    assert all(e.box[3] < 0.7 for e in balloons.elements if e.noun == "balloon")


@pytest.mark.parametrize(
    "description",
    sorted({tag.value for tags in lexicon().phrases.values() for tag in tags if tag.kind == "scene"}),
)
def test_every_scene_word_has_a_settings_row(description: str) -> None:
    assert description in settings_table()


def test_an_edit_changes_the_base_backdrop() -> None:
    base = plan_of("a dog in a park")
    base.id = "plan_base"
    night = REASONER.reason(ReasonRequest(prompt="make it night", base=base)).canvas.background
    assert (night.setting, night.time_of_day) == ("park", "night")
    assert luminance(layer(night, "sky")) < luminance(layer(base.canvas.background, "sky")) / 3


def test_under_a_blue_sky_and_three_books() -> None:
    sky = plan_of("a dog under a blue sky").canvas.background
    assert layer(sky, "sky") == lexicon().color_hex["blue"]
    assert [e.noun for e in plan_of("a dog under a blue sky").elements] == ["dog"]
    books = [e for e in plan_of("three books").elements if e.noun == "book"]
    ys = {round((e.box[1] + e.box[3]) / 2, 2) for e in books}
    xs = {round((e.box[0] + e.box[2]) / 2, 2) for e in books}
    assert len(books) == 3 and len(xs) == 3 and len(ys) <= 3  # no 2 × 2 grid with an empty cell


@pytest.mark.parametrize(
    ("prompt", "setting"),
    [
        ("a cat in a kitchen", "kitchen"),
        ("a dog in the bedroom", "bedroom"),
        ("a desk in an office", "office"),
        ("a teacher in the classroom", "classroom"),
        ("a dog in the hallway", "hallway"),
        ("a girl inside the gym", "gym"),
        ("a cat in the closet", "closet"),
    ],
)
def test_indoor_settings_have_a_wall_and_a_floor(prompt: str, setting: str) -> None:
    """Rooms in the table and rooms WordNet knows ("in the hallway") are places with a wall above a floor;
    things stand on the floor."""
    plan = plan_of(prompt)
    background = plan.canvas.background
    assert background.setting == setting
    kinds = [x.kind for x in background.layers]
    assert kinds[:2] == ["wall", "floor"], kinds
    floor = next(x for x in background.layers if x.kind == "floor")
    assert background.horizon is not None and floor.span[0] == background.horizon
    things = [e for e in plan.elements if e.kind == "object"]
    assert things and all(e.box[3] > background.horizon for e in things)


def test_a_room_word_is_still_a_thing_where_no_place_fits() -> None:
    assert [e.noun for e in plan_of("a red lobby").elements] == ["lobby"]
    assert plan_of("a red lobby").canvas.background.setting is None


def test_a_second_place_adds_its_bands() -> None:
    """ "a cabin in the forest by a lake at sunset": the forest is the setting, the lake's water joins it
    as a strip below the horizon; mountains join a village's bands behind its skyline."""
    forest = plan_of("a cabin in the forest by a lake at sunset").canvas.background
    assert (forest.setting, forest.time_of_day) == ("forest", "sunset")
    assert [x.kind for x in forest.layers] == ["sky", "trees", "ground", "water"]
    water = next(x for x in forest.layers if x.kind == "water")
    assert forest.horizon is not None and water.span[0] == forest.horizon and water.span[1] < 1.0
    village = plan_of("a village in the mountains").canvas.background
    assert village.setting == "village"
    assert [x.kind for x in village.layers] == ["sky", "mountains", "skyline", "ground"]


def test_an_interior_takes_no_outdoor_bands() -> None:
    kitchen = plan_of("a cat in a kitchen by the beach").canvas.background
    assert kitchen.setting == "kitchen" and "water" not in [x.kind for x in kitchen.layers]


def test_a_second_lake_can_be_painted() -> None:
    background = plan_of("a cabin in the forest by a red lake").canvas.background
    assert layer(background, "water") == lexicon().color_hex["red"]


@pytest.mark.parametrize(
    ("prompt", "setting"),
    [
        ("a hot air balloon floating over a valley", "countryside"),
        ("a cowboy riding a horse through a canyon", "desert"),
        ("a fox on the tundra", "arctic"),
        ("a lion in the savanna", "field"),
    ],
)
def test_landscape_words_are_settings_not_things(prompt: str, setting: str) -> None:
    """A valley, a canyon, the tundra, a savanna are where the scene is: they were things on a plain
    wall (a landscape postcard over the balloon)."""
    plan = plan_of(prompt)
    assert plan.canvas.background.setting == setting
    assert all(e.noun not in ("valley", "canyon", "tundra", "savanna") for e in plan.elements)
