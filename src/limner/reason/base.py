"""The reasoner interface: a prompt (plus references and an optional base plan) becomes a Plan."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from limner.plan.model import Plan, ReferenceUse


@dataclass(frozen=True)
class ReasonRequest:
    prompt: str
    width: int = 1024
    height: int = 1024
    seed: int = 0
    references: tuple[ReferenceUse, ...] = ()
    #: The plan to edit, when the prompt is an edit of an earlier plan.
    base: Plan | None = None


class Reasoner(Protocol):
    """Pure: no I/O. The returned plan has a draft id; the platform assigns ``id`` and ``created``."""

    name: str

    def reason(self, request: ReasonRequest) -> Plan: ...


__all__ = ["ReasonRequest", "Reasoner"]
