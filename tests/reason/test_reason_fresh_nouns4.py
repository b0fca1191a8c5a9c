"""Fresh nouns, round 4 (issue 13): the failure classes ``fresh_nouns_dev_b`` found — compounds nobody
lists that name a kind of a known thing ("an egg carton"), lexicon synonyms that are narrower kinds
("a desk lamp"), "some" before a singular count noun ("some silverware"), plural-only nouns that name
one thing ("a pair of earmuffs"), and stopwords that open a compound WordNet knows ("a floor lamp")."""

from __future__ import annotations

import pytest
from reasoned import nouns, plan_of, things

from limner.plan.geometry import relative_position
from limner.reason.compound_kinds import kind_of


def _element(prompt: str, noun: str) -> tuple[tuple[float, float, float, float], dict[str, object]]:
    plan = plan_of(prompt)
    found = next(e for e in plan.elements if e.kind == "object" and e.noun == noun)
    return found.box, dict(found.attributes)


@pytest.mark.parametrize(
    ("prompt", "noun", "sense"),
    [
        ("an egg carton", "egg carton", "carton"),
        ("a tape dispenser", "tape dispenser", "dispenser"),
        ("a green wizard hat", "wizard hat", "hat"),  # a kind of person may say the kind
        ("a smoke detector", "smoke detector", "detector"),
    ],
)
def test_a_compound_nobody_lists_keeps_the_users_words_and_the_heads_sense(
    prompt: str, noun: str, sense: str
) -> None:
    assert nouns(plan_of(prompt)) == [noun]
    assert _element(prompt, noun)[1]["sense"] == sense


def test_a_compound_keeps_its_colour_count_and_position() -> None:
    assert things(plan_of("a red egg carton")) == [("egg carton", "red")]
    assert nouns(plan_of("three tape dispensers")) == ["tape dispenser"] * 3
    plan = plan_of("a tape dispenser to the left of a ferris wheel")
    box = {e.noun: e.box for e in plan.elements if e.kind == "object"}
    assert "left of" in relative_position(box["tape dispenser"], box["ferris wheel"])


@pytest.mark.parametrize(
    ("prompt", "noun"),
    [
        ("a mother bird", "bird"),  # a living head: the word before says which one, not which kind
        ("a cat wearing a horse costume", "costume"),  # a costume shows what the word before names
        ("a brick building", "building"),  # a material
        ("a heart balloon", "balloon"),  # a shape
        ("a lake house", "house"),  # a place
        ("a ted cup", "cup"),  # a rare word (a slip for "red") says no kind
    ],
)
def test_words_before_a_head_that_say_no_kind_leave_the_head(prompt: str, noun: str) -> None:
    assert noun in nouns(plan_of(prompt))
    assert all(" " not in n for n in nouns(plan_of(prompt)))


def test_geneval_names_stay_their_coco_class() -> None:
    assert nouns(plan_of("a photo of a tv remote and a computer keyboard")) == ["remote", "keyboard"]


def test_kind_of_rule() -> None:
    assert kind_of("egg carton", "carton")
    assert not kind_of("carton", "carton")
    assert not kind_of("tv remote", "remote")  # a phrase the lexicon lists: its row's noun
    assert not kind_of("egg carton", "box")


@pytest.mark.parametrize(
    ("prompt", "noun"),
    [
        ("a desk lamp", "desk lamp"),
        ("two ceiling fans", "ceiling fan"),
        ("a high chair", "high chair"),
        ("a pair of slacks", "slacks"),
    ],
)
def test_a_listed_synonym_that_is_a_narrower_kind_keeps_its_noun(prompt: str, noun: str) -> None:
    assert set(nouns(plan_of(prompt))) == {noun}


@pytest.mark.parametrize(
    ("prompt", "noun", "count"),
    [
        ("a cat to the right of some silverware", "silverware", 1),
        ("some luggage below a cereal box", "luggage", 1),
        ("some kale next to a dog", "kale", 1),
        ("some sheep", "sheep", 3),  # a living thing's plural may be its singular: several
        ("some fish", "fish", 3),
        ("some apples", "apple", 3),
    ],
)
def test_some_before_a_singular_count_noun_is_one_lot(prompt: str, noun: str, count: int) -> None:
    assert nouns(plan_of(prompt)).count(noun) == count


@pytest.mark.parametrize(
    ("prompt", "noun"),
    [
        ("a pair of earmuffs", "earmuffs"),
        ("a pair of red handcuffs", "handcuffs"),
        ("a pair of suspenders above a chest", "suspenders"),
        ("a pair of spectacles", "spectacles"),
        ("a pair of shears", "shears"),
    ],
)
def test_a_pair_of_a_joined_plural_only_thing_is_one(prompt: str, noun: str) -> None:
    assert nouns(plan_of(prompt)).count(noun) == 1
    assert all(not n.startswith(noun[:-1]) or n == noun for n in nouns(plan_of(prompt)))


@pytest.mark.parametrize(
    ("prompt", "noun"),
    [
        ("a floor lamp", "floor lamp"),
        ("a safety pin over a floor lamp", "floor lamp"),
        ("two white playing cards", "playing card"),  # a verb's -ing form the table skips
    ],
)
def test_a_stopword_that_is_a_thing_may_open_a_kind_wordnet_knows(prompt: str, noun: str) -> None:
    assert noun in nouns(plan_of(prompt))


def test_the_stopword_alone_stays_what_it_was() -> None:
    assert nouns(plan_of("a cat on the floor")) == ["cat"]
    assert nouns(plan_of("a cat to the left of a dog")) == ["cat", "dog"]
    assert nouns(plan_of("an old man")) == ["man"]  # a skipped word that is no -ing form opens nothing
    assert nouns(plan_of("a girl playing piano")) == ["girl", "piano"]


def test_an_edit_finds_a_compound_of_the_base_plan() -> None:
    from limner.reason import BuiltinReasoner, ReasonRequest

    reasoner = BuiltinReasoner()
    base = plan_of("an egg carton next to a cat")
    plan = reasoner.reason(
        ReasonRequest(prompt="make the egg carton blue", seed=1, width=1024, height=1024, base=base)
    )
    assert things(plan) == [("egg carton", "blue"), ("cat", None)]
    assert plan.elements[0].attributes["sense"] == "carton"


@pytest.mark.parametrize(
    ("prompt", "noun", "count"),
    [
        ("two sails", "sail", 2),
        ("four flies", "fly", 4),
        ("a float to the right of a cat", "float", 1),
        ("a red sail", "sail", 1),
    ],
)
def test_a_verb_form_counted_coloured_or_placed_is_the_thing(prompt: str, noun: str, count: int) -> None:
    assert nouns(plan_of(prompt)).count(noun) == count


@pytest.mark.parametrize(
    ("prompt", "wanted"),
    [
        ("two kids play", ["child", "child"]),
        ("a bird flies over a house", ["bird", "house"]),
        ("a cat and a dog sleep on the sofa", ["cat", "dog", "couch"]),
    ],
)
def test_the_verb_after_its_doer_stays_a_verb(prompt: str, wanted: list[str]) -> None:
    assert nouns(plan_of(prompt)) == wanted


@pytest.mark.parametrize(
    ("prompt", "noun", "count"),
    [
        ("two pairs of pliers", "pliers", 2),
        ("three pairs of earmuffs", "earmuffs", 3),
        ("two pairs of shoes", "shoe", 4),  # things that come two to a pair: two each, as "a pair of"
    ],
)
def test_pairs_of_a_plural_only_thing_count_that_thing(prompt: str, noun: str, count: int) -> None:
    assert nouns(plan_of(prompt)) == [noun] * count
