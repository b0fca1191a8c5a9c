"""The everyday checker on hand-built plans (no reasoner): stated band colours and ``a|b`` alternatives,
and the second held-out suite's shape (it parses, its spread matches its brief)."""

from __future__ import annotations

import collections
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

from everyday_heldout import check_everyday  # noqa: E402
from everyday_heldout_b import everyday_b_cases  # noqa: E402
from geneval import Case  # noqa: E402

from limner.plan.model import Background, Canvas, Element, Layer, Plan, Relation  # noqa: E402
from limner.reason.vocab import lexicon  # noqa: E402

KEYS = {"obj", "rel", "pos", "setting", "time", "weather", "layer", "paint"}


def _plan(sky: str, setting: str = "beach", predicate: str = "under") -> Plan:
    background = Background(
        setting=setting,
        layers=[Layer(kind="sky", color=sky, span=(0.0, 0.6)), Layer(kind="ground", color="#e9d8a6")],
    )
    cat = Element(id="cat", noun="cat", box=(0.4, 0.7, 0.6, 0.9))
    table = Element(id="table", noun="table", box=(0.2, 0.4, 0.8, 0.95))
    return Plan(
        canvas=Canvas(background=background),
        elements=[cat, table],
        relations=[Relation(subject="cat", predicate=predicate, object="table")],
    )


def _case(checks: str) -> Case:
    return Case("t", "p", (), None, {"checks": checks})


def test_paint_wants_the_stated_colour_on_every_band_of_its_kind() -> None:
    purple = lexicon().color_hex["purple"]
    assert check_everyday(_case("paint=sky/purple"), _plan(purple)) == (True, "")
    ok, why = check_everyday(_case("paint=sky/pink"), _plan(purple))
    assert not ok and "sky" in why
    assert not check_everyday(_case("paint=water/purple"), _plan(purple))[0]  # no such band


def test_alternatives_for_predicates_and_places() -> None:
    plan = _plan("#a9d6f5", setting="city", predicate="below")
    assert check_everyday(_case("rel=cat/under|below/table setting=street|city"), plan)[0]
    assert not check_everyday(_case("rel=cat/under/table"), plan)[0]
    assert not check_everyday(_case("setting=street"), plan)[0]


def _things(*nouns: str) -> Plan:
    elements = [
        Element(id=f"e{i}", noun=noun, box=(0.1 + 0.2 * i, 0.5, 0.25 + 0.2 * i, 0.7))
        for i, noun in enumerate(nouns)
    ]
    return Plan(canvas=Canvas(), elements=elements, relations=[])


def test_a_compound_that_is_a_kind_of_the_wanted_thing_counts_as_it() -> None:
    assert check_everyday(_case("obj=mug"), _things("coffee mug"))[0]  # WordNet: a coffee mug is a mug
    assert check_everyday(_case("obj=truck:red"), _things("fire truck"))[0] is False  # colour still checked
    assert not check_everyday(_case("obj=duck"), _things("rubber duck"))[0]  # a toy, not a duck
    assert not check_everyday(_case("obj=mug"), _things("mugwort"))[0]  # a head word, not a substring
    # A compound no lexicon lists keeps its words and names its head in attributes.sense (plan/model.py).
    hat = Element(id="e0", noun="wizard hat", attributes={"sense": "hat"}, box=(0.1, 0.1, 0.3, 0.3))
    assert check_everyday(_case("obj=hat"), Plan(canvas=Canvas(), elements=[hat], relations=[]))[0]
    mouse = Element(id="e0", noun="mouse", attributes={"sense": "mouse animal"}, box=(0.1, 0.1, 0.3, 0.3))
    assert not check_everyday(_case("obj=animal"), Plan(canvas=Canvas(), elements=[mouse], relations=[]))[0]
    # "*0" asks that no thing of exactly that name was split off: the compound is not one.
    assert check_everyday(_case("obj=candy*0"), _things("cotton candy"))[0]


def test_heldout_b_parses_and_keeps_its_spread() -> None:
    cases = everyday_b_cases()
    assert len(cases) >= 190 and len({c.prompt for c in cases}) == len(cases)
    tasks = collections.Counter(c.task for c in cases)
    assert set(tasks) == {"open", "interact", "setting", "messy", "mixed"}
    assert all(tasks[t] >= 0.12 * len(cases) for t in tasks) and tasks["open"] >= 0.3 * len(cases)
    colors = lexicon().color_hex
    for case in cases:
        for item in case.extra["checks"].split():
            key, _, value = item.partition("=")
            assert key in KEYS and value, (case.prompt, item)
            if key == "obj" and ":" in value:
                assert value.split(":")[1] in colors, item
            if key in ("rel", "pos", "paint"):
                assert len(value.split("/")) == (2 if key == "paint" else 3), item
