"""Object elements: vector art (see :mod:`.artset`), recoloured, fitted into the element's box.

SVGs are parsed once per (file, colour, outline) and recorded into immutable skia Pictures, which
are safe to draw from several threads. The art's ink bounds (not its 72×72 viewBox) are
fitted into the box, keeping the aspect ratio, centred — or standing on the box's bottom edge,
mirrored to face the way the plan says, stretched a little to fill a figure's or a support's box,
faded toward the sky or ringed with a halo, as the :class:`Look` asks.
"""

from __future__ import annotations

import colorsys
import re
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import numpy.typing as npt
import skia

from limner.assets.art import has_own_art
from limner.errors import RenderError
from limner.plan.model import Element
from limner.render.builtin.artset import svg_text
from limner.render.builtin.backdrop.style import mix
from limner.render.builtin.colors import RGB, is_outline, parse_hex, recolor, to_hex
from limner.render.builtin.halo import Sprite, draw_haloed, draw_sprite
from limner.render.builtin.memo import Lru

_VIEW = 72.0
_HEX_ATTR = re.compile(r'(fill|stroke|stop-color)="(#[0-9a-fA-F]{3}(?:[0-9a-fA-F]{3})?)"')
_PROBE = 144
#: How far a figure's or support's art may stretch on one axis to fill its box.
MAX_STRETCH = 1.5
#: Of a rider's sunk part (legs), the share left hidden (feet cut off).
SINK_SHOWN = 0.35
#: How much of a rider's figure hangs below the seat.
RIDER_SINK = 0.4
#: Channel sum at or under which a pixel is black ink (outlines, shadows): neither a colour nor body.
INK_BLACK = 90
#: A plan colour paints the art's body: the fills within this many degrees of hue of the colour most
#: of its coloured ink has (a car's paint, not its windows, tyres or lights; a cat's fur, not its
#: eyes) — unless less than this share of its (not black) ink is coloured at all (a white cup, a
#: soccer ball: all of it).
BODY_HUE_SPAN = 40.0
BODY_MIN_SHARE = 0.5
#: Lightness above which a tinted fill is pale: an art mostly pale is a white thing, painted whole.
PALE = 0.8
#: A second hue this large against the first is body too (a bicycle's frame beside its tyres).
BODY_SECOND = 0.5
#: Saturation from which a fill counts as coloured, and the width of the hue histogram's bins.
CHROMA_MIN = 0.22
HUE_BIN = 15


@dataclass(frozen=True)
class Art:
    picture: skia.Picture
    #: Ink bounds in viewBox units (x0, y0, x1, y1).
    bounds: tuple[float, float, float, float]
    #: Mean colour of the art's fills (outline black left out).
    mean: RGB = (128, 128, 128)


@dataclass(frozen=True)
class Look:
    """How one object is drawn beyond its plan colour."""

    #: Stand on the box's bottom edge (else centred vertically).
    stands: bool = False
    #: Stretch up to ``MAX_STRETCH`` on one axis to fill the box.
    fill: bool = False
    #: Share of the ink's height pushed below the box's bottom edge and clipped away (a rider's
    #: legs along the mount's flank: its hips sit on the box's bottom edge).
    sink: float = 0.0
    #: Colour replacing the art's black outline (night backdrops); None keeps black.
    outline: RGB | None = None
    #: A thin ring around the ink in this colour (light things on light backdrops); None for none.
    halo: RGB | None = None
    #: (colour, share) to mix the art toward (atmospheric fade); None for none. Applied when the art
    #: is loaded (:func:`load_art`), so drawing needs no extra layer.
    fade: tuple[RGB, float] | None = None


@dataclass(frozen=True)
class Placement:
    """Where the art's ink lands: scale per axis, translation, whether mirrored, and the ink rect."""

    sx: float
    sy: float
    dx: float
    dy: float
    mirror: bool
    ink: tuple[float, float, float, float]
    #: Where the drawing is cut off below (a rider's feet), else None.
    clip_bottom: float | None = None
    #: Where the drawing is cut off above (a sitter's shins, drawn apart from its body), else None.
    clip_top: float | None = None


def art_noun(element: Element) -> str:
    """What an element's art is chosen by: the sense the reasoner read its noun in (``attributes.sense``:
    "mouse" read as "mouse animal", the rodent), else the noun."""
    sense = element.attributes.get("sense")
    if not isinstance(sense, str) or not sense:
        return element.noun
    # a compound the reasoner read as its head ("drum set" as "set") keeps art of its own where it has some
    if element.noun.endswith(f" {sense}") and has_own_art(element.noun):
        return element.noun
    return sense


def _svg_text(file: str) -> str:
    return svg_text(file)


def _hue_saturation(rgb: RGB) -> tuple[float, float, float]:
    """Hue in degrees, lightness and saturation (HLS) of ``rgb``."""
    h, lightness, saturation = colorsys.rgb_to_hls(*(c / 255 for c in rgb))
    return h * 360.0, lightness, saturation


def _chromatic(lightness: float, saturation: float) -> bool:
    return saturation >= CHROMA_MIN and 0.12 <= lightness <= 0.94


def in_body(rgb: RGB, body: tuple[float, ...] | None) -> bool:
    """Whether the fill ``rgb`` is part of an art's body of hues ``body`` (None: every fill is)."""
    if body is None:
        return True
    hue, lightness, saturation = _hue_saturation(rgb)
    near = any(abs((hue - b + 180.0) % 360.0 - 180.0) <= BODY_HUE_SPAN for b in body)
    return _chromatic(lightness, saturation) and near


def recolor_svg(
    svg: str,
    target: RGB | None,
    outline: RGB | None = None,
    fade: tuple[RGB, float] | None = None,
    body: tuple[float, ...] | None = None,
) -> str:
    """The fill/stroke colours of the art's body (of hue ``body``; every colour when None) become
    shades of ``target`` (when given), the rest (a car's windows and tyres, a cat's eyes) keep theirs;
    black outlines stay black, or take ``outline`` when given; then everything mixes toward
    ``fade``'s colour by its share (atmospheric fade), when given."""

    def swap(match: re.Match[str]) -> str:
        source = parse_hex(match.group(2))
        if source is None:
            return match.group(0)
        if is_outline(source):
            rgb = source if outline is None else outline
        elif target is None or not in_body(source, body):
            rgb = source
        else:
            rgb = recolor(source, target)
        if rgb == source and fade is None:
            return match.group(0)
        if fade is not None:
            rgb = mix(rgb, fade[0], fade[1])
        return f'{match.group(1)}="{to_hex(rgb)}"'

    if target is None and outline is None and fade is None:
        return svg
    return _HEX_ATTR.sub(swap, svg)


def _probe(picture: skia.Picture) -> tuple[tuple[float, float, float, float], RGB]:
    """Ink bounds (viewBox units) and the mean colour of the non-black ink."""
    pixels = _probe_pixels(picture)
    alpha = pixels[:, :, 3]
    rows = np.flatnonzero(alpha.max(axis=1) > 8)
    cols = np.flatnonzero(alpha.max(axis=0) > 8)
    if rows.size == 0 or cols.size == 0:
        return (0.0, 0.0, _VIEW, _VIEW), (128, 128, 128)
    k = _VIEW / _PROBE
    solid = pixels[alpha > 200][:, :3].astype(np.int64)
    solid = solid[solid.sum(axis=1) > INK_BLACK]
    mean: RGB = (128, 128, 128)
    if len(solid):
        r, g, b = (int(v) for v in solid.mean(axis=0).round())
        mean = (r, g, b)
    return (cols[0] * k, rows[0] * k, (cols[-1] + 1) * k, (rows[-1] + 1) * k), mean


def _probe_pixels(picture: skia.Picture) -> npt.NDArray[np.uint8]:
    pixels = np.zeros((_PROBE, _PROBE, 4), np.uint8)
    surface = skia.Surface(pixels)
    with surface as canvas:
        canvas.scale(_PROBE / _VIEW, _PROBE / _VIEW)
        canvas.drawPicture(picture)
    return pixels


@lru_cache(maxsize=4096)
def body_hues(file: str) -> tuple[float, ...] | None:
    """The hues (degrees) most of the art's coloured ink has — a car's paint, a cat's fur, an apple's
    skin; a second one as large as half of it too (a bicycle's frame and its tyres) — or None when
    most of its ink is grey, white or black (a plan colour then paints it all)."""
    pixels = _probe_pixels(load_art(file, None).picture)
    solid = pixels[pixels[:, :, 3] > 200][:, :3]
    # each distinct colour once, with its pixel count (small arrays: no heap churn in a render)
    packed = (solid[:, 0].astype(np.uint32) << 16) | (solid[:, 1].astype(np.uint32) << 8) | solid[:, 2]
    colours, areas = np.unique(packed, return_counts=True)
    bins = 360 // HUE_BIN
    counts = [0] * bins
    inked = coloured = 0
    for value, area in zip(colours.tolist(), areas.tolist(), strict=True):
        rgb = (value >> 16, (value >> 8) & 255, value & 255)
        if sum(rgb) <= INK_BLACK:
            continue  # black outlines and shadows are neither body nor detail
        inked += area
        hue, lightness, saturation = _hue_saturation(rgb)
        # pale tints (a white ball's blue-grey shading, a cup's glaze) are a white body, not a colour
        if _chromatic(lightness, saturation) and lightness <= PALE:
            coloured += area
            counts[int(hue / HUE_BIN) % bins] += area
    if coloured < BODY_MIN_SHARE * max(1, inked):
        return None
    window = [counts[i - 1] + counts[i] + counts[(i + 1) % bins] for i in range(bins)]  # with neighbours
    main = max(range(bins), key=lambda i: (window[i], -i))
    hues = [main]
    far = [i for i in range(bins) if min((i - main) % bins, (main - i) % bins) > 2]
    if far:
        second = max(far, key=lambda i: (window[i], -i))
        if window[second] >= BODY_SECOND * window[main]:
            hues.append(second)
    return tuple(float(i * HUE_BIN + HUE_BIN / 2) for i in hues)


def without_fills(svg: str, fills: tuple[str, ...]) -> str:
    """``svg`` without its ``<path>`` elements filled with any of ``fills`` (hex colours)."""
    for fill in fills:
        svg = re.sub(rf'<path fill="{re.escape(fill)}"[^>]*/>', "", svg, flags=re.IGNORECASE)
    return svg


@lru_cache(maxsize=1024)
def load_art(
    file: str,
    color: RGB | None,
    outline: RGB | None = None,
    fade: tuple[RGB, float] | None = None,
    drop: tuple[str, ...] = (),
) -> Art:
    """The art of ``file`` (its body recoloured to ``color``, its outline to ``outline``, faded
    toward ``fade``, when given; the paths filled with a colour in ``drop`` left out), recorded as
    a Picture."""
    body = body_hues(file) if color is not None else None
    text = _svg_text(file)
    svg = recolor_svg(without_fills(text, drop) if drop else text, color, outline, fade, body)
    return record_svg(svg, file)


def record_svg(svg: str, name: str) -> Art:
    """The art the SVG text ``svg`` (of the file ``name``) draws in a 72-unit square, recorded as a
    Picture, with its ink bounds and mean colour."""
    data = skia.Data.MakeWithCopy(svg.encode("utf-8"))
    stream = skia.MemoryStream(data)  # both kept alive while skia parses
    dom = skia.SVGDOM.MakeFromStream(stream)
    if dom is None:
        raise RenderError(f"cannot parse art {name}")
    dom.setContainerSize(skia.Size(_VIEW, _VIEW))
    recorder = skia.PictureRecorder()
    canvas = recorder.beginRecording(skia.Rect.MakeWH(_VIEW, _VIEW))
    dom.render(canvas)
    picture = recorder.finishRecordingAsPicture()
    del stream, data
    bounds, mean = _probe(picture)
    return Art(picture=picture, bounds=bounds, mean=mean)


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


def place(art: Art, box: tuple[float, float, float, float], look: Look, mirror: bool = False) -> Placement:
    """Where ``art`` goes in the pixel ``box`` under ``look``."""
    bx0, by0, bx1, by1 = art.bounds
    x0, y0, x1, y1 = box
    bw, bh = max(bx1 - bx0, 1e-6), max(by1 - by0, 1e-6)
    sx = sy = min((x1 - x0) / bw, (y1 - y0) / bh)
    if look.fill:
        sx = min((x1 - x0) / bw, sx * MAX_STRETCH)
        sy = min((y1 - y0) / bh, sy * MAX_STRETCH)
    ink_w, ink_h = bw * sx, bh * sy
    left = x0 + ((x1 - x0) - ink_w) / 2
    top = y1 - ink_h if look.stands or look.sink > 0 else y0 + ((y1 - y0) - ink_h) / 2
    top += ink_h * look.sink
    if mirror:
        dx = left + ink_w + bx0 * sx
        sx_signed = -sx
    else:
        dx = left - bx0 * sx
        sx_signed = sx
    clip = y1 + ink_h * look.sink * (1.0 - SINK_SHOWN) if look.sink > 0 else None
    return Placement(
        clip_bottom=clip,
        sx=sx_signed,
        sy=sy,
        dx=dx,
        dy=top - by0 * sy,
        mirror=mirror,
        ink=(left, top, left + ink_w, top + ink_h),
    )


def halo_filter(color: RGB, radius: float) -> skia.ImageFilter:
    """The source over a ring of ``color``, ``radius`` pixels wide, around its ink."""
    ring = skia.ImageFilters.ColorFilter(
        skia.ColorFilters.Blend(skia.Color(*color), skia.BlendMode.kSrcIn),
        skia.ImageFilters.Dilate(radius, radius),
    )
    return skia.ImageFilters.Merge([ring, None])


def paint_art(
    canvas: skia.Canvas,
    art: Art,
    placement: Placement,
    look: Look,
    unit: float,
    vector: bool = False,
    sprites: Lru[Sprite | None] | None = None,
) -> None:
    """Draw ``art`` at ``placement``, with the halo of ``look`` (a skia layer filter on a ``vector``
    canvas, which records drawing calls; else rasterised and dilated in ``halo.py``, the result
    kept in ``sprites`` when given)."""

    def draw(target: skia.Canvas) -> None:
        target.save()
        if placement.clip_bottom is not None or placement.clip_top is not None:
            x0, y0, x1, y1 = placement.ink
            top = y0 - unit * 4 if placement.clip_top is None else placement.clip_top
            bottom = y1 + unit * 4 if placement.clip_bottom is None else placement.clip_bottom
            target.clipRect(skia.Rect.MakeLTRB(x0 - unit * 4, top, x1 + unit * 4, bottom))
        target.translate(placement.dx, placement.dy)
        target.scale(placement.sx, placement.sy)
        target.drawPicture(art.picture)
        target.restore()

    halo = None if look.halo is None else (look.halo, max(1.0, unit))
    if halo is None and (vector or sprites is None):
        draw(canvas)
        return
    x0, y0, x1, y1 = placement.ink
    pad = unit * 3 if halo is not None else max(unit * 3, 2.0)
    bounds = skia.Rect.MakeLTRB(x0 - pad, y0 - pad, x1 + pad, y1 + pad)
    if vector and halo is not None:  # a recorded layer filter
        canvas.saveLayer(bounds, skia.Paint(ImageFilter=halo_filter(*halo)))
        draw(canvas)
        canvas.restore()
    elif sprites is not None:  # kept: a template drawn again blits its art instead of replaying it
        draw_sprite(canvas, bounds, draw, halo, sprites, (art, placement, unit))
    elif halo is not None:
        draw_haloed(canvas, bounds, draw, *halo)


def pixel_box(element: Element, width: int, height: int) -> tuple[float, float, float, float]:
    """The element's box in pixels — the whole thing's box when the canvas edge cuts it: a support a
    close-up frames runs past the bottom edge (``attributes.crop_bottom``, the share of its height cut
    off; the plan's box ends at the edge), drawn whole and cut by the canvas. A box an edit moved off
    the edge is drawn as it is."""
    x0, y0, x1, y1 = element.box
    crop = element.attributes.get("crop_bottom")
    if isinstance(crop, int | float) and not isinstance(crop, bool) and 0.0 < crop < 0.95 and y1 >= 0.999:
        y1 = y0 + (y1 - y0) / (1.0 - crop)
    return (x0 * width, y0 * height, x1 * width, y1 * height)


__all__ = [
    "MAX_STRETCH",
    "Art",
    "Look",
    "Placement",
    "fit_rect",
    "halo_filter",
    "load_art",
    "paint_art",
    "pixel_box",
    "place",
    "recolor_svg",
    "record_svg",
    "without_fills",
]
