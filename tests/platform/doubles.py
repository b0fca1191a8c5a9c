"""Small test doubles of the Reasoner and Renderer protocols, for unit tests of the platform layer.

They do real (if simple) work: the reasoner makes one element per word, the renderer paints
the boxes with Pillow and encodes real image bytes, so the service's storage is exercised for real.
"""

from __future__ import annotations

import io
import re

from PIL import Image, ImageDraw

from limner.errors import RenderError
from limner.plan.model import Canvas, Element, Plan
from limner.reason.base import ReasonRequest
from limner.render.base import RenderedImage, RenderOptions


class WordsReasoner:
    """One object element per word of the prompt (at most 8), left to right."""

    name = "words"

    def reason(self, request: ReasonRequest) -> Plan:
        words = re.findall(r"\w+", request.prompt.lower())[:8] or ["thing"]
        step = 1 / len(words)
        elements = [
            Element(id=f"e{i + 1}", noun=word, box=(i * step, 0.4, (i + 1) * step, 0.6), z=i)
            for i, word in enumerate(words)
        ]
        base_id = request.base.id if request.base is not None else None
        return Plan(
            prompt=request.prompt,
            seed=request.seed,
            base_plan_id=base_id,
            canvas=Canvas(width=request.width, height=request.height),
            elements=elements,
            references=list(request.references),
        )


class BoxesRenderer:
    """Paints each element's box in a colour derived from the seed; real PNG/JPEG/WebP bytes."""

    name = "boxes"
    version = "test-1"

    def __init__(self) -> None:
        self.calls = 0

    def render(self, plan: Plan, options: RenderOptions) -> RenderedImage:
        self.calls += 1
        width = options.width or plan.canvas.width
        height = options.height or plan.canvas.height
        image = Image.new("RGB", (width, height), plan.canvas.background.color)
        draw = ImageDraw.Draw(image)
        for element in sorted(plan.elements, key=lambda e: e.z):
            x0, y0, x1, y1 = element.box
            shade = (options.seed * 37 + element.z * 53) % 256
            draw.rectangle((x0 * width, y0 * height, x1 * width - 1, y1 * height - 1), fill=(shade, 80, 160))
        buffer = io.BytesIO()
        image.save(buffer, format={"jpeg": "JPEG", "webp": "WEBP"}.get(options.output_format, "PNG"))
        return RenderedImage(buffer.getvalue(), width, height, options.output_format)


class FailingRenderer(BoxesRenderer):
    """Renders ``succeed`` images, then fails with ``RenderError`` (or ``crash`` with a bare bug)."""

    name = "failing"

    def __init__(self, succeed: int = 1, crash: bool = False) -> None:
        super().__init__()
        self.succeed = succeed
        self.crash = crash

    def render(self, plan: Plan, options: RenderOptions) -> RenderedImage:
        if self.calls >= self.succeed:
            self.calls += 1
            if self.crash:
                raise ZeroDivisionError("renderer bug")
            raise RenderError("the canvas caught fire")
        return super().render(plan, options)
