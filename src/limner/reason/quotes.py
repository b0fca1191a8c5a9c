"""Quoted text in any quote style, and localized variants given beside it.

``headline 'Sale' (German 'Angebot', Japanese 'セール')`` → the quote "Sale" with
``localized = {"de": "Angebot", "ja": "セール"}``; the parenthesis is taken out of the prompt.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from limner.reason.i18n.lexicon import lang_lexicon, language_names
from limner.reason.i18n.tokenize import Token, tokenize

MARK = "\u27e6{}\u27e7"

_QUOTES = re.compile(
    r"\"([^\"\n]{1,2000})\""
    r"|\u201c([^\u201d\n]{1,2000})\u201d"
    r"|\u201e([^\u201c\u201d\n]{1,2000})[\u201c\u201d]"
    r"|\u201a([^\u2018\u2019\n]{1,2000})[\u2018\u2019]"
    r"|\u00ab\s?([^\u00bb\n]{1,2000}?)\s?\u00bb"
    r"|\u00bb([^\u00ab\n]{1,2000})\u00ab"
    r"|\u2039([^\u203a\n]{1,2000})\u203a"
    r"|\u300c([^\u300d\n]{1,2000})\u300d"
    r"|\u300e([^\u300f\n]{1,2000})\u300f"
    r"|\uff02([^\uff02\n]{1,2000})\uff02"
    r"|(?:(?<=^)|(?<=[\s(\[:,;]))'([^'\n]{1,2000}?)'(?=$|[\s.,;:!?)\]])"
    r"|(?:(?<=^)|(?<=[\s(\[:,;]))\u2018([^\u2019\n]{1,2000}?)\u2019(?=$|[\s.,;:!?)\]])"
)
_LOCALIZED = re.compile(r"\u27e6(\d+)\u27e7\s*[(\uff08]([^()\uff08\uff09]*)[)\uff09]")
_VARIANT = re.compile(r"([^\W\d_][^\u27e6,;:、，]*?)\s*[:：]?\s*\u27e6(\d+)\u27e7")


@dataclass(frozen=True)
class Quoted:
    #: the prompt with each quote replaced by ⟦n⟧ (localized parentheses removed)
    text: str
    quotes: tuple[str, ...]
    #: quote index → {language code: content}
    localized: dict[int, dict[str, str]]


def _localized(text: str, quotes: list[str]) -> tuple[str, dict[int, dict[str, str]]]:
    names = language_names()
    found: dict[int, dict[str, str]] = {}

    def take(match: re.Match[str]) -> str:
        variants: dict[str, str] = {}
        inner = match.group(2)
        for name, index in _VARIANT.findall(inner):
            code = names.get(name.strip().lower())
            if code is None:
                return match.group(0)
            variants[code] = quotes[int(index)]
        rest = _VARIANT.sub("", inner).strip(" ,;、，")
        if not variants or rest:
            return match.group(0)
        found[int(match.group(1))] = variants
        return match.group(0)[: match.group(0).index("\u27e7") + 1]

    return _LOCALIZED.sub(take, text), found


def extract_quotes(prompt: str) -> Quoted:
    """Every quoted string, verbatim (surrounding spaces trimmed), in order of appearance."""
    quotes: list[str] = []

    def keep(match: re.Match[str]) -> str:
        content = next(g for g in match.groups() if g is not None).strip()
        if not content:
            return " "
        quotes.append(content)
        return " " + MARK.format(len(quotes) - 1) + " "

    text = _QUOTES.sub(keep, prompt)
    text, localized = _localized(text, quotes)
    return Quoted(text, tuple(quotes), localized)


def restore_quotes(text: str, quotes: tuple[str, ...]) -> str:
    """⟦n⟧ markers back to quoted strings the core normalizer reads."""

    def put(match: re.Match[str]) -> str:
        content = quotes[int(match.group(1))]
        return f"\u201c{content}\u201d" if '"' in content else f'"{content}"'

    return re.sub(r"\u27e6(\d+)\u27e7", put, text)


_SKIP = frozenset({"article", "particle", "number", "word", "with", "photo"})


def quote_roles(text: str, quotes: tuple[str, ...], lang: str) -> dict[str, str]:
    """Quoted content → role named next to it ("titular «Rebajas»", "「セール」という見出し")."""
    tokens = tokenize(text, lang_lexicon(lang))
    roles: dict[str, str] = {}
    for i, tok in enumerate(tokens):
        if tok.kind != "quote":
            continue
        index = int(tok.canonical.strip("\u27e6\u27e7"))
        role = _near(tokens, i, -1) or _near(tokens, i, 1)
        if role is not None and 0 <= index < len(quotes):
            roles.setdefault(quotes[index], role)
    return roles


def _near(tokens: list[Token], start: int, step: int) -> str | None:
    i = start + step
    for _ in range(4):
        if not 0 <= i < len(tokens):
            return None
        tok = tokens[i]
        if tok.kind == "role":
            return tok.canonical
        if tok.kind not in _SKIP:
            return None
        i += step
    return None


__all__ = ["Quoted", "extract_quotes", "quote_roles", "restore_quotes"]
