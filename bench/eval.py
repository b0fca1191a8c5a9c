"""``make eval``: the reasoner's plan-level accuracy, per category, on prompts it was not tuned on.

Categories (GenEval's rules applied to the plan, see ``tests/reason/geneval.py``):

- ``geneval``       the six GenEval task templates over the 80 COCO classes and ten colours
- ``natural``       natural phrasings of the same tasks (relation synonyms, digits, post-noun colours …)
- ``heldout``       templates that neither generator above produces (``tests/reason/heldout.py``)
- ``messy``         hand-written corrections, edits, references, lists, typos, emoji, run-ons, scenes
- ``messy_heldout`` more of those, written after tuning and never tuned on
- ``messy_more``    more again, with stricter checks (group colours, actions, layout, support, depth …)
- ``multilingual``  hand-written non-English prompts
- ``translated``    hand-translated GenEval tasks + negation/corrections/lists in es fr de pt it zh ja
                    (``tests/reason_i18n/translated/dev``; one row per language)
- ``translated_heldout`` the same suite's held-out split: a measurement only, never tune on it
- ``open_nouns``    colour, count and position over ~530 everyday nouns outside COCO (``open_nouns.py``)
- ``open_nouns_heldout`` the same over the held-out quarter of those nouns: counted, never listed
- ``scenes``        everyday scenes: interactions, settings, corrections and count edits, unquoted text,
                    natural arrangement, mixed everyday prompts (``tests/reason/scenes_suite.py``)
- ``scenes_heldout`` the same from other templates and verbs: counted, never listed
- ``everyday_heldout`` ~190 hand-written everyday prompts (rare nouns, colours, counts, settings, verbs,
                    messy phrasing) with their plan facts (``tests/reason/everyday_heldout.py``): written
                    before a tuning round, counted, never listed
- ``everyday_heldout_b`` ~200 more, written independently of the tuning on ``everyday_dev``: non-COCO
                    nouns, interactions, settings with sky/sand colours, messy edits, mixed facts
                    (``tests/reason/everyday_heldout_b.py``): counted, never listed
- ``everyday_heldout_c`` ~260 more, written independently of the third tuning round: non-COCO nouns,
                    interactions (feeding, stacking, hanging …), settings with stated colours, messy
                    edits, mixed facts (``tests/reason/everyday_heldout_c.py``): counted, never listed
- ``everyday_heldout_d`` ~280 more, written independently of the tuning rounds beside it: non-COCO nouns,
                    interactions, settings with stated colours, messy edits, mixed facts
                    (``tests/reason/everyday_heldout_d.py``): counted, never listed
- ``everyday_heldout_e`` ~260 more, written independently of the eighth tuning round: everyday life in
                    many sentence shapes (nouns, interactions, settings with stated colours, messy edits,
                    mixed facts) (``tests/reason/everyday_heldout_e.py``): counted, never listed
- ``everyday_heldout_f`` ~275 more, written independently of the tuning rounds beside it: everyday life
                    typed as to an image API (nouns, interactions, settings with stated colours, messy
                    edits, mixed facts) (``tests/reason/everyday_heldout_f.py``): counted, never listed
- ``everyday_i18n_dev`` ~110 everyday scenes in es fr de pt it zh ja: settings, weather, time, verbs and
                    poses (``tests/reason_i18n/everyday_i18n.py``; one row per language): listed
- ``everyday_i18n_heldout`` ~55 more, written with them and never tuned on: counted, never listed
- ``everyday_i18n_dev_b`` ~290 more for the second i18n round: longer prompts, diminutives, requests,
                    classifiers, post-nominal colours, spatial words, materials: listed
- ``everyday_i18n_heldout_b`` ~70 more, written with them and never tuned on: counted, never listed
- ``everyday_i18n_dev_c`` ~175 more for the third i18n round: everyday nouns outside COCO (kitchen,
                    workshop, school, toys, sea life, insects, farm, instruments, furniture, buildings),
                    weather as nouns, adjectives and verbs, animal verbs: listed
- ``everyday_dev``    ~200 more of those written for tuning (``tests/reason/everyday_dev.py``): listed
- ``fresh_nouns_dev`` colour, count and position over ~320 everyday nouns neither ``open_nouns`` nor
                    the noun probe names (``tests/reason/fresh_nouns_dev.py``): tuned on, listed
- ``fresh_nouns_dev_b`` ~300 more over ~195 nouns none of those names, position above all, partners of
                    very different sizes and kinds (``tests/reason/fresh_nouns_dev_b.py``): tuned on, listed
- ``everyday_dev_c``  ~500 more for the third tuning round, weighted to messy edits, everyday verbs and
                    settings (``tests/reason/everyday_dev_c.py``): listed
- ``everyday_dev_d``  ~60 more for the fourth round: collective people, senses from company, "X with Y",
                    surfaces worked on, places things imply (``tests/reason/everyday_dev_d.py``): listed
- ``everyday_dev_e``  ~410 more for the fifth round: messy phrasing, multi-fact prompts, everyday
                    interactions (``tests/reason/everyday_dev_e.py``): listed
- ``everyday_dev_f``  ~215 more for the sixth round: messy prompts, multi-fact prompts, the fifth round's
                    misses in other wordings (``tests/reason/everyday_dev_f.py``): listed
- ``everyday_dev_g``  ~70 more for the sixth round: fresh compound, mass and plural-only nouns, groups
                    "around" a thing, where "in X" after "VERB-ing OBJ" attaches
                    (``tests/reason/everyday_dev_g.py``): listed
- ``everyday_dev_h``  ~300 more for the seventh round, written to break the reasoner by sentence structure:
                    corrections of kind and relation, swaps, questions, preambles, style tails, relative
                    clauses, passives, -s and past-tense verbs, weather adjectives
                    (``tests/reason/everyday_dev_h.py``): listed
- ``everyday_dev_i``  ~300 more for the eighth round, on how people name things: materials before nouns,
                    compounds, plural-only nouns, containers of mass nouns, collectives, spellings, British
                    and casual words, sentences only partly understood
                    (``tests/reason/everyday_dev_i.py``): listed
- ``everyday_dev_j``  ~320 more for the eighth round, on interactions between two named things in every
                    sentence shape: relative clauses, passives, participles first, "with" + -ing, two verbs,
                    pronouns, possessives, "each other", places of contact
                    (``tests/reason/everyday_dev_j.py``): listed
- ``everyday_dev_k``  ~200 more for the ninth round, on places, times and weather in every wording: places
                    as adjectives and compounds, rooms and landscapes with no setting of their own,
                    weather and light in many forms, stated colours
                    (``tests/reason/everyday_dev_k.py``): listed
- ``everyday_dev_l``  ~210 more for the second settings round: a stated sunny or clear sky, wind, weather as
                    verbs, clauses and things, seasons, places named by events, possessives and verbs
                    (``tests/reason/everyday_dev_l.py``): listed
- ``everyday_dev_m``  ~290 more for the tenth round, on nouns and counts in new wordings: count words,
                    counts split over a sentence, odd syntax, translators' English, rare nouns, parts and
                    places in a thing's position (``tests/reason/everyday_dev_m.py``): listed

Seeds differ from the ones the unit tests use, so these prompts are new to the tuning loop.
``python -m bench.eval`` prints the table; ``--check`` exits 1 when a category is under its floor.
"""

from __future__ import annotations

import argparse
import collections
import dataclasses
import sys
import time
from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tests" / "reason"))
sys.path.insert(0, str(HERE.parent / "tests" / "reason_i18n"))

from everyday_dev import everyday_dev_cases  # noqa: E402
from everyday_dev_c import everyday_dev_c_cases  # noqa: E402
from everyday_dev_d import everyday_dev_d_cases  # noqa: E402
from everyday_dev_e import everyday_dev_e_cases  # noqa: E402
from everyday_dev_f import everyday_dev_f_cases  # noqa: E402
from everyday_dev_g import everyday_dev_g_cases  # noqa: E402
from everyday_dev_h import everyday_dev_h_cases  # noqa: E402
from everyday_dev_i import everyday_dev_i_cases  # noqa: E402
from everyday_dev_j import everyday_dev_j_cases  # noqa: E402
from everyday_dev_k import everyday_dev_k_cases  # noqa: E402
from everyday_dev_l import everyday_dev_l_cases  # noqa: E402
from everyday_dev_m import everyday_dev_m_cases  # noqa: E402
from everyday_heldout import check_everyday, everyday_cases  # noqa: E402
from everyday_heldout_b import everyday_b_cases  # noqa: E402
from everyday_heldout_c import everyday_c_cases  # noqa: E402
from everyday_heldout_d import everyday_d_cases  # noqa: E402
from everyday_heldout_e import everyday_e_cases  # noqa: E402
from everyday_heldout_f import everyday_f_cases  # noqa: E402
from everyday_i18n import check_everyday_i18n, everyday_i18n_cases  # noqa: E402
from fresh_nouns_dev import fresh_noun_cases  # noqa: E402
from fresh_nouns_dev_b import fresh_noun_b_cases  # noqa: E402
from geneval import Case, geneval_cases, natural_cases, score  # noqa: E402
from heldout import heldout_cases  # noqa: E402
from messy import messy_cases  # noqa: E402
from messy_more import check, more_cases, request_size  # noqa: E402
from open_nouns import open_noun_cases  # noqa: E402
from scenes_suite import check_scene, scene_cases  # noqa: E402
from translated import translated_cases  # noqa: E402

from limner.errors import LimnerError  # noqa: E402
from limner.plan.geometry import violated_relations  # noqa: E402
from limner.reason import BuiltinReasoner, ReasonRequest  # noqa: E402

#: Accuracy each category must reach in ``make test`` (the regression floor).
FLOORS = {
    "geneval": 0.99,
    "natural": 0.97,
    "heldout": 0.97,
    "messy": 0.95,
    "messy_heldout": 0.7,
    "messy_more": 0.97,
    "multilingual": 0.8,
    "translated": 0.97,
    "translated_heldout": 0.95,
    "open_nouns": 0.97,
    "open_nouns_heldout": 0.95,  # a measurement (never tuned on); issue 13 aims at 0.97
    "scenes": 0.97,
    "scenes_heldout": 0.97,
    # a measurement (never tuned on): 0.867 when written, 0.954 then 0.964 after two tuning rounds
    "everyday_heldout": 0.93,
    "everyday_heldout_b": 0.93,  # a measurement (never tuned on): 0.933 when written, 0.957 after tuning
    "everyday_heldout_c": 0.91,  # a measurement (never tuned on): 0.916 when written
    "everyday_heldout_d": 0.92,  # a measurement (never tuned on): 0.929 when written, before any round
    "everyday_heldout_e": 0.89,  # a measurement (never tuned on): 0.906 (240/265) when written
    "everyday_heldout_f": 0.88,  # a measurement (never tuned on): 0.908 (248/273) when written
    "everyday_dev": 0.97,  # hand-written for tuning (issue 13), checked like everyday_heldout
    "everyday_dev_c": 0.97,  # the third tuning round's hand-written prompts (issue 13)
    "everyday_dev_d": 0.95,  # the fourth round: scenes seen going wrong in pictures (issue 13)
    "everyday_dev_e": 0.95,  # the fifth round: messy phrasing, multi-fact prompts, interactions (issue 13)
    "everyday_dev_f": 0.95,  # the sixth round: messy prompts, multi-fact prompts, round-5 misses (issue 13)
    "everyday_dev_g": 0.95,  # the sixth round: fresh nouns, "around", phrase attachment (issue 13)
    "everyday_dev_h": 0.95,  # the seventh round: adversarial sentence structures (issue 13)
    "everyday_dev_i": 0.95,  # the eighth round: how people name things, partial parses (issue 13)
    "everyday_dev_j": 0.95,  # the eighth round: interactions in every sentence shape (issue 13)
    "everyday_dev_k": 0.95,  # the ninth round: places, times and weather in every wording (issue 13)
    "everyday_dev_l": 0.95,  # second settings round: weather as verbs and things, events, possessives
    "everyday_dev_m": 0.95,  # the tenth round: nouns and counts in new wordings (issue 13)
    "everyday_i18n_dev": 0.95,  # everyday scenes in es fr de pt it zh ja: 0/112 before, 112/112 after
    "everyday_i18n_heldout": 0.85,  # a measurement (never tuned on): 0/56 when written, 52/56 after
    "everyday_i18n_dev_b": 0.95,  # second i18n round (brief L2), tuned on: 57/140 when written, 280/286 after
    # a measurement (never tuned on): 34/70 when written; 42/70 after, all eight from branch, box and desk
    # rows that probes found missing in scenes two held-out prompts share (34/70 without those rows)
    "everyday_i18n_heldout_b": 0.85,  # 63/70 after the third round's ~525 noun rows per language
    "everyday_i18n_dev_c": 0.95,  # third i18n round (brief L3), tuned on: 57/175 when written, 173/175 after
    "fresh_nouns_dev": 0.96,  # fresh nouns, tuned on (issue 13): 0.945 when written, 0.973 after tuning
    "fresh_nouns_dev_b": 0.8,  # position over fresh nouns of contrasting sizes (issue 13): tuned on
}


@dataclass(frozen=True)
class Row:
    category: str
    task: str
    total: int
    correct: int

    @property
    def accuracy(self) -> float:
        return self.correct / self.total if self.total else 0.0


@dataclass(frozen=True)
class Report:
    rows: tuple[Row, ...]
    failures: tuple[tuple[str, str, str], ...]  # category, prompt, why
    seconds: float

    def category(self, name: str) -> Row:
        rows = [r for r in self.rows if r.category == name]
        return Row(name, "all", sum(r.total for r in rows), sum(r.correct for r in rows))

    def categories(self) -> list[str]:
        return list(dict.fromkeys(r.category for r in self.rows))

    def below_floor(self) -> list[str]:
        return [c for c in self.categories() if self.category(c).accuracy < FLOORS.get(c, 0.0)]


def _per_language(items: list[Case]) -> list[Case]:
    """The translated suites are reported per language: the task column shows the language."""
    return [dataclasses.replace(c, task=c.extra["lang"]) for c in items]


def cases() -> dict[str, list[Case]]:
    messy = messy_cases()
    return {
        "geneval": geneval_cases(720, seed=31),
        "natural": natural_cases(350, seed=37),
        "heldout": heldout_cases(270, seed=41),
        "messy": [c for c in messy if c.task not in ("multilingual", "messy_heldout")],
        "messy_heldout": [c for c in messy if c.task == "messy_heldout"],
        "messy_more": more_cases(),
        "multilingual": [c for c in messy if c.task == "multilingual"],
        "translated": _per_language(translated_cases("dev")),
        "translated_heldout": _per_language(translated_cases("heldout")),
        "open_nouns": open_noun_cases("dev"),
        "open_nouns_heldout": open_noun_cases("heldout"),
        "scenes": scene_cases("dev"),
        "scenes_heldout": scene_cases("heldout"),
        "everyday_heldout": everyday_cases(),
        "everyday_heldout_b": everyday_b_cases(),
        "everyday_heldout_c": everyday_c_cases(),
        "everyday_heldout_d": everyday_d_cases(),
        "everyday_heldout_e": everyday_e_cases(),
        "everyday_heldout_f": everyday_f_cases(),
        "everyday_dev": everyday_dev_cases(),
        "everyday_dev_c": everyday_dev_c_cases(),
        "everyday_dev_d": everyday_dev_d_cases(),
        "everyday_dev_e": everyday_dev_e_cases(),
        "everyday_dev_f": everyday_dev_f_cases(),
        "everyday_dev_g": everyday_dev_g_cases(),
        "everyday_dev_h": everyday_dev_h_cases(),
        "everyday_dev_i": everyday_dev_i_cases(),
        "everyday_dev_j": everyday_dev_j_cases(),
        "everyday_dev_k": everyday_dev_k_cases(),
        "everyday_dev_l": everyday_dev_l_cases(),
        "everyday_dev_m": everyday_dev_m_cases(),
        "everyday_i18n_dev": everyday_i18n_cases("dev"),
        "everyday_i18n_heldout": everyday_i18n_cases("heldout"),
        "everyday_i18n_dev_b": everyday_i18n_cases("dev_b"),
        "everyday_i18n_heldout_b": everyday_i18n_cases("heldout_b"),
        "everyday_i18n_dev_c": everyday_i18n_cases("dev_c"),
        "fresh_nouns_dev": fresh_noun_cases(),
        "fresh_nouns_dev_b": fresh_noun_b_cases(),
    }


def halves() -> tuple[list[str], list[str]]:
    """The categories in two halves of about the same size (``make test`` runs them on two workers)."""
    sized = sorted(cases().items(), key=lambda item: (-len(item[1]), item[0]))
    first: list[str] = []
    second: list[str] = []
    load = [0, 0]
    for name, items in sized:
        side = 0 if load[0] <= load[1] else 1
        (first, second)[side].append(name)
        load[side] += len(items)
    return first, second


def run(categories: Collection[str] | None = None) -> Report:
    """Every suite (or only ``categories``) through the reasoner, scored."""
    reasoner = BuiltinReasoner()
    counts: dict[tuple[str, str], list[int]] = collections.defaultdict(lambda: [0, 0])
    failures: list[tuple[str, str, str]] = []
    started = time.perf_counter()
    for category, items in cases().items():
        if categories is not None and category not in categories:
            continue
        for case in items:
            try:
                width, height = request_size(case)
                request = ReasonRequest(prompt=case.prompt, seed=1, width=width, height=height)
                plan = reasoner.reason(request)
                if category.startswith("scenes"):
                    ok, why = check_scene(case, plan)
                elif category.startswith("everyday_i18n"):
                    ok, why = check_everyday_i18n(case, plan)
                elif category.startswith("everyday"):
                    ok, why = check_everyday(case, plan)
                else:
                    ok, why = check(case, plan) if category == "messy_more" else score(case, plan)
                if ok and violated_relations(plan):
                    ok, why = False, "a plan relation does not hold in the boxes"
            except LimnerError as exc:
                ok, why = False, f"{type(exc).__name__}: {exc}"
            cell = counts[(category, case.task)]
            cell[0] += 1
            cell[1] += int(ok)
            if not ok:
                failures.append((category, case.prompt, why))
    rows = tuple(Row(c, t, n, k) for (c, t), (n, k) in counts.items())
    return Report(rows, tuple(failures), time.perf_counter() - started)


def table(report: Report, detail: bool = True) -> str:
    lines = [f"{'category':<25}{'task':<18}{'n':>6}{'correct':>9}{'accuracy':>10}{'floor':>8}"]
    lines.append("-" * len(lines[0]))
    for category in report.categories():
        if detail:
            for row in (r for r in report.rows if r.category == category):
                lines.append(f"{'':<25}{row.task:<18}{row.total:>6}{row.correct:>9}{row.accuracy:>10.3f}")
        total = report.category(category)
        floor = FLOORS.get(category, 0.0)
        lines.append(
            f"{category:<25}{'ALL':<18}{total.total:>6}{total.correct:>9}{total.accuracy:>10.3f}{floor:>8.2f}"
        )
    n = sum(r.total for r in report.rows)
    lines.append(f"{n} prompts in {report.seconds:.1f} s")
    return "\n".join(lines)


def main(argv: list[str] | None = None, report: Report | None = None) -> int:
    """The CLI: run the suites (or print ``report``, already run) and their table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--check", action="store_true", help="exit 1 when a category is under its floor")
    parser.add_argument("--failures", type=int, default=10, help="how many failing prompts to list")
    args = parser.parse_args(argv)
    report = report if report is not None else run()
    print(table(report))
    # Held-out prompts stay unread: their failures are counted in the table, never listed.
    listed = [f for f in report.failures if "_heldout" not in f[0]]
    for category, prompt, why in listed[: args.failures]:
        print(f"  FAIL [{category}] {prompt!r}: {why}")
    low = report.below_floor()
    if low:
        print("under the floor: " + ", ".join(low))
    return 1 if args.check and low else 0


if __name__ == "__main__":
    sys.exit(main())
