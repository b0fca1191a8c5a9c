"""The layout's "scale" trace note is the same in every process: a scale a hair either side of zero (the
solver's last bits vary with memory addresses) reads "0.000", never "-0.000" in some runs."""

from __future__ import annotations

import pytest

from limner.reason import BuiltinReasoner, ReasonRequest

PROMPTS = (
    "a green lamp on a wooden desk next to a stack of books",
    "a mug of hot cocoa next to a plate of cookies on a table",
)


@pytest.mark.parametrize("prompt", PROMPTS)
def test_scale_note_has_no_negative_zero(prompt: str) -> None:
    reasoner = BuiltinReasoner()
    seen = set()
    for _ in range(4):
        plan = reasoner.reason(ReasonRequest(prompt=prompt, seed=1))
        notes = [t.message for t in plan.trace if t.message.startswith("scale ")]
        assert notes and not any(n.startswith("scale -") for n in notes)
        seen.add(tuple(notes))
    assert len(seen) == 1
