"""Every noun resolves to drawable art; COCO classes all have sensible art."""

from __future__ import annotations

import io

import numpy as np
import pytest
from PIL import Image

from limner.assets.art import ArtChoice, normalize_noun, resolve_art, singular_forms
from limner.plan.model import Element, Plan
from limner.render.base import RenderOptions
from limner.render.builtin import BuiltinRenderer
from limner.render.builtin.art import fit_rect, load_art, recolor_svg

from .plans import COCO


def test_coco_has_80_classes() -> None:
    assert len(COCO) == 80 and len(set(COCO)) == 80


@pytest.mark.parametrize("noun", COCO)
def test_every_coco_noun_has_real_art(noun: str) -> None:
    choice = resolve_art(noun)
    assert isinstance(choice, ArtChoice)
    assert choice.path.is_file() and choice.path.read_text(encoding="utf-8").lstrip().startswith("<svg")
    assert choice.file == f"{choice.hexcode}.svg"
    assert choice.emoji != "⬜" or choice.furniture  # furniture is drawn from the side by the renderer
    assert choice.exact or choice.via
    art = load_art(choice.file, None)
    x0, y0, x1, y1 = art.bounds
    assert x1 - x0 > 5 and y1 - y0 > 5


def test_exact_coco_picks() -> None:
    assert resolve_art("apple").emoji == "🍎" and resolve_art("apple").exact
    assert resolve_art("cat").emoji == "🐈"  # the animal, not the cat face
    assert resolve_art("dog").emoji == "🐕"
    assert resolve_art("traffic light").emoji == "🚦"
    hair = resolve_art("hair drier")
    assert hair.emoji == "💨" and not hair.exact and hair.via


@pytest.mark.parametrize(
    ("noun", "emoji"),
    [("apples", "🍎"), ("Cats", "🐈"), ("puppies", "🐕"), ("red sports car", "🚗"), ("mango", "🥭")],
)
def test_variants_resolve(noun: str, emoji: str) -> None:
    assert resolve_art(noun).emoji == emoji


@pytest.mark.parametrize("noun", ["glorp", "quantum flux", "", "   ", "xylophone!!", "a" * 100])
def test_unknown_nouns_fall_back(noun: str) -> None:
    choice = resolve_art(noun)
    assert choice.path.is_file()
    assert not choice.exact and choice.via


def test_cached_and_helpers() -> None:
    assert resolve_art("banana") is resolve_art("banana")
    assert normalize_noun("  The Hot_Dog ") == "hot dog"
    assert "berry" in singular_forms("berries") and "knife" in singular_forms("knives")


def test_recolor_keeps_black_outlines() -> None:
    svg = '<path fill="#EA5A47" stroke="#000"/><path fill="#000000"/><path stroke="#fff"/>'
    out = recolor_svg(svg, (30, 136, 229))
    assert 'stroke="#000"' in out and 'fill="#000000"' in out
    assert "#EA5A47" not in out and 'stroke="#fff"' not in out


def test_fit_keeps_aspect_and_centres() -> None:
    scale, dx, dy = fit_rect((10, 20, 30, 60), (0, 0, 100, 100))
    assert scale == pytest.approx(2.5)
    assert dx + 10 * scale == pytest.approx(25) and dy + 20 * scale == pytest.approx(0)


def test_substitutions_are_noted() -> None:
    plan = Plan(
        elements=[
            Element(id="e1", noun="hair drier", box=(0.1, 0.1, 0.4, 0.4)),
            Element(id="e2", noun="apple", box=(0.5, 0.5, 0.9, 0.9)),
        ]
    )
    notes = BuiltinRenderer().render(plan, RenderOptions(width=128, height=128)).notes
    assert len(notes) == 1 and "'hair drier'" in notes[0] and "💨" in notes[0]


@pytest.mark.parametrize(
    ("noun", "emoji"),
    [("rhino", "🦏"), ("hippo", "🦛"), ("ladybug", "🐞"), ("toad", "🐸"), ("sleigh", "🛷")],
)
def test_another_name_of_the_same_thing_is_exact(noun: str, emoji: str) -> None:
    """A WordNet synonym with art is the thing itself ("rhino" is the rhinoceros)."""
    choice = resolve_art(noun)
    assert (choice.emoji, choice.exact) == (emoji, True)


def test_a_chosen_stand_in_beats_a_name_match() -> None:
    """The related table's pick for the noun itself beats a CLDR name that merely ends in it: a lamp is
    not a diya lamp, a box not a bento box."""
    assert resolve_art("lamp").emoji == "💡"
    assert resolve_art("box").emoji == "📦"


@pytest.mark.parametrize(
    ("noun", "emoji", "kin"),
    [("hare", "🐇", "leporid"), ("cello", "🎻", "stringed instrument"), ("alligator", "🐊", "crocodilian")],
)
def test_near_kin_stand_in_and_say_so(noun: str, emoji: str, kin: str) -> None:
    """Without art of its own or of an ancestor, a living thing or instrument is drawn as its nearest kin
    under a narrow class, and the note names that class."""
    choice = resolve_art(noun)
    assert choice.emoji == emoji and not choice.exact
    assert choice.via is not None and kin in choice.via and noun in choice.via


@pytest.mark.parametrize("noun", ["cello", "screw", "wallet", "candlestick", "colander"])
def test_broad_classes_do_not_stand_in(noun: str) -> None:
    """A device is not drawn as a phone, a container not as a jar."""
    assert resolve_art(noun).emoji not in ("📱", "🫙")


def test_kin_are_not_drawn_for_artifacts() -> None:
    """Artifacts of one class share a use, not a shape: a seesaw is not drawn as a kite."""
    assert resolve_art("seesaw").emoji != "🪁"
    assert resolve_art("dock").emoji != "🔥"


def test_a_lighthouse_is_drawn_in_code_not_as_a_landmark() -> None:
    """No emoji draws a lighthouse; the nearest ancestor's art is Tokyo Tower, a landmark of its own."""
    choice = resolve_art("lighthouse")
    assert choice.furniture == "lighthouse" and choice.emoji != "🗼"
    png = BuiltinRenderer().render(
        Plan(
            prompt="a lighthouse",
            canvas={"width": 128, "height": 128},
            elements=[Element(id="e1", noun="lighthouse", box=(0.3, 0.1, 0.7, 0.9))],
        ),
        RenderOptions(width=128, height=128),
    )
    assert png.data[:8] == b"\x89PNG\r\n\x1a\n"


def _drawn(noun: str, color: str | None = None) -> np.ndarray:
    """``noun`` alone, filling most of a 240×120 canvas with a plain backdrop, as RGB pixels."""
    attributes = {"color": color} if color else {}
    plan = Plan(
        prompt=noun,
        canvas={"width": 240, "height": 120, "background": {"color": "#ffffff"}},
        elements=[Element(id="e1", noun=noun, attributes=attributes, box=(0.1, 0.2, 0.9, 0.9))],
    )
    png = BuiltinRenderer().render(plan, RenderOptions(width=240, height=120, seed=1))
    return np.asarray(Image.open(io.BytesIO(png.data)).convert("RGB")).astype(int)


def _runs(row: np.ndarray) -> int:
    """How many separate stretches of drawn (non-white) pixels one scanline crosses."""
    ink = (np.abs(row - 255).sum(axis=1) > 60).astype(int)
    return int(((ink[1:] == 1) & (ink[:-1] == 0)).sum() + ink[0])


@pytest.mark.parametrize("noun", ["fence", "picket fence", "gate", "railing", "hedge", "wall", "brick wall"])
def test_boundaries_are_drawn_in_code_not_as_a_neutral_square(noun: str) -> None:
    """No emoji draws a fence, gate, railing, hedge or wall: they were a neutral white square."""
    choice = resolve_art(noun)
    assert choice.furniture is not None and choice.via is not None and "renderer" in choice.via


@pytest.mark.parametrize("noun", ["fence", "gate", "railing"])
def test_fences_gates_and_railings_show_the_backdrop_between_their_boards(noun: str) -> None:
    pixels = _drawn(noun, "brown")
    # A scanline between the rails crosses many separate boards or bars (a box would be one run).
    assert max(_runs(pixels[y]) for y in range(50, 70)) >= 5


def test_a_hedge_is_green_with_a_scalloped_top_and_a_brick_wall_has_courses() -> None:
    hedge = _drawn("hedge")
    inked = np.abs(hedge - 255).sum(axis=2) > 60
    assert (hedge[inked][:, 1] > hedge[inked][:, 0]).mean() > 0.8  # green by default
    tops = [int(np.argmax(inked[:, x])) for x in range(40, 200) if inked[:, x].any()]
    assert max(tops) - min(tops) >= 4  # bumps, not a flat edge
    wall = _drawn("brick wall")
    column = wall[:, 120]
    dark = (column.sum(axis=1) < 300).astype(int)  # mortar lines are a darker shade of the brick
    assert int(((dark[1:] == 1) & (dark[:-1] == 0)).sum()) >= 3
