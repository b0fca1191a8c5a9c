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

Text can come before what says where it goes, too:

- an UPPER-CASE run right before a thing that carries words ("a SALE sign", "a NO PARKING sign", "an I
  LOVE NY mug") is that thing's text: it is moved after the noun as a quote ("a sign ⟦0⟧");
- the words between "with" and "written/printed/painted … on" are text ("a cake with Happy Birthday
  written on it", "a mug with best dad ever printed on it").
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
#: Things that carry words: an UPPER-CASE run right before one is its text ("a SALE sign").
_CARRIERS = frozenset(
    {
        "sign", "signs", "banner", "banners", "poster", "posters", "placard", "billboard", "sticker",
        "label", "badge", "tag", "plaque", "signboard", "shirt", "t-shirt", "tshirt", "sweatshirt",
        "hoodie", "mug", "cup", "flag", "cap",
    }
)  # fmt: skip
#: Upper-case words that say what a thing is, not what it says ("an LED sign", "a TV poster").
_NOT_TEXT = frozenset(
    {"LED", "LCD", "OLED", "TV", "DVD", "CD", "USB", "UFO", "DJ", "ATM", "PC", "HD", "4K", "3D"}
)
#: Verbs after which "with X … on it" names X as words: "a cake with Happy Birthday written on it".
_WRITTEN = frozenset(
    {"written", "printed", "painted", "engraved", "stitched", "embroidered", "carved", "scrawled"}
)
#: At most this many words of text before "written on".
MAX_WRITTEN_WORDS = 6
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


def _text_before(words: Sequence[str], lower: Sequence[str], i: int) -> tuple[int, int, bool] | None:
    """Text that comes before what places it, at word ``i``: ``(start, end, moved)`` — the words
    ``start:end`` are text, ``moved`` when they must go after the carrier noun at ``end``."""
    if lower[i] in _WRITTEN and i + 1 < len(words) and lower[i + 1] in ("on", "across", "onto", "into"):
        start = next(
            (j for j in range(i - 1, max(-1, i - MAX_WRITTEN_WORDS - 2), -1) if lower[j] == "with"), None
        )
        if start is not None and start + 1 < i and lower[start + 1] not in ("a", "an", "the", "some"):
            return start + 1, i, False
    if lower[i].strip(".") in _CARRIERS and i > 0:
        start = i
        while start > 0 and _CAPS.match(words[start - 1]) and _has_letter_or_digit(words[start - 1]):
            start -= 1
        run = words[start:i]
        if run and not (len(run) == 1 and (len(run[0]) < 2 or run[0] in _NOT_TEXT)):
            return start, i, True
    return None


def _mark_before(text: str, quotes: list[str], mark: str) -> str:
    """``text`` with the text of :func:`_text_before` patterns replaced by marks (moved after a
    carrier noun: "a SALE sign" → "a sign ⟦0⟧")."""
    matches = list(_WORD.finditer(text))
    words = [m.group(0) for m in matches]
    lower = [w.lower() for w in words]
    out: list[str] = []
    last = 0
    # text before its carrier needs a carrier or a verb of writing (no word holds a "."): else none
    some = not (_CARRIERS.isdisjoint(lower) and _WRITTEN.isdisjoint(lower))
    for i in range(len(words) if some else 0):
        found = _text_before(words, lower, i)
        if found is None or matches[found[0]].start() < last:
            continue
        start, end, moved = found
        quotes.append(text[matches[start].start() : matches[end - 1].end()])
        out.append(text[last : matches[start].start()])
        placed = mark.format(len(quotes) - 1)
        if moved:
            out.append(f"{words[end]} {placed}")
            last = matches[end].end()
        else:
            out.append(placed)
            last = matches[end - 1].end()
    out.append(text[last:])
    # A typed quote before its carrier goes after it too: 'a "SALE" sign' → "a sign ⟦0⟧".
    return _quote_before_carrier(mark).sub(r"\2 \1", "".join(out))


@cache
def _quote_before_carrier(mark: str) -> re.Pattern[str]:
    """A quote ``mark`` (``⟦n⟧``) right before a carrier noun: compiled once per mark."""
    quoted = re.escape(mark).replace(re.escape("{}"), r"\d+")
    carriers = "|".join(sorted(map(re.escape, _CARRIERS)))
    return re.compile(rf"({quoted})\s+({carriers})\b", re.IGNORECASE)


def mark_unquoted(text: str, quotes: list[str], mark: str) -> str:
    """``text`` with unquoted text after a marker replaced by ``mark.format(n)`` (appended to ``quotes``),
    and text before its carrier (:func:`_text_before`) too."""
    text = _mark_before(text, quotes, mark)
    matches = list(_WORD.finditer(text))
    words = [m.group(0) for m in matches]
    lower = [w.lower() for w in words]
    out: list[str] = []
    last = 0
    i = 0
    markers = _markers()
    if markers.keys().isdisjoint(lower):
        return text  # no word opens a text marker
    while i < len(words):
        if lower[i] not in markers:
            i += 1
            continue
        found = next(
            (
                (marker, capitals)
                for marker, capitals in markers[lower[i]]
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


__all__ = ["MAX_LOWER_WORDS", "MAX_PHRASE_WORDS", "MAX_WRITTEN_WORDS", "mark_unquoted"]
