"""The same reference looks the same in every scene: size, position, canvas, market and pose.

Each scene's reference region is mapped back to the reference's own pixel grid (undoing the
fit, the box position and the pose: mirror, rotation, scale) and compared with the reference by
SSIM over the subject's pixels (its alpha or plain-background matte, eroded a little so that the
edge, which blends with each scene's own background, is not counted).
"""

from __future__ import annotations

import math
import random

import numpy as np
import pytest
from PIL import Image

from limner.plan.model import Background, Canvas, Element, Plan, ReferenceUse, TextSpec
from limner.platform.schemas import GenerateBody
from limner.platform.service import LimnerService
from limner.render.builtin.matte import matte
from limner.render.builtin.references import element_pose, reference_rect

from .images import U8, character, decode, encode, erode, product, ssim_map

SCENE_PAIRS = 24
THRESHOLD = 0.95
SIZES = [(640, 640), (800, 600), (600, 900), (1024, 768), (512, 512), (900, 500)]
MARKETS = [("en", "Fresh today"), ("de", "Heute frisch"), ("fr", "Frais du jour"), ("es", "Fresco hoy")]
POSES: list[dict[str, str | float]] = [
    {},
    {"facing": "left"},
    {"rotation": 90},
    {"rotation": 180},
    {"rotation": 30},
    {"scale": 0.8},
    {"facing": "left", "rotation": 270, "scale": 0.9},
]


def back_to_reference(rendered: U8, element: Element, ref_w: int, ref_h: int) -> U8:
    """The element's region resampled onto the reference's grid, with the pose undone."""
    height, width = rendered.shape[:2]
    x, y, w, h = reference_rect(element, ref_w, ref_h, width, height)
    pose = element_pose(element)
    k = pose.scale * w / ref_w
    m = -1.0 if pose.mirrored else 1.0
    cos, sin = math.cos(math.radians(pose.rotation)), math.sin(math.radians(pose.rotation))
    a, b, d, e = m * k * cos, -k * sin, m * k * sin, k * cos
    c = x + w / 2 - a * ref_w / 2 - b * ref_h / 2
    f = y + h / 2 - d * ref_w / 2 - e * ref_h / 2
    image = Image.fromarray(rendered).transform(
        (ref_w, ref_h), Image.Transform.AFFINE, (a, b, c, d, e, f), resample=Image.Resampling.BICUBIC
    )
    return np.asarray(image).copy()


def subject_ssim(region: U8, reference: U8, subject: np.ndarray, scale: float) -> float:
    inner = erode(subject, 3 + math.ceil(1.5 / scale))
    return float(ssim_map(region, reference)[inner].mean())


def scene(rng: random.Random, ref_id: str, ref_size: tuple[int, int], pose: dict[str, str | float]) -> Plan:
    width, height = rng.choice(SIZES)
    ref_w, ref_h = ref_size
    turned = pose.get("rotation") in (90, 270)
    target = rng.uniform(0.5, 1.3) * ref_h  # drawn height in pixels
    box_h = min(0.62, target / height)
    box_w = min(0.9, box_h * height * (ref_w / ref_h) / width)
    if turned:  # keep the rotated picture on the canvas
        box_h = min(box_h, 0.5 * width / height)
        box_w = min(box_w, 0.5 * height / width)
    x0 = rng.uniform(0.02, 0.98 - box_w)
    y0 = rng.uniform(0.3, 0.98 - box_h) if not turned else rng.uniform(0.3, 0.7 - box_h / 2)
    lang, headline = rng.choice(MARKETS)
    color = "#" + "".join(f"{rng.randrange(256):02x}" for _ in range(3))
    return Plan(
        canvas=Canvas(width=width, height=height, background=Background(color=color)),
        language=lang,
        references=[ReferenceUse(id=ref_id, role="product")],
        elements=[
            Element(
                id="e1",
                noun="bottle",
                reference_id=ref_id,
                box=(x0, y0, x0 + box_w, y0 + box_h),
                attributes=dict(pose),
                z=1,
            ),
            Element(
                id="e2",
                kind="text",
                noun="text",
                box=(0.05, 0.02, 0.95, 0.16),
                z=2,
                text=TextSpec(content=headline, language=lang, role="headline"),
            ),
        ],
    )


@pytest.mark.parametrize("kind", ["product", "character"])
def test_the_same_reference_matches_across_scene_pairs(service: LimnerService, kind: str) -> None:
    picture = product() if kind == "product" else character()
    data = encode(picture)
    ref = service.references.create(data, "product", kind, "acct_local")
    rgba = matte(np.asarray(picture.convert("RGBA")).copy())
    reference, subject = rgba[..., :3], rgba[..., 3] > 250
    assert 0.15 < subject.mean() < 0.9  # the matte found a subject, not the whole picture
    rng = random.Random(f"consistency-{kind}")
    scores: list[float] = []
    for pair in range(SCENE_PAIRS // 2):
        pose = POSES[pair % len(POSES)]
        regions = []
        for _ in range(2):
            plan = scene(rng, ref.id, (ref.width, ref.height), pose)
            generation = service.generate(GenerateBody(plan=plan, seed=pair))
            assert generation.status == "succeeded"
            rendered = decode(service.get_image(generation.images[0].id)[0])
            element = plan.elements[0]
            _, _, w, _ = reference_rect(element, ref.width, ref.height, plan.canvas.width, plan.canvas.height)
            scale = element_pose(element).scale * w / ref.width
            region = back_to_reference(rendered, element, ref.width, ref.height)
            scores.append(subject_ssim(region, reference, subject, scale))
            regions.append(region)
        # the two scenes also match each other
        scores.append(subject_ssim(regions[0], regions[1], subject, 1.0))
    print(f"{kind}: SSIM over {len(scores)} comparisons: min {min(scores):.4f} mean {np.mean(scores):.4f}")
    assert min(scores) >= THRESHOLD, scores


def test_the_measure_sees_a_pose_that_is_not_undone(service: LimnerService) -> None:
    picture = character()
    ref = service.references.create(encode(picture), "character", "kid", "acct_local")
    rgba = matte(np.asarray(picture.convert("RGBA")).copy())
    reference, subject = rgba[..., :3], rgba[..., 3] > 250
    plan = scene(random.Random(3), ref.id, (ref.width, ref.height), {"facing": "left"})
    generation = service.generate(GenerateBody(plan=plan))
    rendered = decode(service.get_image(generation.images[0].id)[0])
    element = plan.elements[0]
    undone = back_to_reference(rendered, element, ref.width, ref.height)
    ignored = back_to_reference(
        rendered, element.model_copy(update={"attributes": {}}), ref.width, ref.height
    )
    assert subject_ssim(undone, reference, subject, 1.0) >= THRESHOLD
    assert subject_ssim(ignored, reference, subject, 1.0) < THRESHOLD - 0.02
