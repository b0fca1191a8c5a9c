"""The fifth and sixth held-out everyday suites' shape (each parses, every fact uses the plan's vocabulary,
its spread matches its brief, it shares no prompt with another suite): no reasoner, so no prompt's plan is
looked at. How the checker meets a malformed fact is tested with the fourth suite
(``test_everyday_heldout_d``)."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
for path in (HERE, ROOT):
    if str(path) not in sys.path:
        sys.path.insert(0, str(path))

from everyday_heldout import check_everyday  # noqa: E402
from everyday_heldout_e import everyday_e_cases  # noqa: E402
from everyday_heldout_f import everyday_f_cases  # noqa: E402
from geneval import Case  # noqa: E402
from test_everyday_heldout_d import _plan, assert_spread, shared_prompts  # noqa: E402

SUITES: dict[str, Callable[[], list[Case]]] = {
    "everyday_heldout_e": everyday_e_cases,
    "everyday_heldout_f": everyday_f_cases,
}


@pytest.mark.parametrize("suite", sorted(SUITES))
def test_parses_and_keeps_its_spread(suite: str) -> None:
    assert_spread(SUITES[suite]())


@pytest.mark.parametrize("suite", sorted(SUITES))
def test_every_fact_parses(suite: str) -> None:
    # A malformed fact raises ValueError in the checker; a stand-in plan meets every fact, so each one is
    # read to its end without a raise (the verdicts on that plan mean nothing and are not looked at).
    for case in SUITES[suite]():
        for fact in case.extra["checks"].split():
            check_everyday(Case(case.task, case.prompt, (), None, {"checks": fact}), _plan())


@pytest.mark.parametrize("suite", sorted(SUITES))
def test_shares_no_prompt_with_another_suite(suite: str) -> None:
    assert shared_prompts(suite) == 0
