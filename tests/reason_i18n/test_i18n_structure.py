"""Structure across languages: word order, counters, postpositions, negation and corrections."""

from __future__ import annotations

import pytest

from limner.plan.geometry import relative_position
from limner.plan.model import Plan
from limner.reason.base import ReasonRequest
from limner.reason.i18n import detect_language
from limner.reason.pipeline import reason


def _objects(plan: Plan) -> list[tuple[str, str | None]]:
    return sorted((e.noun, e.attributes.get("color")) for e in plan.elements if e.kind == "object")  # type: ignore[misc]


@pytest.mark.parametrize(
    ("prompt", "lang"),
    [
        ("un coche rojo", "es"),
        ("une voiture rouge", "fr"),
        ("ein rotes Auto", "de"),
        ("um carro vermelho", "pt"),
        ("una macchina rossa", "it"),
        ("一辆红色的汽车", "zh"),
        ("赤い車", "ja"),
    ],
)
def test_red_car_in_every_language(prompt: str, lang: str) -> None:
    plan = reason(ReasonRequest(prompt=prompt))
    assert plan.language == lang
    assert _objects(plan) == [("car", "red")]


def test_counts_before_and_after_the_noun() -> None:
    for prompt in (
        "三个红苹果",
        "赤いりんごが三つ",
        "三つの赤いりんご",
        "tres manzanas rojas",
        "drei rote Äpfel",
    ):
        assert _objects(reason(ReasonRequest(prompt=prompt))) == [("apple", "red")] * 3, prompt


@pytest.mark.parametrize(
    "prompt",
    [
        "猫の左に犬",
        "犬は猫の左にいます",
        "狗在猫的左边",
        "猫的左边有一只狗",
        "un perro a la izquierda de un gato",
        "un chien à gauche d'un chat",
        "ein Hund links von einer Katze",
    ],
)
def test_relations_keep_their_direction(prompt: str) -> None:
    plan = reason(ReasonRequest(prompt=prompt))
    dog = next(e for e in plan.elements if e.noun == "dog")
    cat = next(e for e in plan.elements if e.noun == "cat")
    assert "left of" in relative_position(dog.box, cat.box), prompt


@pytest.mark.parametrize(
    "prompt",
    [
        "un gato sin perro",
        "un chat sans chien",
        "eine Katze ohne Hund",
        "um gato sem cachorro",
        "un gatto senza cane",
        "一只猫，没有狗",
        "猫、犬なし",
    ],
)
def test_negation(prompt: str) -> None:
    nouns = [e.noun for e in reason(ReasonRequest(prompt=prompt)).elements if e.kind == "object"]
    assert nouns == ["cat"], prompt


@pytest.mark.parametrize(
    "prompt",
    [
        "un gato rojo, en realidad azul",
        "un chat rouge, en fait bleu",
        "eine rote Katze, eigentlich blau",
        "um gato vermelho, na verdade azul",
        "un gatto rosso, anzi blu",
    ],
)
def test_corrections(prompt: str) -> None:
    assert _objects(reason(ReasonRequest(prompt=prompt))) == [("cat", "blue")], prompt


def test_detection_by_script_and_words() -> None:
    assert detect_language("a photo of a banana and an orange bus") == "en"
    assert detect_language("una foto di due gatti") == "it"
    assert detect_language("uma foto de dois gatos") == "pt"
    assert detect_language("안녕 고양이") == "ko"
    assert detect_language("猫がいる") == "ja"
    assert detect_language("一只猫") == "zh"
    assert detect_language('a sign "Hola amigos"') == "en"


@pytest.mark.parametrize(
    ("prompt", "noun", "label"),
    [
        ("un avión y un gato", "airplane", "avión"),
        ("une girafe et un chat", "giraffe", "girafe"),
        ("eine Giraffe und ein Hund", "giraffe", "Giraffe"),
        ("飛行機と猫", "airplane", "飛行機"),
    ],
)
def test_cldr_nouns_beyond_the_curated_core(prompt: str, noun: str, label: str) -> None:
    plan = reason(ReasonRequest(prompt=prompt))
    element = next(e for e in plan.elements if e.noun == noun)
    assert element.label is not None and element.label.lower() == label.lower()
