"""Reference images are drawn into their element's box; bad or missing ones are handled."""

from __future__ import annotations

import io

import numpy as np
import pytest
from PIL import Image

from limner.errors import RenderError
from limner.plan.model import Background, Canvas, Element, Plan
from limner.render.base import RenderOptions
from limner.render.builtin import BuiltinRenderer

from .conformance import decode


def png(width: int, height: int, rgb: tuple[int, int, int]) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), rgb).save(out, "PNG")
    return out.getvalue()


def plan() -> Plan:
    return Plan(
        canvas=Canvas(width=400, height=400, background=Background(color="#ffffff")),
        elements=[Element(id="e1", noun="bottle", reference_id="ref_1", box=(0.0, 0.0, 1.0, 1.0))],
    )


def test_reference_fills_box_keeping_aspect() -> None:
    data = BuiltinRenderer().render(plan(), RenderOptions(references={"ref_1": png(200, 100, (0, 160, 0))}))
    image = decode(data.data)
    green = (image[..., 1] > 120) & (image[..., 0] < 40)
    rows = np.flatnonzero(green.any(axis=1))
    cols = np.flatnonzero(green.any(axis=0))
    assert cols[0] <= 1 and cols[-1] >= 398  # full width
    assert 195 <= rows[-1] - rows[0] + 1 <= 205  # 2:1 kept, centred
    assert 95 <= rows[0] <= 105
    assert not data.notes


def test_missing_reference_falls_back_to_art() -> None:
    image = BuiltinRenderer().render(plan(), RenderOptions())
    assert any("not supplied" in note for note in image.notes)


def test_undecodable_reference_is_a_render_error() -> None:
    with pytest.raises(RenderError):
        BuiltinRenderer().render(plan(), RenderOptions(references={"ref_1": b"not an image"}))
