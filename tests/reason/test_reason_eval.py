"""``make eval`` as a regression floor: every category at or above its floor, fast. The suites run in
two halves, this file's and ``test_reason_eval_b.py``'s, so the two workers of ``make test`` share them."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.eval import FLOORS, Report, cases, halves, main, run, table  # noqa: E402

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def report() -> Report:
    """One run of the first half of the suites (about 10 s) for the tests below."""
    return run(halves()[0])


def test_eval_size() -> None:
    groups = cases()
    generated = sum(len(groups[k]) for k in ("geneval", "natural", "heldout"))
    handwritten = sum(len(groups[k]) for k in ("messy", "messy_heldout", "multilingual"))
    assert generated >= 1000 and handwritten >= 100


def test_eval_floors_hold(report: Report) -> None:
    # Held-out categories are counted, never listed: their prompts stay unseen even when this fails.
    seen = [f for f in report.failures if "_heldout" not in f[0]]
    assert report.below_floor() == [], table(report) + "\n" + "\n".join(map(str, seen[:20]))
    for name in ("geneval", "natural", "heldout", "messy"):
        if name in report.categories():
            assert report.category(name).accuracy >= FLOORS[name]


def test_the_halves_cover_every_suite_once() -> None:
    first, second = halves()
    assert sorted(first + second) == sorted(cases()) and not set(first) & set(second)


def test_eval_cli_prints_a_table(report: Report, capsys: object) -> None:
    assert main(["--check", "--failures", "0"], report) == 0
    out = capsys.readouterr().out  # type: ignore[attr-defined]
    assert report.categories()[0] in out and "ALL" in out and "prompts in" in out
