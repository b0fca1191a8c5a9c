"""Text in its box: wrapping, shrinking (reported), alignment by direction, contrast, emoji."""

from __future__ import annotations

import numpy as np
import pytest

from limner.render.builtin.colors import parse_hex
from limner.render.builtin.contrast import MIN_CONTRAST, contrast_ratio, readable_on

from .helpers import box_pixels, ink_mask, render, text_plan

LONG = "The quick brown fox jumps over the lazy dog while the band plays on and on " * 3


@pytest.mark.parametrize(
    ("content", "script", "language"),
    [
        (LONG, "Latn", "en"),
        ("ประเทศไทยมีวัฒนธรรมที่งดงามและอาหารที่อร่อยมากมายหลายชนิด" * 2, "Thai", "th"),
        ("今日はとても良い天気ですね。明日も晴れるでしょう。" * 3, "Jpan", "ja"),
        ("مكتبة المدينة الكبيرة تفتح أبوابها للزوار كل يوم " * 3, "Arab", "ar"),
        ("Supercalifragilisticexpialidocious" * 6, "Latn", "en"),
    ],
)
def test_text_never_leaves_its_box(content: str, script: str, language: str) -> None:
    plan = text_plan(content, (0.2, 0.3, 0.6, 0.6), script=script, language=language)
    ink = ink_mask(plan)
    x0, y0, x1, y1 = box_pixels(plan)
    assert ink[y0:y1, x0:x1].sum() > 200
    outside = ink.copy()
    outside[y0:y1, x0:x1] = False
    assert not outside.any()


def test_shrinking_is_reported_and_bounded() -> None:
    image, _ = render(text_plan(LONG, (0.05, 0.3, 0.95, 0.6)))
    assert any("shrunk" in note for note in image.notes), image.notes
    short, _ = render(text_plan("Hi", (0.05, 0.3, 0.95, 0.6)))
    assert not any("shrunk" in note for note in short.notes)
    tiny, _ = render(text_plan(LONG * 4, (0.4, 0.45, 0.6, 0.55)))
    assert any("clipped" in note for note in tiny.notes), tiny.notes


def _ink_columns(plan_align: str, content: str, script: str, language: str) -> tuple[int, int]:
    plan = text_plan(content, (0.05, 0.2, 0.95, 0.8), script=script, language=language,
                     attributes={"align": plan_align})  # fmt: skip
    cols = np.flatnonzero(ink_mask(plan).any(axis=0))
    return int(cols[0]), int(cols[-1])


def test_alignment_start_and_end_respect_direction() -> None:
    left, right = _ink_columns("start", "Hello", "Latn", "en")
    assert left < 60 and right < 250
    left, right = _ink_columns("end", "Hello", "Latn", "en")
    assert right > 340 and left > 150
    left, right = _ink_columns("start", "مرحبا", "Arab", "ar")  # start is the right edge in Arabic
    assert right > 340 and left > 150
    left, right = _ink_columns("end", "שלום", "Hebr", "he")
    assert left < 60
    left, right = _ink_columns("center", "Hello", "Latn", "en")
    assert abs((left + right) / 2 - 200) < 12


@pytest.mark.parametrize("background", ["#ffffff", "#000000", "#1e88e5", "#777777", "#ff0000", "#2e7d32"])
def test_automatic_text_colour_meets_wcag_aa(background: str) -> None:
    plan = text_plan("Readable", background=background)
    ink = ink_mask(plan)
    _, pixels = render(plan)
    bg = parse_hex(background)
    assert bg is not None
    # The solid core of the glyphs (most changed pixels) carries the chosen colour.
    core = pixels[ink]
    darkest_change = core[np.argmax(np.abs(core.astype(int) - np.array(bg)).sum(axis=1))]
    color = (int(darkest_change[0]), int(darkest_change[1]), int(darkest_change[2]))
    assert contrast_ratio(color, bg) >= MIN_CONTRAST
    assert contrast_ratio(readable_on(bg), bg) >= MIN_CONTRAST


def test_fixed_low_contrast_colour_is_kept_and_outlined() -> None:
    plan = text_plan("Yellow", background="#ffffff", attributes={"color": "yellow"})
    image, pixels = render(plan)
    assert any("outlined" in note for note in image.notes)
    ink = ink_mask(plan)
    colours = pixels[ink].astype(int)
    yellowish = (colours[:, 0] > 200) & (colours[:, 1] > 160) & (colours[:, 2] < 90)
    dark = colours.sum(axis=1) < 150
    assert yellowish.sum() > 50 and dark.sum() > 50


def test_emoji_and_mixed_scripts_draw_every_glyph() -> None:
    image, _ = render(text_plan("Sale 🎉 Ωμέγα 👍🏽 Привет مرحبا 東京", (0.02, 0.1, 0.98, 0.9), width=800))
    assert not any("no installed font" in note for note in image.notes), image.notes


def test_contrast_ratio_matches_wcag_reference_values() -> None:
    assert contrast_ratio((0, 0, 0), (255, 255, 255)) == pytest.approx(21.0)
    assert contrast_ratio((119, 119, 119), (255, 255, 255)) == pytest.approx(4.48, abs=0.01)


def test_vertical_cjk_sets_columns_right_to_left_inside_the_box() -> None:
    text = "今日は「いい天気」ですね。明日も晴れるでしょう。"
    box = (0.3, 0.05, 0.7, 0.95)
    plan = text_plan(
        text, box, script="Jpan", language="ja", attributes={"vertical": True}, width=300, height=400
    )
    ink = ink_mask(plan)
    x0, y0, x1, y1 = box_pixels(plan)
    outside = ink.copy()
    outside[y0:y1, x0:x1] = False
    assert ink.sum() > 500 and not outside.any()
    rows, cols = np.nonzero(ink)
    assert rows.max() - rows.min() > 2 * (cols.max() - cols.min())  # tall columns, not lines
    # The first column (right) is full; the last (left) holds only the end of the text.
    middle = (cols.min() + cols.max()) / 2
    assert (
        rows[cols > middle].max() - rows[cols > middle].min()
        > rows[cols < middle].max() - rows[cols < middle].min()
    )
    horizontal = ink_mask(text_plan(text, box, script="Jpan", language="ja", width=300, height=400))
    assert not np.array_equal(ink, horizontal)
