"""Reasoners: a prompt (plus references and an optional base plan) becomes a scene plan.

``BuiltinReasoner`` is the pure, rule-based English reasoner; its stages are in ``pipeline.py``.
"""

from limner.reason.base import Reasoner, ReasonRequest
from limner.reason.pipeline import BuiltinReasoner, reason

__all__ = ["BuiltinReasoner", "ReasonRequest", "Reasoner", "reason"]
