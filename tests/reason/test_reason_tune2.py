"""Everyday prompts, second tuning round (issue 13): compounds that win over their first word, kites
flown on a string, a room's wall, fights on one ground, lone flyers far off in a landscape's sky,
hand-held sizes, rooms named by their things, typos of places, and corrections of a support, a colour,
a count or a hedged count."""

from __future__ import annotations

import pytest
from reasoned import nouns, plan_of, relations

from limner.plan.geometry import relative_position, violated_relations
from limner.plan.model import Element, Plan
from limner.reason.rooms import room_of
from limner.reason.typos import correct
from limner.reason.vocab import lexicon


def first(plan: Plan, noun: str) -> Element:
    return next(e for e in plan.elements if e.noun == noun)


def width(e: Element) -> float:
    return e.box[2] - e.box[0]


def height(e: Element) -> float:
    return e.box[3] - e.box[1]


@pytest.mark.parametrize(
    ("prompt", "thing", "not_there"),
    [
        ("a pirate ship on the ocean at night", "pirate ship", "pirate"),
        ("a space shuttle above a moon", "space shuttle", "shuttle"),
        ("a space heater in a bedroom", "space heater", "heater"),
    ],
)
def test_a_compound_wordnet_knows_wins_over_its_first_word(prompt: str, thing: str, not_there: str) -> None:
    plan = plan_of(prompt)
    assert thing in nouns(plan) and not_there not in nouns(plan)


def test_a_person_row_takes_its_synonyms_from_its_person_sense() -> None:
    tags = lexicon().phrases.get(("pirate", "ship")) or ()
    assert [t.value for t in tags if t.kind == "noun"] == ["pirate ship"]
    assert lexicon().nouns["pirate"].category == "person"
    assert plan_of("a pirate holding a lantern").elements[0].noun == "pirate"


def test_a_scene_word_opening_a_compound_of_the_land_stays_the_scene() -> None:
    plan = plan_of("a turtle on the ocean floor")
    assert plan.canvas.background.setting == "underwater" and nouns(plan) == ["turtle"]


@pytest.mark.parametrize("prompt", ["a boy flying a kite on the beach", "a girl flying a red kite in a park"])
def test_a_flown_kite_is_high_above_its_flyer_to_one_side(prompt: str) -> None:
    plan = plan_of(prompt)
    flyer = plan.elements[0]
    kite = first(plan, "kite")
    assert "above" in relative_position(kite.box, flyer.box)
    assert kite.box[3] <= flyer.box[1] + 0.05 * height(flyer)  # over the head, not at the hand
    centre = (kite.box[0] + kite.box[2]) / 2
    assert not flyer.box[0] < centre < flyer.box[2]  # off to one side
    assert (flyer.noun, "holds", "kite") in relations(plan)  # the string in the hand
    assert not violated_relations(plan)


@pytest.mark.parametrize(
    ("prompt", "room"),
    [
        ("a clock on the wall of a kitchen", "kitchen"),
        ("a painting on the wall of a bedroom", "bedroom"),
        ("a mirror on the wall in a bathroom", "bathroom"),
    ],
)
def test_the_wall_of_a_room_is_the_rooms_wall(prompt: str, room: str) -> None:
    assert plan_of(prompt).canvas.background.setting == room


def test_a_wall_alone_is_still_a_wall() -> None:
    assert plan_of("a clock on a wall").canvas.background.setting == "wall"


@pytest.mark.parametrize(
    "prompt", ["a knight fighting a dragon", "a samurai battling a giant octopus", "a cat fighting a dog"]
)
def test_fighters_stand_on_one_ground_facing_each_other(prompt: str) -> None:
    plan = plan_of(prompt)
    a, b = plan.elements[:2]
    assert abs(a.box[3] - b.box[3]) < 0.03  # one ground line
    left, right = sorted((a, b), key=lambda e: e.box[0])
    assert left.attributes.get("facing") == "right" and right.attributes.get("facing") == "left"
    assert (a.noun, "faces", b.noun) in relations(plan) and (b.noun, "faces", a.noun) in relations(plan)


def test_a_dragon_is_big_and_outdoors() -> None:
    plan = plan_of("a knight fighting a dragon")
    knight, dragon = first(plan, "knight"), first(plan, "dragon")
    assert width(dragon) * height(dragon) > 2 * width(knight) * height(knight)
    assert "sky" in [layer.kind for layer in plan.canvas.background.layers]


def test_two_kids_holding_hands_still_hold_each_others_hands() -> None:
    assert relations(plan_of("two kids holding hands")) == {("child", "touches", "child")}


@pytest.mark.parametrize(
    ("prompt", "flyer"),
    [
        ("a bird flying over the ocean at sunset", "bird"),
        ("an eagle flying over the mountains", "eagle"),
    ],
)
def test_a_lone_flyer_over_a_landscape_is_far_off_in_its_sky(prompt: str, flyer: str) -> None:
    plan = plan_of(prompt)
    box = first(plan, flyer).box
    assert box[2] - box[0] < 0.3
    assert plan.canvas.background.horizon is not None and box[3] < plan.canvas.background.horizon


def test_a_lone_flyer_on_no_named_place_still_fills_the_picture() -> None:
    assert width(first(plan_of("a flying bird"), "bird")) > 0.4


@pytest.mark.parametrize(
    ("prompt", "holder", "held"),
    [
        ("a teacher holding a book", "teacher", "book"),
        ("a chef holding a frying pan", "chef", "frying pan"),
        ("a squirrel holding a walnut", "squirrel", "walnut"),
    ],
)
def test_held_things_take_a_hand_held_size(prompt: str, holder: str, held: str) -> None:
    plan = plan_of(prompt)
    who, what = first(plan, holder), first(plan, held)
    assert max(width(what), height(what)) < 0.35 * height(who)
    assert (holder, "holds", held) in relations(plan)


def test_a_held_umbrella_keeps_its_size() -> None:
    plan = plan_of("a girl holding an umbrella in the rain")
    assert width(first(plan, "umbrella")) > 0.4 * height(first(plan, "girl"))


@pytest.mark.parametrize(
    ("prompt", "room"),
    [
        ("a stove, a sink and a fridge", "kitchen"),
        ("a bathtub next to a toilet", "bathroom"),
        ("a bed, a nightstand and a lamp", "bedroom"),
        ("a chalkboard and a teacher's desk", "classroom"),
        ("a mug on the kitchen counter", "kitchen"),
        ("a dog on the bedroom floor", "bedroom"),
    ],
)
def test_a_room_named_by_its_things(prompt: str, room: str) -> None:
    assert plan_of(prompt).canvas.background.setting == room


def test_no_room_for_one_thing_things_of_two_rooms_or_outdoor_things() -> None:
    assert room_of(["bed"]) is None
    assert room_of(["bed", "stove"]) is None
    assert room_of(["bunk bed", "lamp"]) == "bedroom"  # a kind of bed
    assert plan_of("a car and a bed").canvas.background.setting is None
    assert plan_of("a city bus").canvas.background.setting is None


@pytest.mark.parametrize(
    ("typo", "word"), [("feild", "field"), ("forrest", "forest"), ("monky", "monkey"), ("bech", "bench")]
)
def test_typos_of_places_and_things(typo: str, word: str) -> None:
    assert correct(typo, lexicon()) == word


@pytest.mark.parametrize(
    ("prompt", "setting", "time"),
    [("a sheep in a feild", "field", None), ("an owl in a tree at nite", None, "night")],
)
def test_misspelt_places_and_times_set_the_scene(prompt: str, setting: str | None, time: str | None) -> None:
    background = plan_of(prompt).canvas.background
    assert (setting is None or background.setting == setting) and (
        time is None or background.time_of_day == time
    )


@pytest.mark.parametrize(
    ("prompt", "wanted", "gone"),
    [
        ("a cat on a chair make that a stool", ("cat", "on", "stool"), "chair"),
        ("a lamp on a desk i mean a table", ("lamp", "on", "table"), "desk"),
        ("a cup on a table no wait on a shelf", ("cup", "on", "shelf"), "table"),
        ("a cat on a mat, no a dog", ("dog", "on", "mat"), "cat"),
    ],
)
def test_a_correction_replaces_the_thing_of_its_kind(
    prompt: str, wanted: tuple[str, str, str], gone: str
) -> None:
    plan = plan_of(prompt)
    assert wanted in relations(plan) and gone not in nouns(plan)


@pytest.mark.parametrize(
    ("prompt", "noun", "colour"),
    [
        ("a blue bird on a branch actually a red one", "bird", "red"),
        ("a yellow taxi i mean a green one", "taxi", "green"),
    ],
)
def test_a_corrected_colour_goes_to_the_thing_whose_colour_was_said(
    prompt: str, noun: str, colour: str
) -> None:
    plan = plan_of(prompt)
    assert nouns(plan).count(noun) == 1
    assert first(plan, noun).attributes.get("color") == colour
    assert all(e.attributes.get("color") != colour for e in plan.elements if e.noun != noun)


def test_another_one_in_a_colour_is_still_another_one() -> None:
    plan = plan_of("a red ball and a blue one")
    assert sorted(str(e.attributes.get("color")) for e in plan.elements) == ["blue", "red"]


@pytest.mark.parametrize(
    ("prompt", "noun", "count"),
    [
        ("4 blue cups on a tray - no 3", "cup", 3),
        ("some penguins, like four, on the ice", "penguin", 4),
        ("ducks, maybe five, in a pond", "duck", 5),
    ],
)
def test_count_corrections_and_hedged_counts(prompt: str, noun: str, count: int) -> None:
    plan = plan_of(prompt)
    assert nouns(plan).count(noun) == count
    assert all(nouns(plan).count(other) == 1 for other in set(nouns(plan)) - {noun})


@pytest.mark.parametrize(
    ("prompt", "time"),
    [
        ("an owl in the forest under a full moon", "night"),
        ("a tent in the desert under the stars", "night"),
        ("a fox in the forest at dawn under the moon", "sunrise"),  # a time said wins
    ],
)
def test_the_moon_or_the_stars_over_a_place_make_it_night(prompt: str, time: str) -> None:
    assert plan_of(prompt).canvas.background.time_of_day == time


def test_the_sun_and_the_moon_set_no_time() -> None:
    assert plan_of("the sun and the moon over the sea").canvas.background.time_of_day is None


def test_shorthand_with_and_dunes() -> None:
    background = plan_of("a tent by a lake at night wit stars").canvas.background
    assert background.setting == "lake" and background.time_of_day == "night"
    assert plan_of("a camel in the sand dunes at noon").canvas.background.setting == "desert"


def test_one_in_a_new_colour_after_a_coloured_group_is_one_more() -> None:
    plan = plan_of("two red cars and one blue one")
    assert sorted(str(e.attributes.get("color")) for e in plan.elements) == ["blue", "red", "red"]
    owls = plan_of("two owls on a branch, one brown and one white")  # an uncoloured group is split
    assert sorted(str(e.attributes.get("color")) for e in owls.elements if e.noun == "owl") == [
        "brown",
        "white",
    ]


@pytest.mark.parametrize(
    ("prompt", "flyers"), [("two girls flying kites", 2), ("kids flying kites at the beach", 3)]
)
def test_flyers_of_kites_each_hold_one(prompt: str, flyers: int) -> None:
    plan = plan_of(prompt)
    assert nouns(plan).count("kite") == flyers
    assert sum(1 for r in relations_list(plan) if r[1:] == ("holds", "kite")) == flyers


def relations_list(plan: Plan) -> list[tuple[str, str, str]]:
    noun = {e.id: e.noun for e in plan.elements}
    return [(noun[r.subject], r.predicate, noun[r.object]) for r in plan.relations]
