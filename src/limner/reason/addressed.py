"""Names a card is for: "a wedding invitation for Anna and Ben", "a birthday card to Tom", "a postcard
from Lisbon". After a thing that carries writing (a format of :mod:`limner.assets.formats`, or one of
``addressed_things`` in ``lexicon/words.json``: a cake, a letter …), "for", "to" or "from" and a run of
Capitalized words (joined by "and", "&" or commas) is a name written on it, not a thing: the run
becomes a quote, as if the user had typed the quotation marks ("Ben" is no mountain, "Lily" no
flower). A capital at the start of a sentence is not a name, and neither is a word after an article.
"""

from __future__ import annotations

import re

from limner.assets.formats import format_style
from limner.reason.word_guard import may_have
from limner.reason.wordlists import word_set

#: Words that introduce whom or where a card is for or from.
_ADDRESS = frozenset({"for", "to", "from"})
#: Words that join names ("Anna and Ben", "Tom & Jerry").
_JOIN = frozenset({"and", "&"})
#: How far back (in words, within the clause) the thing that carries the writing may be.
REACH = 4
_WORD = re.compile(r"[^\s,.;:!?()\[\]{}\u27e6\u27e7]+")


def _carries_writing(words: list[str]) -> bool:
    """Whether one of ``words`` (lower case) names a thing a name is written on."""
    things = word_set("addressed_things")
    for k, word in enumerate(words):
        pair = " ".join(words[k : k + 2])
        if format_style(word) or format_style(pair) or word in things or pair in things:
            return True
    return False


def _name(word: str) -> bool:
    return word[:1].isupper() and word.isalpha() and len(word) > 1 and not word.isupper()


def mark_addressed(text: str, quotes: list[str], mark: str) -> str:
    """``text`` with each name a written thing is for, to or from replaced by ``mark.format(n)``
    (appended to ``quotes``)."""
    if text.islower() or not may_have(text, _ADDRESS):
        return text  # no capital (so no name), or no "for", "to" or "from"
    matches = list(_WORD.finditer(text))
    out: list[str] = []
    last = 0
    i = 0
    while i < len(matches):
        word = matches[i].group(0)
        start = i + 1
        if word.lower() not in _ADDRESS or start >= len(matches) or not _name(matches[start].group(0)):
            i += 1
            continue
        clause = re.split(r"[.;!?]", text[: matches[i].start()])[-1]
        if not _carries_writing([w.lower() for w in _WORD.findall(clause)][-REACH:]):
            i += 1
            continue
        end = start + 1  # the run: "Anna Smith", "Anna and Ben", "Anna, Ben & Carl"
        while end < len(matches):
            gap = text[matches[end - 1].end() : matches[end].start()].strip()
            joined = matches[end].group(0).lower() in _JOIN and not gap
            if joined and end + 1 < len(matches) and _name(matches[end + 1].group(0)):
                end += 2
            elif gap in ("", ",") and _name(matches[end].group(0)):
                end += 1
            else:
                break
        first, final = matches[start], matches[end - 1]
        quotes.append(text[first.start() : final.end()])
        out.append(text[last : first.start()])
        out.append(mark.format(len(quotes) - 1))
        last = final.end()
        i = end
    out.append(text[last:])
    return "".join(out)


__all__ = ["REACH", "mark_addressed"]
