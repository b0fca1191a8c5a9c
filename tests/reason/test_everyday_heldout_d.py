"""The fourth held-out everyday suite's shape (it parses, every fact uses the plan's vocabulary, its spread
matches its brief, it shares no prompt with another suite) and how the checker meets a malformed fact: no
reasoner, so no prompt's plan is looked at."""

from __future__ import annotations

import collections
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
for path in (HERE, ROOT):
    if str(path) not in sys.path:
        sys.path.insert(0, str(path))

from everyday_heldout import check_everyday  # noqa: E402
from everyday_heldout_d import everyday_d_cases  # noqa: E402
from geneval import Case  # noqa: E402

from limner.plan.geometry import DIRECTIONAL  # noqa: E402
from limner.plan.model import INTERACTIONS, Element, Plan  # noqa: E402
from limner.reason.setting import settings_table  # noqa: E402
from limner.reason.vocab import lexicon  # noqa: E402

KEYS = {"obj", "rel", "pos", "setting", "time", "weather", "layer", "paint"}
POSITIONS = set(DIRECTIONAL)
SPATIAL = {"under", "next to", "beside", "behind", "in front of", "inside", "on top of", "around", "between"}
PREDICATES = set(INTERACTIONS) | POSITIONS | SPATIAL | {"*"}
BANDS = {"sky", "ground", "water", "wall", "floor"}
TIMES = {"sunrise", "day", "sunset", "night"}
WEATHERS = {"clear", "cloudy", "rain", "snow", "fog", "storm"}
TASKS = {"nouns", "interact", "setting", "messy", "mixed"}


def _case(checks: str) -> Case:
    return Case("t", "p", (), None, {"checks": checks})


def _plan() -> Plan:
    return Plan(elements=[Element(id="goat", noun="goat", box=(0.2, 0.4, 0.6, 0.9))])


def _fact_errors(case: Case) -> list[str]:
    """Each fact of ``case`` that steps outside the plan's vocabulary (empty when all are sound)."""
    colors = lexicon().color_hex
    places = {row.setting for row in settings_table().values() if row.setting}
    bad: list[str] = []
    for item in case.extra["checks"].split():
        key, _, value = item.partition("=")
        value = value.replace("+", " ")
        if key not in KEYS or not value:
            bad.append(item)
        elif key == "obj":
            noun, _, color = value.partition(":")
            noun, _, count = noun.partition("*")
            if not noun or (color and color not in colors) or count not in ("", *map(str, range(13))):
                bad.append(item)
            elif count == "0" and not any(n[:3] in case.prompt.lower() for n in noun.split("|")):
                bad.append(item)  # a thing wanted gone must be one the prompt names (no typo passes)
        elif key in ("rel", "pos"):
            parts = value.split("/")
            allowed = PREDICATES if key == "rel" else POSITIONS
            if len(parts) != 3 or not parts[0] or not parts[2] or not set(parts[1].split("|")) <= allowed:
                bad.append(item)
        elif key == "paint":
            parts = value.split("/")
            if len(parts) != 2 or parts[0] not in BANDS or parts[1] not in colors:
                bad.append(item)
        elif (
            (key == "layer" and value not in BANDS)
            or (key == "time" and not set(value.split("|")) <= TIMES)
            or (key == "weather" and not set(value.split("|")) <= WEATHERS)
            or (key == "setting" and not set(value.split("|")) & places)
        ):
            bad.append(item)
    return bad


def assert_spread(cases: list[Case]) -> None:
    """A held-out everyday suite's shape: unique prompts, tasks in the brief's shares, facts that parse."""
    assert len(cases) >= 250 and len({c.prompt.lower() for c in cases}) == len(cases)
    tasks = collections.Counter(c.task for c in cases)
    assert set(tasks) == TASKS
    assert 0.22 * len(cases) <= tasks["nouns"] <= 0.3 * len(cases)
    assert all(tasks[t] >= 0.18 * len(cases) for t in ("interact", "messy", "mixed"))
    assert tasks["setting"] >= 0.13 * len(cases)
    for case in cases:
        assert case.extra["checks"], case.prompt
        assert _fact_errors(case) == [], case.prompt
    assert all(len(c.extra["checks"].split()) >= 3 for c in cases if c.task == "mixed")


def test_heldout_d_parses_and_keeps_its_spread() -> None:
    assert_spread(everyday_d_cases())


def shared_prompts(category: str) -> int:
    """How many prompts of the eval category ``category`` another category also has (a count only: the
    other held-out prompts stay unlisted)."""
    from bench.eval import cases as all_cases

    groups = all_cases()
    mine = {c.prompt.lower().strip() for c in groups[category]}
    return sum(
        c.prompt.lower().strip() in mine for name, items in groups.items() if name != category for c in items
    )


def test_heldout_d_shares_no_prompt_with_another_suite() -> None:
    assert shared_prompts("everyday_heldout_d") == 0


def test_the_fact_check_catches_bad_facts() -> None:
    assert _fact_errors(Case("t", "a goat", (), None, {"checks": "obj=goat:red pos=goat/left+of/cat"})) == []
    for checks in (
        "obj=goat:violet",  # not a lexicon colour
        "obj=goat*many",
        "rel=goat/eats/grass",  # not a plan predicate
        "rel=goat/on",
        "pos=goat/near/cat",
        "paint=lawn/green",
        "time=evening",
        "weather=windy",
        "setting=narnia",
        "obj=llama*0",  # gone, but never named: a typo would pass
        "colour=red",
    ):
        assert _fact_errors(Case("t", "a goat", (), None, {"checks": checks})) != [], checks


@pytest.mark.parametrize("checks", ["colour=red", "rel=goat/on", "pos=a/b", "obj=goat*two"])
def test_the_checker_raises_on_a_malformed_fact(checks: str) -> None:
    with pytest.raises(ValueError):
        check_everyday(_case(checks), _plan())


@pytest.mark.parametrize(
    "checks", ["obj=goat:violet", "pos=goat/left/goat", "time=evening", "weather=windy", "paint=sky/violet"]
)
def test_a_value_outside_the_vocabulary_fails_the_case(checks: str) -> None:
    # The checker cannot tell these from a wrong plan, so they never pass; _fact_errors keeps them out.
    assert not check_everyday(_case(checks), _plan())[0]
    assert _fact_errors(_case(checks)) != []
