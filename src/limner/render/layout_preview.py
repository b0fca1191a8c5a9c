"""The layout preview: a plan's boxes drawn flat, the first partial image of a streamed render.

Each element is a rectangle in its colour (a neutral grey when it has none) over the canvas
background colour, in draw order (ascending ``z``); text elements are outlined, not filled. It is
what the reasoner decided before anything is painted, so it costs milliseconds. Deterministic.
"""

from __future__ import annotations

import io

from PIL import Image, ImageDraw

from limner.plan.model import Plan
from limner.render.builtin.background import DEFAULT_BACKGROUND
from limner.render.builtin.colors import RGB, element_color, parse_hex
from limner.render.builtin.renderer import draw_order

NEUTRAL: RGB = (150, 150, 150)
OUTLINE: RGB = (60, 60, 60)


def layout_image(plan: Plan, width: int, height: int, *, transparent: bool = False) -> Image.Image:
    """The plan's boxes on its background colour (on nothing when ``transparent``), RGBA."""
    background = parse_hex(plan.canvas.background.color) or DEFAULT_BACKGROUND
    image = Image.new("RGBA", (width, height), (0, 0, 0, 0) if transparent else (*background, 255))
    draw = ImageDraw.Draw(image)
    line = max(1, round(min(width, height) / 256))
    for element in draw_order(plan.elements):
        x0, y0, x1, y1 = element.box
        rect = (round(x0 * width), round(y0 * height), round(x1 * width) - 1, round(y1 * height) - 1)
        if rect[2] < rect[0] or rect[3] < rect[1]:
            continue
        if element.kind == "text":
            draw.rectangle(rect, outline=(*OUTLINE, 255), width=line)
            continue
        color = element_color(element.attributes) or NEUTRAL
        draw.rectangle(rect, fill=(*color, 255), outline=(*OUTLINE, 255), width=line)
    return image


def layout_bytes(plan: Plan, width: int, height: int, fmt: str, quality: int, *, transparent: bool) -> bytes:
    """:func:`layout_image` encoded as ``fmt`` (png, jpeg or webp)."""
    image = layout_image(plan, width, height, transparent=transparent)
    out = io.BytesIO()
    if fmt == "jpeg":
        image.convert("RGB").save(out, "JPEG", quality=max(1, min(95, quality)))
    elif fmt == "webp":
        image.save(out, "WEBP", lossless=True)
    else:
        (image if transparent else image.convert("RGB")).save(out, "PNG")
    return out.getvalue()


__all__ = ["layout_bytes", "layout_image"]
