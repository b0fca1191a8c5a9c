"""Everyday scenes in the seven other prompt languages (issue 13, brief L), with their plan facts.

Native-style prompts — settings (park, beach, lake, forest, kitchen, bedroom, street, snow, rain,
night, sunset), verbs and poses (sleeping, sitting, lying, running, flying, riding, holding,
wearing, eating, reading, swimming) and everyday nouns — one a line in ``everyday/<split>.txt`` as
``lang | prompt | checks``. The checks are ``everyday_heldout``'s (obj, rel, setting, time, weather,
…) plus ``pose=noun/pose`` (the first such element's ``attributes.pose``). ``make eval`` counts
them as ``everyday_i18n_dev`` (listed, tuned on) and ``everyday_i18n_heldout`` (counted, never
listed, never tuned on), one row per language; the second round's ``dev_b``/``heldout_b`` (brief L2:
longer prompts, diminutives, requests, classifiers, post-nominal colours, spatial words) likewise;
the third round's ``dev_c`` (brief L3: everyday nouns outside COCO, weather as nouns, adjectives
and verbs, animal verbs) is listed too.
A ``pose=`` noun may list alternatives as ``a|b`` (a diminutive may read as the young animal).
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from everyday_heldout import check_everyday, suite_cases
from geneval import Case

from limner.plan.model import Plan

FOLDER = Path(__file__).resolve().parent / "everyday"
SPLITS: tuple[str, ...] = ("dev", "heldout", "dev_b", "heldout_b", "dev_c")


def everyday_i18n_cases(split: str) -> list[Case]:
    """The split's cases; ``task`` is the prompt's language."""
    if split not in SPLITS:
        raise ValueError(f"no everyday i18n split {split!r}")
    lines = [
        line
        for line in (FOLDER / f"{split}.txt").read_text(encoding="utf-8").splitlines()
        if line and line[0] != "#"
    ]
    return suite_cases("\n".join(lines))


def check_everyday_i18n(case: Case, plan: Plan) -> tuple[bool, str]:
    """``pose=`` checks here, the rest by :func:`check_everyday`."""
    rest: list[str] = []
    for item in case.extra["checks"].split():
        key, _, value = item.partition("=")
        if key != "pose":
            rest.append(item)
            continue
        noun, pose = value.split("/")
        found = [e for e in plan.elements if e.kind == "object" and e.noun in noun.split("|")]
        if not found:
            return False, f"no {noun} for pose {pose}"
        if found[0].attributes.get("pose") != pose:
            return False, f"{noun} pose {found[0].attributes.get('pose')!r}, {pose!r} wanted"
    return check_everyday(dataclasses.replace(case, extra=dict(case.extra, checks=" ".join(rest))), plan)


__all__ = ["SPLITS", "check_everyday_i18n", "everyday_i18n_cases"]
