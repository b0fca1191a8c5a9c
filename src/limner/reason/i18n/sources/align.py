"""Link local CLDR words to canonical English nouns through the emoji they annotate.

Every emoji is a tiny parallel text: its English names and keywords on one side, the language's on
the other. Four rules, no per-word table:

1. **Names.** An emoji's local short name translates its English short name. Both are cut at their
   first "with" and split at "and"; parts are paired in order when their numbers agree, and each
   English part's head noun (:func:`.english.name_parts`) names the local part ("🚚 delivery truck"
   → es "camión de reparto" → truck; "🛋 couch and lamp" → "sofá y lámpara" → sofá = couch;
   "🥣 bowl with spoon" → "cuenco con cuchara" → cuenco = bowl). A single-head name also names the
   whole local name. A local name that names two different nouns is dropped. Pairings of names
   with several parts are made last and only where the keyword links agree with them, in order or
   swapped ("Messer und Gabel" ↔ "fork and knife"). A head found only as the last word of an
   English name ("railway car" → car) yields to a noun that two or more of the emoji's English
   keywords name ("train", "tram").
2. **Keywords.** A local keyword is aligned with the English names and keywords that annotate the
   same emoji, by the Dice coefficient of their emoji sets; it names a noun when every best-aligned
   English phrase names that same noun, the Dice is at least :data:`MIN_DICE` and the link rests on
   at least :data:`MIN_KEYWORD_SUPPORT` emoji. A two-head English name names both its heads. So
   "cuchillo" (on 🍴 🍽 🔪 🗡) aligns with "knife", "tenedor" (on 🍴 🍽) with "fork", "reparto"
   with "delivery" (no noun), "vehículo" with "vehicle" (no noun), and "mercancías", alone on 🚚
   beside both "delivery" and "delivery truck", is dropped.
3. **Cognates.** A keyword spelled (nearly) like one of its emoji's English names or keywords that
   names a noun is that noun: loanwords such as "smartphone", "skateboard", "vase".
4. **Heads.** A keyword that rule 2 leaves and that heads a name linked on the same emoji by rule 1
   names that name's noun: "camión" on 🚛 "camión articulado", "mochila" on 🎒 "mochila escolar",
   "电视" on 📺 "电视机" (:func:`is_head`), when it heads such names on two emoji or on at least
   half of those it annotates (French "petit", first word of 🛩 "petit avion" only, annotates many
   small things).
"""

from __future__ import annotations

import difflib
import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cache

from limner.reason.i18n.sources.cldr import cldr_annotations
from limner.reason.i18n.sources.english import (
    NameParts,
    first_segment,
    keyword_noun,
    name_heads,
    name_structure,
    noun_index,
    weak_noun,
)

MIN_DICE = 0.6
#: emoji a local keyword must sit on before a weak English keyword ("ball") may name its noun
MIN_WEAK_SUPPORT = 3
#: least number of emoji a keyword link rests on: a keyword on one emoji cannot be told from that
#: emoji's other words ("reparto" = delivery, "mercancías" = goods, both on 🚚 only)
MIN_KEYWORD_SUPPORT = 2


@dataclass(frozen=True)
class Link:
    phrase: str
    noun: str
    #: Dice of the alignment (1.0 for a name)
    score: float
    #: emoji that support the link
    support: int
    #: the phrase is a local CLDR short name of an emoji the noun heads
    named: bool


@dataclass(frozen=True)
class _English:
    #: English phrase → emoji carrying it
    carriers: dict[str, frozenset[str]]
    #: English phrase → the nouns it names (a two-head name names both; empty: no noun)
    nouns: dict[str, frozenset[str]]
    #: English keyword → the noun it names only weakly ("ball" → sports ball, "phone" → cell phone),
    #: kept when at least half the emoji it annotates name that noun unambiguously too ("ball" on ⚽
    #: soccer ball, 🏀 basketball, …; not "glasses" on 👓 🕶 🥽, nor "disc" on 💿 📀)
    weak: dict[str, str]


def _flag(char: str) -> bool:
    """A country or region flag: two regional indicator letters, or a black flag with tag letters."""
    indicators = [c for c in char if 0x1F1E6 <= ord(c) <= 0x1F1FF]
    tags = [c for c in char if 0xE0020 <= ord(c) <= 0xE007F]
    return len(indicators) == 2 == len(char) or (char.startswith("\U0001f3f4") and bool(tags))


@cache
def _english() -> _English:
    carriers: dict[str, set[str]] = {}
    nouns: dict[str, frozenset[str]] = {}
    weak: dict[str, str] = {}
    for char, note in cldr_annotations("en").items():
        for name in note.names:
            carriers.setdefault(name, set()).add(char)
            # a flag's name is its country's ("åland islands"): the thing drawn is a flag
            nouns[name] = frozenset({"flag"}) if _flag(char) else frozenset(name_heads(name))
        for keyword in note.keywords:
            carriers.setdefault(keyword, set()).add(char)
            noun = keyword_noun(keyword)
            nouns.setdefault(keyword, frozenset() if noun is None else frozenset({noun}))
            loose = weak_noun(keyword)
            if loose is not None:
                weak[keyword] = loose
    strong: dict[str, set[str]] = {}  # emoji → nouns its names or unambiguous keywords name
    for q, chars in carriers.items():
        for char in chars:
            strong.setdefault(char, set()).update(nouns[q])
    trusted = {
        q: noun
        for q, noun in weak.items()
        if sum(noun in strong.get(c, set()) for c in carriers[q]) * 2 > len(carriers[q])
    }
    return _English({q: frozenset(c) for q, c in carriers.items()}, nouns, trusted)


@dataclass(frozen=True)
class Joins:
    """The language's words for "and" and "with", which split a short name into its parts."""

    ands: tuple[str, ...]
    withs: tuple[str, ...]
    spaceless: bool


def _cut(text: str, words: tuple[str, ...], spaceless: bool) -> list[str]:
    if spaceless:
        parts = [text]
        for word in words:
            parts = [piece for part in parts for piece in part.split(word)]
        return parts if all(len(p) >= 2 for p in parts) else [text]
    out: list[list[str]] = [[]]
    for token in text.split():
        if token in words:
            out.append([])
        else:
            out[-1].append(token)
    return [" ".join(p) for p in out]


def local_parts(name: str, joins: Joins) -> tuple[list[str], list[str], bool]:
    """A local short name's "and"-parts before its first "with", the parts of all its "with"-segments,
    and whether it has a "with"."""
    segments = _cut(name, joins.withs, joins.spaceless) if joins.withs else [name]
    first = [p for p in _cut(segments[0], joins.ands, joins.spaceless) if p]
    every = [p for seg in segments for p in _cut(seg, joins.ands, joins.spaceless) if p]
    return first, every, len(segments) > 1


def _pairs(name: str, english: NameParts, joins: Joins) -> list[tuple[str, str | None]]:
    """Local parts paired in order with English heads: by first segments when both names have a
    "with" or neither has, by all segments when only the English has one ("bowl with spoon" ↔
    "ボウルとスプーン"); none when only the local name has one (its "with" joins what the English name
    fuses: "necktie" ↔ "Hemd mit Krawatte"). A one-head English name also names the whole local name."""
    first, every, has_with = local_parts(name, joins)
    pairs: list[tuple[str, str | None]] = []
    if has_with == english.has_with and len(first) == len(english.first):
        pairs = list(zip(first, english.first, strict=True))
    elif english.has_with and not has_with and len(every) == len(english.every):
        pairs = list(zip(every, english.every, strict=True))
    heads = {h for h in english.first if h is not None}
    if len(english.first) == 1 and len(heads) == 1:
        pairs.append((name, english.first[0]))
    return pairs


def _checked(structure: NameParts, name: str, keywords: tuple[str, ...]) -> NameParts:
    """A head found only as the name's last word ("railway car" → car) yields to a noun that two or
    more of the emoji's English keywords name more often ("train", "tram" → train)."""
    if len(structure.first) != 1 or structure.first[0] is None:
        return structure
    if noun_index().phrases.get(first_segment(name)) is not None:
        return structure  # the whole segment is the noun: "bowl with spoon"
    votes = Counter(n for k in keywords if (n := keyword_noun(k)) is not None)
    head = structure.first[0]
    best, count = max(votes.items(), key=lambda item: (item[1], item[0] == head), default=(head, 0))
    if best != head and count >= 2 and count > votes[head]:
        return replace(structure, first=(best,), every=(best,))
    return structure


#: one emoji's name parts paired with nouns, when the name has two or more parts
_Multi = tuple[str, tuple[tuple[str, str], ...]]


def _name_links(
    lang: str, accept: Callable[[str], bool], joins: Joins
) -> tuple[dict[str, dict[str, set[str]]], list[_Multi]]:
    """Rule 1: local name → noun → emoji for one-head names; the in-order pairings of names with
    several parts, which :func:`link` checks against the keywords before it trusts them."""
    english = cldr_annotations("en")
    found: dict[str, dict[str, set[str]]] = {}
    multi: list[_Multi] = []
    for char, note in cldr_annotations(lang).items():
        source = english.get(char)
        if source is None or not source.names:
            continue
        if _flag(char):  # "bandiera isole åland": a flag, whatever the country's name says
            structure = NameParts(("flag",), ("flag",), False)
        else:
            structure = _checked(name_structure(source.names[0]), source.names[0], source.keywords)
        for name in note.names:
            pairs = [(p, n) for p, n in _pairs(name, structure, joins) if n is not None and accept(p)]
            if len({n for _, n in pairs}) == 1:
                for phrase, noun in pairs:
                    found.setdefault(phrase, {}).setdefault(noun, set()).add(char)
            elif pairs:
                multi.append((char, tuple(pairs)))
    return {p: nouns for p, nouns in found.items() if len(nouns) == 1}, multi


def _ordered(pairs: tuple[tuple[str, str], ...], links: dict[str, Link]) -> tuple[tuple[str, str], ...]:
    """The in-order pairing, or the swapped one for two parts ("Messer und Gabel" ↔ "fork and knife"),
    whichever agrees with the links already made; nothing when neither does."""

    def agrees(candidate: tuple[tuple[str, str], ...]) -> bool:
        return all(p not in links or links[p].noun == n for p, n in candidate)

    if agrees(pairs):
        return pairs
    if len(pairs) == 2:
        (a, x), (b, y) = pairs
        swapped = ((a, y), (b, x))
        if agrees(swapped):
            return swapped
    return ()


def is_head(word: str, phrase: str, joins: Joins) -> bool:
    """``word`` heads ``phrase``: its first word, or (German, Chinese, Japanese) its start or end."""
    if word == phrase or len(word) < 2:
        return False
    if joins.spaceless:
        return phrase.startswith(word) or phrase.endswith(word)
    return phrase.startswith(word + " ") or (phrase.endswith(word) and " " not in phrase and len(word) >= 4)


def _fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text.lower()) if not unicodedata.combining(c))


def cognate(word: str, english: str) -> bool:
    """Loanwords and cognates ("smartphone", "vase" ~ "vase", "télévision" ~ "television")."""
    a, b = _fold(word).replace("-", " "), _fold(english).replace("-", " ")
    close = abs(len(a) - len(b)) <= 1 and difflib.SequenceMatcher(None, a, b).ratio() >= 0.9
    return len(a) >= 4 and close


def _cognate_link(phrase: str, chars: frozenset[str]) -> str | None:
    """Rule 4: a keyword spelled like an English name or keyword of its emoji that names a noun."""
    english = cldr_annotations("en")
    nouns = {
        noun
        for char in chars
        for q in (*english[char].names, *english[char].keywords)
        if cognate(phrase, q) and (noun := keyword_noun(q) or (name_heads(q) or (None,))[0]) is not None
    }
    return nouns.pop() if len(nouns) == 1 else None


def _keyword_link(chars: frozenset[str]) -> tuple[str, float, int] | None:
    """Rule 2: the noun every best-aligned English phrase names (a weak keyword such as "ball" counts
    when the local keyword sits on :data:`MIN_WEAK_SUPPORT` emoji or more)."""
    english = _english()
    notes = cldr_annotations("en")
    candidates = {q for char in chars for q in (*notes[char].names, *notes[char].keywords)}
    best = 0.0
    tops: list[str] = []
    for q in candidates:
        shared = len(chars & english.carriers[q])
        dice = 2 * shared / (len(chars) + len(english.carriers[q]))
        if dice > best + 1e-9:
            best, tops = dice, [q]
        elif abs(dice - best) <= 1e-9:
            tops.append(q)
    if best < MIN_DICE:
        return None
    common: set[str] | None = None
    for q in tops:
        named = set(english.nouns.get(q, frozenset()))
        if q in english.weak and len(chars) >= MIN_WEAK_SUPPORT:
            named.add(english.weak[q])
        common = named if common is None else common & named
    if not common or len(common) != 1:
        return None
    [noun] = common
    support = len(chars & {c for q in tops for c in english.carriers[q]})
    if support < MIN_KEYWORD_SUPPORT:
        return None
    return noun, round(best, 3), support


def link(
    lang: str, accept: Callable[[str], bool], joins: Joins, accept_name: Callable[[str], bool] | None = None
) -> list[Link]:
    """Local phrases linked to canonical nouns: names that ``accept_name`` (default ``accept``) lets
    through, keywords that ``accept`` lets through."""
    english = cldr_annotations("en")
    links: dict[str, Link] = {}
    named: dict[str, list[tuple[str, str]]] = {}  # emoji → (linked name part, noun)
    single, multi = _name_links(lang, accept_name or accept, joins)
    for phrase, nouns in single.items():
        [(noun, chars)] = nouns.items()
        links[phrase] = Link(phrase, noun, 1.0, len(chars), True)
        for char in chars:
            named.setdefault(char, []).append((phrase, noun))
    carriers: dict[str, set[str]] = {}
    for char, note in cldr_annotations(lang).items():
        if char not in english:
            continue
        for phrase in (*note.names, *note.keywords):
            if phrase not in links and accept(phrase):
                carriers.setdefault(phrase, set()).add(char)
    for phrase, chars in carriers.items():
        found = _keyword_link(frozenset(chars))
        if found is not None:
            noun, score, support = found
            links[phrase] = Link(phrase, noun, score, support, False)
            continue
        similar = _cognate_link(phrase, frozenset(chars))
        if similar is not None:
            links[phrase] = Link(phrase, similar, 1.0, len(chars), False)
            continue
        heads = {n for c in chars for p, n in named.get(c, []) if is_head(phrase, p, joins)}
        if len(heads) == 1:
            [noun] = heads
            headed = {
                c for c in chars for p, n in named.get(c, []) if n == noun and is_head(phrase, p, joins)
            }
            if len(headed) >= 2 or 2 * len(headed) >= len(chars):  # else a modifier ("petit avion")
                links[phrase] = Link(phrase, noun, 1.0, len(headed), False)
    parts: dict[str, dict[str, set[str]]] = {}
    for char, pairs in multi:
        for phrase, noun in _ordered(pairs, links):
            if phrase not in links:
                parts.setdefault(phrase, {}).setdefault(noun, set()).add(char)
    for phrase, nouns in parts.items():
        if len(nouns) == 1:
            [(noun, chars)] = nouns.items()
            links[phrase] = Link(phrase, noun, 1.0, len(chars), True)
    return sorted(links.values(), key=lambda k: (k.noun, -k.named, -k.support, -k.score, k.phrase))


__all__ = [
    "MIN_DICE",
    "MIN_KEYWORD_SUPPORT",
    "MIN_WEAK_SUPPORT",
    "Joins",
    "Link",
    "cognate",
    "is_head",
    "link",
    "local_parts",
]
