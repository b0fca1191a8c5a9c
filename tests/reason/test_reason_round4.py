"""Everyday scenes, fourth tuning round (issue 13): collective people nouns, a noun's sense from what it does,
"X with Y" (toppings folded into X, contents on or in X), surfaces worked on and things climbed, whole
phrases of unquoted text, names a card is for, places things imply. Wordings differ from the dev suite's."""

from __future__ import annotations

import pytest
from reasoned import nouns, plan_of, relations, things

from limner.assets.art import resolve_art
from limner.plan.model import Element, Plan
from limner.reason.collectives import expand_collectives
from limner.reason.company import animal_senses
from limner.reason.normalize import normalize
from limner.reason.vocab import lexicon


def texts(plan: Plan) -> list[str]:
    return [e.text.content for e in plan.elements if e.text is not None]


def element(plan: Plan, noun: str) -> Element:
    return next(e for e in plan.elements if e.noun == noun)


# -- 1. collective people nouns ---------------------------------------------------------------------
@pytest.mark.parametrize(
    "prompt",
    [
        "an old couple walking on the beach",
        "the couple sitting at a table",
        "a smiling couple, holding hands",
    ],
)
def test_a_couple_is_a_man_and_a_woman(prompt: str) -> None:
    found = nouns(plan_of(prompt))
    assert found.count("man") == 1 and found.count("woman") == 1


def test_a_crowd_doing_something_is_several_people() -> None:
    assert nouns(plan_of("a crowd waving flags")).count("person") == 6


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("a couple of cats", "a couple of cats"),  # a count, not people
        ("a couple hats", "a couple hats"),  # another noun follows: left as written
        ("a huge crowd watching", "a huge crowd watching"),  # no article right before it
        ("An elderly couple at a cafe", "An elderly man and an elderly woman at a cafe"),
    ],
)
def test_collectives_expand_only_where_they_are_the_doers(text: str, wanted: str) -> None:
    assert expand_collectives(text) == wanted


def test_a_couple_of_things_stays_a_count() -> None:
    assert nouns(plan_of("a couple of pears in a bowl")).count("pear") == 2
    assert "man" not in nouns(plan_of("a couple of pears in a bowl"))


# -- 2. a noun's sense from what it does -----------------------------------------------------------
def test_the_lexicon_names_animal_senses_of_everyday_nouns() -> None:
    table = animal_senses(lexicon())
    assert table["mouse"] == "mouse animal"
    assert "cat" not in table  # an animal row of its own


@pytest.mark.parametrize(
    ("prompt", "count"),
    [("a hawk catching a mouse", 1), ("a fox chasing two mice", 2), ("a mouse running across a table", 1)],
)
def test_a_mouse_that_acts_or_is_hunted_is_the_rodent(prompt: str, count: int) -> None:
    plan = plan_of(prompt)
    mice = [e for e in plan.elements if e.noun == "mouse"]  # the word the user named …
    assert len(mice) == count and all(e.attributes.get("sense") == "mouse animal" for e in mice)
    assert all(resolve_art(e.attributes["sense"]).emoji == "🐁" for e in mice)  # … drawn as the rodent


@pytest.mark.parametrize(
    "prompt",
    [
        "a mouse and a monitor on a desk",  # electronics beside it
        "a lion next to a mouse",  # only named beside an animal: the everyday noun stays
        "a wireless computer mouse chased by a dog",  # the compound names the device
    ],
)
def test_a_mouse_stays_the_device_without_a_living_deed(prompt: str) -> None:
    plan = plan_of(prompt)
    assert "mouse animal" not in nouns(plan) and all("sense" not in e.attributes for e in plan.elements)


# -- 3. "X with Y" -------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("prompt", "host", "topping"),
    [
        ("a cheesecake with cherries", "cheesecake", "cherries"),
        ("two donuts with sprinkles", "donut", "sprinkles"),
        ("a hot dog with ketchup on a plate", "hot dog", "ketchup"),
    ],
)
def test_a_topping_folds_into_the_food(prompt: str, host: str, topping: str) -> None:
    plan = plan_of(prompt)
    hosts = [e for e in plan.elements if e.noun == host]
    assert hosts and all(e.attributes.get("with") == topping for e in hosts)
    assert not any(topping.startswith(e.noun[:4]) for e in plan.elements if e.noun != host)


def test_a_covering_colours_the_food() -> None:
    assert things(plan_of("a slice of cake with blue icing")) == [("cake", "blue")]


def test_candles_placed_on_it_stay_things() -> None:
    assert nouns(plan_of("a pie with candles on it")).count("candle") == 3


@pytest.mark.parametrize(
    ("prompt", "content", "holder", "predicate"),
    [
        ("a crate with oranges", "orange", "crate", "inside"),
        ("a shelf with books", "book", "shelf", "on top of"),
        ("a bucket with three fish", "fish", "bucket", "inside"),
    ],
)
def test_what_a_container_is_with_goes_in_or_on_it(
    prompt: str, content: str, holder: str, predicate: str
) -> None:
    assert (content, predicate, holder) in relations(plan_of(prompt))


@pytest.mark.parametrize(
    ("prompt", "kept"),
    [("a table with four chairs", "chair"), ("a basket with a cat", "cat"), ("a pie with milk", "milk")],
)
def test_what_stands_beside_a_thing_is_neither_in_it_nor_a_topping(prompt: str, kept: str) -> None:
    plan = plan_of(prompt)
    assert kept in nouns(plan)
    assert not any(kept == subject for subject, _, _ in relations(plan))


def test_with_after_a_person_still_joins_or_holds() -> None:
    plan = plan_of("a girl with a cupcake")
    assert nouns(plan) == ["girl", "cupcake"]
    assert "with" not in element(plan, "girl").attributes


# -- 4. a place kept when a second verb follows -----------------------------------------------------
def test_a_second_verb_keeps_the_first_place() -> None:
    plan = plan_of("a dog lying on a rug chewing a bone")
    assert element(plan, "dog").attributes.get("pose") == "lying"
    assert ("dog", "touches", "bone") in relations(plan)
    assert ("dog", "on", "rug") in relations(plan_of("a dog lying on a rug chewing a bone"))


# -- 5. surfaces worked on, things climbed ----------------------------------------------------------
@pytest.mark.parametrize(
    ("prompt", "doer", "surface"),
    [
        ("a kid scribbling on a chalkboard", "child", "chalkboard"),
        ("a woman typing on a laptop", "woman", "laptop"),
        ("an artist paints on a canvas", "artist", "canvas"),
    ],
)
def test_working_on_a_surface_touches_it(prompt: str, doer: str, surface: str) -> None:
    found = relations(plan_of(prompt))
    assert (doer, "touches", surface) in found and (doer, "on", surface) not in found


@pytest.mark.parametrize("prompt", ["a painting on the wall", "a painting on an easel"])
def test_a_painting_after_its_article_is_a_thing(prompt: str) -> None:
    assert "painting" in nouns(plan_of(prompt))


def test_sitting_on_a_laptop_is_still_on_it() -> None:
    assert ("cat", "on", "laptop") in relations(plan_of("a cat sitting on a laptop"))


def test_a_climber_is_before_the_tree_and_off_the_ground() -> None:
    plan = plan_of("a cat climbing a tree")
    cat, tree = element(plan, "cat"), element(plan, "tree")
    assert ("cat", "hangs_on", "tree") in relations(plan)
    assert cat.z > tree.z  # drawn in front of the trunk, not hidden behind it
    assert cat.box[3] < tree.box[3]  # its feet above the tree's foot


# -- 6. unquoted text: the whole phrase ---------------------------------------------------------------
@pytest.mark.parametrize(
    ("prompt", "text"),
    [
        ("a hoodie saying I love Paris", "I love Paris"),
        ("a mug that says I am the boss on a desk", "I am the boss"),
        ("a poster that says Keep Calm and Carry On", "Keep Calm and Carry On"),
        ("a sign that says OPEN on a door", "OPEN"),  # an ender still ends it
        ("a sign that says SALE two cats", "SALE"),  # no capital after the lower-case words
    ],
)
def test_unquoted_text_runs_to_the_end_of_its_phrase(prompt: str, text: str) -> None:
    assert normalize(prompt).quotes == (text,)


# -- 7. names a card is for ------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("prompt", "text"),
    [
        ("a birthday card for Sophie and Max", "Sophie and Max"),
        ("a postcard from Rome", "Rome"),
        ("a greeting card to Grandma Rose", "Grandma Rose"),
    ],
)
def test_a_capitalised_name_a_card_is_for_is_text(prompt: str, text: str) -> None:
    plan = plan_of(prompt)
    assert texts(plan) == [text]
    assert len(nouns(plan)) == 1  # the card only: no mountain, no flower


@pytest.mark.parametrize(
    "prompt", ["a poster of a Labrador", "a card for a friend", "Max and a dog for a walk"]
)
def test_other_capitals_and_lower_case_words_are_not_names(prompt: str) -> None:
    assert texts(plan_of(prompt)) == []


# -- 8. places things imply -------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("prompt", "setting"),
    [
        ("a seal on an iceberg", "arctic"),
        ("a camel walking", "desert"),
        ("a sandcastle with a bucket", "beach"),
        ("an igloo at night", "arctic"),
    ],
)
def test_a_thing_implies_its_place_when_none_is_named(prompt: str, setting: str) -> None:
    assert plan_of(prompt).canvas.background.setting == setting


@pytest.mark.parametrize(
    ("prompt", "setting"),
    [
        ("a cactus on a desk", None),  # an indoor thing
        ("a camel in a city", "city"),  # a place named
        ("a camel in the snow", "outdoors"),  # the snow paints the ground
        ("a cactus and a sandcastle", None),  # two places: neither
    ],
)
def test_a_named_place_or_an_indoor_scene_wins(prompt: str, setting: str | None) -> None:
    assert plan_of(prompt).canvas.background.setting == setting
