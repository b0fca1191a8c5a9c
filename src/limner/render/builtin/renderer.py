"""The built-in renderer: background → elements in z-order (art, text) → encode."""

from __future__ import annotations

import skia

from limner.errors import InvalidRequestError, LimnerError, RenderError
from limner.plan.model import Element, Plan
from limner.render.alpha import ALPHA_FORMATS, encode_alpha
from limner.render.base import RenderedImage, RenderOptions
from limner.render.builtin.art import pixel_box
from limner.render.builtin.background import draw_background
from limner.render.builtin.canvas import BufferPool
from limner.render.builtin.colors import element_color
from limner.render.builtin.flown import flown
from limner.render.builtin.handheld import handheld
from limner.render.builtin.memo import RenderMemo
from limner.render.builtin.neon import is_neon, neon_writing
from limner.render.builtin.objects import Scene, carried_move, draw_scene_object, prepare_scene
from limner.render.builtin.palette import apply_palette, extract_palette
from limner.render.builtin.panel import draw_panel, panel_style
from limner.render.builtin.references import draw_background_reference, draw_reference
from limner.render.builtin.shore import ashore
from limner.render.builtin.signpost import post_foot
from limner.render.builtin.spray import draw_flows, jet_ids
from limner.render.builtin.staging import Staging
from limner.render.builtin.strings import draw_leashes, draw_strings, leash_ids
from limner.render.builtin.svg import Tape
from limner.render.builtin.text import draw_text
from limner.render.builtin.transparent import clear_background
from limner.render.encode import encode

MAX_SIDE = 4096


def draw_order(elements: list[Element]) -> list[Element]:
    """Ascending ``z``; ties keep list order."""
    return [e for _, _, e in sorted((e.z, i, e) for i, e in enumerate(elements))]


def styled(plan: Plan, options: RenderOptions) -> Plan:
    """The plan with the palette of its first supplied ``style`` reference, if any."""
    for ref in plan.references:
        data = options.references.get(ref.id)
        if ref.role == "style" and data is not None:
            return apply_palette(plan, extract_palette(data))
    return plan


class BuiltinRenderer:
    """Draws a plan on a skia canvas: its structured backdrop (``backdrop/``), objects in Fluent
    Emoji Flat art or side-view furniture with contact shadows (``objects.py``), and Noto text.

    Deterministic: the same plan and options give byte-identical output (no clock, and the
    only randomness is seeded from ``options.seed``).
    """

    name = "builtin"
    version = "1"
    #: SVG is drawn by the same calls as the raster formats (see ``svg.py``).
    output_formats: tuple[str, ...] = ("png", "jpeg", "webp", "svg")
    #: ``RenderOptions.background = "transparent"``: no backdrop, PNG/WebP with alpha.
    transparent_background = True

    def __init__(self) -> None:
        self._pool = BufferPool()
        self._memo = RenderMemo()

    def render(self, plan: Plan, options: RenderOptions) -> RenderedImage:
        width = options.width or plan.canvas.width
        height = options.height or plan.canvas.height
        if not (1 <= width <= MAX_SIDE and 1 <= height <= MAX_SIDE):
            raise RenderError(f"cannot render {width}x{height}; each side must be 1..{MAX_SIDE}")
        transparent = options.background == "transparent"
        if transparent and options.output_format not in ALPHA_FORMATS:
            raise InvalidRequestError(
                f"a transparent background needs png or webp, not {options.output_format}",
                param="background",
            )
        notes: list[str] = []
        plan = handheld(flown(ashore(styled(plan, options))))  # near shores; kites high; microphones in hand
        try:
            with self._pool.frame(width, height) as frame:
                tape = Tape(frame.canvas, width, height, vector=options.output_format == "svg")
                canvas = tape.canvas
                if transparent:
                    backdrop = clear_background(canvas, plan)
                else:
                    raster = None if tape.vector else frame.pixels  # written directly where flat
                    backdrop = draw_background(canvas, plan, width, height, options.seed, raster)
                for ref in plan.references:
                    data = options.references.get(ref.id)
                    if ref.role == "background" and data is not None and not transparent:
                        draw_background_reference(canvas, data, width, height)
                canvas = tape.sync()  # objects read the backdrop beneath them
                scene = prepare_scene(plan, backdrop, frame.pixels, width, height, tape.vector, self._memo)
                # behind the things they hold; a holder that sits down takes hand and thing along
                jets = jet_ids(plan)  # held water: drawn as a jet by draw_flows
                draw_strings(canvas, plan, width, height, scene.unit, lambda e: carried_move(e, scene), jets)
                lines = leash_ids(plan) | jets  # leashes (drawn by draw_leashes) and jets: lines
                lit = neon_writing(plan, width, height)  # words on a neon sign glow in its colour
                for element in draw_order([e for e in plan.elements if e.id not in lines]):
                    if element.kind == "text":
                        canvas = tape.sync()  # text reads the pixels beneath it
                        glow = lit.get(element.id)
                        notes += draw_text(
                            canvas, frame.pixels, element, width, height, options.locale, self._memo, glow
                        )
                    else:
                        notes += self._draw_object(canvas, element, scene, options)
                draw_leashes(canvas, plan, width, height, scene.unit, lambda e: carried_move(e, scene))
                draw_flows(canvas, plan, width, height, scene.unit, lambda e: carried_move(e, scene))
                if tape.vector:
                    data = tape.svg()
                else:
                    frame.surface.flushAndSubmit()
                    if transparent:
                        data = encode_alpha(frame.pixels, options.output_format, options.quality)
                    else:
                        data = encode(frame.pixels, options.output_format, options.quality)
        except LimnerError:
            raise
        except (OSError, ValueError, RuntimeError, MemoryError) as exc:
            raise RenderError(f"builtin renderer failed: {exc}") from exc
        return RenderedImage(
            data=data, width=width, height=height, format=options.output_format, notes=tuple(notes)
        )

    @staticmethod
    def _draw_object(
        canvas: skia.Canvas, element: Element, scene: Scene, options: RenderOptions
    ) -> list[str]:
        width, height = scene.width, scene.height
        notes: list[str] = []
        if element.reference_id is not None:
            data = options.references.get(element.reference_id)
            if data is not None:
                draw_reference(canvas, element, data, width, height)
                return notes
            notes.append(f"reference {element.reference_id!r} ({element.id}) not supplied; drawn as art")
        style = None if is_neon(element) else panel_style(element)  # a neon sign glows: no board
        if style is not None:  # a poster's page, a sign's board: drawn flat, with a face for its text
            foot = None
            if style == "board" and scene.staging.get(element.id, Staging()).alone:  # posts to the ground
                foot = post_foot(pixel_box(element, width, height), scene.backdrop.ground_line)
            draw_panel(canvas, element, style, width, height, foot)
            return notes
        color = element.attributes.get("color")
        if isinstance(color, str) and element_color(element.attributes) is None:
            notes.append(f"colour {color!r} of {element.id} not understood; the art keeps its own colours")
        choice = draw_scene_object(canvas, element, scene)
        if not choice.exact and not choice.furniture:  # furniture is drawn from the side, in code
            notes.append(f"{element.noun!r} ({element.id}) drawn with {choice.emoji} {choice.via}")
        return notes


__all__ = ["BuiltinRenderer", "draw_order", "styled"]
