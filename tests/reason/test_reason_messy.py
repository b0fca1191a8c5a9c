"""Messy prompts: corrections, typos, emoji, references by name/position/role, and the trace."""

from __future__ import annotations

from limner.plan.model import Plan, ReferenceUse
from limner.reason import BuiltinReasoner, ReasonRequest
from limner.reason.typos import correct, one_edit
from limner.reason.vocab import lexicon

REASONER = BuiltinReasoner()


def plan_of(prompt: str, references: tuple[ReferenceUse, ...] = ()) -> Plan:
    return REASONER.reason(ReasonRequest(prompt=prompt, references=references))


def nouns(plan: Plan) -> list[str]:
    return sorted(e.noun for e in plan.elements)


def test_one_edit() -> None:
    assert one_edit("hroses", "horses") and one_edit("aple", "apple") and one_edit("bananna", "banana")
    assert not one_edit("bycicle", "bicycle") and not one_edit("cat", "cat")


def test_typos_are_corrected_only_when_safe() -> None:
    lex = lexicon()
    assert correct("giraff", lex) == "giraffe"
    assert correct("elepants", lex) == "elephants"
    assert correct("cast", lex) is None  # four letters: "cat" is not a missing-letter fix
    assert correct("toasted", lex) is None  # an adjective, not "toaster"
    assert correct("dog", lex) is None
    plan = plan_of("a red umbrela")
    assert nouns(plan) == ["umbrella"]
    assert any("typo" in t.message and t.sentence == 0 for t in plan.trace)


def test_emoji_stand_for_objects() -> None:
    assert nouns(plan_of("🍎🍎🍎")) == ["apple"] * 3
    assert nouns(plan_of("a 🐶 next to a 🐱")) == ["cat", "dog"]
    assert plan_of("a blue 🚲").elements[0].attributes["color"] == "blue"


def test_corrections_and_retractions_have_actions_and_trace() -> None:
    plan = plan_of("a yellow bus. no, red. two dogs on a bench. no wait, three dogs. scratch that, no bench")
    assert nouns(plan) == ["bus", "dog", "dog", "dog"]
    assert next(e for e in plan.elements if e.noun == "bus").attributes["color"] == "red"
    assert [s.action for s in plan.sentences] == ["create", "modify", "create", "replace", "retract"]
    for element in plan.elements:
        assert any(element.id in t.elements for t in plan.trace if t.stage == "resolve"), element.id
    assert all(t.sentence is not None for t in plan.trace if t.stage == "parse" and "correction" in t.message)


def test_replacement_inherits_relations() -> None:
    plan = plan_of("a clock above a sofa. replace the clock with a lamp")
    assert nouns(plan) == ["couch", "lamp"]
    assert [r.predicate for r in plan.relations] == ["above"]


def test_references_by_name_position_and_role() -> None:
    refs = (
        ReferenceUse(id="ref_1", role="product", name="Aurora bottle"),
        ReferenceUse(id="ref_2", role="character", name="Mia"),
        ReferenceUse(id="ref_3", role="object"),
        ReferenceUse(id="ref_4", role="style"),
    )
    plan = plan_of("Mia holding the Aurora bottle next to @3", refs)
    bound = {e.reference_id: e for e in plan.elements if e.reference_id}
    assert bound["ref_1"].noun == "bottle" and bound["ref_1"].label == "Aurora bottle"
    assert bound["ref_2"].noun == "person" and bound["ref_2"].label == "Mia"
    assert "ref_3" in bound and plan.warnings == []
    plan = plan_of("the product on a table, image 2 to the left of the first image", refs)
    bound = {e.reference_id: e for e in plan.elements if e.reference_id}
    assert bound["ref_1"].noun == "bottle" and bound["ref_2"].noun == "person"
    assert any("ref_3" in w and "not named" in w for w in plan.warnings)
    assert not any("ref_4" in w for w in plan.warnings)
    assert any("names reference ref_1" in t.message for t in plan.trace)


def test_ordinal_references_pick_one_member() -> None:
    plan = plan_of("three cups; the first cup is red and the last one is blue")
    assert [e.attributes.get("color") for e in plan.elements] == ["red", None, "blue"]
    plan = plan_of("two cats. the second one is black")
    assert [e.attributes.get("color") for e in plan.elements] == [None, "black"]


def test_its_left_and_the_red_one() -> None:
    plan = plan_of("a car. a dog to its left")
    assert [(r.subject, r.predicate, r.object) for r in plan.relations] == [("e2", "left of", "e1")]
    plan = plan_of("a red ball and a green ball. the red one is on the left")
    red, green = plan.elements
    assert red.attributes["color"] == "red" and red.box[2] <= green.box[0]
    assert plan.sentences[1].action == "move"
