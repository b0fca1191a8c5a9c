"""Helpers the everyday-prompt tests share: a prompt's plan (1024², seed 1 unless told), its nouns,
its things with their colours, and its relations by noun."""

from __future__ import annotations

from limner.plan.model import Plan
from limner.reason import BuiltinReasoner, ReasonRequest

REASONER = BuiltinReasoner()


def plan_of(prompt: str, seed: int = 1, width: int = 1024, height: int = 1024) -> Plan:
    return REASONER.reason(ReasonRequest(prompt=prompt, seed=seed, width=width, height=height))


def nouns(plan: Plan) -> list[str]:
    """The object nouns, in plan order."""
    return [e.noun for e in plan.elements if e.kind == "object"]


def things(plan: Plan) -> list[tuple[str, object]]:
    """``(noun, colour attribute)`` of each object, in plan order."""
    return [(e.noun, e.attributes.get("color")) for e in plan.elements if e.kind == "object"]


def relations(plan: Plan) -> set[tuple[str, str, str]]:
    """``(subject noun, predicate, object noun)`` of every relation."""
    noun = {e.id: e.noun for e in plan.elements}
    return {(noun[r.subject], r.predicate, noun[r.object]) for r in plan.relations}
