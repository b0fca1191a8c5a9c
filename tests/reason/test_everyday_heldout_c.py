"""The third held-out everyday suite's shape (it parses, its facts use the plan's vocabulary, its spread
matches its brief) and the checker's ``rel=A/*/B`` (any predicate) on hand-built plans: no reasoner."""

from __future__ import annotations

import collections
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

from everyday_heldout import check_everyday  # noqa: E402
from everyday_heldout_c import everyday_c_cases  # noqa: E402
from geneval import Case  # noqa: E402

from limner.plan.model import INTERACTIONS, Element, Plan, Relation  # noqa: E402
from limner.reason.vocab import lexicon  # noqa: E402

KEYS = {"obj", "rel", "pos", "setting", "time", "weather", "layer", "paint"}
POSITIONS = {"left of", "right of", "above", "below"}
PREDICATES = (
    set(INTERACTIONS) | POSITIONS | {"under", "next to", "beside", "behind", "in front of", "inside", "*"}
)
BANDS = {"sky", "ground", "water", "wall", "floor"}
TIMES = {"sunrise", "day", "sunset", "night"}
WEATHERS = {"clear", "cloudy", "rain", "snow", "fog", "storm"}


def _plan(relations: list[Relation]) -> Plan:
    boy = Element(id="boy", noun="boy", box=(0.1, 0.3, 0.4, 0.9))
    goat = Element(id="goat", noun="goat", box=(0.5, 0.5, 0.9, 0.9))
    return Plan(elements=[boy, goat], relations=relations)


def _case(checks: str) -> Case:
    return Case("t", "p", (), None, {"checks": checks})


def test_any_predicate_needs_a_link_between_the_two() -> None:
    linked = _plan([Relation(subject="boy", predicate="faces", object="goat")])
    assert check_everyday(_case("rel=boy/*/goat"), linked) == (True, "")
    assert not check_everyday(_case("rel=goat/*/boy"), linked)[0]  # subject first
    assert not check_everyday(_case("rel=boy/*/goat"), _plan([]))[0]
    assert not check_everyday(_case("rel=boy/holds/goat"), linked)[0]  # a named predicate stays strict


def test_a_zero_count_wants_the_thing_gone() -> None:
    plan = _plan([])
    assert check_everyday(_case("obj=llama*0 obj=goat"), plan)[0]
    assert not check_everyday(_case("obj=goat*0"), plan)[0]


def test_heldout_c_parses_and_keeps_its_spread() -> None:
    cases = everyday_c_cases()
    assert len(cases) >= 240 and len({c.prompt for c in cases}) == len(cases)
    tasks = collections.Counter(c.task for c in cases)
    assert set(tasks) == {"open", "interact", "setting", "messy", "mixed"}
    assert tasks["open"] >= 0.3 * len(cases) and tasks["interact"] >= 0.18 * len(cases)
    assert all(tasks[t] >= 0.13 * len(cases) for t in ("setting", "messy", "mixed"))
    colors = lexicon().color_hex
    for case in cases:
        assert case.extra["checks"], case.prompt
        for item in case.extra["checks"].split():
            key, _, value = item.partition("=")
            assert key in KEYS and value, (case.prompt, item)
            value = value.replace("+", " ")
            if key == "obj":
                noun, _, color = value.partition(":")
                assert not color or color in colors, item
                assert noun.partition("*")[2] in ("", *map(str, range(13))), item
            elif key in ("rel", "pos"):
                a, predicate, b = value.split("/")
                assert a and b and set(predicate.split("|")) <= (PREDICATES if key == "rel" else POSITIONS), (
                    item
                )
            elif key == "paint":
                band, color = value.split("/")
                assert band in BANDS and color in colors, item
            elif key == "layer":
                assert value in BANDS, item
            elif key == "time":
                assert value in TIMES, item
            elif key == "weather":
                assert value in WEATHERS, item
