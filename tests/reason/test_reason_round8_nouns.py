"""Eighth tuning round (issue 13): how people name things in running text, and a graceful fallback.

A material word before a compound WordNet files as its head's thing made of it is the head with the
material ("a stone wall", "a steel drum", "a wooden spoon"); an idiom of another thing stays whole ("a
glass eye", "cotton candy"). Material nouns ("tin", "straw", "wire", "lace") are materials before a
noun and things alone. A sentence read as nothing though it names things draws them, with a trace
line; gibberish is still nothing to draw. Spaced list marks ("kite / balloon / bird") separate items;
a position said first ("on the left a dog", "on the right sits a goat") places the thing after it;
pet forms ("a doggo") are the animal; "a pair of glasses" is one pair of spectacles; a unit of a mass
noun ("a loaf of bread") is the mass. Wordings differ from the ``everyday_dev_i`` suite's.
"""

from __future__ import annotations

import pytest
from reasoned import nouns, plan_of

from limner.errors import NothingToDrawError
from limner.plan.model import Plan


def _materials(plan: Plan) -> dict[str, object]:
    return {e.noun: e.attributes.get("material") for e in plan.elements if e.kind == "object"}


def test_a_material_before_a_compound_of_its_head_is_the_head_made_of_it() -> None:
    # made of it: under the head ("wooden spoon") or beside it ("stone wall" is a fence, as a wall is)
    assert _materials(plan_of("three wooden spoons in a jar"))["spoon"] == "wooden"
    assert _materials(plan_of("a cat asleep on an old stone wall"))["wall"] == "stone"
    assert _materials(plan_of("a steel drum on a beach"))["drum"] == "steel"
    # material nouns the table did not know: a material before a noun, the thing alone
    assert _materials(plan_of("a tin bucket by a well"))["bucket"] == "tin"
    assert _materials(plan_of("a lace tablecloth on a table"))["tablecloth"] == "lace"
    assert _materials(plan_of("a blue woollen hat"))["hat"] == "woollen"
    assert "straw" in nouns(plan_of("a glass of juice with a straw"))
    # negative: an idiom of another thing, or a kind a noun names, keeps its words
    assert nouns(plan_of("a pirate with a glass eye")) == ["pirate", "glass eye"]
    assert "cotton candy" in nouns(plan_of("pink cotton candy at a fair"))
    assert "paper clip" in nouns(plan_of("a paper clip on a desk"))


def test_a_sentence_read_as_nothing_draws_the_things_it_names() -> None:
    plan = plan_of("please turn off the light")
    assert nouns(plan) == ["light"]
    assert any("only partly understood" in t.message for t in plan.trace)
    assert nouns(plan_of("a small light on the piano")) == ["light", "piano"]
    # negative: a prompt that names nothing is still nothing to draw; a read sentence is left as read
    with pytest.raises(NothingToDrawError):
        plan_of("zxcvb plokm")
    assert not any("only partly" in t.message for t in plan_of("a lamp on a desk").trace)


def test_lists_positions_and_pet_forms() -> None:
    assert nouns(plan_of("hammer + nails + saw")) == ["hammer", "nail", "nail", "nail", "saw"]
    assert nouns(plan_of("items: a fork, a knife, a spoon")) == ["fork", "knife", "spoon"]
    plan = plan_of("to the right a horse, to the left a cow")
    assert {e.noun: e.attributes.get("position") for e in plan.elements} == {"horse": "right", "cow": "left"}
    assert plan_of("on the right sits a goat").elements[0].attributes.get("position") == "right"
    assert nouns(plan_of("a sleepy doggo and a froggy")) == ["dog", "frog"]
    # negative: unspaced "red/blue" stays two colours of one thing; a dictionary word is no pet form
    assert nouns(plan_of("a red/blue umbrella")) == ["umbrella"]
    assert nouns(plan_of("a catty remark near a ladder")) == ["ladder"]


def test_pairs_and_units_of_a_mass_are_one_thing() -> None:
    assert nouns(plan_of("a pair of glasses on a book")) == ["spectacles", "book"]
    assert nouns(plan_of("a wedge of cheese and a bar of soap")) == ["cheese", "soap"]
    # negative: "a pair of" shoes stays two; glasses of milk count
    assert nouns(plan_of("a pair of red shoes")) == ["shoe", "shoe"]
    assert nouns(plan_of("two glasses of water")).count("glass") == 2
