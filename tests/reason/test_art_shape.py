"""Art shape follows the art (issue 13): thin things drawn as diagonal emoji get boxes of the drawing's
shape, not slivers that render as specks; art stands in only through a real ancestor, never a look-alike."""

from __future__ import annotations

import io

import numpy as np
import pytest
from PIL import Image

from limner.assets.art import ink_aspect, resolve_art
from limner.plan.model import Element, Plan
from limner.reason import BuiltinReasoner, ReasonRequest
from limner.reason.art import ASPECT_MISMATCH, art_note, drawn_aspect
from limner.reason.vocab import lexicon
from limner.render.base import RenderOptions
from limner.render.builtin import BuiltinRenderer

REASONER = BuiltinReasoner()
WIDTH, HEIGHT = 1024, 768
THIN = ("pen", "spoon", "fork", "knife", "pencil", "toothbrush", "baseball bat")


def _plan(prompt: str) -> Plan:
    return REASONER.reason(ReasonRequest(prompt=prompt, width=WIDTH, height=HEIGHT, seed=1))


def _only(plan: Plan, noun: str) -> Element:
    found = [e for e in plan.elements if e.noun == noun]
    assert len(found) == 1, [e.noun for e in plan.elements]
    return found[0]


def _pixel_aspect(element: Element) -> float:
    x0, y0, x1, y1 = element.box
    return (x1 - x0) * WIDTH / ((y1 - y0) * HEIGHT)


@pytest.mark.parametrize("noun", THIN)
def test_thin_thing_box_takes_the_drawings_shape(noun: str) -> None:
    ink = ink_aspect(noun)
    assert ink is not None
    info = lexicon().nouns[noun]
    assert max(ink / info.aspect, info.aspect / ink) > ASPECT_MISMATCH  # the lexicon says thin, the art not
    box = _pixel_aspect(_only(_plan(f"a {noun} on a desk"), noun))
    assert box == pytest.approx(ink, rel=0.05)


@pytest.mark.parametrize("noun", ["umbrella", "banana", "cat", "car", "apple"])
def test_boxes_keep_the_lexicons_shape_where_the_art_agrees(noun: str) -> None:
    aspect = lexicon().nouns[noun].aspect
    assert drawn_aspect(noun, aspect) == aspect


def test_furniture_drawn_by_the_renderer_keeps_the_lexicons_shape() -> None:
    assert ink_aspect("table") is None  # drawn from the side by the renderer, not from an emoji
    assert drawn_aspect("table", lexicon().nouns["table"].aspect) == lexicon().nouns["table"].aspect


def test_the_drawn_thing_keeps_its_length() -> None:
    """A diagonal drawing's length is its box's diagonal: the square box is smaller than the sliver's
    long side, so a knife does not grow when it turns from a sliver into a square."""
    ink = ink_aspect("knife")
    assert ink is not None
    plain = REASONER.reason(
        ReasonRequest(prompt="a knife and a fork and a plate", width=WIDTH, height=HEIGHT)
    )
    knife = _only(plain, "knife")
    x0, y0, x1, y1 = knife.box
    long_px = max((x1 - x0) * WIDTH, (y1 - y0) * HEIGHT)
    short_px = min((x1 - x0) * WIDTH, (y1 - y0) * HEIGHT)
    assert short_px / long_px > 0.8  # not a sliver any more
    plate = _only(plain, "plate")
    assert (x1 - x0) < (plate.box[2] - plate.box[0]) * 1.2  # and not bigger than the plate it lies by


def _ink_pixels(prompt: str, noun: str) -> int:
    """Pixels inside ``noun``'s box that differ from the same picture drawn without it."""
    plan = _plan(prompt)
    element = _only(plan, noun)
    without = plan.model_copy(update={"elements": [e for e in plan.elements if e.id != element.id]})
    renderer = BuiltinRenderer()
    a, b = (
        np.asarray(Image.open(io.BytesIO(renderer.render(p, RenderOptions(seed=1)).data)).convert("RGB"))
        for p in (plan, without)
    )
    x0, y0, x1, y1 = element.box
    window = (slice(int(y0 * HEIGHT), int(y1 * HEIGHT) + 1), slice(int(x0 * WIDTH), int(x1 * WIDTH) + 1))
    return int((np.abs(a[window].astype(int) - b[window].astype(int)).sum(axis=2) > 30).sum())


@pytest.mark.parametrize("prompt,noun", [("a pen on a desk", "pen"), ("a fork next to a plate", "fork")])
def test_thin_things_render_as_more_than_a_speck(prompt: str, noun: str) -> None:
    assert _ink_pixels(prompt, noun) > 0.002 * WIDTH * HEIGHT  # ≈1,600 px: a visible pen, not a dot


def test_plant_art_comes_from_its_ancestor_sense() -> None:
    """ "plant" and "herb" mainly name other things (a factory, a seasoning); the ancestor's sense picks
    the drawing, and the note names the ancestor."""
    for noun, emoji, ancestor in [("dandelion", "🌿", "herb"), ("ivy", "🪴", "vascular plant")]:
        choice = resolve_art(noun)
        assert (choice.emoji, choice.exact) == (emoji, False)
        assert f"nearest ancestor: {ancestor}" in (choice.via or "")
        assert "drawn with" in art_note(noun)


def test_a_compound_is_drawn_as_its_head_only_when_it_is_a_kind_of_it() -> None:
    assert resolve_art("sea cucumber").emoji != resolve_art("cucumber").emoji  # an animal, not a vegetable
    assert resolve_art("sea lion").emoji == "🦭"  # drawn as its ancestor, the seal, not as a lion
    assert "nearest ancestor: seal" in (resolve_art("sea lion").via or "")
    assert resolve_art("fire truck").exact
    assert resolve_art("school bus").emoji == "🚌"
