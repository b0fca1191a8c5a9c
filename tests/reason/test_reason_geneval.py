"""End-to-end: GenEval-style accuracy, natural phrasings, determinism, robustness, edits."""

from __future__ import annotations

import collections

from geneval import geneval_cases, natural_cases, score
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from limner.errors import NothingToDrawError
from limner.plan.geometry import violated_relations
from limner.plan.model import Plan
from limner.reason import BuiltinReasoner, ReasonRequest

REASONER = BuiltinReasoner()


def _reason_or_nothing(request: ReasonRequest) -> Plan | None:
    """The plan, or None when the prompt names nothing drawable (a clean 422, never a crash)."""
    try:
        return REASONER.reason(request)
    except NothingToDrawError as exc:
        assert exc.param == "prompt" and "nothing to draw" in exc.detail
        return None


def _accuracy(cases: list) -> tuple[float, dict[str, float], list[str]]:  # type: ignore[type-arg]
    per: dict[str, list[bool]] = collections.defaultdict(list)
    failures = []
    for case in cases:
        plan = REASONER.reason(ReasonRequest(prompt=case.prompt, seed=1))
        ok, why = score(case, plan)
        assert violated_relations(plan) == [], case.prompt
        per[case.task].append(ok)
        if not ok:
            failures.append(f"{case.prompt}: {why}")
    total = sum(sum(v) for v in per.values()) / len(cases)
    return total, {k: sum(v) / len(v) for k, v in per.items()}, failures


def test_geneval_accuracy() -> None:
    cases = geneval_cases(720, seed=2026)
    total, per_task, failures = _accuracy(cases)
    assert set(per_task) == {"single_object", "two_object", "counting", "colors", "position", "color_attr"}
    assert total >= 0.99, failures[:10]
    assert min(per_task.values()) >= 0.97, per_task


def test_natural_phrasings_accuracy() -> None:
    total, per_kind, failures = _accuracy(natural_cases(350, seed=7))
    assert total >= 0.97, failures[:10]
    assert len(per_kind) == 7


def test_wide_canvas_positions_hold() -> None:
    for case in geneval_cases(120, seed=5):
        if case.position is None:
            continue
        plan = REASONER.reason(ReasonRequest(prompt=case.prompt, width=1920, height=1080))
        assert score(case, plan)[0], case.prompt


def test_deterministic() -> None:
    prompt = "a red car to the left of two dogs, a sign that says 'OPEN' above the car, at the beach"
    first = REASONER.reason(ReasonRequest(prompt=prompt, seed=4)).model_dump()
    for _ in range(3):
        assert REASONER.reason(ReasonRequest(prompt=prompt, seed=4)).model_dump() == first


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(min_size=1, max_size=400))
def test_no_prompt_crashes(prompt: str) -> None:
    plan = _reason_or_nothing(ReasonRequest(prompt=prompt))
    if plan is None:
        return
    assert isinstance(plan, Plan)
    Plan.model_validate(plan.model_dump())
    assert violated_relations(plan) == []


SALAD_WORDS = (
    "a",
    "an",
    "the",
    "two",
    "3",
    "twenty",
    "no",
    "not",
    "without",
    "actually",
    "remove",
    "make",
    "add",
    "it",
    "them",
    "of",
    "and",
    ",",
    ".",
    ";",
    "red",
    "blue",
    "crimson",
    "cat",
    "cats",
    "dog",
    "orange",
    "on",
    "top",
    "of",
    "left",
    "right",
    "above",
    "below",
    "under",
    "between",
    "behind",
    "in",
    "front",
    "inside",
    "next",
    "to",
    "sign",
    "'OPEN'",
    '"x"',
    "says",
    "that",
    "is",
    "are",
    "one",
    "beach",
    "night",
    "giant",
    "tiny",
    "florp",
    "people",
    "a",
    "pair",
    "of",
    "several",
    "both",
    "rest",
    "others",
)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.sampled_from(SALAD_WORDS),
        max_size=60,
    )
)
def test_word_salad_never_crashes(words: list[str]) -> None:
    plan = _reason_or_nothing(ReasonRequest(prompt=" ".join(words), width=640, height=1280))
    if plan is None:
        return
    assert violated_relations(plan) == []
    for element in plan.elements:
        assert 0 <= element.box[0] < element.box[2] <= 1 and 0 <= element.box[1] < element.box[3] <= 1


def test_long_prompt() -> None:
    prompt = ("a red apple next to a blue cup. " * 300)[:7999]
    plan = REASONER.reason(ReasonRequest(prompt=prompt))
    assert plan.elements and len(plan.elements) <= 120
    assert any("limited" in w for w in plan.warnings)


# edits -----------------------------------------------------------------------------------------
def _base() -> Plan:
    plan = REASONER.reason(ReasonRequest(prompt="a red car left of a lamp and two cats", seed=1))
    return plan.model_copy(update={"id": "plan_base"})


def _edit(prompt: str) -> tuple[Plan, Plan]:
    base = _base()
    return base, REASONER.reason(ReasonRequest(prompt=prompt, base=base))


def _untouched_identical(base: Plan, new: Plan, touched: set[str]) -> None:
    new_by_id = {e.id: e for e in new.elements}
    for element in base.elements:
        if element.id not in touched:
            assert new_by_id[element.id] == element


def test_edit_recolour() -> None:
    base, new = _edit("make the car blue")
    assert new.base_plan_id == "plan_base" and new.diff is not None
    car = next(e for e in new.elements if e.noun == "car")
    assert car.attributes["color"] == "blue" and car.box == base.element(car.id).box
    assert [c.id for c in new.diff.changed] == [car.id] and not new.diff.added and not new.diff.removed
    assert new.sentences[0].action == "modify"
    _untouched_identical(base, new, {car.id})


def test_edit_remove_and_add() -> None:
    base, new = _edit("remove the lamp")
    assert new.diff is not None and [base.element(i).noun for i in new.diff.removed] == ["lamp"]
    _untouched_identical(base, new, set(new.diff.removed))
    base, new = _edit("add a dog next to the lamp")
    assert new.diff is not None and len(new.diff.added) == 1
    dog = new.element(new.diff.added[0])
    assert dog.noun == "dog" and dog.id not in {e.id for e in base.elements}
    assert violated_relations(new) == []
    _untouched_identical(base, new, set())


@settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.large_base_example],
)
@given(st.text(alphabet=st.characters(codec="utf-8"), min_size=1000, max_size=8000))
def test_long_random_prompts_never_crash(prompt: str) -> None:
    plan = _reason_or_nothing(ReasonRequest(prompt=prompt, width=1920, height=1080))
    assert plan is None or violated_relations(plan) == []


def test_lexicon_word_storm_never_crashes() -> None:
    import random

    from limner.reason.vocab import lexicon

    phrases = sorted(" ".join(k) for k in lexicon().phrases)
    rng = random.Random(11)
    for _ in range(40):
        prompt = " ".join(rng.choice(phrases) for _ in range(rng.randint(1, 60)))
        plan = _reason_or_nothing(ReasonRequest(prompt=prompt, width=800, height=1200))
        assert plan is None or violated_relations(plan) == [], prompt


def test_edit_replace_move_resize_keep_relations() -> None:
    base, new = _edit("replace the lamp with a dog")
    assert new.diff is not None and len(new.diff.added) == 1 and len(new.diff.removed) == 1
    assert new.element(new.diff.added[0]).noun == "dog"
    assert new.sentences[0].action == "replace"
    base, new = _edit("move the car to the right of the lamp")
    car = next(e for e in new.elements if e.noun == "car")
    lamp = next(e for e in new.elements if e.noun == "lamp")
    assert new.diff is not None and [c.fields for c in new.diff.changed] == [["box"]]
    assert any(
        r.subject == car.id and r.predicate == "right of" and r.object == lamp.id for r in new.relations
    )
    assert violated_relations(new) == []
    base, new = _edit("make the cats bigger")
    cats = [e for e in new.elements if e.noun == "cat"]
    for cat in cats:
        old = base.element(cat.id)
        assert (cat.box[2] - cat.box[0]) > (old.box[2] - old.box[0])
    base, new = _edit("add a cat")
    assert base.relations and all(r in new.relations for r in base.relations)
