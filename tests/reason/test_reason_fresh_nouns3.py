"""Fresh nouns, round 3 (issue 13): the failure classes ``fresh_nouns_dev`` and the noun probe found —
plural-only nouns after "a pair of", plurals the lexicon missed, compounds opening with a word that is
also a function word, and art for kinds under ancestors that had none."""

from __future__ import annotations

import pytest
from reasoned import nouns, plan_of, things

from limner.assets.art import resolve_art
from limner.reason.concepts import singular_of
from limner.reason.whole_plurals import one_pair


@pytest.mark.parametrize(
    ("prompt", "noun", "count"),
    [
        # a lemma that is itself a plural form names one tool
        ("a pair of green tongs", "tongs", 1),
        ("a pair of binoculars", "binoculars", 1),
        ("a pair of goggles", "goggles", 1),
        # a plural WordNet also names "pair of …" is one too
        ("a pair of tweezers", "tweezer", 1),
        # a lexicon noun flagged "pair"
        ("a pair of headphones", "headphones", 1),
        # several pairs still count
        ("two pairs of tongs", "tongs", 2),
        # things that come two to a pair stay two
        ("a pair of shoes", "shoe", 2),
        ("a pair of socks", "sock", 2),
        ("a pair of dice", "dice", 2),
        ("a pair of rhinoceros", "rhinoceros", 2),  # a zero plural is no plural-only noun
    ],
)
def test_a_pair_of_a_plural_only_noun_is_one_thing(prompt: str, noun: str, count: int) -> None:
    assert nouns(plan_of(prompt)) == [noun] * count


def test_a_pair_of_keeps_its_colour_and_position() -> None:
    plan = plan_of("a pair of pink tweezers to the right of a finch")
    assert sorted(things(plan), key=str) == [("finch", None), ("tweezer", "pink")]
    box = {e.noun: e.box for e in plan.elements if e.kind == "object"}
    assert box["tweezer"][0] + box["tweezer"][2] > box["finch"][0] + box["finch"][2]


def test_one_pair_rule() -> None:
    assert one_pair("tongs", "tongs", plural=False)
    assert one_pair("tweezer", "tweezer", plural=True)
    assert not one_pair("shoe", "shoe", plural=True)
    assert not one_pair("glass", "glass", plural=True)  # "glasses" read as drinking glasses: two
    assert not one_pair("walrus", "walrus", plural=False)  # a singular ending in -s is no plural
    assert not one_pair("rhinoceros", "rhinoceros", plural=False)


def test_plural_in_ies_of_a_noun_ending_in_i() -> None:
    assert singular_of("chilies") == ("chili", True)
    assert singular_of("berries") == ("berry", True)
    assert singular_of("cookies") == ("cookie", True)
    assert nouns(plan_of("three chilies")) == ["chili"] * 3


def test_a_rare_plural_near_a_known_noun_is_the_thing_where_counted() -> None:
    assert nouns(plan_of("three hoses")) == ["hose"] * 3
    assert nouns(plan_of("two orangs")) == ["orange"] * 2  # still the typo reading where it is one


@pytest.mark.parametrize(
    ("prompt", "expected"),
    [
        ("a green can opener", [("can opener", "green")]),
        ("two can openers", [("can opener", None)] * 2),
        ("a red picture palace", [("picture palace", "red")]),
    ],
)
def test_a_compound_may_open_with_a_stopword_that_is_also_a_thing(
    prompt: str, expected: list[tuple[str, object]]
) -> None:
    assert things(plan_of(prompt)) == expected


def test_a_stopword_that_is_a_thing_stays_what_it_was_outside_a_compound() -> None:
    assert nouns(plan_of("a cat can jump")) == ["cat"]
    assert "can" in nouns(plan_of("a can of soup"))


@pytest.mark.parametrize(
    ("prompt", "expected"),
    [
        # after a colour word that is also a thing, a word WordNet knows as a thing is the noun
        ("an orange scale", [("scale", "orange")]),
        ("an orange date", [("date", "orange")]),
        # the colour word alone, or before a known noun, is what it was
        ("an orange", [("orange", "orange")]),
        ("an orange cat", [("cat", "orange")]),
    ],
)
def test_a_colour_that_is_also_a_thing_before_a_weak_noun(
    prompt: str, expected: list[tuple[str, object]]
) -> None:
    assert things(plan_of(prompt)) == expected


def test_a_calendar_is_a_thing() -> None:
    # WordNet knows a calendar only as a list or a system: the lexicon row makes it a drawable thing
    assert things(plan_of("a red calendar")) == [("calendar", "red")]
    assert nouns(plan_of("two calendars")) == ["calendar"] * 2
    assert resolve_art("calendar").exact


@pytest.mark.parametrize(
    ("noun", "via"),
    [
        ("baton", "nearest ancestor: rod"),
        ("ramrod", "nearest ancestor: rod"),
        ("bludgeon", "nearest ancestor: club"),
        ("nymph", "nearest ancestor: larva"),
        ("maggot", "nearest ancestor: larva"),
        ("sowbelly", "nearest ancestor: pork"),
    ],
)
def test_art_for_kinds_under_an_ancestor_without_art(noun: str, via: str) -> None:
    choice = resolve_art(noun)
    assert not choice.exact and via in (choice.via or "")
    assert "neutral shape" not in (choice.via or "")


def test_the_ancestor_rows_change_no_word_that_had_art() -> None:
    assert "fishing pole" in (resolve_art("rod").via or "")
    assert "kind of meat" in (resolve_art("meat").via or "")


@pytest.mark.parametrize(
    ("prompt", "left", "right"),
    [
        ("a tumbler to the left of a river", "tumbler", "river"),
        ("a lake to the right of a fox", "fox", "lake"),
        ("a spring to the left of a toothpick", "spring", "toothpick"),  # a season word, placed: a thing
    ],
)
def test_a_place_word_beside_a_thing_is_a_thing(prompt: str, left: str, right: str) -> None:
    plan = plan_of(prompt)
    box = {e.noun: e.box for e in plan.elements if e.kind == "object"}
    assert sorted(box) == sorted([left, right])
    assert box[left][0] + box[left][2] < box[right][0] + box[right][2]  # centres (x0 + x1) / 2


@pytest.mark.parametrize(
    ("prompt", "expected"),
    [
        ("a house next to a lake", ["house"]),  # no side to keep: the lake is the place
        ("a cloud above a lake", ["cloud"]),
        ("a dog on the beach to the right of a cat", ["cat", "dog"]),  # the dog's place, not a thing
    ],
)
def test_a_place_word_stays_the_setting_elsewhere(prompt: str, expected: list[str]) -> None:
    assert sorted(nouns(plan_of(prompt))) == expected
