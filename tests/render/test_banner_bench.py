"""The reference banner ``make bench`` races against satori (issue #18): a valid inline plan that
the built-in renderer draws as specified, and the same numbers on satori's side."""

from __future__ import annotations

import io
import itertools

from bench.banner import ART_PX, LINES, NOUNS, SIDE, TOPS, art_lefts, banner_plan
from bench.speed import satori_spec
from PIL import Image

from limner.plan.model import Plan
from limner.render.base import RenderOptions
from limner.render.builtin import BuiltinRenderer


def test_banner_plan_renders_as_specified() -> None:
    plan = Plan.model_validate(banner_plan())
    image = BuiltinRenderer().render(plan, RenderOptions(seed=1))
    assert image.notes == ()  # no text shrunk or grown, every noun drawn with its own art
    with Image.open(io.BytesIO(image.data)) as png:
        assert png.size == (SIDE, SIDE) and png.mode == "RGB"
        assert png.getpixel((4, 4)) == (0xF4, 0xEF, 0xE6)
    nouns = [e.noun for e in plan.elements if e.kind == "object"]
    assert nouns == list(NOUNS)
    texts = [e.text.content for e in plan.elements if e.text is not None]
    assert texts == [line[0] for line in LINES]


def test_art_is_evenly_spaced_and_satori_gets_the_same_layout() -> None:
    lefts = art_lefts()
    gaps = [b - (a + ART_PX) for a, b in itertools.pairwise(lefts)]
    assert max(gaps) - min(gaps) <= 1 and lefts[0] > 0 and lefts[-1] + ART_PX < SIDE
    spec = satori_spec()
    assert spec["lefts"] == lefts and spec["tops"] == list(TOPS) and spec["side"] == SIDE
    assert [line[0] for line in spec["lines"]] == [line[0] for line in LINES]
