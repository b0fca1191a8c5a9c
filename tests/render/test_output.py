"""Formats, sizes, RGB output and errors."""

from __future__ import annotations

import io

import numpy as np
import pytest
from PIL import Image

from limner.errors import RenderError
from limner.render.base import RenderedImage, Renderer, RenderOptions
from limner.render.builtin import BuiltinRenderer
from limner.render.encode import encode, pack_rgb
from limner.render.registry import default_registry

from .plans import banner_plan, grid_plan

MAGIC = {"png": b"\x89PNG\r\n\x1a\n", "jpeg": b"\xff\xd8\xff", "webp": b"RIFF"}


@pytest.fixture(scope="module")
def renderer() -> BuiltinRenderer:
    return BuiltinRenderer()


def test_is_a_renderer_in_the_registry() -> None:
    builtin = default_registry().get("builtin")
    assert isinstance(builtin, Renderer)
    assert isinstance(builtin, BuiltinRenderer)
    assert (builtin.name, builtin.version) == ("builtin", "1")


@pytest.mark.parametrize("fmt", ["png", "jpeg", "webp"])
@pytest.mark.parametrize("size", [(512, 512), (1024, 576), (300, 701)])
def test_format_and_size(renderer: BuiltinRenderer, fmt: str, size: tuple[int, int]) -> None:
    width, height = size
    image = renderer.render(banner_plan(), RenderOptions(width=width, height=height, output_format=fmt))  # type: ignore[arg-type]
    assert isinstance(image, RenderedImage)
    assert (image.width, image.height, image.format) == (width, height, fmt)
    assert image.data.startswith(MAGIC[fmt])
    if fmt == "webp":
        assert image.data[8:12] == b"WEBP"
    with Image.open(io.BytesIO(image.data)) as decoded:
        assert decoded.size == (width, height)
        assert decoded.mode == "RGB"
        assert decoded.format == fmt.upper()
    assert image.media_type == f"image/{fmt}"


def test_default_size_is_the_plan_canvas(renderer: BuiltinRenderer) -> None:
    image = renderer.render(banner_plan(), RenderOptions())
    assert (image.width, image.height) == (1024, 576)


def test_jpeg_quality_is_honoured(renderer: BuiltinRenderer) -> None:
    plan = banner_plan()
    low = renderer.render(plan, RenderOptions(output_format="jpeg", quality=20))
    high = renderer.render(plan, RenderOptions(output_format="jpeg", quality=95))
    assert len(low.data) < len(high.data)


def test_png_is_lossless(renderer: BuiltinRenderer) -> None:
    plan = grid_plan([("apple", "red"), ("car", "blue")], columns=2, width=256, height=128)
    png = renderer.render(plan, RenderOptions())
    webp = renderer.render(plan, RenderOptions(output_format="webp", quality=100))
    with Image.open(io.BytesIO(png.data)) as a, Image.open(io.BytesIO(webp.data)) as b:
        assert np.abs(np.asarray(a, np.int16) - np.asarray(b.convert("RGB"), np.int16)).mean() < 3


@pytest.mark.parametrize("shape", [(4, 4), (3, 5), (17, 31), (64, 48), (777, 1000), (1024, 1024)])
def test_pack_rgb_matches_slicing(shape: tuple[int, int]) -> None:
    rng = np.random.default_rng(1)
    rgba = rng.integers(0, 256, (*shape, 4), dtype=np.uint8)
    packed = pack_rgb(rgba)
    assert packed.shape == (*shape, 3)
    assert np.array_equal(packed, rgba[..., :3])
    with Image.open(io.BytesIO(encode(rgba, "png"))) as decoded:
        assert np.array_equal(np.asarray(decoded), rgba[..., :3])


def test_pack_rgb_falls_back_to_pillows_public_packer(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without the one-piece encoder call (another Pillow), ``tobytes`` packs the same bytes."""
    rgba = np.random.default_rng(2).integers(0, 256, (300, 200, 4), dtype=np.uint8)

    real = Image._getencoder

    def other_pillow(mode: str, name: str, args: object, *more: object) -> object:
        if args == ("RGB", 0, 1):  # the one-piece call: refused, as by a Pillow without it
            raise TypeError("this Pillow takes other arguments")
        return real(mode, name, args, *more)  # tobytes' own call

    monkeypatch.setattr(Image, "_getencoder", other_pillow)
    assert np.array_equal(pack_rgb(rgba), rgba[..., :3])


def test_bad_format_and_buffer_raise_render_error() -> None:
    rgba = np.zeros((4, 4, 4), np.uint8)
    with pytest.raises(RenderError):
        encode(rgba, "gif")
    with pytest.raises(RenderError):
        encode(np.zeros((4, 4, 3), np.uint8), "png")


def test_many_sizes_reuse_buffers_correctly(renderer: BuiltinRenderer) -> None:
    plan = banner_plan()
    first = renderer.render(plan, RenderOptions(width=320, height=180)).data
    for width, height in [(640, 360), (128, 128), (1000, 17), (333, 444), (640, 360)]:
        renderer.render(plan, RenderOptions(width=width, height=height))
    assert renderer.render(plan, RenderOptions(width=320, height=180)).data == first


def test_oversized_canvas_is_a_render_error(renderer: BuiltinRenderer) -> None:
    with pytest.raises(RenderError):
        renderer.render(banner_plan(), RenderOptions(width=5000, height=100))


def test_unknown_colour_word_is_noted(renderer: BuiltinRenderer) -> None:
    plan = grid_plan([("apple", "mauvish"), ("car", "light blue")], columns=2, width=256, height=128)
    notes = renderer.render(plan, RenderOptions()).notes
    assert any("'mauvish'" in n and "not understood" in n for n in notes)
    assert not any("light blue" in n for n in notes)
