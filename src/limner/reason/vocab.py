"""The English lexicon: data files under ``lexicon/`` compiled once into a phrase table.

Every entry becomes one or more :class:`Tag` values keyed by its token tuple, so the tokenizer can
match the longest known phrase at each position ("hot dog" before "dog", "to the left of" before "left").
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from types import MappingProxyType
from typing import Any

#: Words split like the prompt tokenizer splits them.
TOKEN_RE = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")

#: Long side of an object, as a fraction of the canvas's short side, per size class.
SIZE_CLASSES: Mapping[str, float] = MappingProxyType(
    {
        "tiny": 0.09,
        "small": 0.15,
        "medium": 0.24,
        "large": 0.34,
        "xlarge": 0.42,
        "huge": 0.5,
    }
)

BASIC_COLORS: tuple[str, ...] = (
    "red",
    "orange",
    "yellow",
    "green",
    "blue",
    "purple",
    "pink",
    "brown",
    "black",
    "white",
    "gray",
)


@dataclass(frozen=True)
class NounInfo:
    noun: str
    category: str
    size: float
    aspect: float
    implied_color: str | None
    pair: bool


@dataclass(frozen=True)
class Tag:
    """One meaning of a phrase. ``kind`` names the word class; the other fields depend on it."""

    kind: str
    value: str = ""
    number: float = 0.0
    plural: bool = False
    extra: str = ""


@dataclass(frozen=True)
class Lexicon:
    nouns: Mapping[str, NounInfo]
    phrases: Mapping[tuple[str, ...], tuple[Tag, ...]]
    max_len: int
    color_hex: Mapping[str, str]
    stopwords: frozenset[str]
    text_roles: Mapping[str, str]
    #: "a bowl of apples": container noun → how its contents relate to it.
    containers: Mapping[str, str]
    #: Real English words one edit from a noun form: never read as typos ("cast", "hose").
    real_words: frozenset[str] = frozenset()


def tokens_of(text: str) -> tuple[str, ...]:
    return tuple(TOKEN_RE.findall(text.lower().replace("-", " ")))


def pluralize(word: str) -> list[str]:
    """Regular English plurals of a (possibly multi-word) noun: the last word inflects."""
    head, _, last = word.rpartition(" ")
    prefix = f"{head} " if head else ""
    forms: list[str] = []
    if re.search(r"(s|x|z|ch|sh)$", last):
        forms.append(last + "es")
    elif re.search(r"[^aeiou]y$", last):
        forms.append(last[:-1] + "ies")
    elif last.endswith("o"):
        forms += [last + "es", last + "s"]
    else:
        forms.append(last + "s")
    if last.endswith("fe"):
        forms.append(last[:-2] + "ves")
    elif last.endswith("f"):
        forms.append(last[:-1] + "ves")
    return [prefix + f for f in forms]


def _data(name: str) -> str:
    return resources.files("limner.reason").joinpath("lexicon").joinpath(name).read_text(encoding="utf-8")


def _rows(name: str) -> list[list[str]]:
    rows = []
    for line in _data(name).splitlines():
        if line.strip() and not line.startswith("#"):
            rows.append([cell.strip() for cell in line.split("\t")])
    return rows


class _Builder:
    def __init__(self) -> None:
        self.table: dict[tuple[str, ...], list[Tag]] = {}

    def add(self, phrase: str, tag: Tag) -> None:
        key = tokens_of(phrase)
        if not key:
            return
        tags = self.table.setdefault(key, [])
        if tag not in tags:
            tags.append(tag)

    def add_noun_forms(self, noun: str, singular: str, plurals: list[str]) -> None:
        self.add(singular, Tag("noun", noun, plural=False, extra=singular))
        for form in plurals:
            if tokens_of(form) != tokens_of(singular):
                self.add(form, Tag("noun", noun, plural=True, extra=singular))
            else:
                # Same form in both numbers (sheep, fish, skis): the count decides.
                self.add(form, Tag("noun", noun, plural=False, extra=singular))


def _load_nouns(builder: _Builder) -> dict[str, NounInfo]:
    nouns: dict[str, NounInfo] = {}
    for row in _rows("nouns.tsv"):
        row += [""] * (8 - len(row))
        noun, category, size, aspect, plurals, synonyms, color, flags = row[:8]
        info = NounInfo(
            noun=noun,
            category=category or "object",
            size=SIZE_CLASSES.get(size, SIZE_CLASSES["medium"]),
            aspect=float(aspect) if aspect else 1.0,
            implied_color=color or None,
            pair="pair" in flags.split(","),
        )
        nouns[noun] = info
        plural_forms = [p for p in plurals.split(";") if p] + pluralize(noun)
        builder.add_noun_forms(noun, noun, plural_forms)
        for synonym in (s for s in synonyms.split(";") if s):
            word, _, plural = synonym.partition("/")
            builder.add_noun_forms(noun, word, ([plural] if plural else []) + pluralize(word))
    return nouns


def _load_colors(builder: _Builder, modifiers: dict[str, str]) -> dict[str, str]:
    hexes: dict[str, str] = {}
    rows = _rows("colors.tsv")
    for word, basic, hex_value in rows:
        if word == basic:
            hexes[basic] = hex_value
    for word, basic, hex_value in rows:
        # A plain basic colour word ("red", "grey", "reddish") carries no exact value: only a shade
        # ("crimson", "light blue") or an exact value in the prompt sets ``attributes.hex``.
        exact = "" if hexes.get(basic) == hex_value else hex_value
        builder.add(word, Tag("color", basic, extra=exact))
        builder.add(word + "ish", Tag("color", basic, extra=""))
    for word, basic, hex_value in _rows("colors.tsv"):
        if word != basic or " " in word:
            continue
        for modifier, kind in modifiers.items():
            builder.add(f"{modifier} {word}", Tag("color", basic, extra=_shade(hex_value, kind)))
    return hexes


def _shade(hex_value: str, kind: str) -> str:
    rgb = [int(hex_value[i : i + 2], 16) for i in (1, 3, 5)]
    if kind == "light":
        rgb = [round(c + (255 - c) * 0.45) for c in rgb]
    elif kind == "dark":
        rgb = [round(c * 0.55) for c in rgb]
    elif kind == "muted":
        mean = sum(rgb) / 3
        rgb = [round(c * 0.6 + mean * 0.4) for c in rgb]
    else:
        rgb = [min(255, round(c * 1.15)) for c in rgb]
    return "#" + "".join(f"{c:02x}" for c in rgb)


def _load_words(builder: _Builder, words: dict[str, Any]) -> None:
    for phrase, n in words["numbers"].items():
        builder.add(phrase, Tag("num", number=float(n), extra=phrase))
    for n in range(0, 101):
        builder.add(str(n), Tag("num", number=float(n), extra=str(n)))
    for phrase in words["pair_counts"]:
        builder.add(phrase, Tag("pair"))
    for phrase in words["definite"]:
        builder.add(phrase, Tag("def"))
    for phrase, predicate in words["relations"].items():
        builder.add(phrase, Tag("rel", predicate))
    for phrase, predicate in words["relations_to_it"].items():  # "to its left": the object is "it"
        builder.add(phrase, Tag("rel", predicate, extra="it"))
    simple = {
        "fillers": "filler",
        "negations": "neg",
        "corrections": "corr",
        "remove_verbs": "remove",
        "add_verbs": "add",
        "modify_verbs": "modify",
        "replace_verbs": "replace",
        "move_verbs": "move",
        "copulas": "copula",
        "text_verbs": "textverb",
        "pronouns_single": "pron",
        "pronouns_plural": "prons",
        "rest_words": "rest",
        "materials": "material",
    }
    for key, kind in simple.items():
        for phrase in words[key]:
            builder.add(phrase, Tag(kind, phrase))
    for phrase, factor in words["sizes"].items():
        builder.add(phrase, Tag("size", phrase, number=float(factor)))
    for phrase, where in words["positions"].items():
        builder.add(phrase, Tag("pos", where))
    for phrase, how in words["arrangements"].items():
        builder.add(phrase, Tag("arrange", how))
    for phrase, index in words["ordinals"].items():
        builder.add(phrase, Tag("ordinal", phrase, number=float(index)))


def nearest_basic(hex_value: str, lex: Lexicon) -> str:
    """The basic colour word nearest an exact ``#rrggbb`` value (by weighted RGB distance)."""
    rgb = [int(hex_value[i : i + 2], 16) for i in (1, 3, 5)]

    def distance(item: tuple[str, str]) -> float:
        other = [int(item[1][i : i + 2], 16) for i in (1, 3, 5)]
        return 2 * (rgb[0] - other[0]) ** 2 + 4 * (rgb[1] - other[1]) ** 2 + 3 * (rgb[2] - other[2]) ** 2

    return min(sorted(lex.color_hex.items()), key=distance)[0]


def _canonical_first(key: tuple[str, ...], tags: list[Tag]) -> tuple[Tag, ...]:
    """A word that names a noun of its own reads as that noun before any noun it is a synonym of
    ("tent" is a tent, though "tent" is also listed among the kinds of house)."""
    own = " ".join(key)
    ranked = sorted(
        range(len(tags)),
        key=lambda i: (
            not (tags[i].kind == "noun" and own in (tags[i].value, pluralize(tags[i].value)[0])),
            i,
        ),
    )
    return tuple(tags[i] for i in ranked)


@cache
def lexicon() -> Lexicon:
    """The compiled English lexicon (loaded once per process)."""
    builder = _Builder()
    words: dict[str, Any] = json.loads(_data("words.json"))
    nouns = _load_nouns(builder)
    hexes = _load_colors(builder, words["color_modifiers"])
    for description, scene_desc, color in _rows("scenes.tsv"):
        builder.add(description, Tag("scene", scene_desc, extra=color))
    _load_words(builder, words)
    phrases = {key: _canonical_first(key, tags) for key, tags in builder.table.items()}
    return Lexicon(
        nouns=MappingProxyType(nouns),
        phrases=MappingProxyType(phrases),
        max_len=max(len(k) for k in phrases),
        color_hex=MappingProxyType(hexes),
        stopwords=frozenset(words["stopwords"]),
        text_roles=MappingProxyType(dict(words["text_roles"])),
        containers=MappingProxyType(dict(words["containers"])),
        real_words=frozenset(str(words.get("real_words", "")).split()),
    )


__all__ = [
    "BASIC_COLORS",
    "SIZE_CLASSES",
    "Lexicon",
    "NounInfo",
    "Tag",
    "lexicon",
    "nearest_basic",
    "pluralize",
    "tokens_of",
]
