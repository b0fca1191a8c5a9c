"""Working on / at a thing is using it, not standing on it ("people working on laptops"); things
that stand outdoors imply no room ("a hammock between two palm trees" is no bedroom)."""

from __future__ import annotations

import pytest

from limner.assets.art import resolve_art
from limner.reason import BuiltinReasoner, ReasonRequest


def _relations(prompt: str) -> set[tuple[str, str, str]]:
    plan = BuiltinReasoner().reason(ReasonRequest(prompt=prompt, seed=1, width=1024, height=1024))
    nouns = {e.id: e.noun for e in plan.elements}
    return {(nouns[r.subject], r.predicate, nouns[r.object]) for r in plan.relations}


@pytest.mark.parametrize(
    ("prompt", "relation"),
    [
        ("a coffee shop with people working on laptops", ("person", "touches", "laptop")),
        ("a mechanic working on an old car", ("mechanic", "touches", "car")),
        ("a girl coding on a computer", ("girl", "touches", "computer")),
        ("a man working at a desk", ("man", "touches", "desk")),
    ],
)
def test_working_on_a_thing_touches_it(prompt: str, relation: tuple[str, str, str]) -> None:
    found = _relations(prompt)
    assert relation in found
    assert (relation[0], "on", relation[2]) not in found


def test_sitting_on_a_thing_is_still_on_it() -> None:
    assert ("cat", "on", "laptop") in _relations("a cat sitting on a laptop")


@pytest.mark.parametrize(
    "prompt", ["a man lying in a hammock between two palm trees", "a bed under an old oak tree"]
)
def test_things_that_stand_outdoors_imply_no_room(prompt: str) -> None:
    plan = BuiltinReasoner().reason(ReasonRequest(prompt=prompt, seed=1, width=1024, height=1024))
    assert plan.canvas.background.setting != "bedroom"


def test_a_rooms_fixtures_still_name_it() -> None:
    plan = BuiltinReasoner().reason(ReasonRequest(prompt="a bed and a nightstand", seed=1))
    assert plan.canvas.background.setting == "bedroom"


@pytest.mark.parametrize(
    ("prompt", "people"),
    [
        ("a family having a picnic in the park", ["man", "woman", "child"]),
        ("a happy family at the beach", ["man", "woman", "child"]),
    ],
)
def test_a_family_is_its_people(prompt: str, people: list[str]) -> None:
    plan = BuiltinReasoner().reason(ReasonRequest(prompt=prompt, seed=1))
    assert [e.noun for e in plan.elements][:3] == people


@pytest.mark.parametrize(
    ("prompt", "nouns"),
    [("a family of ducks in a pond", ["duck"] * 3), ("a family photo on a wall", ["picture"])],
)
def test_family_before_of_or_a_noun_is_left_as_written(prompt: str, nouns: list[str]) -> None:
    plan = BuiltinReasoner().reason(ReasonRequest(prompt=prompt, seed=1))
    assert [e.noun for e in plan.elements] == nouns


@pytest.mark.parametrize(
    ("prompt", "setting"),
    [
        ("a hot air balloon over green hills", "countryside"),
        ("sheep grazing on rolling hills", "countryside"),
        ("a farmhouse with a red barn and a tractor", "farm"),
        ("a scarecrow next to a haystack", "farm"),
    ],
)
def test_hills_and_farm_things_set_the_scene(prompt: str, setting: str) -> None:
    plan = BuiltinReasoner().reason(ReasonRequest(prompt=prompt, seed=1))
    assert plan.canvas.background.setting == setting
    assert "hills" not in [e.noun for e in plan.elements]


def test_a_tractor_in_a_named_place_stays_there() -> None:
    plan = BuiltinReasoner().reason(ReasonRequest(prompt="a tractor in a city street", seed=1))
    assert plan.canvas.background.setting == "street"


@pytest.mark.parametrize("prompt", ["three books stacked on a desk", "two boxes piled on a table"])
def test_a_group_stacked_on_a_thing_is_one_pile_on_it(prompt: str) -> None:
    plan = BuiltinReasoner().reason(ReasonRequest(prompt=prompt, seed=1))
    *pile, support = plan.elements
    stacked = {(r.subject, r.object) for r in plan.relations if r.predicate == "stacked_on"}
    below = [support.id] + [e.id for e in pile[:-1]]
    assert stacked == {(e.id, b) for e, b in zip(pile, below, strict=True)}
    tops = [e.box[1] for e in pile]
    assert tops == sorted(tops, reverse=True)  # each one higher than the one it lies on
    assert max(e.box[2] for e in pile) - min(e.box[0] for e in pile) < (pile[0].box[2] - pile[0].box[0]) * 1.5


@pytest.mark.parametrize(
    ("prompt", "nouns"),
    [
        ("a red well", ["well"]),
        ("three wells", ["well"] * 3),
        ("a well above a beet", ["well", "beet"]),
        ("two red wells next to a house", ["well", "well", "house"]),
        ("a dog, and a cat as well", ["dog", "cat"]),
        ("well, a red car", ["car"]),
    ],
)
def test_well_is_a_thing_only_where_a_thing_fits(prompt: str, nouns: list[str]) -> None:
    plan = BuiltinReasoner().reason(ReasonRequest(prompt=prompt, seed=1))
    assert [e.noun for e in plan.elements] == nouns


@pytest.mark.parametrize(
    ("prompt", "setting"),
    [
        ("a fisherman on a small boat at sunrise", "lake"),
        ("two kids in a canoe", "lake"),
        ("a pirate ship", "ocean"),
        ("a boat in a garage", "room"),  # a named place wins (a garage is a room)
        ("a toy boat on a table", None),  # it stands on something: its place is that thing's
    ],
)
def test_boats_imply_water(prompt: str, setting: str | None) -> None:
    plan = BuiltinReasoner().reason(ReasonRequest(prompt=prompt, seed=1))
    assert plan.canvas.background.setting == setting


@pytest.mark.parametrize(
    ("prompt", "nouns"),
    [
        (
            "two people playing tennis",
            ["person", "person", "tennis racket", "tennis racket"],
        ),  # not ten "nis"
        ("a reddish fox", ["fox"]),  # not a red dish
        ("a car from the sixties", ["car"]),
        ("a redcar and 2dogs", ["car", "dog", "dog"]),  # words run together still split
    ],
)
def test_real_words_are_never_split_in_two(prompt: str, nouns: list[str]) -> None:
    plan = BuiltinReasoner().reason(ReasonRequest(prompt=prompt, seed=1))
    assert [e.noun for e in plan.elements] == nouns


def test_a_comic_one_reads_is_a_comic_book_not_a_comedian() -> None:
    plan = BuiltinReasoner().reason(ReasonRequest(prompt="a boy reading a comic in bed", seed=1))
    assert [e.noun for e in plan.elements][:2] == ["boy", "comic"]
    assert resolve_art("comic").emoji == "📕"  # drawn as a book, not as a person


@pytest.mark.parametrize(
    ("prompt", "sitters"),
    [
        ("a man sitting at a table drinking coffee", 1),
        ("two kids sitting at a desk doing homework", 2),
        ("a woman sitting at the kitchen table reading a book", 1),
    ],
)
def test_people_sitting_at_a_table_sit_on_chairs(prompt: str, sitters: int) -> None:
    plan = BuiltinReasoner().reason(ReasonRequest(prompt=prompt, seed=1))
    chairs = {e.id for e in plan.elements if e.noun == "chair"}
    on = [(r.subject, r.object) for r in plan.relations if r.predicate == "on" and r.object in chairs]
    assert len(chairs) == sitters and len({s for s, _ in on}) == sitters  # a chair each
    assert plan.prompt == prompt  # the user's words are kept; the chairs are the reasoner's


@pytest.mark.parametrize(
    "prompt", ["a man sitting on a stool at the bar", "a cat sitting at the window", "a table and a chair"]
)
def test_no_chair_is_added_where_a_seat_is_named_or_nothing_is_sat_at(prompt: str) -> None:
    plan = BuiltinReasoner().reason(ReasonRequest(prompt=prompt, seed=1))
    assert [e.noun for e in plan.elements].count("chair") == prompt.count("chair")


@pytest.mark.parametrize(
    ("prompt", "gear", "relation", "count"),
    [
        ("two people playing tennis", "tennis racket", "holds", 2),  # one each
        ("two girls playing badminton in the park", "badminton racket", "holds", 2),
        ("children playing soccer in a field", "soccer ball", "next to", 1),  # one ball for the game
        ("a boy playing basketball", "basketball", "touches", 1),  # the sport names its ball
    ],
)
def test_playing_a_sport_shows_its_gear(prompt: str, gear: str, relation: str, count: int) -> None:
    plan = BuiltinReasoner().reason(ReasonRequest(prompt=prompt, seed=1))
    things = {e.id for e in plan.elements if e.noun == gear}
    assert len(things) == count
    assert any(r.predicate == relation and r.object in things for r in plan.relations)


@pytest.mark.parametrize(
    ("prompt", "nouns"),
    [
        ("a tennis ball on a court", ["tennis ball", "court"]),  # a compound, not the game
        ("a girl playing tennis with a red racket", ["girl", "racket"]),  # the gear is named
        ("a basketball on a shelf", ["basketball", "shelf"]),
    ],
)
def test_no_gear_is_added_where_none_is_played_or_it_is_named(prompt: str, nouns: list[str]) -> None:
    plan = BuiltinReasoner().reason(ReasonRequest(prompt=prompt, seed=1))
    assert [e.noun for e in plan.elements] == nouns


def _pairs(prompt: str) -> set[tuple[str, str, str]]:
    plan = BuiltinReasoner().reason(ReasonRequest(prompt=prompt, seed=1))
    nouns = {e.id: e.noun for e in plan.elements}
    return {(nouns[r.subject], r.predicate, r.object) for r in plan.relations}


@pytest.mark.parametrize(
    ("prompt", "subjects", "thing"),
    [
        ("a cat, a dog and a bird on a sofa", ["cat", "dog", "bird"], "couch"),
        ("a man, a woman and a child sitting on a bench", ["man", "woman", "child"], "bench"),
    ],
)
def test_a_comma_list_shares_the_relation_that_follows(prompt: str, subjects: list[str], thing: str) -> None:
    plan = BuiltinReasoner().reason(ReasonRequest(prompt=prompt, seed=1))
    by_noun = {e.noun: e.id for e in plan.elements}
    found = {(r.subject, r.predicate, r.object) for r in plan.relations}
    assert all((by_noun[s], "on", by_noun[thing]) in found for s in subjects)  # the first one too


@pytest.mark.parametrize(
    ("prompt", "subjects", "predicate"),
    [
        ("a man, a woman and a child each holding a balloon", ["man", "woman", "child"], "holds"),
        ("a man and a woman each wearing a hat", ["man", "woman"], "wears"),
        ("a family sitting at a dinner table", ["man", "woman", "child"], "on"),
    ],
)
def test_each_of_a_list_gets_one_of_its_own(prompt: str, subjects: list[str], predicate: str) -> None:
    pairs = [p for p in _pairs(prompt) if p[1] == predicate]
    assert sorted(p[0] for p in pairs) == sorted(subjects)  # one relation each
    assert len({p[2] for p in pairs}) == len(subjects)  # to a thing of its own


def test_a_list_on_one_thing_stays_on_that_thing() -> None:
    assert len({obj for _, _, obj in _pairs("a cat and a dog on a sofa")}) == 1
