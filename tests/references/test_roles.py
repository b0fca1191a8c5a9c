"""Rendering by role: mattes for placed references, palettes for style, covers for background."""

from __future__ import annotations

import numpy as np
from PIL import Image

from limner.plan.model import Background, Canvas, Element, Plan, ReferenceUse
from limner.render.base import RenderOptions
from limner.render.builtin import BuiltinRenderer
from limner.render.builtin.matte import background_color, matte
from limner.render.builtin.palette import apply_palette, extract_palette

from .images import decode, encode, product


def rgba(image: Image.Image) -> np.ndarray:
    return np.asarray(image.convert("RGBA")).copy()


def test_plain_background_is_matted_and_enclosed_light_areas_stay() -> None:
    picture = product()
    alpha = matte(rgba(picture))[..., 3]
    assert alpha[0, 0] == 0 and alpha[-1, -1] == 0 and alpha[5, 100] == 0
    label_y = int(260 * 0.57)
    assert alpha[label_y, 100] == 255  # the cream label inside the bottle is kept
    assert alpha[200, 100] == 255


def test_jpeg_noise_and_coloured_backgrounds_are_matted() -> None:
    noisy = Image.open(
        __import__("io").BytesIO(encode(product(background=(90, 160, 90)), "JPEG", quality=70))
    )
    alpha = matte(rgba(noisy))[..., 3]
    assert (alpha[:, :20] == 0).mean() > 0.95
    assert alpha[200, 100] == 255


def test_busy_backgrounds_and_swatches_are_kept_whole() -> None:
    rng = np.random.default_rng(1)
    busy = rng.integers(0, 256, (120, 160, 3), dtype=np.uint8)
    assert background_color(busy) is None
    assert (matte(rgba(Image.fromarray(busy)))[..., 3] == 255).all()
    swatch = Image.new("RGB", (50, 50), (10, 200, 10))
    assert (matte(rgba(swatch))[..., 3] == 255).all()


def test_existing_alpha_is_kept() -> None:
    image = Image.new("RGBA", (40, 40), (255, 255, 255, 0))
    image.paste((200, 0, 0, 255), (10, 10, 30, 30))
    out = matte(rgba(image))
    assert out[0, 0, 3] == 0 and out[20, 20, 3] == 255


def test_the_matted_subject_sits_on_the_scene_background() -> None:
    plan = Plan(
        canvas=Canvas(width=400, height=400, background=Background(color="#204080")),
        references=[ReferenceUse(id="ref_p", role="product")],
        elements=[Element(id="e1", noun="bottle", reference_id="ref_p", box=(0.1, 0.1, 0.6, 0.8))],
    )
    image = decode(
        BuiltinRenderer().render(plan, RenderOptions(references={"ref_p": encode(product())})).data
    )
    corner = image[50, 95]  # inside the fitted picture's corner: the picture's white is gone
    assert tuple(corner) == (0x20, 0x40, 0x80)


def bands() -> Image.Image:
    image = Image.new("RGB", (100, 100), (30, 90, 40))  # 60 % green
    image.paste((220, 120, 30), (0, 60, 100, 85))  # 25 % orange
    image.paste((240, 230, 210), (0, 85, 100, 100))  # 15 % cream
    return image


def test_style_palette_sets_background_and_uncoloured_art() -> None:
    palette = extract_palette(encode(bands()))
    assert palette[0] == (30, 90, 40) and set(palette[1:3]) == {(220, 120, 30), (240, 230, 210)}
    plan = Plan(
        elements=[
            Element(id="e1", noun="apple", box=(0.1, 0.1, 0.3, 0.3)),
            Element(id="e2", noun="cup", attributes={"color": "blue"}, box=(0.5, 0.5, 0.7, 0.7)),
        ]
    )
    styled = apply_palette(plan, palette)
    assert styled.canvas.background.color == "#1e5a28"
    assert styled.elements[0].attributes["hex"] == "#dc781e"
    assert "hex" not in styled.elements[1].attributes  # the prompt's colour wins
    rendered = BuiltinRenderer().render(
        plan.model_copy(update={"references": [ReferenceUse(id="ref_s", role="style")]}),
        RenderOptions(width=200, height=200, references={"ref_s": encode(bands())}),
    )
    assert tuple(decode(rendered.data)[5, 5]) == (30, 90, 40)


def test_background_reference_covers_the_canvas() -> None:
    gradient = np.zeros((100, 200, 3), np.uint8)
    gradient[..., 0] = np.linspace(0, 255, 200, dtype=np.uint8)[None, :]
    gradient[..., 2] = 120
    plan = Plan(
        canvas=Canvas(width=300, height=300),
        references=[ReferenceUse(id="ref_b", role="background")],
    )
    image = decode(
        BuiltinRenderer()
        .render(plan, RenderOptions(references={"ref_b": encode(Image.fromarray(gradient))}))
        .data
    )
    assert (np.abs(image[..., 2].astype(int) - 120) <= 2).all()  # every pixel comes from the picture
    # covered: the 2:1 picture is scaled to 600x300 and its middle half shows
    assert 60 <= image[150, 0, 0] <= 70 and 185 <= image[150, 299, 0] <= 195
