"""Text stays inside its box, shrinks to fit, shapes complex scripts."""

from __future__ import annotations

import numpy as np
import numpy.typing as npt
import pytest

from limner.plan.model import Background, Canvas, Element, Plan
from limner.render.base import RenderOptions
from limner.render.builtin import BuiltinRenderer
from limner.render.builtin.fonts import CJK_FACES, available, choose_font_file, is_rtl
from limner.render.builtin.runs import itemize
from limner.render.builtin.text import ShapeKey, layout_text, shape, tokenize, underlay

from .conformance import decode, pixel_box
from .plans import text_element

BG = "#f4efe6"


@pytest.fixture(scope="module")
def renderer() -> BuiltinRenderer:
    return BuiltinRenderer()


def plan_with(*elements: Element, width: int = 800, height: int = 450, background: str = BG) -> Plan:
    return Plan(
        canvas=Canvas(width=width, height=height, background=Background(color=background)),
        elements=list(elements),
    )


def ink_outside_and_inside(
    renderer: BuiltinRenderer, element: Element, locale: str | None = None
) -> tuple[int, int, tuple[str, ...]]:
    """Pixels changed by drawing ``element`` outside and inside its box (against the same plan without it)."""
    options = RenderOptions(locale=locale)
    with_text = renderer.render(plan_with(element), options)
    without = decode(renderer.render(plan_with(), options).data)
    drawn = decode(with_text.data)
    changed = np.any(drawn != without, axis=2)
    height, width = changed.shape
    x0, y0, x1, y1 = pixel_box(element.box, width, height)
    inside = np.zeros_like(changed)
    inside[y0:y1, x0:x1] = True
    return int((changed & ~inside).sum()), int((changed & inside).sum()), with_text.notes


CASES = [
    ("Frische Äpfel", "Latn", "de"),
    ("Привет, мир", "Cyrl", "ru"),
    ("مرحبا بالعالم", "Arab", "ar"),
    ("नमस्ते दुनिया", "Deva", "hi"),
    ("שלום עולם", "Hebr", "he"),
    ("สวัสดีชาวโลก", "Thai", "th"),
]


@pytest.mark.parametrize(("content", "script", "language"), CASES)
def test_text_inks_only_inside_its_box(
    renderer: BuiltinRenderer, content: str, script: str, language: str
) -> None:
    element = text_element("t1", content, (0.2, 0.3, 0.7, 0.5), script=script, language=language)
    outside, inside, notes = ink_outside_and_inside(renderer, element)
    assert outside == 0
    assert inside > 500
    assert not any("no installed font" in n for n in notes)


def test_long_text_shrinks_wraps_and_stays_inside(renderer: BuiltinRenderer) -> None:
    content = " ".join(["Fresh apples and pears from the orchard, picked this morning."] * 4)
    element = text_element("t1", content, (0.1, 0.1, 0.5, 0.3), role="caption")
    outside, inside, notes = ink_outside_and_inside(renderer, element)
    assert outside == 0 and inside > 500
    assert any("shrunk" in n and "'t1'" in n for n in notes)


def test_short_text_is_not_shrunk(renderer: BuiltinRenderer) -> None:
    element = text_element("t1", "SALE", (0.1, 0.1, 0.9, 0.3))
    _, _, notes = ink_outside_and_inside(renderer, element)
    assert not notes


def test_unfittable_text_is_clipped_never_overflows(renderer: BuiltinRenderer) -> None:
    element = text_element("t1", "Supercalifragilisticexpialidocious " * 30, (0.45, 0.45, 0.52, 0.5))
    outside, _, notes = ink_outside_and_inside(renderer, element)
    assert outside == 0
    assert any("clipped" in n for n in notes)


def test_cjk_tokens_break_between_characters() -> None:
    assert tokenize("新鲜苹果。今天") == [("新", False), ("鲜", False), ("苹", False), ("果。", False),
                                      ("今", False), ("天", False)]  # fmt: skip
    assert tokenize("iPhone 15 発売") == [("iPhone", False), ("15", True), ("発", True), ("売", False)]


@pytest.mark.parametrize(
    ("content", "script", "language"),
    [
        ("新鲜苹果每天特价，欢迎光临本店", "Hani", "zh"),
        ("今日は新鮮なりんごが安い", "Jpan", "ja"),
        ("신선한 사과", "Kore", "ko"),
    ],
)
def test_cjk_renders_inside_its_box(
    renderer: BuiltinRenderer, content: str, script: str, language: str
) -> None:
    element = text_element("t1", content, (0.2, 0.3, 0.5, 0.6), script=script, language=language)
    outside, inside, notes = ink_outside_and_inside(renderer, element)
    assert outside == 0 and inside > 300
    if available(CJK_FACES["SC"]):  # Noto Sans CJK is optional (noto-cjk-sans-otc)
        assert not any("no installed font" in n for n in notes)
    else:
        assert any("no installed font" in n for n in notes)


def test_mixed_scripts_fall_back_per_character(renderer: BuiltinRenderer) -> None:
    element = text_element("t1", "خصم 50% على iPhone", (0.1, 0.3, 0.9, 0.5), script="Arab", language="ar")
    outside, inside, notes = ink_outside_and_inside(renderer, element)
    assert outside == 0 and inside > 500 and not notes
    runs = itemize("خصم 50% على iPhone", "Arab", True)
    assert runs[0].text.strip() == "iPhone"  # visual order: the Latin word is leftmost
    assert any("Arabic" in r.file and r.rtl for r in runs) and any(not r.rtl for r in runs)
    emoji = itemize("apples 🍎 now", "Latn", False)
    assert [r.file for r in emoji][1].startswith("NotoEmoji") and emoji[1].text == "🍎"


def test_locale_uses_localized_content(renderer: BuiltinRenderer) -> None:
    element = text_element("t1", "Fresh apples", (0.1, 0.1, 0.9, 0.4), localized={"ar": "تفاح طازج"})
    plan = plan_with(element)
    plain = renderer.render(plan, RenderOptions()).data
    arabic = renderer.render(plan, RenderOptions(locale="ar")).data
    assert plain != arabic
    assert renderer.render(plan, RenderOptions(locale="ja")).data == plain


def text_ink(renderer: BuiltinRenderer, element: Element, background: str) -> npt.NDArray[np.uint8]:
    """The pixels ``element`` changed, against the same plan drawn without it."""
    drawn = decode(renderer.render(plan_with(element, background=background), RenderOptions()).data)
    without = decode(renderer.render(plan_with(background=background), RenderOptions()).data)
    changed = np.abs(drawn.astype(int) - without.astype(int)).sum(axis=2) > 60
    ink: npt.NDArray[np.uint8] = drawn[changed]
    return ink


def test_colour_attribute_and_automatic_contrast(renderer: BuiltinRenderer) -> None:
    box = (0.1, 0.1, 0.9, 0.9)
    # WCAG 2: on mid blue #1e88e5 black reaches 5.7:1, white only 3.7:1.
    for background, expected_dark in (("#101010", False), ("#f0f0f0", True), ("#1e88e5", True)):
        ink = text_ink(renderer, text_element("t1", "Hello", box), background)
        assert len(ink) > 1000
        assert (ink.mean() < 128) == expected_dark
    ink = text_ink(renderer, text_element("t1", "Hello", box, color="red"), BG).astype(int)
    assert len(ink) > 1000
    assert np.median(ink[:, 0] - ink[:, 1]) > 80 and np.median(ink[:, 0] - ink[:, 2]) > 80


def test_rtl_shaping_is_visual_order() -> None:
    assert is_rtl("Arab", "مرحبا") and is_rtl("Latn", "مرحبا") and not is_rtl("Latn", "Hello")
    file, missing = choose_font_file("مرحبا", "Arab")
    assert "Arabic" in file and missing == 0
    word = "سلام"
    rtl = shape(ShapeKey(file, 500, word, True, "Arab", "ar"))
    ltr = shape(ShapeKey(file, 500, word, False, "Arab", "ar"))
    assert rtl.glyphs == tuple(reversed(ltr.glyphs)) or rtl.glyphs != ltr.glyphs
    assert rtl.missing == 0


def test_devanagari_is_shaped_with_conjuncts() -> None:
    file, _ = choose_font_file("नमस्ते", "Deva")
    assert "Devanagari" in file
    shaped = shape(ShapeKey(file, 500, "नमस्ते", False, "Deva", "hi"))
    assert 0 < len(shaped.glyphs) < len("नमस्ते")  # the conjunct स्त and vowel sign merge


def test_layout_shrinks_monotonically() -> None:
    tokens = tokenize("alpha beta gamma delta")
    assert tokens == [("alpha", False), ("beta", True), ("gamma", True), ("delta", True)]
    measure = dict.fromkeys([t for t, _ in tokens], 2.5)
    big = layout_text([tokens], measure, 0.3, 1.4, 1000.0, 100.0)
    small = layout_text([tokens], measure, 0.3, 1.4, 200.0, 100.0)
    assert big.size == pytest.approx(big.preferred)
    assert small.size < big.size and len(small.lines) >= 1 and not small.clipped
    assert len(small.lines) * 1.4 * small.size <= 100.0 + 1e-6


def test_busy_regions_get_a_calm_backing() -> None:
    calm = np.full((60, 60, 4), 200, np.uint8)
    stripes = calm.copy()
    stripes[::4] = 0
    stripes[1::4] = 0
    assert not underlay(calm, (0, 0, 60, 60)).busy
    busy = underlay(stripes, (0, 0, 60, 60))
    assert busy.busy and busy.backing == (200, 200, 200)


def test_text_over_art_stays_legible(renderer: BuiltinRenderer) -> None:
    zebra = Element(id="e1", noun="zebra", box=(0.1, 0.1, 0.9, 0.9), z=0)
    label = text_element("t1", "ZEBRA", (0.3, 0.4, 0.7, 0.6), role="label")
    image = decode(renderer.render(plan_with(zebra, label), RenderOptions()).data)
    x0, y0, x1, y1 = pixel_box(label.box, image.shape[1], image.shape[0])
    region = image[y0:y1, x0:x1].astype(int).sum(axis=2)
    dark, light = (region < 150).mean(), (region > 500).mean()
    assert dark > 0.05 and light > 0.4  # dark glyphs on a light backing
