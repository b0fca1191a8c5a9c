"""A flag's CLDR name is its country's ("bandiera isole åland", "Flagge: China"): the thing is a flag,
not an island, china (porcelain) or a brazil nut."""

from __future__ import annotations

import pytest

from limner.reason import BuiltinReasoner, ReasonRequest
from limner.reason.i18n.sources.align import _flag
from limner.reason.i18n.sources.english import name_heads


def test_flag_emoji_are_told_apart() -> None:
    assert (
        _flag("🇦🇽")
        and _flag("🇨🇳")
        and _flag("\U0001f3f4\U000e0067\U000e0062\U000e0073\U000e0063\U000e0074\U000e007f")
    )
    assert not _flag("🏴") and not _flag("🚩") and not _flag("🍎") and not _flag("🇦")


def test_a_cldr_name_with_a_category_is_that_category() -> None:
    assert name_heads("family: man, woman, boy") == ("family",)
    assert name_heads("glass of milk") == ("glass",)


@pytest.mark.parametrize(
    "prompt",
    ["una foto di una bandiera isole åland", "une photo d'un drapeau chine", "eine Flagge Brasilien"],
)
def test_a_countrys_flag_is_a_flag(prompt: str) -> None:
    plan = BuiltinReasoner().reason(ReasonRequest(prompt=prompt, seed=1, width=512, height=512))
    assert [e.noun for e in plan.elements if e.kind == "object"] == ["flag"]
