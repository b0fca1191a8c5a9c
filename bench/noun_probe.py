"""A probe of the open vocabulary: ~400 concrete WordNet nouns in three templates, failures by cause.

Not a test suite and not the eval: the nouns are drawn deterministically from the concepts data
(``limner.reason.concepts``) across ten domains, so the probe finds general faults in nouns nobody
wrote a case for. Each noun is put in "a red X", "two Xs on a table" and "an X next to a Y", and the
plan is checked: the noun is the lemma named (never a sibling), count and colour are right, the art is
exact or an ancestor / kin / kind named in a note (never an unrelated thing, never the neutral shape),
and the plan has no warnings.

Usage: ``.venv/bin/python -m bench.noun_probe [--per-domain 40] [--show 12]``
"""

from __future__ import annotations

import argparse
import hashlib
import re
from collections import defaultdict
from dataclasses import dataclass

from limner.assets.art import resolve_art
from limner.plan.model import Plan
from limner.reason.base import ReasonRequest
from limner.reason.concepts import _data, _ids, concept, is_a, synonyms
from limner.reason.pipeline import reason

#: Domain → WordNet senses whose kinds are sampled.
DOMAINS: dict[str, tuple[str, ...]] = {
    "animals": ("animal.n.01",),
    "plants": ("vascular_plant.n.01",),
    "food": ("food.n.02", "edible_fruit.n.01", "vegetable.n.01"),
    "tools": ("tool.n.01", "implement.n.01"),
    "furniture": ("furniture.n.01",),
    "vehicles": ("vehicle.n.01",),
    "clothing": ("clothing.n.01", "footwear.n.02", "headdress.n.01"),
    "instruments": ("musical_instrument.n.01",),
    "buildings": ("building.n.01",),
    "people": ("person.n.01",),
}
_WORD = re.compile(r"^[a-z]+(?:[ -][a-z]+)?$")


@dataclass(frozen=True)
class Failure:
    cause: str
    noun: str
    prompt: str
    detail: str


def _key(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def sample(per_domain: int) -> list[tuple[str, str]]:
    """(domain, lemma) pairs: the first ``per_domain`` plain, common, concrete lemmas of each domain by
    a hash order, each noun in one domain only."""
    data = _data()
    index = {name: i for i, name in enumerate(data.names)}
    taken: set[str] = set()
    out: list[tuple[str, str]] = []
    for domain, roots in DOMAINS.items():
        wanted = {index[r] for r in roots if r in index}
        pool: list[str] = []
        for lemma, (ids, flag) in data.lemmas.items():
            if flag or not _WORD.match(lemma) or len(lemma) > 18 or lemma in taken:
                continue
            found = concept(lemma)
            if found is None or found.lemma != lemma:
                continue
            node = _ids(ids)[0]
            if node in wanted or any(index.get(a) in wanted for a in found.ancestors):
                pool.append(lemma)
        pool.sort(key=_key)
        for lemma in pool[:per_domain]:
            taken.add(lemma)
            out.append((domain, lemma))
    return out


def plural(lemma: str) -> str:
    """The regular (or WordNet-irregular) plural of the last word."""
    head, _, last = lemma.rpartition(" ")
    irregular = {sing: form for form, sing in _data().irregular.items() if form != sing}
    if last in irregular and _WORD.match(irregular[last]):
        word = irregular[last]
    elif re.search(r"(s|x|z|ch|sh)$", last):
        word = last + "es"
    elif re.search(r"[^aeiou]y$", last):
        word = last[:-1] + "ies"
    else:
        word = last + "s"
    return f"{head} {word}" if head else word


def _article(word: str) -> str:
    return "an" if word[0] in "aeiou" else "a"


def _art_fault(noun: str) -> str | None:
    """Why the art for ``noun`` is not the thing, an ancestor, kin or a kind, else None."""
    choice = resolve_art(noun)
    if choice.exact:
        return None
    via = choice.via or ""
    found = concept(noun)
    hypernyms = set(found.hypernyms) if found is not None else set()
    if choice.furniture:
        return None if choice.furniture in (noun, *hypernyms) or noun.endswith(choice.furniture) else via
    if "neutral shape" in via:
        return "no art at all"
    for pattern in (r"nearest ancestor: (.+)\)", r"\((?:a|an) (.+), like ", r"head noun '(.+)'\)"):
        m = re.search(pattern, via)
        if m:
            named = m.group(1)
            return None if named in hypernyms or is_a(noun, named) or named == "person" else via
    if "a kind of" in via or "related:" in via:
        return None
    m = re.search(r"name contains '(.+)'\)", via)
    if m and (m.group(1) == noun or m.group(1) in hypernyms):
        return None
    return via or "unexplained stand-in"


def _check(plan: Plan, noun: str, count: int, color: str | None, others: tuple[str, ...]) -> list[str]:
    faults: list[str] = []
    named = {noun, *synonyms(noun)}  # the concept named: its lemma or a lemma of the same sense
    mine = [e for e in plan.elements if e.kind == "object" and e.noun in named]
    rest = [e.noun for e in plan.elements if e.kind == "object" and e.noun not in named]
    if not plan.elements:
        return ["empty plan"]
    if not mine:
        return [f"noun: got {sorted({e.noun for e in plan.elements})}"]
    if len(mine) != count:
        faults.append(f"count: {len(mine)} not {count}")
    if color is not None and any(e.attributes.get("color") != color for e in mine):
        faults.append(f"colour: {[e.attributes.get('color') for e in mine]}")
    if sorted(rest) != sorted(others) and not _same(rest, others):
        faults.append(f"others: {sorted(rest)} not {sorted(others)}")
    if plan.warnings:
        faults.append(f"warning: {plan.warnings[0]}")
    return faults


def _same(got: list[str], wanted: tuple[str, ...]) -> bool:
    """The other things named are there, each as its lemma or a lemma of the same sense."""
    if len(got) != len(wanted):
        return False
    return all(g == w or g in synonyms(w) for g, w in zip(sorted(got), sorted(wanted), strict=True))


def run(per_domain: int) -> tuple[int, int, list[Failure]]:
    nouns = sample(per_domain)
    failures: list[Failure] = []
    checked = 0
    lemmas = [lemma for _, lemma in nouns]
    for i, (_, noun) in enumerate(nouns):
        partner = lemmas[(i * 7 + 3) % len(lemmas)]
        if partner == noun:
            partner = lemmas[(i + 1) % len(lemmas)]
        support = "chair" if is_a(noun, "table") else "table"
        cases = [
            (f"a red {noun}", 1, "red", ()),
            (f"two {plural(noun)} on a {support}", 2, None, (support,)),
            (f"{_article(noun)} {noun} next to {_article(partner)} {partner}", 1, None, (partner,)),
        ]
        for prompt, count, color, others in cases:
            checked += 1
            try:
                plan = reason(ReasonRequest(prompt=prompt, width=1024, height=768))
            except Exception as exc:  # noqa: BLE001 - the probe reports every failure by its cause
                failures.append(Failure("error", noun, prompt, f"{type(exc).__name__}: {exc}"))
                continue
            for fault in _check(plan, noun, count, color, others):
                failures.append(Failure(fault.split(":")[0], noun, prompt, fault))
        checked += 1
        art = _art_fault(noun)
        if art is not None:
            failures.append(Failure("art", noun, f"art for {noun!r}", art))
    return checked, len({(f.prompt) for f in failures}), failures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--per-domain", type=int, default=40)
    parser.add_argument("--show", type=int, default=12, help="failures listed per cause")
    args = parser.parse_args()
    checked, failed, failures = run(args.per_domain)
    by_cause: dict[str, list[Failure]] = defaultdict(list)
    for failure in failures:
        by_cause[failure.cause].append(failure)
    for cause, group in sorted(by_cause.items(), key=lambda kv: -len(kv[1])):
        print(f"\n{cause}: {len(group)}")
        for failure in group[: args.show]:
            print(f"  {failure.prompt!r}: {failure.detail}")
    print(f"\nnoun probe: {checked - failed}/{checked} checks pass ({(checked - failed) / checked:.3f})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
