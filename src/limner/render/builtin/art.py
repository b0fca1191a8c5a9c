"""Object elements: OpenMoji vector art, recoloured, fitted into the element's box.

SVGs are parsed once per (file, colour) and recorded into immutable skia Pictures, which
are safe to draw from several threads. The art's ink bounds (not its 72×72 viewBox) are
fitted into the box, keeping the aspect ratio, centred.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

import numpy as np
import skia

from limner.assets.art import ArtChoice, resolve_art, svg_dir
from limner.errors import RenderError
from limner.plan.model import Element
from limner.render.builtin.colors import RGB, element_color, is_outline, parse_hex, recolor, to_hex

_VIEW = 72.0
_HEX_ATTR = re.compile(r'(fill|stroke|stop-color)="(#[0-9a-fA-F]{3}(?:[0-9a-fA-F]{3})?)"')
_PROBE = 144


@dataclass(frozen=True)
class Art:
    picture: skia.Picture
    #: Ink bounds in viewBox units (x0, y0, x1, y1).
    bounds: tuple[float, float, float, float]


@cache
def _svg_text(file: str) -> str:
    return (svg_dir() / file).read_text(encoding="utf-8")


def recolor_svg(svg: str, target: RGB) -> str:
    """Every fill/stroke colour becomes a shade of ``target``; black outlines stay black."""

    def swap(match: re.Match[str]) -> str:
        source = parse_hex(match.group(2))
        if source is None or is_outline(source):
            return match.group(0)
        return f'{match.group(1)}="{to_hex(recolor(source, target))}"'

    return _HEX_ATTR.sub(swap, svg)


def _ink_bounds(picture: skia.Picture) -> tuple[float, float, float, float]:
    pixels = np.zeros((_PROBE, _PROBE, 4), np.uint8)
    surface = skia.Surface(pixels)
    with surface as canvas:
        canvas.scale(_PROBE / _VIEW, _PROBE / _VIEW)
        canvas.drawPicture(picture)
    alpha = pixels[:, :, 3]
    rows = np.flatnonzero(alpha.max(axis=1) > 8)
    cols = np.flatnonzero(alpha.max(axis=0) > 8)
    if rows.size == 0 or cols.size == 0:
        return (0.0, 0.0, _VIEW, _VIEW)
    k = _VIEW / _PROBE
    return (cols[0] * k, rows[0] * k, (cols[-1] + 1) * k, (rows[-1] + 1) * k)


@lru_cache(maxsize=1024)
def load_art(file: str, color: RGB | None) -> Art:
    """The art of ``file`` (recoloured to ``color`` when given), recorded as a Picture."""
    svg = _svg_text(file)
    if color is not None:
        svg = recolor_svg(svg, color)
    data = skia.Data.MakeWithCopy(svg.encode("utf-8"))
    stream = skia.MemoryStream(data)  # both kept alive while skia parses
    dom = skia.SVGDOM.MakeFromStream(stream)
    if dom is None:
        raise RenderError(f"cannot parse art {file}")
    dom.setContainerSize(skia.Size(_VIEW, _VIEW))
    recorder = skia.PictureRecorder()
    canvas = recorder.beginRecording(skia.Rect.MakeWH(_VIEW, _VIEW))
    dom.render(canvas)
    picture = recorder.finishRecordingAsPicture()
    del stream, data
    return Art(picture=picture, bounds=_ink_bounds(picture))


def fit_rect(
    bounds: tuple[float, float, float, float], box: tuple[float, float, float, float]
) -> tuple[float, float, float]:
    """(scale, dx, dy) mapping ``bounds`` into ``box`` keeping aspect ratio, centred."""
    bx0, by0, bx1, by1 = bounds
    x0, y0, x1, y1 = box
    bw, bh = max(bx1 - bx0, 1e-6), max(by1 - by0, 1e-6)
    scale = min((x1 - x0) / bw, (y1 - y0) / bh)
    dx = x0 + ((x1 - x0) - bw * scale) / 2 - bx0 * scale
    dy = y0 + ((y1 - y0) - bh * scale) / 2 - by0 * scale
    return scale, dx, dy


def draw_object(canvas: skia.Canvas, element: Element, width: int, height: int) -> ArtChoice:
    """Draw one object element; returns the art choice (for substitution notes)."""
    choice = resolve_art(element.noun)
    art = load_art(choice.file, element_color(element.attributes))
    box = (
        element.box[0] * width,
        element.box[1] * height,
        element.box[2] * width,
        element.box[3] * height,
    )
    scale, dx, dy = fit_rect(art.bounds, box)
    canvas.save()
    canvas.translate(dx, dy)
    canvas.scale(scale, scale)
    canvas.drawPicture(art.picture)
    canvas.restore()
    return choice


__all__ = ["Art", "draw_object", "fit_rect", "load_art", "recolor_svg"]
