"""Text without quotation marks: "a sign that says OPEN", "a book titled The Little Prince".

After a text marker (``text_markers`` in ``lexicon/words.json``: says, that reads, with the words,
labelled …) the words the prompt means as text become a quote, exactly as if the user had typed the
quotation marks, so the rest of the reasoner treats them the same. Which words:

- a run of UPPER-CASE words ("OPEN", "HELLO WORLD", "SALE 50% OFF");
- else a run of Capitalized words, with small joining words inside ("The Lord of the Rings");
- a capitalized run that goes on past lower-case words to more capitals, or opens with "I", is the
  whole phrase up to a word that starts another phrase ("a t-shirt that says I love NY");
- else, after a marker that can only introduce text ("says", "with the words"), the lower-case words up
  to the end of the clause or a word that starts another phrase ("a sign that says open on a door").

"reading" and "reads" also name an activity ("a girl reading a book"), so they take capitals only.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import cache
from types import MappingProxyType

from limner.reason.wordlists import words

#: At most this many lower-case words are read as text.
MAX_LOWER_WORDS = 4
#: At most this many words of a phrase that mixes capitals and lower case ("I love NY").
MAX_PHRASE_WORDS = 6
#: Words that join capitalized words inside a title.
_JOINERS = frozenset({"of", "the", "and", "a", "an", "in", "on", "to", "for", "at", "&"})
#: Words that end lower-case text: the start of another phrase.
_ENDERS = frozenset(
    {
        "on",
        "in",
        "at",
        "next",
        "under",
        "above",
        "below",
        "beside",
        "near",
        "with",
        "and",
        "by",
        "behind",
        "hanging",
        "to",
        "from",
        "while",
        "which",
        "that",
        "over",
        "inside",
        "outside",
        "against",
        "in front",
    }
)
_WORD = re.compile(r"[^\s,.;:!?()\[\]{}\u27e6\u27e7]+[!?]?")
_CAPS = re.compile(r"^[A-Z0-9][A-Z0-9%&$'!?.\-]*$")


@cache
def _markers() -> Mapping[str, tuple[tuple[tuple[str, ...], bool], ...]]:
    """First word → (marker words, capitals only) of the markers it starts, longest first."""
    markers = words().get("text_markers", {})
    rows = sorted(
        ((tuple(phrase.split()), how == "capitals") for phrase, how in markers.items()),
        key=lambda r: (-len(r[0]), r[0]),
    )
    by_first: dict[str, list[tuple[tuple[str, ...], bool]]] = {}
    for row in rows:
        by_first.setdefault(row[0][0], []).append(row)
    return MappingProxyType({first: tuple(found) for first, found in by_first.items()})


def _has_letter_or_digit(word: str) -> bool:
    return any(ch.isalnum() for ch in word)


def _capital_run(words: Sequence[str]) -> int:
    if not words or not _CAPS.match(words[0]) or not any(ch.isalpha() or ch.isdigit() for ch in words[0]):
        return 0
    n = 0
    while n < len(words) and _CAPS.match(words[n]) and _has_letter_or_digit(words[n]):
        n += 1
    if n == 1 and len(words[0]) == 1 and words[0] in ("A", "I"):  # "A" starts a sentence, not text
        return 0
    return n


def _title_run(words: Sequence[str]) -> int:
    if not words or not words[0][:1].isupper():
        return 0
    n, end = 0, 0
    while n < len(words):
        word = words[n]
        if word[:1].isupper() or word[:1].isdigit():
            n += 1
            end = n
        elif word.lower() in _JOINERS:
            k = n
            while k < len(words) and words[k].lower() in _JOINERS:
                k += 1
            if k >= len(words) or not words[k][:1].isupper():
                break
            n = k
        else:
            break
    return end


def _lower_run(words: Sequence[str]) -> int:
    n = 0
    while n < min(len(words), MAX_LOWER_WORDS) and words[n].lower() not in _ENDERS:
        if words[n].lower() in ("a", "an", "the") and n == 0:
            return 0  # "says a …" is not text
        n += 1
    return n


def _phrase_run(words: Sequence[str], run: int) -> int:
    """The whole phrase after a marker when a capitalized run of ``run`` words opens it and it goes on
    past lower-case words to more capitals ("I love NY", "I ❤ Paris"): up to a word that starts
    another phrase, at most ``MAX_PHRASE_WORDS`` words; 0 otherwise."""
    if run == 0:
        return 0
    n = run
    while n < min(len(words), MAX_PHRASE_WORDS) and words[n].lower() not in _ENDERS:
        n += 1
    capital_after = any(w[:1].isupper() for w in words[run + 1 : n])
    pronoun = words[0].split("'")[0] == "I" and n > 1  # "I", "I'm" open a sentence of text, not a title
    return n if capital_after or pronoun else 0


def mark_unquoted(text: str, quotes: list[str], mark: str) -> str:
    """``text`` with unquoted text after a marker replaced by ``mark.format(n)`` (appended to ``quotes``)."""
    matches = list(_WORD.finditer(text))
    words = [m.group(0) for m in matches]
    lower = [w.lower() for w in words]
    out: list[str] = []
    last = 0
    i = 0
    while i < len(words):
        found = next(
            (
                (marker, capitals)
                for marker, capitals in _markers().get(lower[i], ())
                if tuple(lower[i : i + len(marker)]) == marker
            ),
            None,
        )
        if found is None:
            i += 1
            continue
        marker, capitals = found
        start = i + len(marker)
        # the content must follow in the same clause: no punctuation between marker and content
        if start >= len(words) or text[matches[start - 1].end() : matches[start].start()].strip():
            i = start
            continue
        rest = words[start:]
        n = _capital_run(rest) or _title_run(rest) or (0 if capitals else _lower_run(rest))
        n = max(n, _phrase_run(rest, n))  # "a t-shirt that says I love NY": the whole phrase
        if n == 0:
            i = start
            continue
        first, final = matches[start], matches[start + n - 1]
        quotes.append(text[first.start() : final.end()])
        out.append(text[last : first.start()])
        out.append(mark.format(len(quotes) - 1))
        last = final.end()
        i = start + n
    out.append(text[last:])
    return "".join(out)


__all__ = ["MAX_LOWER_WORDS", "MAX_PHRASE_WORDS", "mark_unquoted"]
