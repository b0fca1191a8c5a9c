"""Market variants: one plan rendered per locale.

For each requested locale every text element takes its ``text.localized`` entry (exact tag,
then its language: ``pt-BR`` → ``pt``); text already written in the locale's language keeps its
content. A text element with neither is refused (422, naming the element and the locale).
Only text changes between the variants of one scene; with ``mirror_rtl`` the layout of a
right-to-left locale (Arabic, Hebrew, Persian, Urdu, …) is mirrored left↔right as well.

Locale formatting (Babel, CLDR data) — placeholders in text content, formatted for the
variant's locale (or the text's own language when no locale is asked for):

- ``{price:4.99 EUR}`` → ``4,99 €`` (de), ``€4.99`` (en), ``٤٫٩٩ €`` (ar-EG): amount and ISO 4217 code;
- ``{number:1234.5}`` → ``1.234,5`` (de), ``1 234,5`` (fr);
- ``{percent:0.25}`` → ``25 %`` (de);
- ``{date:2025-03-01}`` → ``1. März 2025`` (de), ``2025年3月1日`` (ja): ISO date, CLDR long format.

A placeholder that does not parse is left as written.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Sequence
from decimal import Decimal, InvalidOperation

import icu  # type: ignore[import-untyped]
from babel import Locale, UnknownLocaleError
from babel.dates import format_date
from babel.numbers import format_currency, format_decimal, format_percent

from limner.errors import InvalidRequestError
from limner.plan.model import Element, Plan, TextSpec

RTL_LANGUAGES = frozenset({"ar", "he", "iw", "fa", "ur", "yi", "ps", "dv", "ckb", "sd", "ug"})
PLACEHOLDER = re.compile(r"\{(price|number|percent|date):([^{}]+)\}")
_HAN_BY_LANGUAGE = {"ja": "Jpan", "ko": "Kore"}


def language_of(locale: str) -> str:
    return locale.replace("_", "-").split("-")[0].lower()


def is_rtl_locale(locale: str) -> bool:
    return language_of(locale) in RTL_LANGUAGES


def _babel_locale(tag: str) -> Locale:
    try:
        return Locale.parse(tag.replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        try:
            return Locale.parse(language_of(tag))
        except (UnknownLocaleError, ValueError):
            return Locale.parse("en")


def _format_one(kind: str, value: str, locale: Locale) -> str | None:
    value = value.strip()
    try:
        if kind == "price":
            amount, _, currency = value.partition(" ")
            if not re.fullmatch(r"[A-Za-z]{3}", currency.strip()):
                return None
            return str(format_currency(Decimal(amount), currency.strip().upper(), locale=locale))
        if kind == "number":
            return str(format_decimal(Decimal(value), locale=locale))
        if kind == "percent":
            return str(format_percent(Decimal(value), locale=locale))
        return str(format_date(datetime.date.fromisoformat(value), "long", locale=locale))
    except (InvalidOperation, ValueError):
        return None


def format_placeholders(text: str, locale: str) -> str:
    """``text`` with its ``{price:…}``, ``{number:…}``, ``{percent:…}``, ``{date:…}`` formatted."""
    if "{" not in text:
        return text
    babel_locale = _babel_locale(locale)

    def replace(match: re.Match[str]) -> str:
        formatted = _format_one(match.group(1), match.group(2), babel_locale)
        return formatted if formatted is not None else match.group(0)

    return PLACEHOLDER.sub(replace, text)


def detect_script(text: str, language: str) -> str:
    """The ISO 15924 script most letters of ``text`` are written in (Jpan/Kore/Hans/Hant for CJK)."""
    counts: dict[str, int] = {}
    for ch in text:
        if not ch.isalpha():
            continue
        code = str(icu.Script.getScript(ch).getShortName())
        counts[code] = counts.get(code, 0) + 1
    if not counts:
        return "Latn"
    if "Hira" in counts or "Kana" in counts:
        return "Jpan"
    if "Hang" in counts:
        return "Kore"
    best = max(counts, key=lambda code: counts[code])
    if best == "Hani":
        lang = language.lower()
        if lang.split("-")[0] in _HAN_BY_LANGUAGE:
            return _HAN_BY_LANGUAGE[lang.split("-")[0]]
        traditional = any(tag in lang for tag in ("hant", "-tw", "-hk", "-mo"))
        return "Hant" if traditional else "Hans"
    return best


def localized_content(spec: TextSpec, locale: str) -> str | None:
    """The element's text for ``locale``, or None when it has no localization for it."""
    for key in (locale, language_of(locale)):
        for have, content in spec.localized.items():
            if have.lower() == key.lower():
                return content
    if language_of(spec.language) == language_of(locale):
        return spec.content
    return None


def check_localizations(plan: Plan, locales: Sequence[str]) -> None:
    """422 for the first text element lacking a localization for a requested locale."""
    for locale in locales:
        for element in plan.elements:
            if element.text is not None and localized_content(element.text, locale) is None:
                raise InvalidRequestError(
                    f"text element {element.id!r} has no localization for locale {locale!r}: "
                    f"add text.localized[{locale!r}] (it is written in {element.text.language!r})",
                    param="locales",
                )


def _variant_text(spec: TextSpec, locale: str | None) -> TextSpec:
    if locale is None:
        content, language, script = spec.content, spec.language, spec.script
    else:
        content = localized_content(spec, locale) or spec.content
        language = locale if content is not spec.content else spec.language
        script = spec.script if content is spec.content else detect_script(content, locale)
    formatted = format_placeholders(content, language)
    if not spec.localized and (formatted, language, script) == (spec.content, spec.language, spec.script):
        return spec  # drawn as written: no copy to make
    return spec.model_copy(
        update={"content": formatted, "language": language, "script": script, "localized": {}}
    )


def _mirrored(element: Element) -> Element:
    x0, y0, x1, y1 = element.box
    return element.model_copy(update={"box": (round(1.0 - x1, 6), y0, round(1.0 - x0, 6), y1)})


def variant_plan(plan: Plan, locale: str | None, mirror_rtl: bool = False) -> Plan:
    """The plan as drawn for ``locale``: localized, locale-formatted text; mirrored if asked and RTL."""
    mirror = mirror_rtl and locale is not None and is_rtl_locale(locale)
    elements: list[Element] = []
    for element in plan.elements:
        if element.text is not None and (text := _variant_text(element.text, locale)) is not element.text:
            element = element.model_copy(update={"text": text})
        elements.append(_mirrored(element) if mirror else element)
    if all(made is given for made, given in zip(elements, plan.elements, strict=True)):
        return plan  # nothing localized, formatted or mirrored: the plan itself, not a copy
    return plan.model_copy(update={"elements": elements})


__all__ = [
    "PLACEHOLDER",
    "RTL_LANGUAGES",
    "check_localizations",
    "detect_script",
    "format_placeholders",
    "is_rtl_locale",
    "language_of",
    "localized_content",
    "variant_plan",
]
