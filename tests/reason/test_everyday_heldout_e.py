"""The fifth held-out everyday suite's shape (it parses, every fact uses the plan's vocabulary, its spread
matches its brief, it shares no prompt with another suite): no reasoner, so no prompt's plan is looked at.
How the checker meets a malformed fact is tested with the fourth suite (``test_everyday_heldout_d``)."""

from __future__ import annotations

import collections
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
for path in (HERE, ROOT):
    if str(path) not in sys.path:
        sys.path.insert(0, str(path))

from everyday_heldout import check_everyday  # noqa: E402
from everyday_heldout_e import everyday_e_cases  # noqa: E402
from geneval import Case  # noqa: E402
from test_everyday_heldout_d import TASKS, _fact_errors, _plan  # noqa: E402


def test_heldout_e_parses_and_keeps_its_spread() -> None:
    cases = everyday_e_cases()
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


def test_every_fact_of_heldout_e_parses() -> None:
    # A malformed fact raises ValueError in the checker; a stand-in plan meets every fact, so each one is
    # read to its end without a raise (the verdicts on that plan mean nothing and are not looked at).
    for case in everyday_e_cases():
        for fact in case.extra["checks"].split():
            check_everyday(Case(case.task, case.prompt, (), None, {"checks": fact}), _plan())


def test_heldout_e_shares_no_prompt_with_another_suite() -> None:
    from bench.eval import cases as all_cases

    mine = {c.prompt.lower().strip() for c in everyday_e_cases()}
    others = [
        c.prompt.lower().strip()
        for name, items in all_cases().items()
        if name != "everyday_heldout_e"
        for c in items
    ]
    assert sum(p in mine for p in others) == 0  # a count only: the other held-out prompts stay unlisted
