"""Translate a prompt in a supported language into the canonical English the core parser reads.

Tokens map to canonical English items; noun phrases are rebuilt in English order (postnominal
colours "coche rojo", counters "三个红苹果", trailing counts "りんごが三つ") and postpositional
relations are turned around ("猫の左に犬" → "dog left of cat"). Each noun keeps its source word.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from limner.reason.i18n.lexicon import SPACELESS, lang_lexicon
from limner.reason.i18n.tokenize import Token, tokenize

_POSTNOMINAL = frozenset({"es", "fr", "pt", "it"})
_DROP = frozenset({"article", "particle", "counter", "photo", "word"})
_PUNCT = {"。": ".", "、": ",", "，": ",", "！": "!", "？": "?", "；": ";", "：": ":"}
_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5}


@dataclass
class _Phrase:
    noun: str
    source: str
    count: str | None = None
    colors: list[str] = field(default_factory=list)
    negated: bool = False

    def english(self) -> str:
        many = self.count is not None and (_NUMBERS.get(self.count, 0) > 1 or self.count.isdigit())
        noun = _plural(self.noun) if many else self.noun
        head = self.count or ("an" if (self.colors or [noun])[0][0] in "aeiou" else "a")
        words = [head, *self.colors[:1], noun]
        return ("without " if self.negated else "") + " ".join(words)


@dataclass(frozen=True)
class _Word:
    kind: str
    text: str


_Item = _Phrase | _Word


@dataclass(frozen=True)
class Translation:
    language: str
    text: str
    #: canonical English noun → the prompt's own word for it
    labels: dict[str, str]


def _plural(noun: str) -> str:
    if noun.endswith(("s", "x", "ch", "sh")):
        return noun + "es"
    if noun.endswith("y") and noun[-2:-1] not in ("a", "e", "i", "o", "u"):
        return noun[:-1] + "ies"
    return noun + "s"


def _flush_count(items: list[_Item], pending: str | None) -> None:
    last = items[-1] if items else None
    if pending is not None and isinstance(last, _Phrase) and last.count is None:
        last.count = pending


def _items(tokens: list[Token], lang: str) -> list[_Item]:
    items: list[_Item] = []
    count: str | None = None
    colors: list[str] = []
    negate = False
    after_noun = False
    for tok in tokens:
        if tok.kind == "noun":
            items.append(_Phrase(tok.canonical, tok.extra, count, colors, negate))
            count, colors, negate, after_noun = None, [], False, True
            continue
        if tok.kind == "color":
            last = items[-1] if items else None
            if after_noun and lang in _POSTNOMINAL and isinstance(last, _Phrase):
                last.colors.append(tok.canonical)
            else:
                colors.append(tok.canonical)
            continue
        if tok.kind in ("number", "digits"):
            count = tok.canonical
            after_noun = False
            continue
        if tok.kind in _DROP:
            continue
        after_noun = False
        if lang in SPACELESS:
            _flush_count(items, count)
            count = None
        if tok.kind in ("punct", "and", "correction", "quote"):
            items.extend(_Word("color", c) for c in colors)
            colors = []
        if tok.kind == "postneg":
            last = items[-1] if items else None
            if isinstance(last, _Phrase):
                last.negated = True
            continue
        text = _PUNCT.get(tok.canonical, tok.canonical)
        items.append(_Word(tok.kind, text))
    if lang in SPACELESS:
        _flush_count(items, count)
    items.extend(_Word("color", c) for c in colors)
    return items


def _phrase_index(items: list[_Item], start: int, step: int, stop_at_and: bool) -> int | None:
    i = start
    while 0 <= i < len(items):
        item = items[i]
        if isinstance(item, _Phrase):
            return i
        if item.kind in ("punct", "postrel", "relation") or (stop_at_and and item.kind == "and"):
            return None
        i += step
    return None


def _turn_postpositions(items: list[_Item]) -> list[_Item]:
    """``landmark REL`` with the subject before it or after the relation → ``subject REL landmark``."""
    i = 0
    while i < len(items):
        item = items[i]
        if not (isinstance(item, _Word) and item.kind == "postrel"):
            i += 1
            continue
        landmark = _phrase_index(items, i - 1, -1, True)
        if landmark is None:
            i += 1
            continue
        before = _phrase_index(items, landmark - 1, -1, True)
        rel = _Word("relation", item.text)
        if before is not None:
            subject = items[before]
            rest = items[:before] + items[before + 1 : landmark] + items[landmark + 1 : i] + items[i + 1 :]
            at = before
            items = [*rest[:at], subject, rel, items[landmark], *rest[at:]]
        else:
            after = _phrase_index(items, i + 1, 1, False)
            if after is None:
                items[i] = rel
                i += 1
                continue
            subject = items[after]
            head = items[:landmark]
            middle = items[landmark + 1 : i] + items[i + 1 : after]
            items = [*head, subject, rel, items[landmark], *middle, *items[after + 1 :]]
        i += 1
    return items


def _render(items: list[_Item], quotes: tuple[str, ...]) -> str:
    parts: list[str] = []
    for item in items:
        if isinstance(item, _Phrase):
            parts.append(item.english())
        elif item.kind == "punct":
            if parts:
                parts[-1] += item.text
        elif item.kind == "quote":
            index = int(item.text.strip("\u27e6\u27e7"))
            content = quotes[index] if 0 <= index < len(quotes) else ""
            parts.append(f"\u201c{content}\u201d" if '"' in content else f'"{content}"')
        else:
            parts.append(item.text)
    return " ".join(parts)


def translate(text: str, lang: str, quotes: tuple[str, ...] = ()) -> Translation:
    """``text`` (quotes already replaced by ⟦n⟧ markers) in ``lang`` → canonical English."""
    tokens = tokenize(text, lang_lexicon(lang))
    tokens = [_with_lemma(t, lang) for t in tokens]
    items = _turn_postpositions(_items(tokens, lang))
    labels: dict[str, str] = {}
    for item in items:
        if isinstance(item, _Phrase):
            labels.setdefault(item.noun, item.source)
    return Translation(lang, _render(items, quotes), labels)


def _with_lemma(tok: Token, lang: str) -> Token:
    """Nouns carry their dictionary form (the lexicon's first form) as ``extra``."""
    if tok.kind != "noun":
        return tok
    lex = lang_lexicon(lang)
    entry = lex.forms.get(tok.source.lower())
    if entry is None or entry.canonical != tok.canonical:
        entry = next((e for e in lex.of_kind("noun") if e.canonical == tok.canonical), None)
    lemma = entry.forms[0] if entry is not None else tok.source
    if lang == "de":
        lemma = lemma.capitalize()
    return Token(tok.kind, tok.canonical, tok.source, lemma)


__all__ = ["Translation", "translate"]
