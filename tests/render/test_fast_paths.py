"""The renderer's fast paths against the slower drawings they replaced (issue #18).

- Art sprites: art drawn once into its own small buffer and blitted (kept per art, placement and
  canvas transform, so a template drawn again replays no paths) differs from the art's paths drawn
  straight onto the canvas only where its own shapes' anti-aliased edges overlap (CHANGELOG).
- Halos: the numpy dilation is exactly skia's ``Dilate`` filter, and a halo drawn through it differs
  from the old layer-filter halo by a few levels of rounding at most (CHANGELOG, render speed).
- Text underlay: the one-colour shortcut gives the same statistics (so the same contrast decisions)
  as the full percentile analysis.
- Encoders: packing RGBA through Pillow gives the same PNG bytes, and JPEG/WebP read the buffer
  in place.
"""

from __future__ import annotations

import io

import numpy as np
import pytest
import skia
from PIL import Image

from limner.assets.art import resolve_art
from limner.render.builtin.art import Look, load_art, paint_art, place
from limner.render.builtin.background import draw_background, fill_rows
from limner.render.builtin.halo import Sprite, dilate, plain_sprite, trimmed
from limner.render.builtin.memo import Lru
from limner.render.builtin.text import underlay
from limner.render.encode import encode, rgb_image

from .plans import banner_plan

RGBA = skia.ColorType.kRGBA_8888_ColorType
PREMUL = skia.AlphaType.kPremul_AlphaType


def _surface(pixels: np.ndarray) -> skia.Surface:
    return skia.Surface(pixels, RGBA, PREMUL)


def _art_pixels(noun: str, side: int, scale: float) -> np.ndarray:
    pixels = np.zeros((side, side, 4), np.uint8)
    surface = _surface(pixels)
    canvas = surface.getCanvas()
    canvas.translate(7.3, 5.6)
    canvas.scale(scale, scale)
    canvas.drawPicture(load_art(resolve_art(noun).file, None).picture)
    del canvas, surface
    return pixels


@pytest.mark.parametrize("radius", [1.0, 1.6, 2.5, 4.096])
def test_dilate_is_skias_dilate_filter(radius: float) -> None:
    art = _art_pixels("banana", 160, 2.0)
    out = np.zeros_like(art)
    surface = _surface(out)
    canvas = surface.getCanvas()
    image = skia.Image.fromarray(art, RGBA, PREMUL)
    canvas.drawImage(
        image, 0, 0, skia.SamplingOptions(), skia.Paint(ImageFilter=skia.ImageFilters.Dilate(radius, radius))
    )
    del canvas, surface
    assert np.array_equal(dilate(art, int(radius + 0.5)), out)


def test_dilate_of_tiny_buffers_keeps_their_shape() -> None:
    pixels = np.zeros((1, 3, 4), np.uint8)
    pixels[0, 1] = 255
    assert dilate(pixels, 4).tolist() == [[[255] * 4] * 3]


def _painted(
    noun: str,
    look: Look,
    box: tuple[float, float, float, float],
    unit: float = 1.0,
    vector: bool = False,
    memo: Lru[Sprite | None] | None = None,
    backdrop: tuple[int, int, int] = (236, 232, 224),
) -> np.ndarray:
    """``noun``'s art painted by ``paint_art`` in ``box`` of a 400² canvas of ``backdrop``."""
    art = load_art(resolve_art(noun).file, None)
    pixels = np.zeros((400, 400, 4), np.uint8)
    surface = _surface(pixels)
    canvas = surface.getCanvas()
    canvas.clear(skia.Color(*backdrop))
    paint_art(canvas, art, place(art, box, look), look, unit, vector, memo)
    surface.flushAndSubmit()
    del canvas, surface
    return pixels.astype(np.int16)


def _haloed(vector: bool, box: tuple[float, float, float, float], unit: float) -> np.ndarray:
    return _painted("cup", Look(halo=(120, 98, 60)), box, unit, vector)


#: Boxes inside the canvas and across two of its edges.
BOXES = pytest.mark.parametrize(
    "box",
    [(40.3, 60.7, 220.1, 240.9), (300.5, -30.2, 450.0, 120.0), (-20.0, 250.0, 90.0, 410.0)],
    ids=["inside", "off-top-right", "off-bottom-left"],
)


@BOXES
@pytest.mark.parametrize("unit", [1.0, 2.048, 4.096])
def test_halo_matches_the_layer_filter_within_rounding(
    box: tuple[float, float, float, float], unit: float
) -> None:
    old = _haloed(True, box, unit)  # the skia layer filter (still what SVG output records)
    new = _haloed(False, box, unit)
    diff = np.abs(old - new)
    assert diff.max() <= 4
    assert (diff.max(axis=2) > 0).mean() < 0.02
    ring = np.all(new[..., :3] == (120, 98, 60), axis=2)
    assert ring.sum() > 20  # the halo is there, in its colour


def _plain(memo: Lru[Sprite | None] | None, box: tuple[float, float, float, float]) -> np.ndarray:
    return _painted("banana", Look(), box, memo=memo, backdrop=(244, 239, 230))


@BOXES
def test_art_sprites_match_the_direct_drawing_within_rounding(box: tuple[float, float, float, float]) -> None:
    memo: Lru[Sprite | None] = Lru(4)
    direct = _plain(None, box)
    sprite = _plain(memo, box)
    assert len(memo) == 1
    diff = np.abs(direct - sprite)
    assert diff.max() <= 40  # anti-aliased edges where two of the art's shapes overlap
    assert (diff.max(axis=2) > 0).mean() < 0.02
    assert (direct != (244, 239, 230, 255)).any(axis=2).sum() > 500  # the art is drawn
    assert np.array_equal(_plain(memo, box), sprite)  # drawn again from the memo: the same bytes


def test_art_too_big_to_keep_is_drawn_directly() -> None:
    memo: Lru[Sprite | None] = Lru(4)
    box = (-200.0, -200.0, 600.0, 600.0)  # 800 px square: over SPRITE_KEEP_BYTES as a sprite
    assert np.array_equal(_plain(memo, box), _plain(None, box))
    assert len(memo) == 0


def test_flat_underlay_shortcut_gives_the_full_statistics() -> None:
    pixels = np.zeros((120, 300, 4), np.uint8)
    pixels[...] = (244, 239, 230, 255)
    rect = (10, 20, 290, 110)
    fast = underlay(pixels, rect)
    full = underlay(np.asfortranarray(pixels), rect)  # not C-contiguous: the full analysis
    assert fast == full
    assert fast.mean == (244, 239, 230) and not fast.busy


def test_busy_underlay_is_unchanged_by_the_shortcut() -> None:
    rng = np.random.default_rng(3)
    pixels = rng.integers(0, 256, (80, 200, 4), dtype=np.uint8)
    pixels[..., 3] = 255
    rect = (0, 0, 200, 80)
    assert underlay(pixels, rect) == underlay(np.asfortranarray(pixels), rect)
    assert underlay(pixels, rect).busy


@pytest.mark.parametrize("fmt", ["png", "jpeg", "webp"])
def test_encoders_match_the_copied_rgb_image(fmt: str) -> None:
    rng = np.random.default_rng(4)
    rgba = rng.integers(0, 256, (37, 53, 4), dtype=np.uint8)
    rgba[..., 3] = 255
    out = io.BytesIO()
    reference = rgb_image(rgba)
    if fmt == "png":
        with Image.open(io.BytesIO(encode(rgba, "png"))) as decoded:
            assert np.array_equal(np.asarray(decoded), rgba[..., :3])
        return
    if fmt == "jpeg":
        reference.save(out, "JPEG", quality=90, subsampling=0)
    else:
        reference.save(out, "WEBP", quality=90, method=2)
    assert encode(rgba, fmt, 90) == out.getvalue()


def test_a_renderers_memo_never_changes_its_output() -> None:
    from limner.render.base import RenderOptions
    from limner.render.builtin import BuiltinRenderer

    from .scenes import SCENES

    night, options = SCENES["night_snow"](), RenderOptions(seed=9)
    other = SCENES["kitchen"]()
    kept = BuiltinRenderer()
    first = kept.render(night, options).data
    kept.render(other, RenderOptions(seed=5))
    kept.render(night, RenderOptions(seed=9, width=640, height=480))
    assert kept.render(night, options).data == first == BuiltinRenderer().render(night, options).data


def test_lru_keeps_the_most_recently_used() -> None:
    from limner.render.builtin.memo import Lru

    table: Lru[int] = Lru(2)
    made: list[str] = []

    def make(key: str) -> int:
        made.append(key)
        return len(made)

    for key in ["a", "b", "a", "c", "a", "b"]:
        table.get(key, lambda key=key: make(key))
    assert made == ["a", "b", "c", "b"] and len(table) == 2


def test_typesetting_kept_by_a_renderer_draws_the_same_text() -> None:
    from limner.plan.model import Canvas, Plan
    from limner.render.base import RenderOptions
    from limner.render.builtin import BuiltinRenderer

    from .plans import banner_plan, scene_plan, text_element

    column = text_element("v", "縦書きのテキスト", (0.3, 0.1, 0.7, 0.9), script="Jpan", language="ja")
    vertical = Plan(
        canvas=Canvas(width=400, height=600),
        elements=[column.model_copy(update={"attributes": {"vertical": True}})],
    )
    sale = text_element("s", "Summer sale", (0.1, 0.1, 0.9, 0.4), localized={"fr": "Soldes d'été"})
    localized = Plan(canvas=Canvas(width=640, height=360), elements=[sale])
    cases = [
        (banner_plan(), RenderOptions(seed=3)),
        (scene_plan(), RenderOptions(seed=11)),
        (vertical, RenderOptions()),
        (localized, RenderOptions(locale="fr")),
        (localized, RenderOptions()),
        (banner_plan(), RenderOptions(seed=3, width=640, height=360)),
    ]
    kept = BuiltinRenderer()
    first = [kept.render(plan, options).data for plan, options in cases]
    again = [kept.render(plan, options).data for plan, options in cases]
    fresh = [BuiltinRenderer().render(plan, options).data for plan, options in cases]
    assert first == again == fresh
    assert first[3] != first[4]  # the locale picks other words, not the kept layout


def test_trimmed_sprite_draws_the_same_pixels_from_a_smaller_blit() -> None:
    target = np.zeros((60, 80, 4), np.uint8)
    canvas = _surface(target).getCanvas()
    ink = skia.Paint(AntiAlias=True, Color=skia.Color(200, 60, 40, 180))
    sprite = plain_sprite(
        canvas, skia.Rect.MakeLTRB(5, 4, 70, 55), lambda c: c.drawCircle(30.5, 25.3, 9.7, ink)
    )
    assert sprite is not None
    cut = trimmed(sprite)
    assert cut is not None and cut.pixels.shape[0] < sprite.pixels.shape[0]
    assert cut.pixels.shape[1] < sprite.pixels.shape[1]
    drawn = []
    for each in (sprite, cut):
        pixels = np.zeros((60, 80, 4), np.uint8)
        pixels[...] = (90, 140, 210, 255)
        each.draw(_surface(pixels).getCanvas())
        drawn.append(pixels)
    assert np.array_equal(drawn[0], drawn[1])
    assert trimmed(cut) is cut  # already tight
    blank = Sprite(np.zeros((4, 4, 4), np.uint8), sprite.image, 0, 0)
    assert trimmed(blank) is None  # nothing inked: nothing to draw


def test_fill_rows_writes_the_bytes_of_skias_clear_and_rectangle() -> None:
    above, below = (244, 239, 230), (236, 230, 219)
    drawn = np.zeros((50, 30, 4), np.uint8)
    canvas = _surface(drawn).getCanvas()
    canvas.clear(skia.Color(*above))
    canvas.drawRect(skia.Rect.MakeLTRB(0, 33, 30, 50), skia.Paint(Color=skia.Color(*below), AntiAlias=False))
    filled = np.zeros((50, 30, 4), np.uint8)
    assert fill_rows(filled, 33, above, below)
    assert np.array_equal(filled, drawn)
    strided = np.zeros((50, 60, 4), np.uint8)[:, ::2]
    assert not fill_rows(strided, 33, above, below)  # not contiguous: left to skia
    assert not strided.any()


def test_a_plain_backdrop_written_directly_matches_skias() -> None:
    plan = banner_plan()
    made = []
    for direct in (False, True):
        pixels = np.zeros((97, 64, 4), np.uint8)
        backdrop = draw_background(_surface(pixels).getCanvas(), plan, 64, 97, 5, pixels if direct else None)
        made.append((pixels, backdrop))
    assert np.array_equal(made[0][0], made[1][0]) and made[0][1] == made[1][1]
