"""Market variants: one image per locale in one call; only text regions differ (measured)."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import numpy.typing as npt
import pytest
from PIL import Image

from limner.config import Settings
from limner.errors import InvalidRequestError
from limner.plan.model import Background, Canvas, Element, Plan, TextSpec
from limner.platform.schemas import GenerateBody
from limner.platform.service import LimnerService
from limner.platform.variants import (
    check_localizations,
    detect_script,
    format_placeholders,
    localized_content,
    variant_plan,
)


@pytest.fixture
def service(tmp_path: Path) -> Iterator[LimnerService]:
    with LimnerService.open(Settings(data_dir=tmp_path / "data", database_url=None)) as opened:
        yield opened


def scene() -> Plan:
    headline = TextSpec(
        content="Fresh apples {price:4.99 EUR}",
        language="en",
        role="headline",
        localized={
            "de": "Frische Äpfel {price:4.99 EUR}",
            "ar": "تفاح طازج {price:4.99 EUR}",
            "ja": "新鮮なりんご {price:4.99 EUR}",
            "fr": "Pommes fraîches {price:4.99 EUR}",
        },
    )
    sale = TextSpec(
        content="Until {date:2025-03-01}",
        language="en",
        role="caption",
        localized={
            "de": "Bis {date:2025-03-01}",
            "ar": "حتى {date:2025-03-01}",
            "ja": "{date:2025-03-01}まで",
            "fr": "Jusqu'au {date:2025-03-01}",
        },
    )
    elements = [
        Element(id="e1", noun="apple", attributes={"color": "red"}, box=(0.05, 0.45, 0.4, 0.95), z=1),
        Element(id="e2", noun="basket", box=(0.55, 0.5, 0.95, 0.95), z=1),
        Element(id="e3", kind="text", noun="text", box=(0.05, 0.05, 0.95, 0.25), z=5, text=headline),
        Element(id="e4", kind="text", noun="text", box=(0.2, 0.28, 0.8, 0.4), z=5, text=sale),
    ]
    canvas = Canvas(width=640, height=480, background=Background(color="#f4efe6", description="market"))
    return Plan(canvas=canvas, elements=elements, seed=5)


def pixels(service: LimnerService, image_id: str) -> npt.NDArray[np.uint8]:
    data, _, _ = service.get_image(image_id)
    return np.asarray(Image.open(io.BytesIO(data)).convert("RGB"))


def text_mask(plan: Plan, width: int, height: int) -> npt.NDArray[np.bool_]:
    mask = np.zeros((height, width), bool)
    for element in plan.elements:
        if element.kind == "text":
            x0, y0, x1, y1 = element.box
            mask[int(y0 * height) : int(np.ceil(y1 * height)), int(x0 * width) : int(np.ceil(x1 * width))] = (
                True
            )
    return mask


def test_one_image_per_locale_and_only_text_regions_differ(service: LimnerService) -> None:
    plan = scene()
    generation = service.generate(GenerateBody(plan=plan, locales=["en", "de", "ar", "ja", "fr"]))
    assert [i.locale for i in generation.images] == ["en", "de", "ar", "ja", "fr"]
    assert len({i.sha256 for i in generation.images}) == 5
    frames = [pixels(service, i.id) for i in generation.images]
    outside = ~text_mask(plan, 640, 480)
    inside = ~outside
    for frame in frames[1:]:
        changed = np.any(frame != frames[0], axis=2)
        assert int(changed[outside].sum()) == 0  # every pixel outside the text boxes is identical
        assert int(changed[inside].sum()) > 500  # and the text itself did change


def test_missing_localization_is_a_422_naming_element_and_locale(service: LimnerService) -> None:
    with pytest.raises(InvalidRequestError) as caught:
        service.generate(GenerateBody(plan=scene(), locales=["de", "ko"]))
    assert caught.value.param == "locales"
    assert "'e3'" in caught.value.detail and "'ko'" in caught.value.detail


def test_localized_lookup_and_checks() -> None:
    spec = TextSpec(content="Hello", language="en", localized={"pt": "Olá", "zh-Hant": "你好"})
    assert localized_content(spec, "pt-BR") == "Olá"
    assert localized_content(spec, "en-GB") == "Hello"
    assert localized_content(spec, "zh-hant") == "你好"
    assert localized_content(spec, "fr") is None
    check_localizations(scene(), ["de", "fr", "en-US"])


def test_babel_formats_prices_dates_and_numbers_per_locale() -> None:
    assert format_placeholders("{price:4.99 EUR}", "de") == "4,99\xa0€"
    assert format_placeholders("{price:4.99 USD}", "en-US") == "$4.99"
    assert format_placeholders("{date:2025-03-01}", "de") == "1. März 2025"
    assert format_placeholders("{date:2025-03-01}", "ja") == "2025年3月1日"
    assert format_placeholders("{number:1234.5}", "de") == "1.234,5"
    assert format_placeholders("{percent:0.25}", "en") == "25%"
    assert format_placeholders("{price:abc EUR} {date:soon}", "de") == "{price:abc EUR} {date:soon}"


def test_variant_plan_sets_language_script_and_formats() -> None:
    variant = variant_plan(scene(), "ar")
    text = variant.elements[2].text
    assert text is not None and text.script == "Arab" and text.language == "ar" and not text.localized
    assert "{price" not in text.content and "€" in text.content
    assert detect_script("新鮮なりんご", "ja") == "Jpan" and detect_script("你好", "zh-Hant") == "Hant"
    assert detect_script("안녕", "ko") == "Kore" and detect_script("Привет", "ru") == "Cyrl"


def test_a_plan_with_nothing_to_localize_is_drawn_as_it_is() -> None:
    words = Element(id="t", kind="text", noun="text", box=(0.1, 0.1, 0.9, 0.3), text=TextSpec(content="Hi"))
    plain = scene().model_copy(update={"elements": [*scene().elements[:2], words]})  # nothing to format
    assert variant_plan(plain, None) is plain and variant_plan(plain, "ar", mirror_rtl=False) is plain
    assert variant_plan(plain, "ar", mirror_rtl=True) is not plain  # mirrored
    placeholders = scene()  # a price to format and localizations to drop: a copy, as before
    variant = variant_plan(placeholders, None)
    assert variant is not placeholders and variant.elements[0] is placeholders.elements[0]
    text = variant.elements[2].text
    assert text is not None and not text.localized and "{price" not in text.content


def test_mirror_rtl_mirrors_only_right_to_left_locales(service: LimnerService) -> None:
    plan = scene()
    mirrored = variant_plan(plan, "ar", mirror_rtl=True)
    assert mirrored.elements[0].box == pytest.approx((0.6, 0.45, 0.95, 0.95))
    assert variant_plan(plan, "de", mirror_rtl=True).elements[0].box == plan.elements[0].box
    generation = service.generate(GenerateBody(plan=plan, locales=["de", "ar"], mirror_rtl=True))
    de, ar = (pixels(service, i.id) for i in generation.images)
    # The apple moved from the left to the right: the left half now differs outside the text.
    left = np.zeros(de.shape[:2], bool)
    left[int(0.45 * 480) :, : int(0.4 * 640)] = True
    assert np.any(de != ar, axis=2)[left].mean() > 0.05


def test_render_notes_are_on_the_images_of_the_response(service: LimnerService) -> None:
    plan = scene()
    long = plan.elements[3].model_copy(
        update={"text": TextSpec(content="A very long caption that has to shrink to fit " * 6)}
    )
    plan = plan.model_copy(update={"elements": [*plan.elements[:3], long]})
    generation = service.generate(GenerateBody(plan=plan))
    assert any("shrunk" in note for note in generation.images[0].notes)
