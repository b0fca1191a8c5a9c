"""Text written before what places it: "a SALE sign", "a cake with Happy Birthday written on it",
'a "SALE" sign', and "… and the title STAR VOYAGE"."""

from __future__ import annotations

import pytest

from limner.plan.model import Plan
from limner.reason import BuiltinReasoner, ReasonRequest


def _plan(prompt: str) -> Plan:
    return BuiltinReasoner().reason(ReasonRequest(prompt=prompt, seed=1, width=1024, height=1024))


def _texts(plan: Plan) -> list[str]:
    return [e.text.content for e in plan.elements if e.text is not None]


def _inside(inner: tuple[float, ...], outer: tuple[float, ...]) -> bool:
    return outer[0] <= inner[0] and outer[1] <= inner[1] and inner[2] <= outer[2] and inner[3] <= outer[3]


@pytest.mark.parametrize(
    ("prompt", "carrier", "text"),
    [
        ("a shop window with a SALE sign", "sign", "SALE"),
        ("a big NO PARKING sign next to a car", "sign", "NO PARKING"),
        ('a bakery with a "FRESH" banner', "banner", "FRESH"),
        ("a HELLO sticker on a laptop", "sticker", "HELLO"),
    ],
)
def test_upper_case_words_before_a_carrier_are_its_text(prompt: str, carrier: str, text: str) -> None:
    plan = _plan(prompt)
    assert _texts(plan) == [text]
    host = next(e for e in plan.elements if e.noun == carrier)
    words = next(e for e in plan.elements if e.text is not None)
    assert _inside(tuple(words.box), tuple(host.box))  # set on its face, not beside it


@pytest.mark.parametrize(
    ("prompt", "text"),
    [
        ("a cake with Happy Anniversary written on it", "Happy Anniversary"),
        ("a mug with best dad ever printed on it", "best dad ever"),
        ("a wall with GO HOME painted across it", "GO HOME"),
        ("a movie poster with a spaceship and the title STAR VOYAGE", "STAR VOYAGE"),
        ("a poster with a cat and the words hello world", "hello world"),
    ],
)
def test_text_named_before_or_after_and_is_read(prompt: str, text: str) -> None:
    assert _texts(_plan(prompt)) == [text]


@pytest.mark.parametrize(
    "prompt",
    ["an LED sign on a wall", "a TV next to a sofa", "a shirt with a cat printed on it", "A sign. A dog."],
)
def test_no_text_where_none_is_written(prompt: str) -> None:
    plan = _plan(prompt)
    assert _texts(plan) == []
    assert plan.elements
