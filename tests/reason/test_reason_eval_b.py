"""``make eval``'s second half of the suites as a regression floor (the first is ``test_reason_eval.py``'s:
a file runs on one worker, so the halves run side by side)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.eval import halves, run, table  # noqa: E402

pytestmark = pytest.mark.slow


def test_eval_floors_hold_in_the_second_half() -> None:
    report = run(halves()[1])
    # Held-out categories are counted, never listed: their prompts stay unseen even when this fails.
    seen = [f for f in report.failures if "_heldout" not in f[0]]
    assert report.below_floor() == [], table(report) + "\n" + "\n".join(map(str, seen[:20]))
