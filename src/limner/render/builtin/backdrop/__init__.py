"""Structured backdrops: the plan's ``canvas.background.layers`` drawn back to front, then weather.

Each layer kind has one painter; all share the style of :mod:`.style` (flat shapes, value for depth).
:func:`draw_backdrop` returns what the object pass needs to know about the place: where the horizon is,
the sky colour far things fade toward, and whether it is outdoors and at night.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from types import MappingProxyType

import skia

from limner.plan.model import Layer, Plan
from limner.render.builtin.backdrop.far import draw_hills, draw_mountains, draw_skyline, draw_trees
from limner.render.builtin.backdrop.fixtures import draw_fixtures
from limner.render.builtin.backdrop.ground import draw_floor, draw_ground, draw_water
from limner.render.builtin.backdrop.interior import draw_counter, draw_wall, has_window, window_pane
from limner.render.builtin.backdrop.sky import draw_sky, draw_space, sky_colors
from limner.render.builtin.backdrop.stage import INTERIOR_KINDS, Stage, layer_rgb
from limner.render.builtin.backdrop.weather import draw_weather
from limner.render.builtin.colors import RGB, parse_hex

Painter = Callable[[skia.Canvas, Layer, Stage], None]

PAINTERS: Mapping[str, Painter] = MappingProxyType(
    {
        "sky": draw_sky,
        "space": draw_space,
        "mountains": draw_mountains,
        "hills": draw_hills,
        "trees": draw_trees,
        "skyline": draw_skyline,
        "ground": draw_ground,
        "water": draw_water,
        "wall": draw_wall,
        "floor": draw_floor,
        "counter": draw_counter,
    }
)


@dataclass(frozen=True)
class Backdrop:
    """What the object pass knows about the backdrop it draws on."""

    #: The nominal (dominant) colour.
    color: RGB
    #: Horizon in pixels from the top; None on a plain fill.
    horizon: float | None = None
    #: The colour far things fade toward (the sky at the horizon); None indoors and on plain fills.
    haze: RGB | None = None
    night: bool = False
    #: True when a ground, floor, water or counter band exists for things to stand on.
    grounded: bool = False
    #: The water layers' spans (y from the top, pixels): a pier there stands in the setting's water.
    water: tuple[tuple[float, float], ...] = ()
    #: The top of a plain fill's faint floor band (pixels), else None: where a sign's posts stand.
    floor: float | None = None
    #: The room fixtures drawn on it (a classroom's "blackboard": a teacher's art drops its own).
    fixtures: frozenset[str] = frozenset()

    @property
    def ground_line(self) -> float | None:
        """The y (pixels) things standing alone stand on: the horizon of a backdrop with ground,
        the floor band of a plain fill, else None."""
        return self.horizon if self.grounded else self.floor


def draw_backdrop(canvas: skia.Canvas, plan: Plan, width: int, height: int, seed: int, base: RGB) -> Backdrop:
    """Paint every layer of the plan's backdrop (there is at least one) and its weather."""
    background = plan.canvas.background
    stage = Stage(width=width, height=height, seed=seed, background=background)
    canvas.clear(skia.Color(*base))
    haze: RGB | None = None
    for layer in background.layers:
        PAINTERS[layer.kind](canvas, layer, stage)
        if layer.kind == "sky":
            haze = sky_colors(layer, background.time_of_day)[1]
    kinds = {layer.kind for layer in background.layers}
    fixtures: frozenset[str] = frozenset()
    if kinds & INTERIOR_KINDS:
        haze = None
        fixtures = _fixtures(canvas, plan, stage)
    draw_weather(canvas, stage, haze or base)
    horizon = background.horizon
    if horizon is None:
        horizon = next(
            (layer.span[0] for layer in background.layers if layer.kind in {"ground", "floor", "water"}), None
        )
    return Backdrop(
        color=parse_hex(background.color) or layer_rgb(background.layers[0]),
        horizon=None if horizon is None else horizon * height,
        haze=haze,
        night=stage.night or "space" in kinds,
        grounded=bool(kinds & {"ground", "floor", "water", "counter"}),
        water=tuple(
            (layer.span[0] * height, layer.span[1] * height)
            for layer in background.layers
            if layer.kind == "water"
        ),
        fixtures=fixtures,
    )


def _fixtures(canvas: skia.Canvas, plan: Plan, stage: Stage) -> frozenset[str]:
    """The room's fixtures, kept clear of the wall's window; returns their names."""
    wall = next((layer for layer in plan.canvas.background.layers if layer.kind == "wall"), None)
    if wall is None:
        return frozenset()
    rect = stage.rect(wall)
    return draw_fixtures(canvas, plan, stage, window_pane(rect, stage) if has_window(rect, stage) else None)


__all__ = ["PAINTERS", "Backdrop", "draw_backdrop"]
