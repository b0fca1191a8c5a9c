"""Helpers the everyday-prompt tests share: a prompt's plan at 1024² and seed 1, its nouns and its
relations by noun."""

from __future__ import annotations

from limner.plan.model import Plan
from limner.reason import BuiltinReasoner, ReasonRequest

REASONER = BuiltinReasoner()


def plan_of(prompt: str) -> Plan:
    return REASONER.reason(ReasonRequest(prompt=prompt, seed=1, width=1024, height=1024))


def nouns(plan: Plan) -> list[str]:
    """The object nouns, in plan order."""
    return [e.noun for e in plan.elements if e.kind == "object"]


def relations(plan: Plan) -> set[tuple[str, str, str]]:
    """``(subject noun, predicate, object noun)`` of every relation."""
    noun = {e.id: e.noun for e in plan.elements}
    return {(noun[r.subject], r.predicate, noun[r.object]) for r in plan.relations}
