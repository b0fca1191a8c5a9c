"""What every backdrop painter knows: the canvas size, the plan's backdrop, and seeded randomness."""

from __future__ import annotations

import random
from dataclasses import dataclass

import skia

from limner.plan.model import Background, Layer
from limner.render.builtin.colors import RGB, parse_hex

INTERIOR_KINDS = frozenset({"wall", "floor", "counter"})


@dataclass(frozen=True)
class Stage:
    width: int
    height: int
    seed: int
    background: Background

    def rng(self, purpose: str) -> random.Random:
        """A generator private to one purpose, so adding a painter never shifts another's draws."""
        return random.Random(f"limner-backdrop:{purpose}:{self.seed}")

    def rect(self, layer: Layer) -> skia.Rect:
        top, bottom = layer.span
        return skia.Rect.MakeLTRB(0, round(top * self.height), self.width, round(bottom * self.height))

    @property
    def night(self) -> bool:
        return self.background.time_of_day == "night"

    @property
    def unit(self) -> float:
        """One line weight: 0.4 % of the shorter side (≥ 1 px)."""
        return max(1.0, 0.004 * min(self.width, self.height))


def layer_rgb(layer: Layer) -> RGB:
    return parse_hex(layer.color) or (128, 128, 128)


__all__ = ["INTERIOR_KINDS", "Stage", "layer_rgb"]
