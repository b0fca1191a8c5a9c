"""GenEval's six tasks in seven languages: ≥ 0.95 plan accuracy per language, labels and language kept."""

from __future__ import annotations

from collections import Counter

import pytest
from geneval import geneval_cases, score
from templates import TASKS, cases

from limner.reason.base import ReasonRequest
from limner.reason.i18n.lexicon import LANGUAGES
from limner.reason.pipeline import reason


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("held_out", [False, True])
def test_geneval_accuracy_per_language(lang: str, held_out: bool) -> None:
    total: Counter[str] = Counter()
    right: Counter[str] = Counter()
    failures: list[str] = []
    for case in cases(lang, 120, seed=1, held_out=held_out):
        plan = reason(ReasonRequest(prompt=case.prompt))
        ok, why = score(case, plan)
        if plan.language != lang:
            ok, why = False, f"language {plan.language}"
        total[case.task] += 1
        right[case.task] += ok
        if not ok:
            failures.append(f"{case.prompt}: {why}")
    accuracy = sum(right.values()) / sum(total.values())
    assert set(total) == set(TASKS)
    assert accuracy >= 0.95, failures[:10]
    for task in TASKS:
        assert right[task] / total[task] >= 0.85, (task, failures[:10])


@pytest.mark.parametrize("lang", LANGUAGES)
def test_nouns_are_canonical_and_labels_keep_the_prompts_word(lang: str) -> None:
    for case in cases(lang, 12, seed=2):
        if case.task != "single_object":
            continue
        plan = reason(ReasonRequest(prompt=case.prompt))
        [element] = [e for e in plan.elements if e.kind == "object"]
        assert element.noun == case.objects[0].noun
        assert element.label is not None
        assert element.label.lower() == case.extra["label_a"].lower()


def test_english_prompts_are_unchanged_and_detected_as_english() -> None:
    for case in geneval_cases(60, seed=3):
        plan = reason(ReasonRequest(prompt=case.prompt))
        assert plan.language == "en", case.prompt
        assert score(case, plan)[0], case.prompt
