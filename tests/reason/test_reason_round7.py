"""Everyday scenes, seventh tuning round (issue 13), written by kind of failure: verbs in the -s form, the
past tense, the passive and the bare form after a plural ("a cat watches a bird", "a dog that chased a
cat", "a cart pulled by a donkey", "two kids ride bikes"), phrasal verbs ("picking up", "putting on"); a
correction that renames a thing keeps its colour ("a red cup, actually a mug"); a corrected relation's
object said with "the" replaces the old one; counts written "4x", "x3", "N:"; "after dark", "the northern
lights"; "both the X and the Y"; "not blue but silver", "not two but three"; "some scissors"; glasses a
person wears; a sentence that is only a place ("…!!! on a pillow!!!"); "X instead of Y on Z"; "the sky is a
blue"; "a snowy mountain with a cabin"; "each of the three vases"; a feather on a hat; a preamble about
someone's liking ("my son loves dinosaurs so draw a dinosaur"); the doer of a known verb in a building.
Each with another wording than the suite's and a case that must not change."""

from __future__ import annotations

import pytest
from reasoned import nouns, plan_of, relations, things

from limner.reason.inflect import forms


def background(prompt: str) -> tuple[str | None, str | None, str | None]:
    bg = plan_of(prompt).canvas.background
    return bg.setting, bg.time_of_day, bg.weather


# -- 1. verb forms spelt from the -ing rows ----------------------------------------------------------
def test_forms_are_spelt_from_the_ing_form() -> None:
    found = forms("watching")
    assert found is not None and "watches" in found.present and "watched" in found.past
    chasing = forms("chasing")
    assert chasing is not None and "chases" in chasing.present and "chased" in chasing.past
    riding = forms("riding")  # irregular: from lexicon/verb_forms.tsv
    assert riding is not None and riding.past == {"rode"} and riding.participle == {"ridden"}
    assert forms("ring") is None


@pytest.mark.parametrize(
    ("prompt", "wanted"),
    [
        ("an owl watches a mouse", ("owl", "looks_at", "mouse")),
        ("a fox that chased a rabbit", ("fox", "chases", "rabbit")),
        ("a man who carried a box", ("man", "carries", "box")),
        ("a sled pulled by a horse", ("horse", "touches", "sled")),
        ("two girls ride horses", ("girl", "rides", "horse")),
        ("a squirrel nibbling a nut", ("squirrel", "holds", "nut")),
        ("a woman picking up a basket", ("woman", "holds", "basket")),
        ("a boy putting on a cap", ("boy", "wears", "cap")),
        ("a child waving at a train", ("child", "looks_at", "train")),
        ("a monkey hangs upside down from a branch", ("monkey", "hangs_on", "branch")),
    ],
)
def test_verbs_in_other_forms_make_their_relation(prompt: str, wanted: tuple[str, str, str]) -> None:
    assert wanted in relations(plan_of(prompt))


@pytest.mark.parametrize(
    ("prompt", "noun", "count"),
    [
        ("a boy with two watches", "watch", 2),  # after a number: the noun
        ("three races", "race", 3),
        ("a wooden swing set", "swing set", 1),  # a bare form after no plural: no verb
    ],
)
def test_a_verb_form_after_a_count_or_an_article_stays_a_noun(prompt: str, noun: str, count: int) -> None:
    assert nouns(plan_of(prompt)).count(noun) == count


# -- 2. a renamed thing keeps its colour ---------------------------------------------------------------
@pytest.mark.parametrize(
    ("prompt", "wanted"),
    [
        ("a yellow kite in the sky, sorry, a balloon", ("balloon", "yellow")),
        ("a green lamp, make the lamp a vase", ("vase", "green")),
        ("a brown horse, i mean a donkey", ("donkey", "brown")),
    ],
)
def test_a_correction_that_renames_a_thing_keeps_its_colour(prompt: str, wanted: tuple[str, str]) -> None:
    assert wanted in things(plan_of(prompt))


def test_a_renamed_thing_with_its_own_colour_and_a_replacement_keep_theirs() -> None:
    assert ("pear", "green") in things(plan_of("a red apple, no, a green pear"))
    assert ("lamp", "red") not in things(plan_of("a red clock. replace the clock with a lamp"))


# -- 3. a corrected relation's object said with "the" -----------------------------------------------
def test_a_corrected_place_with_the_replaces_the_old_one() -> None:
    plan = plan_of("a cat on the sofa, no, on the bed")
    assert ("cat", "on", "bed") in relations(plan) and "couch" not in nouns(plan)


def test_a_corrected_place_named_before_keeps_both() -> None:
    plan = plan_of("a cup on a table and a plate, no, on the plate")
    assert ("cup", "on", "plate") in relations(plan) and "table" in nouns(plan)


# -- 4. counts written as multiples --------------------------------------------------------------------
@pytest.mark.parametrize(
    ("prompt", "noun", "count"),
    [("3x blue cups", "cup", 3), ("cups x2 on a tray", "cup", 2), ("pears: 4", "pear", 4)],
)
def test_counts_written_as_multiples(prompt: str, noun: str, count: int) -> None:
    assert nouns(plan_of(prompt)).count(noun) == count


def test_a_grid_and_a_colon_before_a_list_keep_their_meaning() -> None:
    assert nouns(plan_of("a 2x2 grid of tiles")).count("tile") == 4
    assert nouns(plan_of("Draw: 3 owls, 1 moon.")).count("owl") == 3


# -- 5. night words --------------------------------------------------------------------------------------
@pytest.mark.parametrize("prompt", ["a fox walking home after dark", "a cabin under the northern lights"])
def test_night_words(prompt: str) -> None:
    assert background(prompt)[1] == "night"


# -- 6. "both the X and the Y" -----------------------------------------------------------------------
def test_both_the_x_and_the_y_is_one_each() -> None:
    assert sorted(nouns(plan_of("both the boy and the girl are on the grass"))) == ["boy", "girl"]
    assert nouns(plan_of("both the horses")).count("horse") == 2


# -- 7. "not X but Y" ----------------------------------------------------------------------------------
def test_not_a_colour_then_another_colours_the_thing_that_had_it() -> None:
    assert ("truck", "white") in things(plan_of("a red truck next to a barn, not red, white"))
    assert ("kite", "yellow") in things(plan_of("a red kite, not red but yellow"))
    assert things(plan_of("a car, not blue, on a bridge"))[0] == ("car", None)


def test_not_a_count_but_another() -> None:
    assert nouns(plan_of("not four but two lamps")).count("lamp") == 2
    assert nouns(plan_of("two dogs, not three")).count("dog") == 2


# -- 8. plural-only things -------------------------------------------------------------------------------
def test_some_before_a_plural_only_thing_is_one() -> None:
    assert nouns(plan_of("some pliers on a bench")).count("pliers") == 1
    assert nouns(plan_of("some apples")).count("apple") == 3


def test_glasses_a_person_wears_are_one_pair() -> None:
    assert nouns(plan_of("an old woman with glasses knitting")).count("spectacles") == 1
    assert nouns(plan_of("glasses on a shelf")).count("glass") == 3
    assert "spectacles" not in nouns(plan_of("two men clinking glasses"))


# -- 9. a sentence that is only a place ----------------------------------------------------------------
def test_a_sentence_that_is_only_a_place_places_the_thing_before() -> None:
    assert ("kitten", "on", "blanket") in relations(plan_of("a tiny kitten!! on a blanket!!"))
    assert ("cat", "under", "table") not in relations(plan_of("a cat. under the table, a dog"))


# -- 10. "X instead of Y on Z" -------------------------------------------------------------------------
def test_a_place_after_instead_of_is_the_new_things() -> None:
    plan = plan_of("a mug instead of a cup on the desk")
    assert ("mug", "on", "desk") in relations(plan) and "cup" not in nouns(plan)


# -- 11. "the sky is a blue" -----------------------------------------------------------------------------
def test_a_colour_after_is_a_paints_the_sky() -> None:
    layers = {
        layer.kind: layer.color for layer in plan_of("a field, the sky is a pink").canvas.background.layers
    }
    plain = {
        layer.kind: layer.color for layer in plan_of("a field, the sky is pink").canvas.background.layers
    }
    assert layers["sky"] == plain["sky"]
    assert ("cat", "brown") in things(plan_of("a cat, the cat is a brown"))


# -- 12. a weathered place with things ------------------------------------------------------------------
def test_a_weathered_place_opening_a_prompt_with_things_is_the_place() -> None:
    assert background("a foggy mountain with a castle")[0] == "mountains"
    assert "mountain" in nouns(plan_of("a mountain with a cabin"))


# -- 13. "each of the N things" ------------------------------------------------------------------------
def test_each_of_the_things_has_one_each() -> None:
    assert nouns(plan_of("each of the two boys holds a flag")).count("flag") == 2


# -- 14. a counted feather on a thing worn ---------------------------------------------------------------
def test_a_feather_on_a_hat_is_a_thing_but_a_birds_are_its_own() -> None:
    assert "feather" in nouns(plan_of("a green cap with a feather"))
    assert "feather" not in nouns(plan_of("a parrot with red feathers"))


# -- 15. a preamble about someone's liking --------------------------------------------------------------
def test_a_preamble_about_a_liking_names_nothing() -> None:
    assert nouns(plan_of("my nephew is crazy about trains, so draw a red train")) == ["train"]
    assert nouns(plan_of("because my wife adores tulips, a vase with two tulips")).count("tulip") == 2


def test_a_request_or_a_preamble_pointed_back_to_stays() -> None:
    assert nouns(plan_of("I like a red car, and a blue bike")) == ["car", "bicycle"]
    assert "dog" in nouns(plan_of("my dog loves his ball, draw him on a rug"))


# -- 17. "VERB-ing OBJ in a building": the doer is inside ------------------------------------------------
def test_the_doer_is_in_the_building_after_a_known_verb() -> None:
    assert ("boy", "inside", "barn") in relations(plan_of("a boy washing a dog in a barn"))
    assert ("kitten", "inside", "basket") in relations(plan_of("a girl holding a kitten in a basket"))
