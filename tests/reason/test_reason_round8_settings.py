"""Eighth tuning round (issue 13): places, times and weather in the wordings earlier rounds never tried.

A place word before a thing that stands in the land names the scene's place ("a beach hut", "a garden
shed", "a woodland path"); before a thing one uses or rides it does not ("a beach ball", "a city bus",
"a kitchen knife"). Of two places in a row the second is the place ("a city park"), unless it is a part
of the first ("a lake shore"). Rooms and landscapes with no setting of their own borrow the nearest
one the renderer draws (a garage is a room, an alley a street, a vineyard a farm, a hill the
countryside); a weather word before a landscape opening the prompt makes it the place ("a misty lake at
dusk"); lightning, snowflakes and the sun going down show a weather or time. Wordings differ from the
``everyday_dev_k`` suite's.
"""

from __future__ import annotations

from reasoned import nouns, plan_of

from limner.plan.model import Plan


def _scene(plan: Plan) -> tuple[str | None, str | None, str | None]:
    background = plan.canvas.background
    return background.setting, background.time_of_day, background.weather


def test_a_place_before_a_thing_standing_in_it_names_the_place() -> None:
    assert _scene(plan_of("a beach hut at dusk")) == ("beach", "sunset", None)
    assert _scene(plan_of("a bench beside a garden shed"))[0] == "garden"
    assert _scene(plan_of("a snail on a woodland path"))[0] == "forest"
    assert nouns(plan_of("a mountain chalet")) == ["chalet"]
    assert _scene(plan_of("a mountain chalet"))[0] == "mountains"
    # negative: a thing one uses or rides keeps its place word as its kind, and sets no place
    for prompt in ("a beach ball and a bucket", "a kitchen knife and a board", "a city bus at a stop"):
        assert _scene(plan_of(prompt))[0] is None, prompt


def test_of_two_places_in_a_row_the_second_is_the_place_unless_a_part_of_the_first() -> None:
    assert _scene(plan_of("a kayak on a jungle river"))[0] == "river"
    assert _scene(plan_of("a tram in a city street"))[0] == "street"
    assert _scene(plan_of("a heron on a lake shore"))[0] == "lake"


def test_places_with_no_setting_of_their_own_borrow_the_nearest() -> None:
    assert _scene(plan_of("a mouse in the garage"))[0] == "room"
    assert _scene(plan_of("a trunk in the attic"))[0] == "room"
    assert _scene(plan_of("a cat in a narrow alley"))[0] == "street"
    assert _scene(plan_of("pigeons on a rooftop"))[0] == "city"
    assert _scene(plan_of("grapes in a vineyard"))[0] == "farm"
    assert _scene(plan_of("a frog in the swamps"))[0] == "swamp"
    assert _scene(plan_of("a seagull over the waves"))[0] == "ocean"
    # a hill or a cliff stays a thing, and sets its place; a named place still wins
    sheep = plan_of("a sheep on a hill")
    assert _scene(sheep)[0] == "countryside" and "hill" in nouns(sheep)
    assert _scene(plan_of("an eagle on a cliff"))[0] == "mountains"
    assert _scene(plan_of("a lighthouse on a cliff over the sea"))[0] == "ocean"
    # the land names its place under a surface word too, and gives way to another thing's place
    assert _scene(plan_of("a church on a hill in the snow")) == ("countryside", None, "snow")
    assert _scene(plan_of("a tractor on a hill"))[0] == "farm"


def test_weather_before_a_landscape_and_signs_in_the_sky() -> None:
    assert _scene(plan_of("a foggy meadow in the morning")) == ("meadow", "sunrise", "fog")
    assert _scene(plan_of("a rainy alley at night")) == ("street", "night", "rain")
    assert _scene(plan_of("bolts of lightning over the sea")) == ("ocean", None, "storm")
    assert _scene(plan_of("a tree under the setting sun"))[1] == "sunset"
    assert _scene(plan_of("a farm as the sun goes down"))[1] == "sunset"
    assert _scene(plan_of("two kids making a snowman in a garden")) == ("garden", None, "snow")
    assert _scene(plan_of("a house on a stormy night")) == ("outdoors", "night", "storm")
    assert _scene(plan_of("a snowman in a living room"))[2] is None  # indoors: no weather
    # negative: a stated weather or time wins over a sign
    assert _scene(plan_of("lightning over a snowy field"))[2] == "snow"
    assert _scene(plan_of("the rising sun over a lake at night"))[1] == "night"
