"""CLDR emoji names and keywords per language.

Two shipped sources, merged per emoji (variation selectors dropped):

- the ``emoji`` package (PyPI, BSD): CLDR short names for en, es, fr, de, pt, it, zh, ja;
- ``cldr-annotations-full`` (npm, Unicode-3.0): CLDR short names (``tts``) and keywords for the same
  languages and their regional locales (es-419, es-MX, es-US, fr-CA, de-CH, pt-PT, Traditional
  Chinese zh-Hant and zh-Hant-HK), merged into the language.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache

import emoji

from limner.reason.i18n.sources.npm import NpmPackage, fetch, read_members

ANNOTATIONS = NpmPackage(
    "cldr-annotations-full",
    "48.2.0",
    "sha512-DV7A+rEcgUSNTRsVGNGqBZRmAkGfwhGHO5Q1dRwzBoBnVrHWp804JP7/QJdEc66iHmx3+zLWVIMCFLm0lW7PUQ==",
)

#: lexicon language → CLDR locales whose data it reads
LOCALES: dict[str, tuple[str, ...]] = {
    "en": ("en",),
    "es": ("es", "es-419", "es-MX", "es-US"),
    "fr": ("fr", "fr-CA"),
    "de": ("de", "de-CH"),
    "pt": ("pt", "pt-PT"),
    "it": ("it",),
    "zh": ("zh", "zh-Hant", "zh-Hant-HK"),
    "ja": ("ja",),
}


@dataclass(frozen=True)
class Annotation:
    """One emoji in one language: its short names and its keywords (lower-case)."""

    names: tuple[str, ...]
    keywords: tuple[str, ...]


def _key(char: str) -> str:
    return char.replace("\ufe0f", "")


def _clean(text: str) -> str:
    return " ".join(text.replace("_", " ").strip(":").split()).lower()


@cache
def _annotation_files() -> dict[str, bytes]:
    members = [f"package/annotations/{loc}/annotations.json" for locs in LOCALES.values() for loc in locs]
    return read_members(fetch(ANNOTATIONS), members)


def _from_annotations(locale: str) -> dict[str, tuple[list[str], list[str]]]:
    raw = _annotation_files()[f"package/annotations/{locale}/annotations.json"]
    table = json.loads(raw)["annotations"]["annotations"]
    out: dict[str, tuple[list[str], list[str]]] = {}
    for char, data in table.items():
        names = [_clean(t) for t in data.get("tts", [])]
        keywords = [_clean(k) for k in data.get("default", [])]
        out[_key(char)] = (names, keywords)
    return out


def _from_emoji_package(lang: str) -> dict[str, str]:
    emoji.config.load_language([lang])
    out: dict[str, str] = {}
    for char, data in emoji.EMOJI_DATA.items():
        name = data.get(lang)
        if isinstance(name, str) and data.get("status") == emoji.STATUS["fully_qualified"]:
            out.setdefault(_key(char), _clean(name))
    return out


@cache
def cldr_annotations(lang: str) -> dict[str, Annotation]:
    """Emoji (without variation selectors) → its CLDR names and keywords in ``lang``."""
    names: dict[str, list[str]] = {}
    keywords: dict[str, list[str]] = {}
    for char, name in _from_emoji_package(lang).items():
        names.setdefault(char, []).append(name)
    for locale in LOCALES[lang]:
        for char, (tts, words) in _from_annotations(locale).items():
            names.setdefault(char, []).extend(tts)
            keywords.setdefault(char, []).extend(words)
    out: dict[str, Annotation] = {}
    for char in sorted(set(names) | set(keywords)):
        found = tuple(dict.fromkeys(n for n in names.get(char, []) if n))
        extra = tuple(dict.fromkeys(k for k in keywords.get(char, []) if k and k not in found))
        out[char] = Annotation(found, extra)
    return out


def versions() -> dict[str, str]:
    return {"emoji": emoji.__version__, ANNOTATIONS.name: ANNOTATIONS.version}


__all__ = ["ANNOTATIONS", "LOCALES", "Annotation", "cldr_annotations", "versions"]
