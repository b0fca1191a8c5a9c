"""People and stand-ins keep the noun the user named (issue 13); art is chosen by concept.

A girl is a girl in the plan (not COCO's "person"), drawn with her exact emoji when one exists, else the
nearest ancestor among people that has art, with the trace saying so. What a person can do (wear, hold,
ride), where things attach to a body, counts and poses key on the concept being a kind of person.
"""

from __future__ import annotations

from importlib import resources

import pytest

from limner.assets.anchors import anchor_box, body_kind
from limner.assets.art import resolve_art
from limner.plan import Plan
from limner.plan.geometry import intersection, violated_relations
from limner.reason import BuiltinReasoner, ReasonRequest
from limner.reason.concepts import concept, sense_of
from limner.reason.vocab import lexicon

REASONER = BuiltinReasoner()


def plan_of(prompt: str) -> Plan:
    return REASONER.reason(ReasonRequest(prompt=prompt))


def objects(plan: Plan) -> list[tuple[str, str | None]]:
    return [(e.noun, e.label) for e in plan.elements if e.kind == "object"]


def people_rows() -> list[str]:
    text = resources.files("limner.reason").joinpath("lexicon", "nouns.tsv").read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return [row[0] for row in rows if row[1] == "person"]


@pytest.mark.parametrize(
    ("prompt", "nouns"),
    [
        ("a girl", [("girl", "girl")]),
        ("a chef holding a red pan", [("chef", "chef"), ("pan", "pan")]),
        ("a teacher", [("teacher", "teacher")]),
        ("a policeman", [("police officer", "policeman")]),  # one WordNet sense: a true synonym
        ("a kid", [("child", "kid")]),
        ("an astronaut", [("astronaut", "astronaut")]),
        ("a boxer", [("boxer", "boxer")]),  # the fighter, though WordNet's first sense is the dog
        ("two girls", [("girl", "girl"), ("girl", "girl")]),
        ("three people", [("person", "person")] * 3),
    ],
)
def test_the_noun_is_the_word_the_user_named(prompt: str, nouns: list[tuple[str, str]]) -> None:
    assert objects(plan_of(prompt)) == nouns


@pytest.mark.parametrize(
    ("prompt", "noun"),
    [
        ("une fille", "girl"),
        ("ein Mädchen", "girl"),
        ("un niño", "child"),
        ("一个女孩", "girl"),
        ("女の子", "girl"),
    ],
)
def test_other_languages_name_the_same_people(prompt: str, noun: str) -> None:
    assert [n for n, _ in objects(plan_of(prompt))] == [noun]


#: Person figures the art tables pick for people no emoji names.
PERSON_STAND_INS = frozenset({"🤺", "💂"})


@pytest.mark.parametrize("noun", people_rows())
def test_every_people_row_is_a_kind_of_person_with_person_art(noun: str) -> None:
    info = lexicon().nouns[noun]
    assert info.category == "person"
    # a kind of person in WordNet, or a word WordNet 3.0 does not know at all (superhero, vlogger)
    assert sense_of(noun, "person.n.01") is not None or noun == "person" or concept(noun) is None
    choice = resolve_art(noun)
    # the exact emoji, or a person it is a kind of, said so, or a person figure that reads as it (a
    # knight fences, a soldier stands guard): never a shape, a dog or a ship
    said = choice.via or ""
    stand_in = choice.emoji in PERSON_STAND_INS and bool(said)
    assert choice.exact or "nearest ancestor" in said or stand_in, (noun, choice.emoji, said)


def test_art_without_an_exact_emoji_is_the_nearest_ancestor_and_the_trace_says_so() -> None:
    assert resolve_art("chef").via == "cook (nearest ancestor: cook)"
    assert resolve_art("athlete").via == "person standing (nearest ancestor: person)"  # not a skier
    trace = [t.message for t in plan_of("a chef").trace if t.stage == "art"]
    assert trace == ["art for 'chef': 'chef' drawn with 🧑\u200d🍳 cook (nearest ancestor: cook)"]


@pytest.mark.parametrize(
    ("noun", "emoji"), [("teacher", "🧑\u200d🏫"), ("police officer", "👮"), ("doctor", "🧑\u200d⚕️")]
)
def test_exact_emoji_where_one_exists(noun: str, emoji: str) -> None:
    choice = resolve_art(noun)
    assert choice.exact and choice.emoji == emoji


@pytest.mark.parametrize(
    ("prompt", "kind", "anchor"),
    [
        ("a chef wearing a red hat", "bust", "head"),  # the cook emoji: a half figure
        ("a police officer wearing sunglasses", "bust", "face"),
        ("a teacher holding a book", "bust", "hand"),
        ("a girl wearing a hat", "person", "head"),  # a standing figure
        ("a boxer holding a book", "person", "hand"),  # a balloon rises over the head (round 3)
    ],
)
def test_bodies_key_on_the_concept_being_a_person(prompt: str, kind: str, anchor: str) -> None:
    plan = plan_of(prompt)
    ids = {e.id: e for e in plan.elements}
    person, thing = ids[plan.relations[0].subject], ids[plan.relations[0].object]
    assert body_kind(lexicon().nouns[person.noun].category, person.noun) == kind
    region = anchor_box(person.box, kind, anchor, str(person.attributes.get("facing", "right")))
    assert intersection(thing.box, region) > 0
    assert violated_relations(plan) == []


def test_a_group_wearing_a_bare_plural_wears_one_each() -> None:
    plan = plan_of("two girls wearing hats")
    assert sorted(n for n, _ in objects(plan)) == ["girl", "girl", "hat", "hat"]
    assert [r.predicate for r in plan.relations] == ["wears", "wears"]
    assert len({r.object for r in plan.relations}) == 2 and violated_relations(plan) == []
    assert len([e for e in plan_of("two girls wearing three hats").elements if e.noun == "hat"]) == 3


@pytest.mark.parametrize(
    ("prompt", "noun", "emoji"),
    [
        ("a medal", "medal", "🏅"),
        ("a receipt", "receipt", "🧾"),
        ("a cricket insect", "cricket", "🦗"),
        ("a weighing scale", "weighing scale", "⚖️"),
    ],
)
def test_stand_in_synonyms_are_their_own_nouns(prompt: str, noun: str, emoji: str) -> None:
    assert [n for n, _ in objects(plan_of(prompt))] == [noun]
    assert resolve_art(noun).emoji == emoji


def test_sitting_in_is_the_in_interaction() -> None:
    plan = plan_of("a cat sitting in a box")
    assert [(r.predicate) for r in plan.relations] == ["in"] and violated_relations(plan) == []
    assert plan.elements[0].attributes.get("pose") == "sitting"
    # the bare preposition stays the documented spatial relation
    assert [r.predicate for r in plan_of("a cat inside a box").relations] == ["inside"]
