"""Goods on shelves and stalls: "a bakery with bread on the shelves" puts the bread on the shelves, "a
street market with fruit stalls" has fruit on its stalls, several of it.

Three things went wrong: a with-phrase after a place ("a shop with toys on the shelves") put the place
itself on the shelves; a stall named by its goods ("fruit stalls") showed no goods; and goods named
without a number ("bread", "fruit") on several shelves or stalls were one loaf on one of them.

- :func:`shelve_goods` (working text): "a PLACE with GOODS on the SHELVES" is read as "GOODS on the
  SHELVES in a PLACE" (a PLACE is a word the lexicon knows as a scene), and a stall named by goods
  the picture can show (food, plants, books, toys; not ``stalls.not_goods`` in ``words.json``) gets
  them on it: "fruit stalls" → "stalls with fruit on them", "a flower stall" → "a flower stall with
  flower on it" (one on one stall).
- :func:`limner.reason.stocked.spread_goods` (resolved scene): goods of one (no number said) on
  several shelves or stalls are one on each.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache

from limner.reason.vocab import lexicon
from limner.reason.wordlists import words

#: What goods are shown on (singular and plural).
_SURFACES = r"(?:shelves|shelf|stalls|stall|stands|racks|rack|counters|counter|tables|table|display|displays)"
#: Lexicon categories of goods a stall is drawn with.
SHOWN = frozenset({"food", "plant", "office", "toy"})
#: "a PLACE with GOODS on the SHELVES" (goods with no article: "bread", "toys", "fresh fruit").
_PLACE_WITH = re.compile(
    r"\b(?P<place>(?:a|an|the)\s+(?:[a-z-]+\s+)?(?P<head>[a-z-]+))\s+with\s+"
    r"(?P<goods>(?!(?:a|an|the)\b)[a-z-]+(?:\s+[a-z-]+){0,2}?)"
    rf"\s+on\s+(?:the|its|their)\s+(?P<surface>{_SURFACES})\b",
    re.IGNORECASE,
)
_STALLS = re.compile(
    r"\b(?P<goods>[a-z-]+)\s+(?P<head>stalls|stands|booths|kiosks|stall|stand|booth|kiosk)\b", re.IGNORECASE
)
#: Words before "GOODS stands" that make "stands" a noun ("two fruit stands", "with fruit stands").
_COUNTED = frozenset(
    {"with", "and", "of", "some", "several", "many", "few", "two", "three", "four", "five", "six"}
)
#: Words before a stall that make it the place of someone ("at a flower stall").
_PLACE_WORDS = frozenset({"at", "in", "by", "near", "behind", "beside", "from", "outside"})
#: Words before a stall word that end a phrase rather than name goods.
_NOT_GOODS = frozenset(
    {"a", "an", "the", "with", "and", "of", "market", "street", "farm", "two", "three", "some"}
)


@cache
def _stall_table() -> Mapping[str, list[str]]:
    table: Mapping[str, list[str]] = words().get("stalls", {})
    return table


def _scene_word(word: str) -> bool:
    return any(tag.kind == "scene" for tag in lexicon().phrases.get((word.lower(),), ()))


def _goods_category(word: str) -> str | None:
    lex = lexicon()
    info = lex.nouns.get(word)
    if info is None:
        noun = next((t.value for t in lex.phrases.get((word,), ()) if t.kind == "noun"), None)
        info = lex.nouns.get(noun) if noun is not None else None
    return info.category if info is not None else None


def _shown_goods(goods: str) -> bool:
    """Whether a stall of ``goods`` is drawn with them ("fruit", "flower"; not "ticket", "cake" stands)."""
    word = goods.lower()
    if word in _NOT_GOODS or word in _stall_table().get("not_goods", []):
        return False
    return _goods_category(word) in SHOWN


def _stocked(match: re.Match[str]) -> str:
    goods, head = match.group("goods"), match.group("head")
    if not _shown_goods(goods) or (head.lower() == "stands" and not _counted(match)):
        return match.group(0)
    rest = match.string[: match.start()] + " " + match.string[match.end() :]
    if re.search(rf"\b{re.escape(goods)}", rest, re.IGNORECASE):
        return match.group(0)  # "selling lemonade at a lemonade stand": the goods are named
    if head.lower().endswith("s"):  # "fruit stalls": the plural loses the compound, the goods stay
        return f"stalls with {_plural(goods)} on them"
    before = [w.lower() for w in match.string[: match.start()].split()[-2:]]
    if _PLACE_WORDS.intersection(before):
        return match.group(0)  # "a woman at a flower stall": the stall may be the scene, "it" the woman
    return f"{match.group(0)} with {goods} on it"  # one of them on one stall


def _counted(match: re.Match[str]) -> bool:
    """Whether "stands" after goods is the plural of a stand, not a verb ("a balloon stands next to
    him"): only after a count, "with", "and" or "of" ("two fruit stands", "a market with fruit stands")."""
    before = match.string[: match.start()].split()
    return not before or before[-1].lower() in _COUNTED or before[-1].isdigit()


def _plural(goods: str) -> str:
    """Goods counted one by one in their plural ("flowers", "books"); food as named ("fruit", "bread")."""
    if _goods_category(goods.lower()) == "food":
        return goods
    tags = lexicon().phrases.get((goods.lower() + "s",), ())
    return goods + "s" if any(t.kind == "noun" and t.plural for t in tags) else goods


def shelve_goods(text: str) -> str:
    """``text`` with goods put on the shelves and stalls they are named with (see the module)."""
    lower = text.lower()
    if " with " in lower and " on " in lower:
        text = _PLACE_WITH.sub(_on_shelves, text)
    if any(w in lower for w in ("stall", "stand", "booth", "kiosk")) and " on " not in lower:
        text = _STALLS.sub(_stocked, text)
    return text


def _on_shelves(match: re.Match[str]) -> str:
    if not _scene_word(match.group("head")):
        return match.group(0)  # "a man with a hat on the table": no place
    goods, surface = match.group("goods"), match.group("surface")
    return f"{goods} on the {surface} in {match.group('place')}"


__all__ = ["SHOWN", "shelve_goods"]
