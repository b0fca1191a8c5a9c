"""The sixth held-out everyday suite's shape (it parses, every fact uses the plan's vocabulary, its spread
matches its brief, it shares no prompt with another suite): no reasoner, so no prompt's plan is looked at.
How the checker meets a malformed fact is tested with the fourth suite (``test_everyday_heldout_d``)."""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
for path in (HERE, ROOT):
    if str(path) not in sys.path:
        sys.path.insert(0, str(path))

from everyday_heldout import check_everyday  # noqa: E402
from everyday_heldout_f import everyday_f_cases  # noqa: E402
from geneval import Case  # noqa: E402
from test_everyday_heldout_d import _plan, assert_spread, shared_prompts  # noqa: E402


def test_heldout_f_parses_and_keeps_its_spread() -> None:
    assert_spread(everyday_f_cases())


def test_every_fact_of_heldout_f_parses() -> None:
    # A malformed fact raises ValueError in the checker; a stand-in plan meets every fact, so each one is
    # read to its end without a raise (the verdicts on that plan mean nothing and are not looked at).
    for case in everyday_f_cases():
        for fact in case.extra["checks"].split():
            check_everyday(Case(case.task, case.prompt, (), None, {"checks": fact}), _plan())


def test_heldout_f_shares_no_prompt_with_another_suite() -> None:
    assert shared_prompts("everyday_heldout_f") == 0
