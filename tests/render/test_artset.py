"""The default art set: Fluent Emoji Flat, vendored; OpenMoji where Fluent has no drawing."""

from __future__ import annotations

import numpy as np
import pytest

from limner.assets.art import resolve_art, svg_file_for
from limner.render.builtin.art import load_art, recolor_svg
from limner.render.builtin.artset import FLUENT, OPENMOJI, art_set, svg_text

from .conformance import CLASSES, classify
from .plans import COCO


@pytest.mark.parametrize("noun", COCO)
def test_coco_nouns_draw_with_fluent_or_side_view_furniture(noun: str) -> None:
    choice = resolve_art(noun)
    assert choice.furniture or art_set(choice.file) == FLUENT, f"{noun}: {choice.emoji} has no Fluent drawing"


def test_fluent_svgs_are_self_contained_and_sized() -> None:
    svg = svg_text(resolve_art("dog").file)
    assert svg.startswith('<svg width="72" height="72" ') and 'viewBox="0 0 32 32"' in svg
    assert "href" not in svg and "http://" not in svg.replace('xmlns="http://www.w3.org/2000/svg"', "")
    art = load_art(resolve_art("dog").file, None)
    x0, y0, x1, y1 = art.bounds
    assert x1 - x0 > 30 and y1 - y0 > 30  # the 32-unit drawing fills the 72-unit container


def test_flags_fall_back_to_openmoji() -> None:
    flag = svg_file_for("🇫🇷")
    assert flag is not None and art_set(flag) == OPENMOJI
    assert "<svg" in svg_text(flag)


@pytest.mark.parametrize("color", [(229, 57, 53), (30, 136, 229), (67, 160, 71)])
def test_recolouring_keeps_shading_and_takes_the_hue(color: tuple[int, int, int]) -> None:
    file = resolve_art("car").file
    recoloured = recolor_svg(svg_text(file), color)
    fills = {m for m in recoloured.split('"') if m.startswith("#") and len(m) == 7}
    assert len(fills) >= 3  # several shades survive: the drawing keeps its modelling
    rgb = np.array([[int(f[1:3], 16), int(f[3:5], 16), int(f[5:7], 16)] for f in sorted(fills)], np.uint8)
    classes = [CLASSES[i] for i in classify(rgb)]
    wanted = {(229, 57, 53): "red", (30, 136, 229): "blue", (67, 160, 71): "green"}[color]
    chromatic = [c for c in classes if c not in {"black", "white", "gray"}]
    assert chromatic and chromatic.count(wanted) >= 0.6 * len(chromatic)
