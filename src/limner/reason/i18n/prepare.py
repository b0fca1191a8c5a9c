"""The multilingual front and back of the pipeline: prompt → canonical English, plan → the prompt's words."""

from __future__ import annotations

from dataclasses import dataclass, field

from limner.plan.model import Element, Plan
from limner.reason.i18n.detect import detect_language
from limner.reason.i18n.lexicon import LANGUAGES
from limner.reason.i18n.translate import translate
from limner.reason.language import text_language
from limner.reason.quotes import extract_quotes, quote_roles, restore_quotes

_QUOTE_CHARS = frozenset(
    "\"'\u201c\u201d\u201e\u201a\u2018\u2019\u00ab\u00bb\u2039\u203a\u300c\u300d\u300e\u300f\uff02"
)
#: Quote marks the core normalizer does not read: prompts with them go through ``extract_quotes``.
_OTHER_QUOTES = frozenset("\u201e\u201a\u2039\u300e\uff02")


@dataclass(frozen=True)
class Prepared:
    language: str
    #: the prompt the core (English) reasoner reads
    prompt: str
    #: canonical noun → the prompt's word
    labels: dict[str, str] = field(default_factory=dict)
    #: quoted content → {language: variant}
    localized: dict[str, dict[str, str]] = field(default_factory=dict)
    #: quoted content → role named beside it
    roles: dict[str, str] = field(default_factory=dict)


def prepare_prompt(prompt: str) -> Prepared:
    """Detect the language; non-English prompts (and localized quotes) become canonical English."""
    language = detect_language(prompt)
    has_quotes = any(ch in _QUOTE_CHARS for ch in prompt)
    if language not in LANGUAGES and not has_quotes:
        return Prepared(language, prompt)
    quoted = extract_quotes(prompt)
    localized = {quoted.quotes[i]: v for i, v in quoted.localized.items()}
    roles = quote_roles(quoted.text, quoted.quotes, language if language in LANGUAGES else "en")
    if language not in LANGUAGES:
        rewrite = localized or any(ch in _OTHER_QUOTES for ch in prompt)
        text = restore_quotes(quoted.text, quoted.quotes) if rewrite else prompt
        return Prepared(language, text, {}, localized, roles)
    result = translate(quoted.text, language, quoted.quotes)
    return Prepared(language, result.text, result.labels, localized, roles)


def _element(element: Element, prepared: Prepared) -> Element:
    if element.text is not None:
        lang, script = text_language(element.text.content, prepared.language)
        variants = prepared.localized.get(element.text.content, element.text.localized)
        role = prepared.roles.get(element.text.content, element.text.role)
        update = {"language": lang, "script": script, "localized": dict(variants), "role": role}
        spec = element.text.model_copy(update=update)
        return element.model_copy(update={"text": spec})
    if element.noun in prepared.labels:
        return element.model_copy(update={"label": prepared.labels[element.noun]})
    return element


def localize_plan(plan: Plan, prepared: Prepared, original_prompt: str) -> Plan:
    """The plan in the prompt's terms: language, labels, text language/script and localized variants."""
    if prepared.language == "en" and not prepared.labels and all(e.text is None for e in plan.elements):
        return plan
    elements = [_element(e, prepared) for e in plan.elements]
    return plan.model_copy(
        update={"language": prepared.language, "elements": elements, "prompt": original_prompt}
    )


__all__ = ["Prepared", "localize_plan", "prepare_prompt"]
