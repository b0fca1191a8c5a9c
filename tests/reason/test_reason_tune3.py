"""Everyday prompts, third tuning round (issue 13): a bare plural shared out among its holders, window
blinds and steps as things, moving into a place from outside it, role people, things leaned on, a
room's walls in a colour, rooms and cafes named by their things and words, held things' places, typos
of animals and colours, restating corrections, "both" and a colour added after a comma."""

from __future__ import annotations

import pytest
from reasoned import nouns, plan_of, relations, things

from limner.plan.geometry import violated_relations
from limner.plan.model import Plan
from limner.reason.lexemes import lexemes_of
from limner.reason.normalize import normalize
from limner.reason.segment import segment
from limner.reason.typos import colour_slip, correct
from limner.reason.vocab import lexicon


def holders(plan: Plan, predicate: str, noun: str) -> dict[str, list[str]]:
    """Holder id → the ids of the ``noun`` things it has by ``predicate``."""
    kind = {e.id: e.noun for e in plan.elements}
    out: dict[str, list[str]] = {}
    for r in plan.relations:
        if r.predicate == predicate and kind[r.object] == noun:
            out.setdefault(r.subject, []).append(r.object)
    return out


@pytest.mark.parametrize(
    ("prompt", "predicate", "noun", "people"),
    [
        ("a boy and a girl flying kites", "holds", "kite", 2),
        ("a man and a woman holding umbrellas", "holds", "umbrella", 2),
        ("a cowboy and a knight wearing hats", "wears", "hat", 2),
    ],
)
def test_a_bare_plural_several_things_hold_is_one_each(
    prompt: str, predicate: str, noun: str, people: int
) -> None:
    plan = plan_of(prompt)
    assert nouns(plan).count(noun) == people
    held = holders(plan, predicate, noun)
    assert len(held) == people and all(len(ids) == 1 for ids in held.values())
    assert len({i for ids in held.values() for i in ids}) == people  # each its own
    assert not violated_relations(plan)


def test_a_counted_plural_is_not_shared_out() -> None:
    assert nouns(plan_of("a boy and a girl flying three kites")).count("kite") == 3


@pytest.mark.parametrize(
    ("prompt", "thing"),
    [
        ("blinds on a window", "window blind"),
        ("white blinds on a window", "window blind"),
        ("a cat sitting on the steps", "stairs"),
        ("a cat next to the steps", "stairs"),
    ],
)
def test_blinds_and_steps_are_things(prompt: str, thing: str) -> None:
    assert nouns(plan_of(prompt)).count(thing) == 1


def test_a_blind_man_is_a_man() -> None:
    assert nouns(plan_of("a blind man with a dog")) == ["man", "dog"]


@pytest.mark.parametrize(
    ("prompt", "mover", "place"),
    [
        ("a bear walking into a cave", "bear", "cave"),
        ("a dog running into a barn", "dog", "barn"),
    ],
)
def test_moving_into_a_place_keeps_the_mover_outside_before_it(prompt: str, mover: str, place: str) -> None:
    plan = plan_of(prompt)
    assert plan.canvas.background.setting != place
    assert plan.canvas.background.layers[0].kind == "sky"  # outdoors
    assert (mover, "in front of", place) in relations(plan)
    assert not violated_relations(plan)


def test_in_a_cave_is_still_inside_it() -> None:
    assert plan_of("a bear sleeping in a cave").canvas.background.setting == "cave"


@pytest.mark.parametrize("prompt", ["a barista holding a cup", "a barista behind a counter", "two baristas"])
def test_a_barista_is_a_person(prompt: str) -> None:
    assert "barista" in nouns(plan_of(prompt))
    assert lexicon().nouns["barista"].category == "person"


@pytest.mark.parametrize("prompt", ["a ladder leaning on a wall", "a bicycle leaning on a wall"])
def test_what_a_thing_leans_on_is_a_thing(prompt: str) -> None:
    plan = plan_of(prompt)
    assert "wall" in nouns(plan) and plan.canvas.background.setting != "wall"
    assert any(p == "leans_on" and o == "wall" for _, p, o in relations(plan))


def test_a_clock_hanging_on_the_wall_still_has_the_wall_behind_it() -> None:
    assert plan_of("a clock hanging on the wall").canvas.background.setting == "wall"


@pytest.mark.parametrize(
    ("prompt", "colour"),
    [
        ("a red chair in a room with blue walls", "blue"),
        ("a cat in a kitchen with yellow walls", "yellow"),
        ("a bedroom with green walls", "green"),
    ],
)
def test_a_rooms_walls_paint_its_wall_band(prompt: str, colour: str) -> None:
    plan = plan_of(prompt)
    walls = [layer.color for layer in plan.canvas.background.layers if layer.kind == "wall"]
    assert walls == [lexicon().color_hex[colour]]
    assert "wall" not in nouns(plan)


def test_counted_walls_stay_things() -> None:
    assert nouns(plan_of("a kitchen with three walls")).count("wall") == 3


def test_an_office_chair_names_an_office() -> None:
    assert plan_of("a desk, a computer and an office chair").canvas.background.setting == "office"


@pytest.mark.parametrize(
    ("prompt", "setting"),
    [
        ("a barista in a coffee shop", "cafe"),
        ("a waiter in a bistro", "bistro"),
        ("a man in a diner", "diner"),
    ],
)
def test_cafes_and_restaurants_are_places(prompt: str, setting: str) -> None:
    background = plan_of(prompt).canvas.background
    assert background.setting == setting and background.layers[0].kind == "wall"


@pytest.mark.parametrize(
    ("prompt", "place"),
    [
        ("a girl reading a book under a tree", ("girl", "under", "tree")),
        ("a boy holding a balloon next to a car", ("boy", "next to", "car")),
    ],
)
def test_a_place_after_a_held_thing_is_its_holders(prompt: str, place: tuple[str, str, str]) -> None:
    plan = plan_of(prompt)
    assert place in relations(plan)
    assert not any(s != place[0] and p == place[1] for s, p, _ in relations(plan))


@pytest.mark.parametrize(
    ("word", "meant"), [("hors", "horse"), ("hous", "house"), ("squirel", "squirrel"), ("feild", "field")]
)
def test_usual_slips_of_everyday_words(word: str, meant: str) -> None:
    assert correct(word, lexicon()) == meant


def test_a_real_word_is_not_read_as_a_thing_by_a_usual_slip() -> None:
    assert correct("wells", lexicon()) is None


def test_a_real_word_before_a_thing_can_be_a_colour_missing_a_letter() -> None:
    assert colour_slip("wite", lexicon()) == "white"
    assert colour_slip("alive", lexicon()) is None  # another kind of edit: left alone
    tokens = segment(normalize("a wite rabbit"))[0].tokens
    assert [lx.text for lx in lexemes_of(tokens, lexicon())][:2] == ["a", "white"]
    assert things(plan_of("a wite rabbit in the snow")) == [("rabbit", "white")]


@pytest.mark.parametrize(
    ("prompt", "wanted"),
    [
        ("a horse and a cow no wait a horse and a donkey", ["horse", "donkey"]),
        ("a horse and a cow, no wait, a horse, a cow and a pig", ["horse", "cow", "pig"]),
        ("a robot holding a flower i mean a robot holding a lantern", ["robot", "lantern"]),
        ("a cat no wait a cat and a dog", ["cat", "dog"]),
    ],
)
def test_a_restating_correction_goes_on_through_what_followed(prompt: str, wanted: list[str]) -> None:
    assert sorted(nouns(plan_of(prompt))) == sorted(wanted)


def test_the_restated_holder_keeps_its_verb() -> None:
    plan = plan_of("a robot holding a flower i mean a robot holding a lantern")
    assert relations(plan) == {("robot", "holds", "lantern")}


@pytest.mark.parametrize(
    ("prompt", "noun", "colour"),
    [
        ("a red car next to a blue car no actually both red", "car", "red"),
        ("a green apple and a red apple actually make both green", "apple", "green"),
        ("a red car and a blue car. both green", "car", "green"),
    ],
)
def test_both_and_a_colour_recolours_the_two_named(prompt: str, noun: str, colour: str) -> None:
    assert things(plan_of(prompt)) == [(noun, colour), (noun, colour)]


def test_a_colour_added_after_a_comma_describes_the_thing_just_named() -> None:
    plan = plan_of("a dog on a skateboard, a red skateboard")
    assert things(plan) == [("dog", None), ("skateboard", "red")]
    assert ("dog", "on", "skateboard") in relations(plan)


def test_two_coloured_things_after_a_comma_stay_two() -> None:
    assert things(plan_of("a red car, a blue car")) == [("car", "red"), ("car", "blue")]


def test_wait_no_before_a_new_phrase_is_a_correction() -> None:
    plan = plan_of("a grey cat on a red sofa wait no a blue sofa")
    assert things(plan) == [("cat", "gray"), ("couch", "blue")]


@pytest.mark.parametrize(
    ("prompt", "wanted", "gone"),
    [
        ("a cup on a saucer i mean on a book", ("cup", "on", "book"), "saucer"),
        ("a cat on a chair actually under a table", ("cat", "under", "table"), "chair"),
        ("a cup on a plate. no, under the table", ("cup", "under", "table"), None),
    ],
)
def test_a_corrected_place_moves_what_was_placed(
    prompt: str, wanted: tuple[str, str, str], gone: str | None
) -> None:
    plan = plan_of(prompt)
    assert relations(plan) == {wanted}
    assert wanted[0] in nouns(plan) and (gone is None or gone not in nouns(plan))


@pytest.mark.parametrize(
    "prompt", ["a dog next to a tree, sorry, behind a tree", "a cup on the table. no, under a table"]
)
def test_a_corrected_place_of_the_same_noun_is_the_same_thing(prompt: str) -> None:
    plan = plan_of(prompt)
    assert len(nouns(plan)) == 2 and len(relations(plan)) == 1


def test_a_pronoun_place_after_a_correction_is_the_other_thing() -> None:
    assert relations(plan_of("a cat on a mat. no, under it")) == {("cat", "under", "mat")}


def test_a_person_doing_something_before_a_place_stays_the_person() -> None:
    plan = plan_of("a grandmother knitting in a rocking chair")
    assert nouns(plan) == ["grandmother", "yarn", "rocking chair"]  # knitting shows its yarn
    assert ("grandmother", "inside", "rocking chair") in relations(plan)
    assert nouns(plan_of("a boy with a painting")) == ["boy", "painting"]


@pytest.mark.parametrize(
    ("prompt", "count"),
    [("a horse in a field and another horse", 2), ("a horse and another one", 2), ("draw another cat", 1)],
)
def test_another_is_one_more(prompt: str, count: int) -> None:
    assert len(nouns(plan_of(prompt))) == count


@pytest.mark.parametrize(
    ("prompt", "size"), [("a big dog, actually a small one", "small"), ("a small cat, no, a big one", "big")]
)
def test_a_corrected_size_replaces_the_size(prompt: str, size: str) -> None:
    plan = plan_of(prompt)
    assert len(nouns(plan)) == 1
    assert plan.elements[0].attributes.get("size") == size


@pytest.mark.parametrize(
    ("prompt", "weather"), [("a fox on a snowy hill at dawn", "snow"), ("a misty bridge", "fog")]
)
def test_weather_before_a_thing_of_the_land_is_the_weather(prompt: str, weather: str) -> None:
    plan = plan_of(prompt)
    assert plan.canvas.background.weather == weather and len(nouns(plan)) >= 1


@pytest.mark.parametrize("prompt", ["a winter coat", "a snowy owl", "a summer hat on a bench"])
def test_weather_words_in_a_things_name_are_no_weather(prompt: str) -> None:
    assert plan_of(prompt).canvas.background.weather is None


def test_a_group_and_one_more_holder_each_hold_one() -> None:
    plan = plan_of("two girls and a boy holding flowers")
    assert nouns(plan).count("flower") == 3
    held = holders(plan, "holds", "flower")
    assert len(held) == 3 and len({i for ids in held.values() for i in ids}) == 3


def test_a_verb_after_a_place_at_a_thing_is_the_doers() -> None:
    plan = plan_of("a boy sitting at a desk reading a book")
    assert ("boy", "holds", "book") in relations(plan) and "desk" in nouns(plan)


@pytest.mark.parametrize(
    ("prompt", "setting"),
    [
        ("a sailboat on the ocean, actually make the ocean a lake", "lake"),
        ("a sailboat on the ocean, no, on a lake", "lake"),
        ("a dog in a park, change the park to a beach", "beach"),
        ("a cat in the kitchen, no wait, in the bedroom", "bedroom"),
    ],
)
def test_a_corrected_place_replaces_the_setting(prompt: str, setting: str) -> None:
    assert plan_of(prompt).canvas.background.setting == setting


def test_a_second_place_without_a_correction_still_joins_the_first() -> None:
    background = plan_of("a cabin in the forest by a lake").canvas.background
    assert background.setting == "forest" and "water" in [layer.kind for layer in background.layers]


@pytest.mark.parametrize(
    ("prompt", "wanted"),
    [
        ("a dog sleeping in front of a fireplace", ("dog", "in front of", "fireplace")),
        ("a cat sitting on top of a car", ("cat", "on", "car")),
    ],
)
def test_a_verb_does_not_swallow_the_first_word_of_a_longer_place(
    prompt: str, wanted: tuple[str, str, str]
) -> None:
    assert relations(plan_of(prompt)) == {wanted}


@pytest.mark.parametrize(("prompt", "count"), [("four birds minus one", 3), ("five apples minus two", 3)])
def test_minus_a_number_takes_that_many_away(prompt: str, count: int) -> None:
    assert len(nouns(plan_of(prompt))) == count


def test_a_corrected_place_that_is_no_thing_keeps_the_thing_placed() -> None:
    plan = plan_of("an astronaut on the moon no wait on mars")
    assert "astronaut" in nouns(plan)
    assert plan_of("a dog in a park no wait on a beach").canvas.background.setting == "beach"


@pytest.mark.parametrize(
    "prompt", ["a woman sitting on a bench feeding birds", "a woman sitting on a bench watching birds"]
)
def test_looking_at_things_on_the_ground_keeps_a_seated_looker_on_her_seat(prompt: str) -> None:
    plan = plan_of(prompt)
    assert ("woman", "on", "bench") in relations(plan)
    assert not violated_relations(plan)


@pytest.mark.parametrize("prompt", ["a red car... nvm blue", "a red ball, nevermind, a blue ball"])
def test_never_mind_is_a_correction(prompt: str) -> None:
    assert [colour for _, colour in things(plan_of(prompt))] == ["blue"]


def test_a_count_after_a_comma_counts_the_plural_named_before() -> None:
    plan = plan_of("a shelf with books on it, 4 books")
    assert nouns(plan).count("book") == 4
    assert ("book", "on", "shelf") in relations(plan)
    assert nouns(plan_of("a cake with candles on it, 5 candles")).count("candle") == 5
    assert len(nouns(plan_of("three cats, two dogs"))) == 5


def test_a_newer_place_between_the_same_two_things_replaces_the_older() -> None:
    plan = plan_of("a cat on a table. actually the cat should be under the table")
    assert relations(plan) == {("cat", "under", "table")}


def test_a_coloured_one_after_a_comma_describes_the_thing_just_named() -> None:
    assert things(plan_of("a ball, a blue one")) == [("ball", "blue")]
    assert things(plan_of("a red ball, a blue one")) == [("ball", "red"), ("ball", "blue")]
    assert things(plan_of("a red ball and a blue one")) == [("ball", "red"), ("ball", "blue")]


@pytest.mark.parametrize(
    "prompt", ["a snowman with a carrot nose and a top hat", "a snowman with a scarf and a top hat"]
)
def test_what_follows_with_and_and_is_worn_too(prompt: str) -> None:
    plan = plan_of(prompt)
    assert ("snowman", "wears", "top hat") in relations(plan)
    assert "nose" not in nouns(plan)


def test_a_part_then_another_thing_after_with() -> None:
    plan = plan_of("a husky with blue eyes and a red collar")
    assert things(plan) == [("husky", None), ("collar", "red")]
    assert nouns(plan_of("a cat with green eyes and a dog")) == ["cat", "dog"]


@pytest.mark.parametrize(
    ("prompt", "band", "colour"),
    [
        ("the sky should be orange and there is a camel", "sky", "orange"),
        ("a camel in the desert, the sand is pink", "ground", "pink"),
    ],
)
def test_a_colour_said_of_a_scene_word_paints_its_band(prompt: str, band: str, colour: str) -> None:
    plan = plan_of(prompt)
    bands = [layer.color for layer in plan.canvas.background.layers if layer.kind == band]
    assert bands == [lexicon().color_hex[colour]]
    assert "orange" not in nouns(plan)


def test_the_fruit_after_an_article_stays_a_fruit() -> None:
    assert "orange" in nouns(plan_of("the sky is an orange"))


def test_all_and_a_colour_after_a_list_colours_every_thing_named() -> None:
    plan = plan_of("a car a bus a truck all red")
    assert things(plan) == [("car", "red"), ("bus", "red"), ("truck", "red")]


@pytest.mark.parametrize(
    ("prompt", "weather"),
    [("a woman holding an umbrella, it's snowing not raining", "snow"), ("a dog in the park, no rain", None)],
)
def test_negated_weather_is_not_set(prompt: str, weather: str | None) -> None:
    assert plan_of(prompt).canvas.background.weather == weather
