"""Quoted text: every quote style, script and language detected, roles in several languages, localized."""

from __future__ import annotations

import pytest

from limner.plan.model import TextSpec
from limner.reason.base import ReasonRequest
from limner.reason.language import detect_script, text_language
from limner.reason.pipeline import reason
from limner.reason.quotes import extract_quotes

STYLES = [
    ("'", "'"),
    ('"', '"'),
    ("\u201c", "\u201d"),
    ("\u2018", "\u2019"),
    ("\u00ab", "\u00bb"),
    ("\u201e", "\u201c"),
    ("\u201e", "\u201d"),
    ("\u300c", "\u300d"),
    ("\u300e", "\u300f"),
    ("\u2039", "\u203a"),
]

SAMPLES = [
    ("Big Sale", "en", "Latn"),
    ("Привет мир", "ru", "Cyrl"),
    ("Καλημέρα", "el", "Grek"),
    ("مرحبا", "ar", "Arab"),
    ("שלום", "he", "Hebr"),
    ("नमस्ते", "hi", "Deva"),
    ("স্বাগতম", "bn", "Beng"),
    ("สวัสดี", "th", "Thai"),
    ("这个价格", "zh", "Hans"),
    ("這個價格", "zh", "Hant"),
    ("セール中", "ja", "Jpan"),
    ("안녕하세요", "ko", "Kore"),
]


def _texts(prompt: str) -> list[TextSpec]:
    return [e.text for e in reason(ReasonRequest(prompt=prompt)).elements if e.text is not None]


@pytest.mark.parametrize(("left", "right"), STYLES)
def test_every_quote_style_keeps_the_content_exactly(left: str, right: str) -> None:
    [text] = _texts(f"a sign with {left}Open Now{right} above a dog")
    assert text.content == "Open Now"
    assert text.role == "sign"


@pytest.mark.parametrize(("content", "lang", "script"), SAMPLES)
def test_script_and_language_of_quoted_text(content: str, lang: str, script: str) -> None:
    assert detect_script(content) == script
    assert text_language(content) == (lang, script)
    [text] = _texts(f'a headline "{content}"')
    assert (text.content, text.language, text.script) == (content, lang, script)


@pytest.mark.parametrize(
    ("prompt", "role", "lang"),
    [
        ("un titular «Rebajas» sobre un gato", "headline", "es"),
        ("une légende « Bonjour » sous un chien", "caption", "fr"),
        ("ein Schild „Willkommen“ über einem Hund", "sign", "de"),
        ("uma etiqueta 'Novo' e um gato", "label", "pt"),
        ("un cartello 'Aperto' sopra un gatto", "sign", "it"),
        ("标题「大减价」和一只猫", "headline", "zh"),
        ("見出し「セール」と猫", "headline", "ja"),
        ("a logo 'ACME' and a price tag '$5'", "logo", "en"),
    ],
)
def test_roles_from_the_prompt_words(prompt: str, role: str, lang: str) -> None:
    plan = reason(ReasonRequest(prompt=prompt))
    assert plan.language == lang
    texts = [e.text for e in plan.elements if e.text is not None]
    assert texts and texts[0].role == role, [t.role for t in texts]


def test_localized_variants_from_the_prompt() -> None:
    [text] = _texts("headline 'Sale' (German 'Angebot', Japanese 'セール') above a cat")
    assert text.content == "Sale"
    assert text.localized == {"de": "Angebot", "ja": "セール"}
    [text] = _texts("titular «Rebajas» (inglés 'Sale', francés 'Soldes')")
    assert (text.content, text.language) == ("Rebajas", "es")
    assert text.localized == {"en": "Sale", "fr": "Soldes"}


def test_parenthesis_without_language_names_is_left_alone() -> None:
    quoted = extract_quotes("a sign 'Open' (in 'red' letters)")
    assert quoted.quotes == ("Open", "red")
    assert quoted.localized == {}
