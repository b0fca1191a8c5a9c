"""Ninth tuning round, second settings pass (issue 13): weather and places in the wordings split K
never tried.

A weather word as the subject of its own verb is the weather ("as the fog rolls in", "after the snow
fell"), never a thing named by the verb; weather named by its things ("raindrops", "puddles",
"clouds"), a sky said to be clear or grey, sunshine and sports done only on snow show a weather; an
event names the place it is held in ("at a cookout") unless a noun follows it or the prompt names a
place itself; a room named after its building is the place ("the school corridor"); moving into an
open place is being in it; a party is held in the place named beside it. Wordings differ from the
``everyday_dev_l`` suite's.
"""

from __future__ import annotations

from reasoned import nouns, plan_of

from limner.plan.model import Plan


def _scene(plan: Plan) -> tuple[str | None, str | None, str | None]:
    background = plan.canvas.background
    return background.setting, background.time_of_day, background.weather


def test_a_weather_word_with_its_own_verb_is_the_weather_not_a_thing() -> None:
    plan = plan_of("a fox in a meadow as the fog rolls in")
    assert _scene(plan) == ("meadow", None, "fog")
    assert nouns(plan) == ["fox"]
    assert _scene(plan_of("an old barn after the snow fell"))[2] == "snow"
    assert _scene(plan_of("a dog on a porch while it drizzles"))[2] == "rain"
    assert _scene(plan_of("a cabin in the woods as a storm sweeps in"))[2] == "storm"
    # negative: a weather word before a thing one wears or uses names no weather
    assert _scene(plan_of("a rain jacket on a hook"))[2] is None


def test_weather_shown_by_its_things_a_stated_sky_sunshine_and_snow_sports() -> None:
    assert _scene(plan_of("a canoe under cloudless skies"))[2] == "clear"
    assert _scene(plan_of("a sun-kissed orchard"))[2] == "clear"
    assert _scene(plan_of("raindrops on a tulip in the garden")) == ("garden", None, "rain")
    assert _scene(plan_of("a red barn under a grey sky"))[2] == "cloudy"
    assert _scene(plan_of("a snowboarder on a hill"))[2] == "snow"
    # negative: a weather the prompt states wins; water skiing and a winter hat show no weather
    assert _scene(plan_of("raindrops on a lake on a snowy day"))[2] == "snow"
    assert _scene(plan_of("a man water skiing on a lake"))[2] is None
    assert _scene(plan_of("a winter hat on a shelf in the hallway"))[2] is None


def test_an_event_names_the_place_it_is_held_in() -> None:
    assert _scene(plan_of("a grandpa at a cookout"))[0] == "backyard"
    assert _scene(plan_of("two girls at a slumber party"))[0] == "bedroom"
    assert _scene(plan_of("a team at a rugby match"))[0] == "stadium"
    assert _scene(plan_of("a boy on a ski trip")) == ("mountains", None, "snow")
    # negative: a noun after the event makes it a kind of thing; a place the prompt names wins
    assert _scene(plan_of("a picnic basket on a table in the kitchen"))[0] == "kitchen"
    assert _scene(plan_of("kids at a picnic on the beach"))[0] == "beach"
    assert _scene(plan_of("a tea party in the backyard"))[0] == "backyard"


def test_a_room_after_its_building_and_moving_into_an_open_place() -> None:
    plan = plan_of("a janitor in the school corridor")
    assert _scene(plan)[0] == "corridor"
    assert nouns(plan) == ["janitor"]
    assert _scene(plan_of("a moose wandering into the forest"))[0] == "forest"
    assert _scene(plan_of("a girl skating down the street"))[0] == "street"
    # negative: moving into a place with walls stays outside it, the place a thing
    assert "cave" in nouns(plan_of("a fox running into a cave"))
