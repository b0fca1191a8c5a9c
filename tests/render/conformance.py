"""Renderer conformance checks, reusable for any renderer (builtin, diffusers, remote).

Given the encoded image and the plan it was rendered from, every object element must be
substantially drawn inside its box, and the dominant colour of its ink (pixels that differ
from the background, outline black excluded) must be the colour the plan asks for.

Colour classes: chromatic colours by hue bins (brown = dark orange/red), black/white/gray
by lightness. Usage::

    from tests.render.conformance import assert_conforms
    assert_conforms(image_bytes, plan)
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
from PIL import Image

from limner.plan.model import Element, Plan

CLASSES = ("black", "white", "gray", "red", "orange", "yellow", "green", "blue", "purple", "pink", "brown")
ACHROMATIC = frozenset({"black", "white", "gray"})
ALIASES = {"grey": "gray", "violet": "purple", "magenta": "pink", "gold": "yellow", "golden": "yellow"}

RGBArray = npt.NDArray[np.uint8]


def decode(data: bytes) -> RGBArray:
    """Encoded image bytes → (h, w, 3) uint8 RGB."""
    with Image.open(io.BytesIO(data)) as image:
        return np.asarray(image.convert("RGB")).copy()


def expected_class(color: str) -> str | None:
    """The colour class a plan colour word must show as; None for words outside the basic set."""
    word = color.strip().lower()
    word = ALIASES.get(word, word)
    return word if word in CLASSES else None


def classify(rgb: RGBArray) -> npt.NDArray[np.int8]:
    """Per-pixel index into ``CLASSES`` for an (..., 3) RGB array."""
    f = rgb.astype(np.float32) / 255.0
    r, g, b = f[..., 0], f[..., 1], f[..., 2]
    v = f.max(axis=-1)
    c = v - f.min(axis=-1)
    s = np.where(v > 0, c / np.maximum(v, 1e-6), 0.0)
    safe = np.maximum(c, 1e-6)
    h = np.where(
        v == r,
        ((g - b) / safe) % 6,
        np.where(v == g, (b - r) / safe + 2, (r - g) / safe + 4),
    )
    hue = h * 60.0
    out = np.full(rgb.shape[:-1], CLASSES.index("gray"), np.int8)
    chromatic = (s >= 0.25) & (v >= 0.2) & (c >= 0.08)
    out[~chromatic & (v < 0.2)] = CLASSES.index("black")
    out[~chromatic & (v >= 0.8) & (s < 0.25)] = CLASSES.index("white")

    def put(name: str, mask: npt.NDArray[np.bool_]) -> None:
        out[chromatic & mask] = CLASSES.index(name)

    reddish = (hue >= 345) | (hue < 12)
    put("red", reddish)
    put("pink", ((hue >= 300) & (hue < 345)) | (reddish & (s < 0.55) & (v > 0.75)))
    put("orange", (hue >= 12) & (hue < 45))
    put("brown", (hue >= 8) & (hue < 45) & (v < 0.62))
    put("yellow", (hue >= 45) & (hue < 70))
    put("green", (hue >= 70) & (hue < 170))
    put("blue", (hue >= 170) & (hue < 255))
    put("purple", (hue >= 255) & (hue < 300))
    return out


def draw_sequence(elements: Sequence[Element]) -> list[Element]:
    """Elements in drawing order: ascending z, ties in list order."""
    return [e for _, _, e in sorted((e.z, i, e) for i, e in enumerate(elements))]


def pixel_box(box: tuple[float, float, float, float], width: int, height: int) -> tuple[int, int, int, int]:
    x0, y0, x1, y1 = box
    return (
        int(np.floor(x0 * width)),
        int(np.floor(y0 * height)),
        int(np.ceil(x1 * width)),
        int(np.ceil(y1 * height)),
    )


def visible_mask(plan: Plan, element: Element, width: int, height: int) -> npt.NDArray[np.bool_]:
    """The element's box minus the boxes of everything drawn after it."""
    mask = np.zeros((height, width), bool)
    x0, y0, x1, y1 = pixel_box(element.box, width, height)
    mask[y0:y1, x0:x1] = True
    order = draw_sequence(plan.elements)
    for later in order[order.index(element) + 1 :]:
        lx0, ly0, lx1, ly1 = pixel_box(later.box, width, height)
        mask[ly0:ly1, lx0:lx1] = False
    return mask


@dataclass(frozen=True)
class ElementCheck:
    element_id: str
    noun: str
    expected: str | None
    coverage: float
    dominant: str | None
    shares: dict[str, float]
    ok: bool
    reason: str


def check_element(
    image: RGBArray,
    plan: Plan,
    element: Element,
    background: tuple[int, int, int] | RGBArray,
    *,
    min_coverage: float = 0.08,
    background_tolerance: float = 24.0,
    min_share: float = 0.5,
) -> ElementCheck:
    """Is ``element`` drawn in its box, in its colour?"""
    height, width = image.shape[:2]
    mask = visible_mask(plan, element, width, height)
    pixels = image[mask]
    color = element.attributes.get("color")
    expected = expected_class(color) if isinstance(color, str) else None
    if pixels.size == 0:
        return ElementCheck(element.id, element.noun, expected, 0.0, None, {}, False, "box fully covered")
    under = background[mask] if isinstance(background, np.ndarray) else np.array(background, np.float32)
    distance = np.linalg.norm(pixels.astype(np.float32) - under.astype(np.float32), axis=1)
    ink = pixels[distance > background_tolerance]
    coverage = len(ink) / len(pixels)
    if coverage < min_coverage:
        reason = f"only {coverage:.1%} of the box differs from the background"
        return ElementCheck(element.id, element.noun, expected, coverage, None, {}, False, reason)
    if expected is None:
        return ElementCheck(element.id, element.noun, None, coverage, None, {}, True, "drawn")
    classes = classify(ink)
    counts = np.bincount(classes.astype(np.int64), minlength=len(CLASSES)).astype(np.float64)
    if expected != "black":
        counts[CLASSES.index("black")] = 0  # outline ink
    if expected not in ACHROMATIC:
        for name in ACHROMATIC:
            counts[CLASSES.index(name)] = 0  # outline anti-aliasing, highlights
    total = counts.sum()
    if total == 0:
        return ElementCheck(element.id, element.noun, expected, coverage, None, {}, False, "no coloured ink")
    shares = {name: float(counts[i] / total) for i, name in enumerate(CLASSES) if counts[i]}
    dominant = CLASSES[int(np.argmax(counts))]
    ok = dominant == expected and shares.get(expected, 0.0) >= min_share
    reason = "ok" if ok else f"dominant {dominant} ({shares.get(dominant, 0):.0%}), wanted {expected}"
    return ElementCheck(element.id, element.noun, expected, coverage, dominant, shares, ok, reason)


def _hex(value: str) -> tuple[int, int, int]:
    text = value.lstrip("#")
    return int(text[0:2], 16), int(text[2:4], 16), int(text[4:6], 16)


def check_plan(data: bytes, plan: Plan, **kwargs: float) -> list[ElementCheck]:
    """Checks for every object element of ``plan`` against the encoded image ``data``."""
    image = decode(data)
    background = _hex(plan.canvas.background.color)
    return [
        check_element(image, plan, element, background, **kwargs)
        for element in plan.elements
        if element.kind == "object"
    ]


def check_plan_on_backdrop(data: bytes, backdrop: bytes, plan: Plan, **kwargs: float) -> list[ElementCheck]:
    """Like :func:`check_plan` for a structured backdrop: ink is what differs from ``backdrop``, the
    same plan rendered without its elements."""
    image = decode(data)
    under = decode(backdrop)
    return [
        check_element(image, plan, element, under, **kwargs)
        for element in plan.elements
        if element.kind == "object"
    ]


def assert_conforms(
    data: bytes, plan: Plan, *, backdrop: bytes | None = None, **kwargs: float
) -> list[ElementCheck]:
    """Fail with every offending element listed when some object is missing or off-colour."""
    if backdrop is not None:
        results = check_plan_on_backdrop(data, backdrop, plan, **kwargs)
    else:
        results = check_plan(data, plan, **kwargs)
    failures = [r for r in results if not r.ok]
    assert not failures, "\n".join(
        f"{r.element_id} {r.noun!r} ({r.expected}): {r.reason}; coverage {r.coverage:.1%}; shares {r.shares}"
        for r in failures
    )
    return results


__all__ = [
    "CLASSES",
    "ElementCheck",
    "assert_conforms",
    "check_element",
    "check_plan",
    "check_plan_on_backdrop",
    "classify",
    "decode",
    "draw_sequence",
    "expected_class",
    "visible_mask",
]
