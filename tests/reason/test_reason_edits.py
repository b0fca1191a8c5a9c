"""Edits (issue 5, reasoner side): diffs, untouched elements, chains, swaps and 422 for absent names."""

from __future__ import annotations

import pytest

from limner.errors import InvalidRequestError
from limner.plan.geometry import relative_position
from limner.plan.model import Plan, ReferenceUse
from limner.reason import BuiltinReasoner, ReasonRequest

REASONER = BuiltinReasoner()
BASE_PROMPT = "a red car next to a blue dog, a bench, a lamp, a cup and a plate"


def base() -> Plan:
    plan = REASONER.reason(ReasonRequest(prompt=BASE_PROMPT))
    plan.id = "plan_base"
    return plan


def edit(plan: Plan, prompt: str) -> Plan:
    new = REASONER.reason(ReasonRequest(prompt=prompt, base=plan))
    new.id = plan.id + "x"
    return new


def untouched(old: Plan, new: Plan) -> None:
    assert new.diff is not None
    named = set(new.diff.added) | set(new.diff.removed) | {c.id for c in new.diff.changed}
    before = {e.id: e for e in old.elements}
    for element in new.elements:
        if element.id not in named:
            assert element == before[element.id]


def by_noun(plan: Plan, noun: str) -> list[str]:
    return [e.id for e in plan.elements if e.noun == noun]


def test_recolour_emits_no_hex_for_basic_words() -> None:
    old = base()
    new = edit(old, "make the car blue")
    car = next(e for e in new.elements if e.noun == "car")
    assert car.attributes["color"] == "blue" and "hex" not in car.attributes
    assert new.diff is not None and [c.id for c in new.diff.changed] == [car.id]
    untouched(old, new)


@pytest.mark.parametrize(
    "prompt",
    [
        "make the cat blue",
        "remove the giraffe",
        "move the bird above the tree",
        "make the horse bigger",
        "replace the apple with a pear",
        "swap the sofa and the cup",
        "add a cat next to the bus",
    ],
)
def test_absent_names_are_422(prompt: str) -> None:
    with pytest.raises(InvalidRequestError) as info:
        edit(base(), prompt)
    assert info.value.param == "prompt" and "not in the base plan" in info.value.detail


def test_swap_places_and_colours() -> None:
    old = base()
    new = edit(old, "swap the cup and the plate")
    cup, plate = (next(e for e in new.elements if e.noun == n) for n in ("cup", "plate"))
    old_cup, old_plate = (next(e for e in old.elements if e.noun == n) for n in ("cup", "plate"))
    assert abs((cup.box[0] + cup.box[2]) - (old_plate.box[0] + old_plate.box[2])) < 0.02
    assert abs((plate.box[0] + plate.box[2]) - (old_cup.box[0] + old_cup.box[2])) < 0.02
    assert new.sentences[0].action == "move"
    untouched(old, new)
    colours = edit(old, "swap the colours of the car and the dog")
    assert [e.attributes.get("color") for e in colours.elements if e.noun in ("car", "dog")] == [
        "blue",
        "red",
    ]
    untouched(old, colours)


def test_several_edits_in_one_prompt_and_chains() -> None:
    old = base()
    first = edit(old, "remove the lamp. make the dog bigger. add a cat on the bench")
    assert [s.action for s in first.sentences] == ["remove", "modify", "add"]
    assert first.diff is not None and by_noun(old, "lamp") == first.diff.removed
    untouched(old, first)
    second = edit(first, "move the cat to the left of the car. replace the cup with a clock")
    assert second.base_plan_id == first.id
    cat = next(e for e in second.elements if e.noun == "cat")
    car = next(e for e in second.elements if e.noun == "car")
    assert "left of" in relative_position(cat.box, car.box)
    assert by_noun(second, "cup") == [] and len(by_noun(second, "clock")) == 1
    untouched(first, second)


def test_put_the_named_product_on_the_table() -> None:
    refs = (ReferenceUse(id="ref_p", role="product", name="bottle"),)
    old = REASONER.reason(ReasonRequest(prompt="a bottle and a table", references=refs))
    old.id = "plan_p"
    new = REASONER.reason(ReasonRequest(prompt="put the product on the table", base=old, references=refs))
    bottle = next(e for e in new.elements if e.noun == "bottle")
    table = next(e for e in new.elements if e.noun == "table")
    assert bottle.reference_id == "ref_p"
    assert bottle.box[3] <= table.box[1] + 0.1 * (table.box[3] - table.box[1]) + 1e-6
    assert new.diff is not None and [c.id for c in new.diff.changed] == [bottle.id]


def test_change_the_headline() -> None:
    old = REASONER.reason(ReasonRequest(prompt="a poster with the headline 'Big Deals' above a sofa"))
    old.id = "plan_h"
    new = edit(old, "change the headline to 'Summer Sale'")
    text = next(e for e in new.elements if e.kind == "text")
    assert text.text is not None and text.text.content == "Summer Sale"
    assert new.diff is not None and new.diff.changed[0].id == text.id and new.diff.added == []
    assert [s.action for s in new.sentences] == ["text"]
    untouched(old, new)
    with pytest.raises(InvalidRequestError):
        edit(base(), "change the headline to 'Nope'")
