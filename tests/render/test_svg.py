"""SVG output of the built-in renderer: well-formed, self-contained, deterministic, and drawn like the PNG."""

from __future__ import annotations

import io
import subprocess
import sys
import xml.etree.ElementTree as ET

import numpy as np
import numpy.typing as npt
import pytest
import skia
from PIL import Image

from limner.errors import RenderError
from limner.plan.model import Background, Canvas, Element, Plan, ReferenceUse
from limner.render.base import RenderOptions
from limner.render.builtin import BuiltinRenderer
from limner.render.builtin.svg import renumber_ids
from limner.render.encode import encode

from .conformance import decode
from .plans import banner_plan, scene_plan

SVG_NS = "{http://www.w3.org/2000/svg}"


def designed_plan() -> Plan:
    from limner.reason.base import ReasonRequest
    from limner.reason.pipeline import reason

    prompt = "a poster that says 'SUMMER SALE' with a red apple and a caption 'Everything must go'"
    return reason(ReasonRequest(prompt=prompt, width=480, height=640, seed=1))


def reference_plan() -> Plan:
    return Plan(
        canvas=Canvas(width=200, height=160, background=Background(color="#ffffff")),
        elements=[Element(id="e1", noun="bottle", reference_id="ref_1", box=(0.1, 0.1, 0.9, 0.9))],
        references=[ReferenceUse(id="ref_1", role="product")],
    )


def png_bytes(rgb: tuple[int, int, int]) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (40, 30), rgb).save(out, "PNG")
    return out.getvalue()


def svg_of(plan: Plan, **options: object) -> bytes:
    return BuiltinRenderer().render(plan, RenderOptions(seed=3, output_format="svg", **options)).data  # type: ignore[arg-type]


def rasterize(svg: bytes, width: int, height: int) -> npt.NDArray[np.uint8]:
    """The SVG drawn by skia's own SVG renderer (an independent parser of the document)."""
    data = skia.Data.MakeWithCopy(svg)
    stream = skia.MemoryStream(data)  # both kept alive while skia parses
    dom = skia.SVGDOM.MakeFromStream(stream)
    assert dom is not None
    dom.setContainerSize(skia.Size(width, height))
    surface = skia.Surface(width, height)
    canvas = surface.getCanvas()
    canvas.clear(skia.ColorWHITE)
    dom.render(canvas)
    rgba = surface.makeImageSnapshot().toarray(colorType=skia.ColorType.kRGBA_8888_ColorType)
    return np.ascontiguousarray(rgba[..., :3])


CASES = {"banner": banner_plan, "scene": scene_plan, "designed": designed_plan}


@pytest.mark.parametrize("name", sorted(CASES))
def test_svg_is_well_formed_and_self_contained(name: str) -> None:
    plan = CASES[name]()
    data = svg_of(plan)
    root = ET.fromstring(data)
    assert root.tag == f"{SVG_NS}svg"
    assert root.get("width") == str(plan.canvas.width) and root.get("height") == str(plan.canvas.height)
    assert root.get("viewBox") == f"0 0 {plan.canvas.width} {plan.canvas.height}"
    for node in root.iter():
        assert node.tag != f"{SVG_NS}text", "text is drawn as paths, needing no font"
        for key, value in node.attrib.items():
            if key.endswith("href") or key == "src":
                assert value.startswith(("#", "data:")), f"external reference {value!r}"
    assert b"font-family" not in data and b"@import" not in data and b"url(http" not in data


def test_reference_images_are_embedded_as_data() -> None:
    data = svg_of(reference_plan(), references={"ref_1": png_bytes((0, 160, 0))})
    assert b"data:image/" in data
    ET.fromstring(data)


@pytest.mark.parametrize("name", sorted(CASES))
def test_svg_renders_like_the_png(name: str) -> None:
    plan = CASES[name]()
    width, height = plan.canvas.width, plan.canvas.height
    png = decode(BuiltinRenderer().render(plan, RenderOptions(seed=3)).data).astype(np.int16)
    drawn = rasterize(svg_of(plan), width, height).astype(np.int16)
    diff = np.abs(png - drawn).max(axis=2)
    assert diff.mean() < 2.0, f"mean difference {diff.mean():.2f}"
    assert np.percentile(diff, 99) < 48  # only anti-aliased edges differ


def test_svg_renders_like_the_png_in_resvg() -> None:
    resvg = pytest.importorskip("resvg_py")
    plan = designed_plan()
    png = decode(BuiltinRenderer().render(plan, RenderOptions(seed=3)).data).astype(np.int16)
    out = bytes(resvg.svg_to_bytes(svg_string=svg_of(plan).decode("utf-8"), skip_system_fonts=True))
    drawn = decode(out).astype(np.int16)
    assert drawn.shape == png.shape
    diff = np.abs(png - drawn).max(axis=2)
    assert diff.mean() < 2.0 and np.percentile(diff, 99) < 48


def test_svg_is_deterministic_within_and_across_processes() -> None:
    plan = scene_plan()
    first = svg_of(plan)
    svg_of(banner_plan())  # skia's id counters move on between renders
    assert svg_of(plan) == first
    code = (
        "import sys; from limner.render.base import RenderOptions;"
        "from limner.render.builtin import BuiltinRenderer; from limner.plan.model import Plan;"
        "plan = Plan.model_validate_json(sys.stdin.read());"
        "options = RenderOptions(seed=3, output_format='svg');"
        "sys.stdout.buffer.write(BuiltinRenderer().render(plan, options).data)"
    )
    other = subprocess.run(
        [sys.executable, "-c", code], input=plan.model_dump_json().encode(), capture_output=True, check=True
    )
    assert other.stdout == first


def test_ids_are_renumbered_in_document_order() -> None:
    doc = (
        b'<svg><clipPath id="cl_f"/><g clip-path="url(#cl_f)"/><clipPath id="cl_3"/><use href="#cl_3"/></svg>'
    )
    assert renumber_ids(doc) == (
        b'<svg><clipPath id="cl_0"/><g clip-path="url(#cl_0)"/><clipPath id="cl_1"/><use href="#cl_1"/></svg>'
    )


def test_pixels_cannot_be_encoded_as_svg() -> None:
    with pytest.raises(RenderError, match="vectors"):
        encode(np.zeros((4, 4, 4), np.uint8), "svg")


def test_media_type() -> None:
    rendered = BuiltinRenderer().render(reference_plan(), RenderOptions(output_format="svg"))
    assert rendered.media_type == "image/svg+xml" and rendered.format == "svg"
